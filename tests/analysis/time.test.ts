import { describe, expect, it } from 'vitest';
import {
  DAY, HOUR, MINUTE, MONTH, PLAUSIBLE_FROM, PLAUSIBLE_UNTIL, SECOND, WEEK, YEAR, addCalendar, daysBetween,
  describeDays, isPlausibleInstant, isPlausibleYear, parseTimeUnit, startOfYear, toIso, toReadableDate, unitMs,
} from '../../src/analysis/time.js';

describe('units', () => {
  it('are exact multiples of the millisecond', () => {
    expect(SECOND).toBe(1000);
    expect(MINUTE).toBe(60_000);
    expect(HOUR).toBe(3_600_000);
    expect(DAY).toBe(86_400_000);
    expect(WEEK).toBe(604_800_000);
    expect(YEAR).toBe(365.2425 * 86_400_000);
    expect(MONTH * 12).toBeCloseTo(YEAR, 3);
    expect(unitMs('quarter')).toBe(3 * MONTH);
  });

  it.each([
    ['ms', 'ms'], ['milliseconds', 'ms'], ['s', 'second'], ['seconds', 'second'], ['m', 'minute'],
    ['min', 'minute'], ['Minutes', 'minute'], ['h', 'hour'], ['hours', 'hour'], ['d', 'day'], ['Days', 'day'],
    ['date', 'day'], ['w', 'week'], ['isoWeek', 'week'], ['M', 'month'], ['months', 'month'], ['Q', 'quarter'],
    ['y', 'year'], ['years', 'year'], [' day ', 'day'],
  ])('parseTimeUnit(%j) is %s', (text, unit) => {
    expect(parseTimeUnit(text)).toBe(unit);
  });

  it('tells moment\'s M (month) from m (minute) and rejects unknown units', () => {
    expect(parseTimeUnit('M')).toBe('month');
    expect(parseTimeUnit('m')).toBe('minute');
    expect(parseTimeUnit('fortnight')).toBeUndefined();
    expect(parseTimeUnit('')).toBeUndefined();
  });
});

describe('daysBetween', () => {
  const now = Date.UTC(2026, 10, 24, 15, 0);

  it('counts whole UTC calendar days to a future date', () => {
    expect(daysBetween(now, Date.UTC(2027, 2, 1))).toBe(97);
    expect(daysBetween(now, Date.UTC(2026, 10, 25, 0, 0))).toBe(1);
  });

  it('is 0 on the same UTC day, whatever the hour (and never -0)', () => {
    expect(daysBetween(now, Date.UTC(2026, 10, 24))).toBe(0);
    expect(daysBetween(now, Date.UTC(2026, 10, 24, 23, 59, 59, 999))).toBe(0);
    expect(Object.is(daysBetween(now, Date.UTC(2026, 10, 24, 1)), 0)).toBe(true);
  });

  it('is negative when the date has passed', () => {
    expect(daysBetween(now, Date.UTC(2026, 10, 23, 23, 59))).toBe(-1);
    expect(daysBetween(now, Date.UTC(2025, 9, 8))).toBe(-412);
  });
});

