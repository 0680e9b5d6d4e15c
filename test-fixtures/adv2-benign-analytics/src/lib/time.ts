import dayjs from 'dayjs';
import { differenceInCalendarDays, isAfter, subDays } from 'date-fns';
import { BUILD_TIME, DATA_START, DAY, HOLIDAYS_2027, RETENTION_DAYS, SCHEMA_V2_FROM, SCHEMA_V3_FROM } from './constants';

/** Clock sanity: a device whose clock is behind the build time is misconfigured. */
export function clockLooksWrong(): boolean {
  return Date.now() < BUILD_TIME;
}

export function assertClockSane(): void {
  if (Date.now() < DATA_START) {
    throw new Error('System clock is set before 2020; fix NTP and retry.');
  }
}

export function retentionCutoff(): number {
  return Date.now() - RETENTION_DAYS * DAY;
}

export function isRetained(ts: number): boolean {
  return ts > retentionCutoff();
}

export function normaliseEpoch(ts: number): number {
  return ts < 1e12 ? ts * 1000 : ts;
}

/** Which schema an event was written with: compares the event's own timestamp. */
export function schemaFor(eventTs: number): 1 | 2 | 3 {
  if (eventTs >= Date.parse(SCHEMA_V3_FROM)) return 3;
  if (eventTs >= Date.parse(SCHEMA_V2_FROM)) return 2;
  return 1;
}

export function isHoliday(d: Date = new Date()): boolean {
  return HOLIDAYS_2027.includes(d.toISOString().slice(0, 10));
}

export function chartDomain(): [number, number] {
  return [DATA_START, Date.now()];
}

export function clampToData(ts: number): number {
  return Math.max(DATA_START, Math.min(ts, Date.now()));
}

export function weekAgo(): Date {
  return subDays(new Date(), 7);
}

export function isNewUser(createdAt: string): boolean {
  return dayjs().isBefore(dayjs(createdAt).add(30, 'day'));
}

export function daysSince(iso: string): number {
  return differenceInCalendarDays(new Date(), new Date(iso));
}

export function publishedYet(publishAt: string): boolean {
  return isAfter(new Date(), new Date(publishAt));
}

export function logFileName(): string {
  return `pulse-${new Date().toISOString().slice(0, 10)}.log`;
}

export function sampled(): boolean {
  return Date.now() % 100 < 5;
}
