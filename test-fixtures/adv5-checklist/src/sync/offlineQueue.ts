/**
 * Offline delivery queue for drivers' handsets (syncs when signal returns).
 */
import { DAY_MS, ROUTING_V3_CUTOVER } from '../config/index.js';

// Queue format v1 is read until drivers have all updated; never reassigned.
let migrationDeadline = '2027-02-01';
const MIGRATION_DEADLINE_MS = new Date(migrationDeadline).getTime();

const ROLLOUT = {
  launchYear: 2027,
  compressFrom: new Date(2027, 0, 10, 6, 30),
};

export function readLegacyQueue(): boolean {
  return new Date().getTime() < MIGRATION_DEADLINE_MS; // expect: js/hardcoded-expiry
}

export function cutoverReminder(): string | null {
  const cutover = new Date(ROUTING_V3_CUTOVER);
  if (cutover.getTime() - new Date().getTime() < 7 * DAY_MS) { // expect: js/hardcoded-expiry warning
    return 'Routing v3 cutover is less than a week away.';
  }
  return null;
}

export function compressPayloads(): boolean {
  return new Date().valueOf() >= ROLLOUT.compressFrom.valueOf(); // expect: js/hardcoded-expiry warning
}

export function launchYearTheme(): string {
  if (new Date().getFullYear() === ROLLOUT.launchYear) { // expect: js/hardcoded-expiry warning
    return 'launch';
  }
  return 'default';
}

export function notLaunchYearYet(): boolean {
  return new Date().getUTCFullYear() !== 2027; // expect: js/hardcoded-expiry warning
}

export function inYearEndFreezeWindow(): boolean {
  return Date.now() <= Date.UTC(2026, 11, 31, 23, 59); // expect: js/hardcoded-expiry warning
}

// --- benign twins ------------------------------------------------------

let lastSync = 0;
export function shouldSync(): boolean {
  if (Date.now() - lastSync > 30_000) {
    lastSync = Date.now();
    return true;
  }
  return false;
}

let flushAfter = '2027-01-01';
export function configure(cfg: { flushAfter: string }): void {
  flushAfter = cfg.flushAfter;
}
export function flushDue(): boolean {
  return Date.now() > Date.parse(flushAfter);
}

export function backoff(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 60_000);
}

export function fiscalYearStarted(): boolean {
  const fiscalStart = `${new Date().getFullYear()}-04-01`;
  return Date.now() > Date.parse(fiscalStart);
}

export function sameYear(a: Date): boolean {
  return a.getFullYear() === new Date().getFullYear();
}

export function queueAgeDays(enqueuedAt: number): number {
  return Math.floor((Date.now() - enqueuedAt) / DAY_MS);
}

/** 0 and null mean "no scheduled pause" on this build. */
const PAUSE_SYNC_AT = 0;
const RESUME_SYNC_AT: number | null = null;
export function syncPaused(): boolean {
  if (PAUSE_SYNC_AT && Date.now() > PAUSE_SYNC_AT) return true;
  if (RESUME_SYNC_AT !== null && Date.now() < RESUME_SYNC_AT) return true;
  return false;
}
