import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.{test,spec}.{ts,js}', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Every suite starts from the same instant; individual tests move it with vi.setSystemTime.
    fakeTimers: { now: new Date('2030-01-01T00:00:00Z'), toFake: ['Date', 'setTimeout', 'setInterval'] },
  },
});
