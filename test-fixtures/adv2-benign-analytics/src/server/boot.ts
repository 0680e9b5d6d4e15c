import { assertClockSane, clockLooksWrong } from '../lib/time';

export function boot(log: { warn: (m: string) => void }): void {
  assertClockSane();
  if (clockLooksWrong()) {
    log.warn('System clock is behind the build time; timestamps may be wrong.');
  }
}
