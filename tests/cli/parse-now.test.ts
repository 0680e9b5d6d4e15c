import { describe, expect, it } from 'vitest';
import { parseNow } from '../../src/cli/parse-now.js';

const ms = (text: string) => {
  const r = parseNow(text);
  if (!r.ok) throw new Error(r.reason);
  return r.ms;
};

describe('parseNow', () => {
  it('reads a bare date as midnight UTC', () => {
    expect(ms('2027-03-01')).toBe(Date.UTC(2027, 2, 1));
    expect(ms(' 2024-02-29 ')).toBe(Date.UTC(2024, 1, 29));
  });

  it('reads ISO instants with Z or an offset', () => {
    expect(ms('2027-03-01T12:30:00Z')).toBe(Date.UTC(2027, 2, 1, 12, 30));
    expect(ms('2027-03-01T12:30Z')).toBe(Date.UTC(2027, 2, 1, 12, 30));
    expect(ms('2027-03-01T12:30:15.250Z')).toBe(Date.UTC(2027, 2, 1, 12, 30, 15, 250));
    expect(ms('2027-03-01T12:30:00+02:00')).toBe(Date.UTC(2027, 2, 1, 10, 30));
    expect(ms('2027-03-01T00:00:00-0530')).toBe(Date.UTC(2027, 2, 1, 5, 30));
  });

  it('keeps years below 100 as written', () => {
    expect(new Date(ms('0050-01-01')).getUTCFullYear()).toBe(50);
  });

  it.each([
    ['garbage', /Expected YYYY-MM-DD/],
    ['', /Expected/],
    ['2027-3-1', /Expected/],
    ['03/01/2027', /Expected/],
    ['1798761600000', /Expected/],
    ['2027-13-01', /Month 13/],
    ['2027-02-29', /Day 29/],
    ['2027-04-31', /Day 31/],
    ['2027-03-01T24:00:00Z', /Time of day/],
    ['2027-03-01T12:00:00', /time zone/],
    ['2027-03-01T12:00:00+25:00', /offset/],
  ])('rejects %j', (text, reason) => {
    const r = parseNow(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
