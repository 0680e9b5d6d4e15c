/**
 * Indirection over the system clock so that Storybook can freeze time.
 */
export const now = () => Date.now();
export const today = () => new Date();

export function minutesSince(ts: number): number {
  return (now() - ts) / 60_000;
}
