import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from './clock';
import { msUntilNextChange, parseWindow, upcomingAndLive, windowState } from './window';

const winter = parseWindow({ starts_at: '2029-12-01T00:00:00Z', ends_at: '2030-01-31T23:59:59Z' });
const spring = parseWindow({ starts_at: '2030-03-01T00:00:00Z', ends_at: '2030-05-31T23:59:59Z' });
const evergreen = parseWindow({ starts_at: '2029-06-01T00:00:00Z', ends_at: null });

describe('windowState with the pinned system clock', () => {
  it('runs with the clock from test/setup.ts', () => {
    expect(Date.now()).toBe(Date.parse('2030-01-01T00:00:00Z'));
    expect(Date.now()).toBeLessThan(Date.parse('2031-01-01'));
    expect(new Date().getFullYear()).toBe(2030);
  });

  it('is live inside the window', () => {
    expect(windowState(winter)).toBe('live');
    expect(windowState(evergreen)).toBe('live');
  });

  it('is upcoming before the start', () => {
    expect(windowState(spring)).toBe('upcoming');
  });

  it('ends exactly at ends_at', () => {
    vi.setSystemTime(new Date('2030-01-31T23:59:59Z'));
    expect(windowState(winter)).toBe('ended');
    vi.setSystemTime(new Date(Date.UTC(2030, 0, 31, 23, 59, 58)));
    expect(windowState(winter)).toBe('live');
  });

  it('counts down to the next change', () => {
    expect(msUntilNextChange(winter)).toBe(Date.parse('2030-01-31T23:59:59Z') - Date.now());
    vi.setSystemTime(new Date('2031-01-01'));
    expect(msUntilNextChange(winter)).toBeNull();
    expect(Date.now() > Date.parse('2030-12-31')).toBe(true);
  });
});

describe('windowState with an injected clock', () => {
  it('does not read the system clock at all', () => {
    const clock = fixedClock(new Date('2030-04-15T12:00:00Z'));
    expect(windowState(spring, clock)).toBe('live');
    expect(windowState(winter, clock)).toBe('ended');
  });

  it('lists upcoming and live windows in start order', () => {
    const clock = fixedClock(Date.UTC(2030, 1, 1));
    expect(upcomingAndLive([spring, winter, evergreen], clock)).toEqual([evergreen, spring]);
  });
});

describe('parseWindow', () => {
  it('rejects windows that end before they start', () => {
    expect(() => parseWindow({ starts_at: '2030-02-01', ends_at: '2030-01-01' })).toThrow(RangeError);
  });
});
