interface TaxSeasonReminderProps {
  hasFiled: boolean;
  onOpenGuide: () => void;
}

/**
 * UK self-assessment returns are due on 31 January every year. Sellers who have not filed yet get a
 * nudge throughout January.
 */
export function TaxSeasonReminder({ hasFiled, onOpenGuide }: TaxSeasonReminderProps) {
  const today = new Date();
  const isJanuary = today.getMonth() === 0; // expect: js/calendar-check
  if (hasFiled || !isJanuary) return null;

  const daysLeft = 31 - today.getDate();

  return (
    <div className="tax-reminder" role="status">
      <strong>Self-assessment deadline: 31 January.</strong> {daysLeft} days left to file your{' '}
      {today.getFullYear() - 2}–{String(today.getFullYear() - 1).slice(2)} return.
      <button type="button" onClick={onOpenGuide}>
        Read the seller guide
      </button>
    </div>
  );
}
