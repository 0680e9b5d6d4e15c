import { useState } from 'react';
import { differenceInCalendarDays, format, isPast } from 'date-fns';

export interface PromoBannerProps {
  code: string;
  headline: string;
  /** ISO timestamp from the promotions service. */
  endsAt: string;
  discountPercent: number;
}

/**
 * Shows whatever promotion the marketing service says is current. The end date is data from the
 * API, so the banner hides itself when that campaign ends without a deploy.
 */
export function PromoBanner({ code, headline, endsAt, discountPercent }: PromoBannerProps) {
  const [copied, setCopied] = useState(false);
  const end = new Date(endsAt);

  if (Number.isNaN(end.getTime()) || isPast(end)) return null;

  const daysLeft = differenceInCalendarDays(end, new Date());
  const urgency = daysLeft <= 1 ? 'Last chance!' : `Ends in ${daysLeft} days`;

  async function copyCode() {
    await navigator.clipboard.writeText(code);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  }

  return (
    <aside className="promo-banner" aria-live="polite">
      <strong>{headline}</strong>
      <span>
        {discountPercent}% off with code <code>{code}</code>
      </span>
      <button type="button" onClick={copyCode}>
        {copied ? 'Copied' : 'Copy code'}
      </button>
      <small title={format(end, 'PPPPpppp')}>
        {urgency} · until {format(end, 'd MMM, HH:mm')}
      </small>
    </aside>
  );
}
