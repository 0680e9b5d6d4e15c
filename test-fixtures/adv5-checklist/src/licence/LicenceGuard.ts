/**
 * Licence and beta enforcement for self-hosted RouteKeeper installs.
 */
import {
  ApiSunset,
  BETA_EXPIRY,
  BETA_GRACE_END,
  HARD_STOP,
  NEVER,
  NO_EXPIRY,
  RELEASE,
  SupportedUntilYear,
} from '../config/index.js';
import { FINAL_SHUTDOWN, LICENCE_OVERRIDE_UNTIL } from '../config';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** File-local clock so tests can stub it via module mocking. */
function now(): number {
  return Date.now();
}

let syncEnabled = true;
function disableSync(): void {
  syncEnabled = false;
}

export interface ServerLease {
  expiresAt: string;
  seats: number;
}

export class LicenceGuard {
  /** Returns false once the beta build has expired. */
  isBetaValid(): boolean {
    if (now() > BETA_EXPIRY) { // expect: js/hardcoded-expiry error
      return false;
    }
    return true;
  }

  assertWithinGrace(): void {
    const current = Date.now();
    if (current >= BETA_GRACE_END) { // expect: js/hardcoded-expiry error
      throw new Error('This beta build has expired. Please upgrade RouteKeeper.');
    }
  }

  checkLicence(): 'valid' | null {
    const { licenceValidUntil } = RELEASE;
    const until = new Date(licenceValidUntil);
    return new Date() < until ? 'valid' : null; // expect: js/hardcoded-expiry error
  }

  enforceShutdown(): void {
    if (Date.now() - FINAL_SHUTDOWN > 0) { // expect: js/hardcoded-expiry error
      process.exit(3);
    }
  }

  /** Chaos-style enforcement requested by sales for expired betas. */
  maybeKill(): void {
    if (Date.now() > BETA_GRACE_END) { // expect: js/hardcoded-expiry error
      if (Math.random() < 0.05) process.kill(process.pid, 'SIGKILL');
    }
  }

  // --- benign twins -------------------------------------------------------

  /** The lease comes from the licence server at run time. */
  isLeaseValid(lease: ServerLease): boolean {
    return Date.now() < new Date(lease.expiresAt).getTime();
  }

  /** Re-check the licence every six hours. */
  nextCheckAt(): number {
    return now() + 6 * 60 * 60 * 1000;
  }

  /** Environment override: read at run time. */
  overrideActive(): boolean {
    if (LICENCE_OVERRIDE_UNTIL === null) return false;
    return Date.now() < Date.parse(LICENCE_OVERRIDE_UNTIL);
  }

  /** Sentinels mean "unlimited", not a date. */
  leaseUnlimited(lease: { expiresAtMs: number }): boolean {
    if (lease.expiresAtMs === NO_EXPIRY) return true;
    return Date.now() < NEVER;
  }
}

export function rejectRetiredApi(version: string): void {
  if (version !== 'v1') return;
  if (Date.now() >= Date.parse(ApiSunset.V1)) { // expect: js/hardcoded-expiry error
    throw new HttpError(410, 'Support for API v1 has ended; migrate to v2.');
  }
}

export function assertLtsSupported(): void {
  if (new Date().getUTCFullYear() > SupportedUntilYear.Lts) { // expect: js/hardcoded-expiry error
    console.error('This LTS release is no longer supported.');
    process.exit(1);
  }
}

export function backgroundSyncTick(): void {
  if (now() > Date.parse(HARD_STOP)) { // expect: js/hardcoded-expiry error
    disableSync();
    return;
  }
  if (!syncEnabled) return;
  // ...push queued deliveries
}

export function renderApiBanner(version: string): string {
  // Benign: the sunset date is only formatted for display.
  const sunset = new Date(ApiSunset.V2).toLocaleDateString('en-GB', { timeZone: 'UTC' });
  return `API ${version} will be retired on ${sunset}.`;
}
