import { BETA_ENDS_AT, DAY_MS, MAX_BUILD_AGE_DAYS } from './constants';

declare const __BETA__: boolean;
declare const __BUILD_TIME__: number;

export class BuildExpiredError extends Error {}

/** Called on every start of the agent. */
export function assertBuildUsable(): void {
  if (__BETA__ && Date.now() > BETA_ENDS_AT) { // expect: js/prerelease-expiry error
    throw new BuildExpiredError('This beta build of fleet-agent has expired.');
  }
  if (Date.now() - __BUILD_TIME__ > MAX_BUILD_AGE_DAYS * DAY_MS) { // expect: js/build-age error
    throw new BuildExpiredError('This build is too old. Please update fleet-agent.');
  }
}

/** Uptime for the status page: the build time shown, nothing compared. */
export function buildInfo(): string {
  const ageDays = Math.floor((Date.now() - __BUILD_TIME__) / DAY_MS);
  return `built ${new Date(__BUILD_TIME__).toISOString()} (${ageDays} days ago)`;
}
