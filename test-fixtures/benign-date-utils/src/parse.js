import { MONTH_NAMES, TWO_DIGIT_YEAR_PIVOT } from './constants.js';
import { daysInMonth } from './calendar.js';
import { assertSupported, assertYear } from './validate.js';

const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap((name, i) => [
    [name.toLowerCase(), i + 1],
    [name.slice(0, 3).toLowerCase(), i + 1],
  ]),
);

/**
 * Accepted input formats, tried in order. `example` is only used in error messages and docs.
 * Every format carries a full date; nothing is filled in from "today".
 */
export const FORMATS = [
  { name: 'iso-date', re: /^(\d{4})-(\d{2})-(\d{2})$/, order: ['year', 'month', 'day'], example: '2024-02-29' },
  {
    name: 'iso-datetime',
    re: /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/,
    order: ['year', 'month', 'day', 'hour', 'minute', 'second'],
    example: '2024-02-29T13:45:00',
  },
  { name: 'compact', re: /^(\d{4})(\d{2})(\d{2})$/, order: ['year', 'month', 'day'], example: '20240229' },
  { name: 'us', re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['month', 'day', 'year'], example: '02/29/2024' },
  { name: 'eu', re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['day', 'month', 'year'], example: '29.02.2024' },
  { name: 'us-short', re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, order: ['month', 'day', 'yy'], example: '02/29/24' },
  {
    name: 'long',
    re: /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/,
    order: ['monthName', 'day', 'year'],
    example: 'February 29, 2024',
  },
];

/** '24' -> 2024, '85' -> 1985. Fixed pivot, like POSIX strptime, so results never drift. */
export function expandTwoDigitYear(yy) {
  if (yy < 0 || yy > 99) throw new RangeError(`Two-digit year out of range: ${yy}`);
  return yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
}

/** Builds a local date from validated parts; throws on 30 February and friends. */
export function fromParts(year, month, day, hour = 0, minute = 0, second = 0) {
  assertYear(year);
  if (month < 1 || month > 12) throw new RangeError(`month must be 1-12, got ${month}`);
  if (day < 1 || day > daysInMonth(year, month - 1)) throw new RangeError(`day ${day} does not exist in ${year}-${month}`);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError('time of day out of range');
  return new Date(year, month - 1, day, hour, minute, second);
}

function fieldsFrom(format, match) {
  const fields = {};
  format.order.forEach((key, i) => {
    const raw = match[i + 1];
    if (raw === undefined) return;
    if (key === 'monthName') fields.month = MONTH_BY_NAME.get(raw.toLowerCase());
    else if (key === 'yy') fields.year = expandTwoDigitYear(Number(raw));
    else fields[key] = Number(raw);
  });
  return fields;
}

/**
 * Parses user-entered text in one of FORMATS. Returns a Date inside [MIN_DATE, MAX_DATE) or throws.
 * `formats` restricts the accepted formats by name (ambiguous us/eu input, for instance).
 */
export function parseDate(text, { formats = FORMATS.map((f) => f.name) } = {}) {
  const input = String(text).trim();
  for (const format of FORMATS) {
    if (!formats.includes(format.name)) continue;
    const match = format.re.exec(input);
    if (!match) continue;
    const f = fieldsFrom(format, match);
    if (f.month === undefined) continue;
    const date = fromParts(f.year, f.month, f.day, f.hour, f.minute, f.second);
    return assertSupported(date, `"${input}"`);
  }
  const examples = FORMATS.filter((f) => formats.includes(f.name)).map((f) => f.example);
  throw new SyntaxError(`Unrecognised date "${input}"; try one of: ${examples.join(', ')}`);
}

/** Like parseDate, but returns null instead of throwing (for form fields as the user types). */
export function tryParseDate(text, options) {
  try {
    return parseDate(text, options);
  } catch {
    return null;
  }
}
