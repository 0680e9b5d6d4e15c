// Business dates of the licensing programme.

import { DAY_MS } from './build';

export enum Milestone {
  BetaEnds = '2027-01-15',
  PublicLaunch = '2025-01-01',
}

export enum Epoch {
  /** End of support for licence format v1 (2028-06-30T00:00:00Z). */
  SupportEnds = 1845936000000,
}

/** Retirement dates of the public API versions. */
export const SUNSET = {
  v1Api: '2025-06-30T00:00:00Z',
  v2Api: '2028-06-30T00:00:00Z',
} as const;

/** Trials issued in the autumn 2026 campaign all end on 1 March 2027 (months are zero-based). */
export const TRIAL_END = new Date(2027, 2, 1);

/** Two weeks of grace after the campaign trial end. */
export const GRACE_END = TRIAL_END.getTime() + 14 * DAY_MS;

/** Licences signed with the retired 2019 key stop validating at this instant (ms). */
export const HARD_EXPIRY_MS = 1803859200000;

/** Offline activation tokens are honoured until this instant (unix seconds). */
export const OFFLINE_GRACE_END_S = 1830297600;

export const PRICING_V2_LAUNCH = new Date(Date.UTC(2027, 0, 1));

export const PORTAL_LAUNCH = Date.parse('March 1, 2027');

/** Product id of the desktop suite in the billing system. */
export const DESKTOP_PRODUCT_ID = 1830297600;

export const TRIAL_DAYS = 30;
