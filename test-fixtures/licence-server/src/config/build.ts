// Stamped by CI. Nightly and preview builds carry an expiry so that stale
// binaries are not left running in customer environments.

export const BUILD_CHANNEL: 'preview' | 'stable' = 'preview';

/** 2027-06-30T00:00:00Z in ms. */
export const BUILD_EXPIRES = 1814313600000;

export const DAY_MS = 86_400_000;
