/** Injected wherever the library needs "now", so callers (and tests) can control it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock stuck at `at`, for previews ("what will the shop look like on Friday?"). */
export function fixedClock(at: Date | number): Clock {
  const ms = typeof at === 'number' ? at : at.getTime();
  return { now: () => ms };
}

/** Shifts another clock, e.g. to correct for a known skew against the CMS server. */
export function offsetClock(base: Clock, offsetMs: number): Clock {
  return { now: () => base.now() + offsetMs };
}
