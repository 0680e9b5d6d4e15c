import { randomUUID } from 'node:crypto';
import { DAY_MS, DESKTOP_PRODUCT_ID, TRIAL_DAYS } from '../config';
import type { Licence } from './types';

const ONE_YEAR_MS = 365 * DAY_MS;

export function issueAnnual(customerId: string): Omit<Licence, 'signature' | 'payload'> {
  return {
    id: randomUUID(),
    keyId: 'k2024',
    customerId,
    productId: DESKTOP_PRODUCT_ID,
    expiresAt: Date.now() + ONE_YEAR_MS,
    format: 2,
  };
}

export function issueTrial(customerId: string): Omit<Licence, 'signature' | 'payload'> {
  const expires = new Date(Date.now() + TRIAL_DAYS * DAY_MS);
  expires.setUTCHours(23, 59, 59, 999);
  return {
    id: randomUUID(),
    keyId: 'k2024',
    customerId,
    productId: DESKTOP_PRODUCT_ID,
    expiresAt: expires.getTime(),
    format: 2,
  };
}

/** Licences expiring within `days` get a renewal reminder e-mail. */
export function needsReminder(lic: Licence, days = 14): boolean {
  if (lic.expiresAt === -1) {
    return false;
  }
  return lic.expiresAt - Date.now() < days * DAY_MS;
}