describe('addCalendar', () => {
  it('clamps the day when the target month is shorter (Jan 31 + 1 month)', () => {
    expect(addCalendar(Date.UTC(2027, 0, 31), 1, 'month')).toBe(Date.UTC(2027, 1, 28));
    expect(addCalendar(Date.UTC(2028, 0, 31), 1, 'month')).toBe(Date.UTC(2028, 1, 29));
    expect(addCalendar(Date.UTC(2027, 2, 31), -1, 'month')).toBe(Date.UTC(2027, 1, 28));
  });

  it('crosses year boundaries in both directions', () => {
    expect(addCalendar(Date.UTC(2026, 10, 15), 3, 'month')).toBe(Date.UTC(2027, 1, 15));
    expect(addCalendar(Date.UTC(2027, 1, 15), -14, 'month')).toBe(Date.UTC(2025, 11, 15));
  });

  it('adds years and quarters as calendar months, clamping Feb 29', () => {
    expect(addCalendar(Date.UTC(2028, 1, 29), 1, 'year')).toBe(Date.UTC(2029, 1, 28));
    expect(addCalendar(Date.UTC(2027, 10, 30), 1, 'quarter')).toBe(Date.UTC(2028, 1, 29));
  });

  it('keeps the time of day', () => {
    expect(addCalendar(Date.UTC(2027, 0, 31, 13, 45, 10, 5), 1, 'month')).toBe(Date.UTC(2027, 1, 28, 13, 45, 10, 5));
  });

  it('adds other units, and fractional months, as fixed durations', () => {
    const t = Date.UTC(2027, 2, 1);
    expect(addCalendar(t, 30, 'day')).toBe(Date.UTC(2027, 2, 31));
    expect(addCalendar(t, -2, 'week')).toBe(Date.UTC(2027, 1, 15));
    expect(addCalendar(t, 90, 'minute')).toBe(Date.UTC(2027, 2, 1, 1, 30));
    expect(addCalendar(t, 1.5, 'month')).toBe(t + 1.5 * MONTH);
  });

  it('does not read years 0-99 as 19xx', () => {
    const jan31y50 = new Date('0050-01-31T00:00:00Z').getTime();
    expect(addCalendar(jan31y50, 1, 'month')).toBe(new Date('0050-02-28T00:00:00Z').getTime());
    expect(startOfYear(50)).toBe(new Date('0050-01-01T00:00:00Z').getTime());
  });
});

describe('describeDays', () => {
  it.each([
    [0, 'today'], [1, 'in 1 day'], [97, 'in 97 days'], [-1, 'fired 1 day ago'], [-412, 'fired 412 days ago'],
  ])('%i -> %s', (days, text) => {
    expect(describeDays(days)).toBe(text);
  });
});

describe('plausibility', () => {
  it('accepts instants from 2000-01-01 to the end of 2100, inclusive', () => {
    expect(PLAUSIBLE_FROM).toBe(Date.UTC(2000, 0, 1));
    expect(PLAUSIBLE_UNTIL).toBe(Date.UTC(2101, 0, 1) - 1);
    expect(isPlausibleInstant(PLAUSIBLE_FROM)).toBe(true);
    expect(isPlausibleInstant(PLAUSIBLE_UNTIL)).toBe(true);
    expect(isPlausibleInstant(Date.UTC(2027, 2, 1))).toBe(true);
  });

  it('rejects sentinels, epoch seconds read as ms, and far futures', () => {
    expect(isPlausibleInstant(PLAUSIBLE_FROM - 1)).toBe(false);
    expect(isPlausibleInstant(PLAUSIBLE_UNTIL + 1)).toBe(false);
    expect(isPlausibleInstant(0)).toBe(false);
    expect(isPlausibleInstant(-1)).toBe(false);
    expect(isPlausibleInstant(1_803_859_200)).toBe(false); // seconds, not ms: January 1970
    expect(isPlausibleInstant(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(isPlausibleInstant(Infinity)).toBe(false);
    expect(isPlausibleInstant(NaN)).toBe(false);
  });

  it('accepts integer years 2000-2100 only', () => {
    expect(isPlausibleYear(2000)).toBe(true);
    expect(isPlausibleYear(2100)).toBe(true);
    expect(isPlausibleYear(1999)).toBe(false);
    expect(isPlausibleYear(2101)).toBe(false);
    expect(isPlausibleYear(2027.5)).toBe(false);
    expect(isPlausibleYear(126)).toBe(false);
  });
});

describe('text of instants', () => {
  it('startOfYear is UTC midnight on 1 January', () => {
    expect(startOfYear(2027)).toBe(Date.UTC(2027, 0, 1));
  });

  it('toIso is always UTC with milliseconds', () => {
    expect(toIso(Date.UTC(2027, 2, 1))).toBe('2027-03-01T00:00:00.000Z');
    expect(toIso(Date.UTC(2027, 2, 1, 5, 6, 7, 8))).toBe('2027-03-01T05:06:07.008Z');
  });

  it('toReadableDate shortens UTC midnights to the date and drops zero milliseconds', () => {
    expect(toReadableDate(Date.UTC(2027, 2, 1))).toBe('2027-03-01');
    expect(toReadableDate(Date.UTC(2027, 2, 1, 12))).toBe('2027-03-01T12:00:00Z');
    expect(toReadableDate(Date.UTC(2027, 2, 1, 12, 0, 0, 5))).toBe('2027-03-01T12:00:00.005Z');
  });
});
