/**
 * Dates the product team plans releases around. Change them here, not in the components.
 * Every date-based switch is reviewed against the policy below before a release.
 */
export const TIMEBOMB_POLICY_URL = 'https://wiki.example.com/eng/timebomb-policy';

/** The redesigned checkout goes live for everyone at 09:00 UTC on this day. */
export const NEW_CHECKOUT_LAUNCH = new Date('2027-02-01T09:00:00Z');

/** Sign-ups for the spring cohort open at 08:00 UTC on this day; earlier requests are refused. */
export const REGISTRATION_OPENS_AT = Date.UTC(2027, 0, 15, 8, 0, 0);

/** Copy for the pricing page footnote. Not used in any logic. */
export const PRICE_CHANGE_NOTICE = 'New prices apply to renewals from March 1, 2027.';
