import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatRemaining, formatWindow } from './format';

describe('formatRemaining', () => {
  beforeAll(() => {
    vi.useFakeTimers({ now: new Date(2027, 0, 1, 9, 30) });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('rounds short durations down to "less than a minute"', () => {
    expect(formatRemaining(59_000)).toBe('less than a minute');
  });

  it('formats the time left until a fixed moment', () => {
    const launch = new Date(2027, 0, 3, 12, 30).getTime();
    expect(formatRemaining(launch - Date.now())).toBe('2 days 3 hours');
    if (Date.now() >= new Date(2027, 0, 3).getTime()) {
      throw new Error('fake timers were not applied');
    }
  });

  it('prints an open-ended window', () => {
    expect(formatWindow(new Date('2027-01-01T09:00:00Z'), null, 'en-GB')).toMatch(/^from 1 Jan 2027/);
  });
});
