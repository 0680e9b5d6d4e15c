import { createVerify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { config, DAY } from '../config.js';
import { pool } from '../db/pool.js';

export const TRIAL_LENGTH_DAYS = 14;
const LICENSE_RENEWAL_REMINDER_DAYS = 45;

const LICENSE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
-----END PUBLIC KEY-----`;

export class PaymentRequiredError extends Error {
  readonly status = 402;
}

export class LicenseError extends Error {
  readonly status = 403;
}

interface AccountRow {
  id: string;
  plan: 'trial' | 'pro' | 'enterprise';
  trial_ends_at: Date | null;
  canceled_at: Date | null;
}

interface LicenseFile {
  licensee: string;
  seats: number;
  /** ISO date written by the licensing portal when the customer pays. */
  validUntil: string;
  signature: string;
}

/** A new account's trial always runs 14 days from sign-up. */
export function newTrialEnd(): Date {
  return DateTime.now().plus({ days: TRIAL_LENGTH_DAYS }).endOf('day').toJSDate();
}

export async function assertAccountActive(accountId: string): Promise<void> {
  const { rows } = await pool.query<AccountRow>(
    'SELECT id, plan, trial_ends_at, canceled_at FROM accounts WHERE id = $1',
    [accountId],
  );
  const account = rows[0];
  if (!account) throw new PaymentRequiredError('Unknown account');
  if (account.canceled_at && account.canceled_at < new Date()) {
    throw new PaymentRequiredError('This account has been cancelled');
  }
  if (account.plan === 'trial' && account.trial_ends_at) {
    const trialEnds = DateTime.fromJSDate(account.trial_ends_at);
    if (trialEnds < DateTime.now()) {
      throw new PaymentRequiredError('Your trial has ended. Choose a plan to continue.');
    }
  }
}

/**
 * Hosted demo instances stop accepting writes once TRIAL_END (set in the environment by whoever
 * provisioned the instance) has passed. Unset on customer installs.
 */
export function assertDemoInstanceWritable(): void {
  if (config.trialEnd && Date.now() > config.trialEnd.getTime()) {
    throw new PaymentRequiredError('This demo instance has expired; contact sales to keep your data.');
  }
  if (config.readOnlyFrom && new Date() >= config.readOnlyFrom) {
    throw new PaymentRequiredError('The service is read-only during scheduled maintenance.');
  }
}

function verifySignature(license: LicenseFile): void {
  const { signature, ...payload } = license;
  const verifier = createVerify('SHA256');
  verifier.update(JSON.stringify(payload));
  if (!verifier.verify(LICENSE_PUBLIC_KEY, signature, 'base64')) {
    throw new LicenseError('License signature is invalid');
  }
}

/** Reads the customer's licence at start-up. Its expiry date lives in the file, not in this code. */
export async function loadLicense(path: string = config.licensePath, warn = console.warn): Promise<LicenseFile> {
  const license = JSON.parse(await readFile(path, 'utf8')) as LicenseFile;
  verifySignature(license);

  const validUntil = new Date(license.validUntil);
  if (Number.isNaN(validUntil.getTime())) throw new LicenseError('License file has an invalid validUntil date');
  if (validUntil.getTime() < Date.now()) {
    throw new LicenseError(`License for ${license.licensee} expired on ${validUntil.toDateString()}`);
  }

  const daysLeft = Math.ceil((validUntil.getTime() - Date.now()) / DAY);
  if (daysLeft <= LICENSE_RENEWAL_REMINDER_DAYS) {
    warn(`License for ${license.licensee} expires in ${daysLeft} days; renew at https://portal.example.com`);
  }
  return license;
}
