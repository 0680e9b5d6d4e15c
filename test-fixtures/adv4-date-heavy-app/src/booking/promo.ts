import { isWithinInterval } from 'date-fns';

/** Early-bird discount for the 2027 season. */
const EARLY_BIRD_ENDS = '2027-02-28T23:59:59Z';
const LAUNCH_WEEK = { start: new Date(2027, 0, 11), end: new Date(2027, 0, 17, 23, 59) };

export function priceFor(baseCents: number): number {
  if (Date.now() > Date.parse(EARLY_BIRD_ENDS)) return baseCents; // expect: js/hardcoded-expiry
  return Math.round(baseCents * 0.85);
}

export function showLaunchBanner(): boolean {
  return isWithinInterval(new Date(), LAUNCH_WEEK); // expect: js/hardcoded-expiry
}

/** Promo codes: each carries its own validity from the database. */
export function promoValid(code: { validFrom: string; validTo: string }, now = Date.now()): boolean {
  return now >= Date.parse(code.validFrom) && now <= Date.parse(code.validTo);
}
