import { subDays } from 'date-fns';

const RETENTION_DAYS = 90;
const SYNC_EVERY_MS = 5 * 60_000;
let lastSync = 0;

interface Db { deleteWhere(table: string, olderThan: Date): Promise<number>; }

/** Data retention: delete rows older than 90 days. */
export async function purgeOldRows(db: Db): Promise<number> {
  const cutoff = subDays(new Date(), RETENTION_DAYS);
  return db.deleteWhere('booking_events', cutoff);
}

export async function maybeSync(sync: () => Promise<void>): Promise<void> {
  if (Date.now() - lastSync > SYNC_EVERY_MS) {
    await sync();
    lastSync = Date.now();
  }
}

export function isStale(updatedAt: string): boolean {
  return Date.now() - Date.parse(updatedAt) > 30 * 864e5;
}
