/**
 * Date text -> instant, by an explicit grammar of the accepted forms. Never Date.parse on free
 * text: its results vary with the engine and the machine's time zone. Text without a zone is UTC.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\\.?,?\\s+)?';
// hh:mm[:ss[.fff]] [am|pm]
const TIME = '(?:(?:[T\\s]+|,\\s*|\\s+at\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([ap]\\.?m\\.?)?)?';
// Z | +01:00 | +0100 | +01 | UTC | GMT | GMT+0100
const ZONE = '\\s*(z|(?:utc|gmt)?\\s*[+-]\\d{2}(?::?\\d{2})?|utc|gmt)?';

const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}${ZONE}$`, 'i');
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_SLASH = new RegExp(`^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME}${ZONE}$`, 'i');
const US_NUMERIC = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}${ZONE}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH_NAME},?[\\s-]+(\\d{4})${TIME}${ZONE}$`, 'i');
const ISO_COMPACT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)?$/i;

export interface DateParts {
  year: number; month: number; day: number;
  hour?: number; minute?: number; second?: number; ms?: number;
  /** Offset of the written zone from UTC in minutes; absent means UTC. */
  offsetMinutes?: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds the instant for validated parts, or undefined when a field is out of range. */
export function instantFromParts(p: DateParts): number | undefined {
  const { year, month, day } = p;
  const hour = p.hour ?? 0;
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  const ms = p.ms ?? 0;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!(month >= 1 && month <= 12)) return undefined;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return undefined;
  if (hour > 24 || minute > 59 || second > 60) return undefined;
  if (hour === 24 && (minute > 0 || second > 0 || ms > 0)) return undefined; // only 24:00:00 ends a day
  // Not Date.UTC: it reads years 0-99 as 1900-1999.
  const base = new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return base - (p.offsetMinutes ?? 0) * 60_000;
}

