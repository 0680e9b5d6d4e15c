import { registerAs } from '@nestjs/config';

export default registerAs('billing', () => ({
  currency: process.env.BILLING_CURRENCY ?? 'EUR',
  graceEndsAt: '2027-01-15T00:00:00Z',
  invoiceDueDays: Number(process.env.INVOICE_DUE_DAYS ?? 14),
  statementCron: '0 6 1 * *',
}));
