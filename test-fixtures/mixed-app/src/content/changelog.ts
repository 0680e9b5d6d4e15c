export interface ChangelogEntry {
  version: string;
  /** Release day, ISO. */
  date: string;
  title: string;
  breaking?: boolean;
}

export const CHANGELOG: ChangelogEntry[] = [
  { version: '5.3.0', date: '2026-10-28', title: 'Saved baskets sync across devices' },
  { version: '5.2.0', date: '2026-08-12', title: 'Apple Pay in the classic checkout' },
  { version: '5.0.0', date: '2026-05-04', title: 'New seller dashboard', breaking: true },
  { version: '4.9.4', date: '2026-02-17', title: 'Accessibility fixes in the basket' },
];

/** Newest first, whatever order the entries were typed in. */
export function sortedChangelog(entries: ChangelogEntry[] = CHANGELOG): ChangelogEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/** Entries released after the one the visitor saw last (stored per browser). */
export function unseenEntries(lastSeenDate: string | null, entries: ChangelogEntry[] = CHANGELOG): ChangelogEntry[] {
  if (!lastSeenDate) return sortedChangelog(entries);
  const seen = Date.parse(lastSeenDate);
  return sortedChangelog(entries).filter((e) => Date.parse(e.date) > seen);
}

/**
 * Shown to API consumers in the docs and sent as response headers by the backend. Removing v1 is
 * a release we will ship, not something this code does by itself.
 */
export const V1_DEPRECATION_NOTICE = 'API v1 is deprecated and will be removed after 2027-06-30. Please migrate to v2.';
export const V1_SUNSET_HEADER = 'Wed, 30 Jun 2027 23:59:59 GMT';
export const V1_REMOVAL_DEADLINE = '2027-06-30';

export interface MaintenanceWindow {
  startsAt: string;
  endsAt: string;
  message: string;
}

/** Planned maintenance comes from the status page, so the banner needs no deploy. */
export async function activeMaintenance(signal?: AbortSignal): Promise<MaintenanceWindow | null> {
  const res = await fetch('/status/maintenance.json', { signal, cache: 'no-store' });
  if (!res.ok) return null;
  const windows = (await res.json()) as MaintenanceWindow[];
  const now = Date.now();
  return windows.find((w) => now >= Date.parse(w.startsAt) && now < Date.parse(w.endsAt)) ?? null;
}
