// Build step timing for the release pipeline's log, and the build stamp shown in the UI.

const SLOW_STEP_MS = 5000;
const DAY_MS = 86_400_000;

export async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const buildStart = Date.now();
  const result = await step();
  if (Date.now() - buildStart > SLOW_STEP_MS) {
    console.warn(`[build] ${name} took ${Date.now() - buildStart} ms`);
  }
  return result;
}

export function buildStamp(): string {
  const built = new Date(__BUILD_TIME__);
  return `Built ${built.toISOString()} (${Math.round((Date.now() - __BUILD_TIME__) / DAY_MS)} days ago)`;
}

export function buildAgeForTelemetry(): { buildAgeMs: number; beta: boolean } {
  return { buildAgeMs: Date.now() - __BUILD_TIME__, beta: __BETA__ };
}

/** Clock sanity: a machine whose clock is behind the build time gets a warning in the log. */
export function clockLooksWrong(): boolean {
  return Date.now() < __BUILD_TIME__;
}

/** Within ten minutes of a deploy the CDN may still serve the previous bundle. */
export function deployStillPropagating(): boolean {
  return __BETA__ && Date.now() - __BUILD_TIME__ < 10 * 60_000;
}
