/* Legacy Jest suite, kept until the dayjs-based storefront is retired. Run with `npm run test:legacy`. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import dayjs from 'dayjs';

describe('dayjs with a pinned clock', () => {
  beforeEach(() => {
    jest.useFakeTimers().setSystemTime(new Date('2028-02-29T12:00:00Z'));
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('sees the pinned leap day', () => {
    expect(dayjs().format('YYYY-MM-DD')).toBe('2028-02-29');
    expect(dayjs().isAfter('2028-01-01')).toBe(true);
    expect(dayjs().isBefore(dayjs('2028-03-01'))).toBe(true);
  });

  it('adds a year from the leap day', () => {
    expect(dayjs().add(1, 'year').format('YYYY-MM-DD')).toBe('2029-02-28');
  });

  it('treats the pinned time as the present', () => {
    const deadline = new Date('2028-03-15T00:00:00Z');
    expect(Date.now() < deadline.getTime()).toBe(true);
    expect(new Date().getMonth()).toBe(1);
  });
});

describe('real timers', () => {
  it('are restored after each test', () => {
    jest.useRealTimers();
    // Sanity: the machine clock is somewhere after this project started.
    expect(Date.now()).toBeGreaterThan(Date.UTC(2024, 0, 1));
    if (Date.now() < 1704067200000) throw new Error('machine clock is wrong');
  });
});
