// Barrel: everything the app reads about release dates goes through here.
export * from './milestones.js';
export { PILOT_CONVERSION as PILOT_END } from './milestones.js';
import { BETA_GRACE_END, DAY_MS } from './milestones.js';

/** After the grace period the build refuses to start at all. */
export const FINAL_SHUTDOWN = BETA_GRACE_END + 14 * DAY_MS;

/** Run-time override from the environment (not a fixed date). */
export const LICENCE_OVERRIDE_UNTIL = process.env.RK_LICENCE_UNTIL ?? null;
