/**
 * Dispatch windows: which routing engine and which calendar API to use.
 */
import { DateTime } from 'luxon';
import { Temporal } from '@js-temporal/polyfill';
import { ROUTING_V3_CUTOVER } from '../config/index.js';

export interface Job {
  id: string;
  scheduledFor: string;
}

export function routingEngine(): 'v2' | 'v3' {
  return DateTime.now() >= DateTime.fromISO(ROUTING_V3_CUTOVER) ? 'v3' : 'v2'; // expect: js/hardcoded-expiry warning
}

export function depotHoursV2(): boolean {
  return DateTime.utc() > DateTime.local(2027, 3, 1); // expect: js/hardcoded-expiry warning
}

export function useNewEtaModel(): boolean {
  return DateTime.local().toMillis() >= DateTime.fromISO('2027-02-01').toMillis(); // expect: js/hardcoded-expiry warning
}

export function weeksUntilCutover(): number {
  return DateTime.fromISO(ROUTING_V3_CUTOVER).diff(DateTime.now(), 'weeks').weeks;
}

export function temporalCutoverPassed(): boolean {
  return Temporal.Instant.compare(Temporal.Now.instant(), Temporal.Instant.from('2027-03-01T00:00:00Z')) >= 0; // expect: js/hardcoded-expiry warning
}

export function newHolidayCalendar(): boolean {
  return Temporal.PlainDate.compare(Temporal.Now.plainDateISO(), Temporal.PlainDate.from('2027-01-01')) > 0; // expect: js/hardcoded-expiry warning
}

export function epochCheck(): boolean {
  return Temporal.Now.instant().epochMilliseconds > Date.UTC(2027, 5, 1); // expect: js/hardcoded-expiry warning
}

// --- benign twins ------------------------------------------------------

export function isLate(job: Job): boolean {
  return DateTime.fromISO(job.scheduledFor) < DateTime.now();
}

export function dispatchHorizon(): DateTime {
  return DateTime.now().plus({ hours: 2 });
}

export function cutoverLabel(): string {
  return DateTime.fromISO(ROUTING_V3_CUTOVER).toFormat('DDD');
}

export function startedWithinHour(job: Job): boolean {
  const started = Temporal.Instant.from(job.scheduledFor);
  const hourAgo = Temporal.Now.instant().subtract({ hours: 1 });
  return Temporal.Instant.compare(started, hourAgo) > 0;
}
