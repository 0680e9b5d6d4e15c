import { DAY, RETENTION_DAYS } from '../lib/constants';

interface Row { id: string; ts: number; userTrialEndsAt?: string }

export function purgeOld(rows: Row[]): Row[] {
  const cutoff = Date.now() - RETENTION_DAYS * DAY;
  return rows.filter((r) => r.ts >= cutoff);
}

export function trialUsersToEmail(rows: Row[]): Row[] {
  const now = Date.now();
  return rows.filter((r) => r.userTrialEndsAt && Date.parse(r.userTrialEndsAt) - now < 3 * DAY);
}

export async function pollUntilReady(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const started = performance.now();
  const deadline = started + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

export function maintenanceWindow(): boolean {
  const until = Number(process.env.PULSE_MAINTENANCE_UNTIL);
  return Number.isFinite(until) && Date.now() < until;
}

export function nightlyDue(lastRun: Date): boolean {
  const h = new Date().getUTCHours();
  return h === 2 && Date.now() - lastRun.getTime() > 20 * 3600 * 1000;
}

export function isWeekend(): boolean {
  const d = new Date().getDay();
  return d === 0 || d === 6; // expect: js/calendar-check
}
