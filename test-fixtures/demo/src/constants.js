// Build-time constants for the host agent.
// The release pipeline rewrites the stamped values (scripts/stamp-build.mjs).

export const AGENT_VERSION = '3.5.2-rc.1';
export const BUILD_NUMBER = 110268;

/** Build timestamp in ms since the epoch, stamped at compile time. */
export const BUILD_TIMESTAMP = 1735689600000; // 2025-01-01T00:00:00Z

/**
 * Pre-release builds stop powering on VMs after this instant so that beta
 * testers move to the GA build. Must be disabled for GA (see build-expiry.js).
 */
export const BUILD_EXPIRES_AT = Date.UTC(2025, 7, 12); // 12 Aug 2025, 00:00 UTC

/** Release candidates refuse suspend/resume after this date. */
export const PRERELEASE_CUTOFF = '2027-03-01T00:00:00Z';

/** End of general support for the 3.5 line (month is zero-based: June). */
export const SUPPORT_ENDS = new Date(2028, 5, 30);

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Evaluation mode is granted for 60 days after the build date. */
export const EVAL_PERIOD_MS = 60 * DAY_MS;

export const HEARTBEAT_INTERVAL_MS = 3_000;
export const HEARTBEAT_TIMEOUT_MS = 15_000;
export const LEASE_TTL_MS = 5 * 60 * 1000;
export const LEASE_RENEW_MARGIN_MS = 30_000;
export const POWER_ON_TIMEOUT_MS = 120_000;

/** Largest guest memory reservation accepted from the API, in bytes. */
export const MAX_VM_MEMORY_BYTES = 1803859200;
