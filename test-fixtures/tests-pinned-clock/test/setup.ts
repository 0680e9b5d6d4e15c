import { afterEach, beforeEach, vi } from 'vitest';

// Pin the wall clock for every test so "live"/"ended" never depends on the day CI runs.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});
