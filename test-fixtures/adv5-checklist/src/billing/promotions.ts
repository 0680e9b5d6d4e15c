/**
 * Tariff and promotion selection for the billing service.
 */
import moment from 'moment';
import dayjs from 'dayjs';
import { RELEASE, TARIFF_STEPS } from '../config/milestones.js';

const [JANUARY_TARIFF, JULY_TARIFF] = TARIFF_STEPS;
const SPRING_PROMO_END = dayjs('2027-04-30');

export interface Invoice {
  id: string;
  dueDate: string;
  createdAt: string;
}

export function currentTariff(): 'T1' | 'T2' | 'T3' {
  if (moment().isSameOrAfter(JULY_TARIFF)) { // expect: js/hardcoded-expiry warning
    return 'T3';
  }
  if (moment.utc().isAfter(moment(JANUARY_TARIFF))) { // expect: js/hardcoded-expiry warning
    return 'T2';
  }
  return 'T1';
}

export function newPricingPageLive(): boolean {
  return moment().isAfter(RELEASE.pricing.newTariffFrom); // expect: js/hardcoded-expiry warning
}

export function springPromoActive(): boolean {
  return dayjs().isBefore(SPRING_PROMO_END); // expect: js/hardcoded-expiry warning
}

export function promoDaysLeft(): number {
  const left = moment('2027-03-31').diff(moment(), 'days');
  return left;
}

export function showPromoCountdown(): boolean {
  return dayjs('2027-03-31').diff(dayjs(), 'day') > 0; // expect: js/hardcoded-expiry warning
}

// --- benign twins ------------------------------------------------------

export function isOverdue(invoice: Invoice): boolean {
  return dayjs(invoice.dueDate).isBefore(dayjs());
}

export function isRecent(invoice: Invoice): boolean {
  return moment(invoice.createdAt).isAfter(moment().subtract(30, 'days'));
}

export function tariffLabel(): string {
  return `New tariffs from ${moment(JANUARY_TARIFF).format('LL')}`;
}

export function defaultDueDate(): string {
  return dayjs().add(14, 'day').format('YYYY-MM-DD');
}

export function daysUntilDue(invoice: Invoice): number {
  return moment(invoice.dueDate).diff(moment(), 'days');
}
