const BACKUP_EVERY_MS = 1814400000; // 21 days
const MAX_DELAY = 2147483647; // setTimeout limit

const jobs = new Map();

export function scheduleAt(name, deadline, fn) {
  const delay = Math.max(0, deadline - Date.now());
  if (delay > MAX_DELAY) {
    jobs.set(name, setTimeout(() => scheduleAt(name, deadline, fn), MAX_DELAY));
    return;
  }
  jobs.set(name, setTimeout(fn, delay));
}

export function backupDue(lastBackupAt) {
  if (!lastBackupAt) return true;
  return Date.now() - lastBackupAt > BACKUP_EVERY_MS;
}

export function retryDelay(attempt) {
  return Math.min(1000 * 2 ** attempt, 60_000) + Math.floor(Math.random() * 250);
}

export function pageIsStale() {
  // Reload the dashboard tab after 30 minutes of uptime.
  return typeof performance !== 'undefined' && performance.now() > 1800000;
}

export function processUptimeExceeded() {
  return process.uptime() > 86400 * 7;
}

export function maintenanceWindow() {
  const until = process.env.MAINTENANCE_UNTIL;
  if (!until) return false;
  return Date.now() < Date.parse(until);
}

export async function remoteSunset() {
  const meta = await (await fetch('/api/meta')).json();
  if (meta.sunset && Date.now() > Date.parse(meta.sunset)) {
    return { sunset: true, message: meta.sunsetMessage };
  }
  return { sunset: false };
}

export function isWeeklyReportDay() {
  return new Date().getDay() === 1; // expect: js/calendar-check
}

if (process.env.NODE_ENV === 'production') {
  scheduleAt('nightly-digest', new Date().setHours(24, 0, 0, 0), () => {});
}
