import {
  compareAsc,
  differenceInCalendarMonths,
  differenceInDays,
  isAfter,
  isBefore,
  isFuture,
  isPast,
  parse,
  parseISO,
} from 'date-fns';
import { BETA_ENDS, LICENCE_END, SUBSCRIPTION_END, TRIAL_START } from './constants';

export interface Subscription {
  id: string;
  plan: 'fixed-term' | 'monthly' | 'on-prem';
  startedAt: Date;
  endsAt: Date | null;
}

// Configuration sanity check: licences must outlast the fixed-term subscriptions.
if (!isAfter(LICENCE_END, SUBSCRIPTION_END)) {
  throw new Error('config: LICENCE_END must be after SUBSCRIPTION_END');
}

export function assertFixedTermActive(sub: Subscription): void {
  if (sub.plan !== 'fixed-term') return;
  if (isAfter(new Date(), SUBSCRIPTION_END)) { // expect: js/hardcoded-expiry error
    throw new Error('The subscription period has ended.');
  }
}

/** Each customer's own subscription end, stored in the database. */
export function isSubscriptionLapsed(sub: Subscription): boolean {
  return sub.endsAt !== null && isPast(sub.endsAt);
}

export function isLaunchCouponValid(code: string): boolean {
  if (code !== 'LAUNCH25') return false;
  if (isPast(parseISO('2026-01-01'))) { // expect: js/hardcoded-expiry
    return false;
  }
  return true;
}

/** Usage-based billing is only offered while its beta is running. */
export function isUsageBillingBetaActive(): boolean {
  return isFuture(BETA_ENDS); // expect: js/hardcoded-expiry error
}

export function assertPilotTrial(): void {
  if (differenceInDays(new Date(), TRIAL_START) > 30) { // expect: js/hardcoded-expiry error
    throw new Error('Your pilot trial has expired.');
  }
}

export function checkOnPremLicence(): { valid: boolean; reason?: string } {
  if (compareAsc(new Date(), LICENCE_END) === 1) { // expect: js/hardcoded-expiry error
    return { valid: false, reason: 'on-prem licence expired' };
  }
  return { valid: true };
}

const ENROLMENT_DEADLINE = parse('March 1, 2027', 'MMMM d, yyyy', new Date());

export function enrolInPilot(customerId: string): void {
  if (isBefore(ENROLMENT_DEADLINE, new Date())) { // expect: js/hardcoded-expiry error
    throw new Error(`Pilot enrolment has expired; customer ${customerId} cannot enrol.`);
  }
}

/** Legacy invoices (format 1) are no longer supported 18 months after June 2025. */
export function legacyInvoiceFormatSupported(): boolean {
  return differenceInCalendarMonths(new Date(), parseISO('2025-06-30')) < 18; // expect: js/hardcoded-expiry
}

/** Length of a customer's subscription so far, in days. */
export function tenureDays(sub: Subscription): number {
  return differenceInDays(sub.endsAt ?? new Date(), sub.startedAt);
}
