import { describe, expect, it } from 'vitest';
import { instantFromParts, looksLikeDateText, parseDateText, parseWithFormat } from '../../src/analysis/dates.js';

// Every expected value is a Date.UTC(...) number, so the assertions hold whatever the process's
// time zone is (Node reads TZ once at start-up; changing process.env.TZ mid-run proves nothing).
const MAR_1 = Date.UTC(2027, 2, 1);

describe('a bare year', () => {
  it('is 1 January of that year, UTC (ISO 8601 allows YYYY)', () => {
    expect(parseDateText('2028')).toBe(Date.UTC(2028, 0, 1));
  });
});

describe('parseDateText: accepted forms', () => {
  it.each([
    ['ISO date', '2027-03-01', MAR_1],
    ['ISO date-time with Z', '2027-03-01T00:00:00Z', MAR_1],
    ['ISO date-time with lower-case z', '2027-03-01T00:00:00z', MAR_1],
    ['ISO date-time with milliseconds and Z', '2027-03-01T12:30:45.123Z', Date.UTC(2027, 2, 1, 12, 30, 45, 123)],
    ['ISO date-time with +hh:mm offset', '2027-03-01T01:00:00+01:00', MAR_1],
    ['ISO date-time with -hhmm offset', '2027-03-01T00:00:00.123-0530', Date.UTC(2027, 2, 1, 5, 30, 0, 123)],
    ['ISO date-time with +hh offset', '2027-03-01T12:00:00+05', Date.UTC(2027, 2, 1, 7)],
    ['ISO date-time with a UTC word', '2027-03-01T12:00:00 UTC', Date.UTC(2027, 2, 1, 12)],
    ['ISO date-time with GMT+hhmm', '2027-03-01T12:00:00 GMT+0100', Date.UTC(2027, 2, 1, 11)],
    ['ISO date-time without a zone (UTC)', '2027-03-01T09:15:00', Date.UTC(2027, 2, 1, 9, 15)],
    ['date and time separated by a space, no seconds', '2027-03-01 12:30', Date.UTC(2027, 2, 1, 12, 30)],
    ['nanosecond fraction truncated to ms', '2027-03-01T12:00:00.999999999Z', Date.UTC(2027, 2, 1, 12, 0, 0, 999)],
    ['24:00 ends the day', '2027-03-01T24:00:00Z', Date.UTC(2027, 2, 2)],
    ['year-first with slashes', '2027/03/01', MAR_1],
    ['year-first with dots, no padding', '2027.3.1', MAR_1],
    ['US numeric month/day/year', '03/01/2027', MAR_1],
    ['US numeric with a 12-hour time', '3/1/2027 5:00 pm', Date.UTC(2027, 2, 1, 17)],
    ['month name, day, year', 'March 1, 2027', MAR_1],
    ['month name, lower case, no comma', 'march 1 2027', MAR_1],
    ['abbreviated month with ordinal', 'Mar 1st 2027', MAR_1],
    ['Sept. abbreviation', 'Sept. 1, 2027', Date.UTC(2027, 8, 1)],
    ['month name with "at" time, 12 am', 'March 1, 2027 at 12:00 am', MAR_1],
    ['month name with comma time, 12 pm', 'March 1, 2027, 12:00 pm', Date.UTC(2027, 2, 1, 12)],
    ['weekday, month name', 'Wednesday, March 3, 2027', Date.UTC(2027, 2, 3)],
    ['Thursday spelled out', 'Thursday, March 4, 2027', Date.UTC(2027, 2, 4)],
    ['day month year', '1 March 2027', MAR_1],
    ['day-Mon-year', '01-Mar-2027', MAR_1],
    ['weekday, day month year', 'Tuesday 2 March 2027', Date.UTC(2027, 2, 2)],
    ['RFC 2822 / HTTP date', 'Mon, 01 Mar 2027 00:00:00 GMT', MAR_1],
    ['RFC 2822 with an offset', 'Mon, 01 Mar 2027 10:00:00 +0200', Date.UTC(2027, 2, 1, 8)],
    ['compact basic ISO with Z', '20270301T000000Z', MAR_1],
    ['compact basic ISO without seconds', '20270301T0930', Date.UTC(2027, 2, 1, 9, 30)],
    ['year-month (first of the month)', '2027-03', MAR_1],
    ['surrounding whitespace', '  2027-03-01  ', MAR_1],
    ['leap day in a leap year', '2028-02-29', Date.UTC(2028, 1, 29)],
    ['largest real offset', '2027-03-01T00:00:00+14:00', Date.UTC(2027, 1, 28, 10)],
  ])('%s: %s', (_label, text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it('keeps every millisecond fraction exact (no floating-point off-by-one)', () => {
    for (let i = 0; i < 1000; i++) {
      const frac = String(i).padStart(3, '0');
      expect(parseDateText(`2027-03-01T00:00:00.${frac}Z`)).toBe(Date.UTC(2027, 2, 1, 0, 0, 0, i));
    }
  });

  it('treats text without a zone as UTC, the same instant as the explicit Z form', () => {
    expect(parseDateText('2027-03-01T10:00:00')).toBe(parseDateText('2027-03-01T10:00:00Z'));
    expect(parseDateText('March 1, 2027 10:00')).toBe(Date.UTC(2027, 2, 1, 10));
    expect(parseDateText('03/01/2027')).toBe(parseDateText('2027-03-01T00:00:00.000Z'));
  });

  it('applies the written offset in the right direction', () => {
    // 10:00 at +02:00 is 08:00 UTC; 10:00 at -02:00 is 12:00 UTC.
    expect(parseDateText('2027-03-01T10:00:00+02:00')).toBe(Date.UTC(2027, 2, 1, 8));
    expect(parseDateText('2027-03-01T10:00:00-02:00')).toBe(Date.UTC(2027, 2, 1, 12));
    expect(parseDateText('2027-03-01T00:30:00+01:00')).toBe(Date.UTC(2027, 1, 28, 23, 30));
  });

  it('reads years 0001-0099 as written, not as 19xx', () => {
    expect(parseDateText('0099-01-01')).toBe(new Date('0099-01-01T00:00:00Z').getTime());
    expect(parseDateText('0050-03-01')).toBe(new Date('0050-03-01T00:00:00Z').getTime());
    expect(instantFromParts({ year: 50, month: 3, day: 1 })).toBe(new Date('0050-03-01T00:00:00Z').getTime());
  });
});

describe('parseDateText: rejected text', () => {
  it.each([
    ['February 30', '2027-02-30'],
    ['February 29 in a common year', '2027-02-29'],
    ['month 13', '2027-13-01'],
    ['day 0', '2027-03-00'],
    ['year-month with month 13', '2027-13'],
    ['a word', 'hello'],
    ['an epoch number as text', '1803859200000'],
    ['unpadded ISO with dashes', '2027-3-1'],
    ['US numeric with month 13 (ambiguous day-first)', '13/01/2027'],
    ['minute 60', '2027-03-01T00:60:00Z'],
    ['second 61', '2027-03-01T00:00:61Z'],
    ['24:30 (only 24:00 may end a day)', '2027-03-01T24:30:00Z'],
    ['hour 13 with pm', '2027-03-01T13:00 pm'],
    ['an offset of 99 hours', '2027-03-01T00:00:00+99:00'],
    ['an offset with 75 minutes', '2027-03-01T00:00:00+01:75'],
    ['a free-form phrase', '1st of March 2027'],
    ['empty', ''],
    ['longer than 64 characters', `2027-03-01${' '.repeat(60)}10:00`],
  ])('%s: %j', (_label, text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('accepts the same padded text while it stays within 64 characters', () => {
    expect(parseDateText(`2027-03-01${' '.repeat(40)}10:00`)).toBe(Date.UTC(2027, 2, 1, 10));
  });

  it('looksLikeDateText agrees with parseDateText', () => {
    expect(looksLikeDateText('2027-03-01')).toBe(true);
    expect(looksLikeDateText('March 1, 2027')).toBe(true);
    expect(looksLikeDateText('v2.0.27')).toBe(false);
    expect(looksLikeDateText('2027-02-30')).toBe(false);
  });
});

describe('instantFromParts', () => {
  it('builds the UTC instant and subtracts the offset', () => {
    expect(instantFromParts({ year: 2027, month: 3, day: 1 })).toBe(MAR_1);
    expect(instantFromParts({ year: 2027, month: 3, day: 1, hour: 1, offsetMinutes: 60 })).toBe(MAR_1);
    expect(instantFromParts({ year: 2027, month: 3, day: 1, offsetMinutes: -90 })).toBe(Date.UTC(2027, 2, 1, 1, 30));
  });

  it('rejects out-of-range or non-integer fields', () => {
    expect(instantFromParts({ year: 0, month: 1, day: 1 })).toBeUndefined();
    expect(instantFromParts({ year: 10000, month: 1, day: 1 })).toBeUndefined();
    expect(instantFromParts({ year: 2027.5, month: 1, day: 1 })).toBeUndefined();
    expect(instantFromParts({ year: NaN, month: 1, day: 1 })).toBeUndefined();
    expect(instantFromParts({ year: 2027, month: 0, day: 1 })).toBeUndefined();
    expect(instantFromParts({ year: 2027, month: 4, day: 31 })).toBeUndefined();
    expect(instantFromParts({ year: 2027, month: 3, day: 1, hour: 25 })).toBeUndefined();
  });
});

describe('parseWithFormat', () => {
  it.each([
    ['moment day-first', '01/03/2027', 'DD/MM/YYYY', MAR_1],
    ['date-fns day-first', '01/03/2027', 'dd/MM/yyyy', MAR_1],
    ['date-fns month name', 'March 1, 2027', 'MMMM d, yyyy', MAR_1],
    ['moment month name', 'March 1, 2027', 'MMMM D, YYYY', MAR_1],
    ['abbreviated month', 'Mar 1 2027', 'MMM D YYYY', MAR_1],
    ['four-letter abbreviation', 'Sept 1 2027', 'MMM D YYYY', Date.UTC(2027, 8, 1)],
    ['ordinal day', '1st March 2027', 'Do MMMM YYYY', MAR_1],
    ['12-hour clock, PM', '2027-03-01 05:30 PM', 'YYYY-MM-DD hh:mm A', Date.UTC(2027, 2, 1, 17, 30)],
    ['12-hour clock, 12 AM is midnight', '2027-03-01 12:00 AM', 'YYYY-MM-DD hh:mm A', MAR_1],
    ['moment weekday name is skipped', 'Monday, March 1, 2027', 'dddd, MMMM D, YYYY', MAR_1],
    ['moment short weekday is skipped', 'Mon Mar 1 2027', 'ddd MMM D YYYY', MAR_1],
    ['date-fns short weekday is skipped', 'Mon, Mar 1 2027', 'EEE, MMM d yyyy', MAR_1],
    ['moment [escaped] literal', '2027-03-01T10:00:00', 'YYYY-MM-DD[T]HH:mm:ss', Date.UTC(2027, 2, 1, 10)],
    ["date-fns 'quoted' literal", '2027-03-01T10:00:00', "yyyy-MM-dd'T'HH:mm:ss", Date.UTC(2027, 2, 1, 10)],
    ['milliseconds', '2027-03-01 10:00:00.250', 'YYYY-MM-DD HH:mm:ss.SSS', Date.UTC(2027, 2, 1, 10, 0, 0, 250)],
    ['year only', '2027', 'YYYY', Date.UTC(2027, 0, 1)],
    ['month and year', '03/2027', 'MM/YYYY', MAR_1],
  ])('%s: %j with %j', (_label, text, format, expected) => {
    expect(parseWithFormat(text, format)).toBe(expected);
  });

  it('reads the same text differently depending on the format (day-first vs month-first)', () => {
    expect(parseWithFormat('01/03/2027', 'DD/MM/YYYY')).toBe(MAR_1);
    expect(parseWithFormat('01/03/2027', 'MM/DD/YYYY')).toBe(Date.UTC(2027, 0, 3));
  });

  it.each([
    ['an invalid calendar date', '31/02/2027', 'DD/MM/YYYY'],
    ['text that does not match the format', '2027-03-01', 'DD/MM/YYYY'],
    ['an unknown token (zone)', '2027-03-01', 'YYYY-MM-DD Z'],
    ['an unquoted letter', '2027-03-01T10', 'YYYY-MM-DDTHH'],
    ['an unterminated quote', '2027-03-01', "yyyy-MM-dd'T"],
    ['an unknown month name', 'Foo 1 2027', 'MMM D YYYY'],
    ['no year in the format', '01/03', 'DD/MM'],
    ['an over-long format', '2027', `YYYY${' '.repeat(40)}`],
  ])('rejects %s', (_label, text, format) => {
    expect(parseWithFormat(text, format)).toBeUndefined();
  });
});
