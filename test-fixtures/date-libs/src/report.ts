import {
  addDays,
  clamp,
  differenceInDays,
  format,
  formatDistanceToNow,
  isAfter,
  isWithinInterval,
  parseISO,
  startOfMonth,
} from 'date-fns';
import { MAX_INVOICE_DATE, MIN_INVOICE_DATE, SUBSCRIPTION_END } from './constants';

export interface InvoiceRow {
  id: string;
  createdAt: string;
  dueDate: string;
  periodStart: string;
  periodEnd: string;
}

export function header(): string {
  return `Billing report generated ${format(new Date(), 'yyyy-MM-dd HH:mm')}`;
}

export function describe(row: InvoiceRow): string {
  const created = formatDistanceToNow(parseISO(row.createdAt), { addSuffix: true });
  const overdue = isAfter(new Date(), parseISO(row.dueDate)) ? ' (overdue)' : '';
  const days = differenceInDays(parseISO(row.periodEnd), parseISO(row.periodStart));
  return `${row.id}: created ${created}, covers ${days} days${overdue}`;
}

/** Default due date of a new invoice: 30 days from today. */
export function defaultDueDate(): Date {
  return addDays(new Date(), 30);
}

/** Dates typed into the invoice editor are clamped to the supported range. */
export function normaliseInvoiceDate(input: string): Date {
  return clamp(parseISO(input), { start: MIN_INVOICE_DATE, end: MAX_INVOICE_DATE });
}

export function inCurrentMonth(date: Date): boolean {
  return isWithinInterval(date, { start: startOfMonth(date), end: addDays(startOfMonth(date), 31) });
}

export function campaignFooter(): string {
  return `Fixed-term plans run until ${format(SUBSCRIPTION_END, 'MMMM d, yyyy')}.`;
}
