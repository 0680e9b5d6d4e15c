/** Durations in milliseconds, so components don't sprinkle magic numbers around. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

// Largest unit first; the first one that fits wins ("3 days ago" rather than "72 hours ago").
const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', WEEK],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * "3 days ago", "in 2 hours", "just now".
 * `now` is injectable so <RelativeTime> can re-render on its own tick and tests can pin it.
 */
export function formatRelative(value: Date | string | number, now: number = Date.now()): string {
  const diff = new Date(value).getTime() - now;
  const abs = Math.abs(diff);
  if (abs < 45 * SECOND) return 'just now';
  for (const [unit, size] of STEPS) {
    if (abs >= size) return rtf.format(Math.round(diff / size), unit);
  }
  return rtf.format(Math.round(diff / SECOND), 'second');
}

/** 93_784_000 -> "1d 2h 3m". Negative or zero durations read as "0m". */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0m';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  return [days > 0 && `${days}d`, hours > 0 && `${hours}h`, `${minutes}m`].filter(Boolean).join(' ');
}

/** "Tue 3 Mar", in the visitor's locale. */
export function shortDate(value: Date | string): string {
  return new Date(value).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
