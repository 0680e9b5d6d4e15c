import { DateTime, Interval } from 'luxon';

/** Luxon months are one-based: this is 1 March 2027. */
const IMPORTER_REMOVAL = DateTime.local(2027, 3, 1);

export interface Job {
  id: string;
  runAt: string;
  window?: { start: string; end: string };
}

/** The CSV importer for legacy billing exports is removed after the migration deadline. */
export function legacyImporter(): ((csv: string) => Job[]) | null {
  if (DateTime.local() >= IMPORTER_REMOVAL) { // expect: js/hardcoded-expiry
    return null;
  }
  return (csv) => csv.split('\n').map((line, i) => ({ id: String(i), runAt: line.trim() }));
}

export function reconciliationMode(): 'nightly' | 'hourly' {
  return DateTime.now().toMillis() > DateTime.fromISO('2024-12-31').toMillis() ? 'hourly' : 'nightly'; // expect: js/hardcoded-expiry
}

export function dueJobs(jobs: Job[]): Job[] {
  const now = DateTime.now();
  return jobs.filter((job) => DateTime.fromISO(job.runAt) <= now);
}

export function inMaintenanceWindow(job: Job): boolean {
  if (!job.window) return false;
  const window = Interval.fromDateTimes(DateTime.fromISO(job.window.start), DateTime.fromISO(job.window.end));
  return window.contains(DateTime.now());
}

export function nextWeeklyRun(): DateTime {
  return DateTime.now().plus({ days: 7 }).startOf('day');
}
