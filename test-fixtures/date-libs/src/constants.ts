import { parseISO } from 'date-fns';

/** Fixed-term subscriptions sold in the 2026 campaign end here. */
export const SUBSCRIPTION_END = parseISO('2027-06-30');

/** Site licences of the on-prem edition. */
export const LICENCE_END = parseISO('2028-06-30T00:00:00Z');

/** The public beta of usage-based billing closes on 15 January 2027. */
export const BETA_ENDS = new Date(Date.UTC(2027, 0, 15));

/** All pilot customers started their trial on 1 January 2027 (months are zero-based). */
export const TRIAL_START = new Date(2027, 0, 1);

/** Earliest and latest dates the invoice editor accepts. */
export const MIN_INVOICE_DATE = parseISO('2015-01-01');
export const MAX_INVOICE_DATE = parseISO('2035-12-31');

export const END_MS = Date.parse('2024-12-31T23:59:59Z');

export const PROMO_END = Date.UTC(2027, 5, 30);
