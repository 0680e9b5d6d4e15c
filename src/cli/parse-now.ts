/**
 * The --now argument: a bare `YYYY-MM-DD` (midnight UTC) or a full ISO 8601 instant with a
 * `Z` or an offset. Parsed with an explicit grammar, never Date.parse: a date-time without an
 * offset would be read in the machine's time zone, so the same command would judge differently
 * on a laptop and in CI. It is rejected with a hint instead.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

export type ParsedNow = { ok: true; ms: number } | { ok: false; reason: string };

export function parseNow(text: string): ParsedNow {
  const input = text.trim();
  const date = DATE.exec(input);
  if (date) return build(+date[1]!, +date[2]!, +date[3]!, 0, 0, 0, 0, 0);
  const m = INSTANT.exec(input);
  if (!m) return { ok: false, reason: 'Expected YYYY-MM-DD or an ISO 8601 instant such as 2027-03-01T12:00:00Z' };
  if (m[8] === undefined && m[9] === undefined) {
    return { ok: false, reason: 'A date-time needs a time zone: add Z (UTC) or an offset such as +02:00' };
  }
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMinutes = 0;
  if (m[9] !== undefined) {
    const oh = +m[10]!;
    const om = +m[11]!;
    if (oh > 23 || om > 59) return { ok: false, reason: `Invalid offset ${m[9]}${m[10]}:${m[11]}` };
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[6] === undefined ? 0 : +m[6], ms, offsetMinutes);
}

function build(
  year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number,
  offsetMinutes: number,
): ParsedNow {
  if (month < 1 || month > 12) return { ok: false, reason: `Month ${month} is out of range` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `Day ${day} is out of range` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'Time of day is out of range' };
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second, ms));
  d.setUTCFullYear(year, month - 1, day);
  return { ok: true, ms: d.getTime() - offsetMinutes * 60_000 };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
