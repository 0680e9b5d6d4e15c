export const DAY_MS = 24 * 60 * 60 * 1000;

/** Beta builds stop on this day; GA builds define __BETA__ as false. */
export const BETA_ENDS_AT = Date.UTC(2027, 1, 28);

/** How long an installed build may run before it insists on an update. */
export const MAX_BUILD_AGE_DAYS = 120;
