export function openingNotice(): string | null {
  const today = new Date();
  if (today.getDay() === 0) return 'The front desk is closed on Sundays; online booking stays open.'; // expect: js/calendar-check
  return null;
}

export function formatSlot(d: Date): string {
  return d.toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
