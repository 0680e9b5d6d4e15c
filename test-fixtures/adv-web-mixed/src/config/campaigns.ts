export const CAMPAIGNS = {
  blackFriday: { code: 'BF26', ends: '2026-12-01' },
  spring: { code: 'SPRING27', ends: '2027-04-30' },
} as const;

export type CampaignKey = keyof typeof CAMPAIGNS;

export const CONSENT_V2_EFFECTIVE = '2027-02-01';
export const CONSENT_V1_EXPIRES = new Date(2027, 1, 1);

/** Earliest order date the returns form accepts. */
export const RETURNS_MIN_DATE = new Date(2000, 0, 1);
