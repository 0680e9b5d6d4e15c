import { Temporal } from '@js-temporal/polyfill';
import moment from 'moment';
import { now, today } from '../utils/clock';

/**
 * Date-driven feature flags. Yes, these should live in the flag service.
 */
const NEW_SEARCH_FROM = '2027-01-15';
const TRIAL_CUTOFF = new Date('2027-02-01T00:00:00Z');

export const flags = {
  newSearch: () => Math.sign(now() - Date.parse(NEW_SEARCH_FROM)) === 1, // expect: js/hardcoded-expiry
  newCheckout: () => new Date().toISOString().slice(0, 10) >= '2027-03-15', // expect: js/hardcoded-expiry
  darkLaunch: () => Temporal.Now.instant().epochMilliseconds > Date.UTC(2027, 0, 1), // expect: js/hardcoded-expiry
  summerTheme: () => Temporal.PlainDate.compare(Temporal.Now.plainDateISO(), Temporal.PlainDate.from('2027-06-01')) >= 0, // expect: js/hardcoded-expiry
  legacyReports: () => !moment.utc().isAfter(moment.utc('2027-01-01T00:00:00Z')), // expect: js/hardcoded-expiry
};

export function enforceTrial(): void {
  if (today() > TRIAL_CUTOFF) { // expect: js/hardcoded-expiry error
    alert('Your trial has expired. Redirecting to the upgrade page.');
    window.location.href = '/upgrade';
  }
}

export function nextReviewDate(): string {
  return Temporal.Now.plainDateISO().add({ days: 7 }).toString();
}

/** Two fixed dates: checks the config is ordered, no clock involved. */
export function configSane(): boolean {
  return Date.parse(NEW_SEARCH_FROM) < TRIAL_CUTOFF.getTime();
}
