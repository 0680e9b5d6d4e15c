import { DateTime } from 'luxon';
import { API_MIGRATION } from '../config/flags';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 days ago". */
export function timeAgo(ts: number | string | Date): string {
  const diff = Date.now() - new Date(ts).getTime();
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} minutes ago`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)} hours ago`;
  return `${Math.floor(diff / DAY)} days ago`;
}

export function formatTimestamp(ts: number): string {
  return DateTime.fromMillis(ts).toLocaleString(DateTime.DATETIME_MED);
}

export function apiBaseUrl(): string {
  return DateTime.utc() >= DateTime.fromISO(API_MIGRATION) ? 'https://api.example.com/v2' : 'https://legacy-api.example.com'; // expect: js/hardcoded-expiry warning
}

/** Default range of the metrics view: the last seven days. */
export function defaultRange(): { from: Date; to: Date } {
  const to = DateTime.now();
  return { from: to.minus({ days: 7 }).toJSDate(), to: to.toJSDate() };
}
