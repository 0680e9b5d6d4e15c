import { Temporal } from '@js-temporal/polyfill';

/** Preview-environment API keys were issued with a fixed validity. */
export function assertPreviewKeyValid(): void {
  if (Temporal.Instant.compare(Temporal.Now.instant(), Temporal.Instant.from('2027-01-01T00:00:00Z')) > 0) { // expect: js/hardcoded-expiry error
    throw new Error('The preview environment API key has expired.');
  }
}

/** Invoices dated from 2028 on use the new numbering scheme. */
export function useNewInvoiceNumbering(): boolean {
  return Temporal.PlainDate.compare(Temporal.Now.plainDateISO(), Temporal.PlainDate.from('2028-01-01')) >= 0; // expect: js/hardcoded-expiry
}

export function nextReminderAt(): Temporal.Instant {
  return Temporal.Now.instant().add({ hours: 24 });
}

export function sortByDue(items: { due: Temporal.Instant }[]): typeof items {
  return [...items].sort((a, b) => Temporal.Instant.compare(a.due, b.due));
}

export function isOverdue(due: Temporal.Instant): boolean {
  return Temporal.Instant.compare(Temporal.Now.instant(), due) > 0;
}

export function stamp(): string {
  return Temporal.Now.zonedDateTimeISO('UTC').toString();
}
