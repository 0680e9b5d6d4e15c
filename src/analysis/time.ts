/** Time units in milliseconds, and helpers that never depend on the machine's time zone. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** Average Gregorian month and year, for relative units only; calendar additions use addCalendar. */
export const MONTH = 30.436875 * DAY;
export const YEAR = 365.2425 * DAY;

export type TimeUnit = 'ms' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

const UNIT_MS: Record<TimeUnit, number> = {
  ms: 1, second: SECOND, minute: MINUTE, hour: HOUR, day: DAY, week: WEEK,
  month: MONTH, quarter: 3 * MONTH, year: YEAR,
};

/** Normalises the unit spellings of moment, dayjs, luxon and date-fns ('days', 'd', 'Days'...). */
export function parseTimeUnit(text: string): TimeUnit | undefined {
  const t = text.trim();
  if (t === 'M') return 'month';
  if (t === 'm') return 'minute';
  const lower = t.toLowerCase();
  switch (lower) {
    case 'ms': case 'millisecond': case 'milliseconds': return 'ms';
    case 's': case 'sec': case 'second': case 'seconds': return 'second';
    case 'min': case 'minute': case 'minutes': return 'minute';
    case 'h': case 'hour': case 'hours': return 'hour';
    case 'd': case 'day': case 'days': case 'date': return 'day';
    case 'w': case 'week': case 'weeks': case 'isoweek': return 'week';
    case 'month': case 'months': return 'month';
    case 'q': case 'quarter': case 'quarters': return 'quarter';
    case 'y': case 'year': case 'years': return 'year';
    default: return undefined;
  }
}

export function unitMs(unit: TimeUnit): number {
  return UNIT_MS[unit];
}

/** Adds calendar months/years exactly (clamping the day), other units as fixed durations. */
export function addCalendar(ms: number, amount: number, unit: TimeUnit): number {
  if ((unit === 'month' || unit === 'quarter' || unit === 'year') && Number.isInteger(amount)) {
    const months = unit === 'year' ? amount * 12 : unit === 'quarter' ? amount * 3 : amount;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + months;
    const targetYear = y + Math.floor(m / 12);
    const targetMonth = ((m % 12) + 12) % 12;
    const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
    const day = Math.min(d.getUTCDate(), lastDay);
    // setUTCFullYear keeps the time of day and, unlike Date.UTC, does not read years 0-99 as 19xx.
    return d.setUTCFullYear(targetYear, targetMonth, day);
  }
  return ms + amount * UNIT_MS[unit];
}

/** Whole calendar days (UTC) from `nowMs` to `atMs`; negative when `atMs` is in the past. */
export function daysBetween(nowMs: number, atMs: number): number {
  const days = Math.floor(atMs / DAY) - Math.floor(nowMs / DAY);
  return days === 0 ? 0 : days;
}

/** Start of a UTC year, in ms. */
export function startOfYear(year: number): number {
  return new Date(0).setUTCFullYear(year, 0, 1);
}

/** Triggers outside this window are not dates (ids, sizes, sentinels) or not meant as such. */
export const PLAUSIBLE_FROM = Date.UTC(2000, 0, 1);
export const PLAUSIBLE_UNTIL = Date.UTC(2100, 11, 31, 23, 59, 59, 999);

export function isPlausibleInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= PLAUSIBLE_FROM && ms <= PLAUSIBLE_UNTIL;
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100;
}

/** ISO 8601 text for an instant; always UTC, always with milliseconds, like Date#toISOString. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2027-03-01` when the instant is a UTC midnight, else the full ISO instant. */
export function toReadableDate(ms: number): string {
  const iso = toIso(ms);
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** "in 97 days", "today", "fired 412 days ago". */
export function describeDays(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  const ago = -days;
  return `fired ${ago} day${ago === 1 ? '' : 's'} ago`;
}
