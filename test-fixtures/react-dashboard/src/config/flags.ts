// Release and feature dates for the dashboard.

/** The public beta closes at this instant. */
export const BETA_END = '2027-01-15T00:00:00Z';

/** The legacy CSV exporter is switched off after the end of 2025 (month is zero-based). */
export const EXPORT_CUTOFF = Date.UTC(2025, 11, 31);

/** Start of the 30-day pilot of the anomaly-detection panel. */
export const PILOT_START = '2026-09-01';

/** Features scheduled for removal. */
export const KILL_SWITCH = {
  legacyCharts: '2025-06-30',
  classicNav: '2028-01-01',
} as const;

/** Spring promotion banner runs until 1 March 2027. */
export const PROMO_ENDS = new Date('March 1, 2027').getTime();

/** End of the site licence bought for the dashboard. */
export const DASHBOARD_LICENCE_END = '2030-01-01';

/** Backend moved to the v2 API at the end of 2024. */
export const API_MIGRATION = '2024-12-31T23:59:59Z';

export const IDLE_LOGOUT_MS = 30 * 60 * 1000;
