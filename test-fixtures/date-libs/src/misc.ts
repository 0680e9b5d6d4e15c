import { END_MS, PROMO_END } from './constants';

let syncEnabled = true;

export function disableSync(): void {
  syncEnabled = false;
}

/** Legacy sync endpoint was switched off at the end of 2024. */
export function maybeDisableLegacySync(): void {
  if (Math.sign(END_MS - Date.now()) < 0) { // expect: js/hardcoded-expiry
    disableSync();
  }
}

export function isSyncEnabled(): boolean {
  return syncEnabled;
}

export function currentPlanCode(): string {
  const plan = Date.now() > PROMO_END ? 'standard' : 'promo-2026'; // expect: js/hardcoded-expiry warning
  return plan;
}

export function taxTableVersion(): string {
  return new Date().toISOString().slice(0, 10) >= '2027-03-01' ? 'tax-2027' : 'tax-2026'; // expect: js/hardcoded-expiry
}

/** Comparator for sorting invoices by issue date. */
export function byIssueDate(a: { issuedAt: Date }, b: { issuedAt: Date }): number {
  return Math.sign(a.issuedAt.getTime() - b.issuedAt.getTime());
}

/** Daily export file name, e.g. invoices-2026-11-24.csv */
export function exportFileName(): string {
  return `invoices-${new Date().toISOString().slice(0, 10)}.csv`;
}
