/**
 * Report retention and pilot-data housekeeping (runs nightly from cron).
 */
import {
  compareAsc,
  differenceInCalendarDays,
  differenceInDays,
  isAfter,
  isBefore,
  isFuture,
  isPast,
  parse,
  parseISO,
  subDays,
} from 'date-fns';
import { PILOT_END, ApiSunset } from '../config/index.js';

interface Db {
  pilotRoutes: { deleteMany(q: object): Promise<void> };
  reports: { deleteMany(q: object): Promise<void> };
}

export interface ReportRow {
  id: string;
  createdAt: Date;
  generatedAt: string;
}

export async function purgePilotData(db: Db): Promise<void> {
  if (isAfter(new Date(), parseISO(PILOT_END))) { // expect: js/hardcoded-expiry error
    await db.pilotRoutes.deleteMany({});
  }
}

export function useQuarterlyLayout(): boolean {
  return isBefore(Date.now(), new Date(2027, 2, 1)); // expect: js/hardcoded-expiry warning
}

export function v1ReportsRetired(): boolean {
  return isPast(parseISO(ApiSunset.V1)); // expect: js/hardcoded-expiry
}

export function previewNewCharts(): boolean {
  return isFuture(new Date('2027-03-01T00:00:00Z')); // expect: js/hardcoded-expiry
}

export function fiscalYearCloseNear(): boolean {
  const close = parse('March 1, 2027', 'MMMM d, yyyy', new Date());
  return differenceInCalendarDays(close, new Date()) < 30; // expect: js/hardcoded-expiry warning
}

export function afterAuditFreeze(): boolean {
  return compareAsc(new Date(), parseISO('2027-06-30')) === 1; // expect: js/hardcoded-expiry warning
}

// --- benign twins ------------------------------------------------------

export async function purgeOldReports(db: Db, rows: ReportRow[]): Promise<void> {
  const cutoff = subDays(new Date(), 90);
  const stale = rows.filter((r) => isBefore(r.createdAt, cutoff));
  await db.reports.deleteMany({ id: { $in: stale.map((r) => r.id) } });
}

export function isStale(row: ReportRow): boolean {
  return differenceInDays(new Date(), row.createdAt) > 30;
}

export function generatedInPast(row: ReportRow): boolean {
  return isPast(parseISO(row.generatedAt));
}

export function parseUserDate(input: string): Date {
  return parse(input, 'MMMM d, yyyy', new Date());
}

export function sortRows(rows: ReportRow[]): ReportRow[] {
  return [...rows].sort((a, b) => compareAsc(a.createdAt, b.createdAt));
}
