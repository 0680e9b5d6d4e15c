import { DateTime as DT } from 'luxon';

export interface PriceTable {
  monthly: number;
  yearly: number;
}

const PRICES_2026: PriceTable = { monthly: 12, yearly: 120 };
const PRICES_2027: PriceTable = { monthly: 14, yearly: 140 };
const LEGACY_PLAN_END = DT.fromISO('2027-04-01T00:00:00Z');

export function currentPrices(): PriceTable {
  if (DT.now() >= DT.local(2027, 3, 1)) { // expect: js/hardcoded-expiry
    return PRICES_2027;
  }
  return PRICES_2026;
}

export function assertLegacyPlanPurchasable(): void {
  if (DT.utc().toMillis() > LEGACY_PLAN_END.toMillis()) { // expect: js/hardcoded-expiry error
    throw new Error('Legacy plans can no longer be purchased.');
  }
}

/** Price-change notice shown in emails; pure formatting of a fixed date. */
export function priceChangeNotice(): string {
  return `New prices apply from ${DT.local(2027, 3, 1).toLocaleString(DT.DATE_FULL)}.`;
}

/** A coupon fetched from the API: expiry is run-time data. */
export function couponValid(coupon: { expires: string }): boolean {
  return DT.fromISO(coupon.expires) > DT.now();
}

export function renewalDate(): string {
  return DT.now().plus({ years: 1 }).toISODate() ?? '';
}