function parseZone(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const z = zone.trim().toLowerCase();
  if (z === 'z' || z === 'utc' || z === 'gmt') return 0;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m || Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function timeParts(h?: string, mi?: string, s?: string, frac?: string, ampm?: string): Partial<DateParts> | undefined {
  if (h === undefined) return {};
  let hour = Number(h);
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return {
    hour, minute: Number(mi), second: s === undefined ? 0 : Number(s),
    ms: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
  };
}

function build(year: string, month: number, day: string, time: (string | undefined)[], zone?: string): number | undefined {
  const t = timeParts(time[0], time[1], time[2], time[3], time[4]);
  const offset = parseZone(zone);
  if (!t || offset === undefined) return undefined;
  return instantFromParts({ year: Number(year), month, day: Number(day), ...t, offsetMinutes: offset });
}

/**
 * Parses the date forms people write in code: ISO 8601 (date, date-time, with zone), `2027/03/01`,
 * US `03/01/2027`, `March 1, 2027`, `1 March 2027`, `Mon, 01 Mar 2027 00:00:00 GMT`,
 * `20270301T000000Z`, and `2027-03` (first of the month). Returns undefined for anything else.
 */
export function parseDateText(text: string): number | undefined {
  const s = text.trim();
  // `new Date('2028')`: ISO 8601 allows a bare year (1 January, UTC).
  if (/^\d{4}$/.test(s)) return instantFromParts({ year: Number(s), month: 1, day: 1 });
  if (s.length < 7 || s.length > 64) return undefined;
  let m = ISO.exec(s);
  if (m) return build(m[1]!, Number(m[2]), m[3]!, m.slice(4, 9), m[9]);
  m = ISO_MONTH.exec(s);
  if (m) return instantFromParts({ year: Number(m[1]), month: Number(m[2]), day: 1 });
  m = ISO_SLASH.exec(s);
  if (m) return build(m[1]!, Number(m[2]), m[3]!, m.slice(4, 9), m[9]);
  m = US_NUMERIC.exec(s);
  if (m) return build(m[3]!, Number(m[1]), m[2]!, m.slice(4, 9), m[9]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(m[3]!, MONTHS[m[1]!.toLowerCase().replace('.', '')]!, m[2]!, m.slice(4, 9), m[9]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(m[3]!, MONTHS[m[2]!.toLowerCase().replace('.', '')]!, m[1]!, m.slice(4, 9), m[9]);
  m = ISO_COMPACT.exec(s);
  if (m) {
    return instantFromParts({
      year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
      hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0),
    });
  }
  return undefined;
}

/** True when the text looks like a date the grammar accepts (cheap pre-check for strings). */
export function looksLikeDateText(text: string): boolean {
  return parseDateText(text) !== undefined;
}

// Format tokens of moment/dayjs (YYYY, DD) and date-fns/luxon (yyyy, dd); both cases accepted.
const FORMAT_TOKENS: [RegExp, keyof DateParts | 'monthName' | 'ampm' | 'ignore', string][] = [
  [/^(YYYY|yyyy)/, 'year', '(\\d{4})'],
  [/^(MMMM|LLLL)/, 'monthName', '([A-Za-z]+)'],
  [/^(MMM|LLL)/, 'monthName', '([A-Za-z]{3,4})\\.?'],
  [/^(MM|LL)/, 'month', '(\\d{2})'],
  [/^(M|L)/, 'month', '(\\d{1,2})'],
  [/^(DD|dd)/, 'day', '(\\d{2})'],
  [/^(Do|do)/, 'day', '(\\d{1,2})(?:st|nd|rd|th)'],
  [/^(D|d)/, 'day', '(\\d{1,2})'],
  [/^(HH|hh)/, 'hour', '(\\d{2})'],
  [/^(H|h)/, 'hour', '(\\d{1,2})'],
  [/^mm/, 'minute', '(\\d{2})'],
  [/^m/, 'minute', '(\\d{1,2})'],
  [/^ss/, 'second', '(\\d{2})'],
  [/^s/, 'second', '(\\d{1,2})'],
  [/^(SSS)/, 'ms', '(\\d{3})'],
  [/^(a|A)/, 'ampm', '([AaPp][Mm])'],
  [/^(dddd|EEEE|EEE|ddd)/, 'ignore', '[A-Za-z]+'],
];

/**
 * Parses `text` with a moment/dayjs/date-fns/luxon format string such as 'DD/MM/YYYY' or
 * 'MMMM d, yyyy'. Only the common tokens are understood; anything else gives undefined.
 */
export function parseWithFormat(text: string, format: string): number | undefined {
  if (format.length > 40) return undefined;
  let pattern = '^';
  const fields: (keyof DateParts | 'monthName' | 'ampm' | 'ignore')[] = [];
  let rest = format;
  // dd/DD mean day of month in date-fns/moment; 'dddd' (weekday) is matched first above.
  const ordered = [...FORMAT_TOKENS].sort((a, b) => (a[1] === 'ignore' ? -1 : b[1] === 'ignore' ? 1 : 0));
  outer: while (rest.length > 0) {
    if (rest.startsWith("'") || rest.startsWith('[')) {
      const close = rest.startsWith("'") ? rest.indexOf("'", 1) : rest.indexOf(']', 1);
      if (close < 0) return undefined;
      pattern += escapeRegExp(rest.slice(1, close));
      rest = rest.slice(close + 1);
      continue;
    }
    for (const [re, field, group] of ordered) {
      const m = re.exec(rest);
      if (m) {
        pattern += group;
        if (field !== 'ignore') fields.push(field);
        rest = rest.slice(m[0].length);
        continue outer;
      }
    }
    if (/^[A-Za-z]/.test(rest)) return undefined; // a token we do not understand
    pattern += escapeRegExp(rest[0]!);
    rest = rest.slice(1);
  }
  const m = new RegExp(pattern + '$', 'i').exec(text.trim());
  if (!m) return undefined;
  const parts: DateParts = { year: NaN, month: 1, day: 1 };
  let pm: boolean | undefined;
  fields.forEach((field, i) => {
    const v = m[i + 1]!;
    if (field === 'monthName') parts.month = MONTHS[v.toLowerCase()] ?? NaN;
    else if (field === 'ampm') pm = v.toLowerCase() === 'pm';
    else (parts as unknown as Record<string, number>)[field] = Number(v);
  });
  if (pm !== undefined && parts.hour !== undefined) parts.hour = (parts.hour % 12) + (pm ? 12 : 0);
  return instantFromParts(parts);
}

/** `s` as a literal inside a regular expression (outside a character class). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
