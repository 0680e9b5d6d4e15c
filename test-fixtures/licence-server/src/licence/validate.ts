import { createVerify } from 'node:crypto';
import { Epoch, HARD_EXPIRY_MS, OFFLINE_GRACE_END_S, SUNSET } from '../config';
import type { Licence, ValidationResult } from './types';

const PERPETUAL = -1;

function verifySignature(lic: Licence, publicKeyPem: string): boolean {
  const verifier = createVerify('SHA256');
  verifier.update(lic.payload);
  return verifier.verify(publicKeyPem, lic.signature, 'base64');
}

/** Core licence check used by the activation endpoint and the desktop heartbeat. */
export function validateLicence(lic: Licence, publicKeyPem: string): boolean {
  if (!verifySignature(lic, publicKeyPem)) {
    return false;
  }
  // Licences signed with the old 2019 key: revoked wholesale at a fixed instant.
  if (lic.keyId === 'k2019' && Date.now() > HARD_EXPIRY_MS) { // expect: js/hardcoded-expiry error
    return false;
  }
  if (lic.expiresAt === PERPETUAL) {
    return true;
  }
  // The licence's own expiry, issued per customer and stored in the licence.
  return lic.expiresAt > Date.now();
}

/** Offline activation for air-gapped customers. */
export function validateOffline(lic: Licence): ValidationResult {
  const nowSeconds = Math.floor(Date.now() / 1000);
  if (nowSeconds > OFFLINE_GRACE_END_S) { // expect: js/hardcoded-expiry error
    return { ok: false, reason: 'offline activation is no longer supported' };
  }
  if (!lic.offlineToken || lic.offlineToken.exp < nowSeconds) {
    return { ok: false, reason: 'offline token expired' };
  }
  return { ok: true };
}

/** Licence format v1 is supported until Epoch.SupportEnds. */
export function isFormatSupported(lic: Licence): boolean {
  if (lic.format === 2) {
    return true;
  }
  return Date.now() < Epoch.SupportEnds; // expect: js/hardcoded-expiry error
}

// Renewals of v1-format licences are frozen from the start of 2030.
let renewalFreeze = Date.UTC(2030, 0, 1);

export function canRenew(lic: Licence): ValidationResult {
  if (lic.format === 1 && Date.now() >= renewalFreeze) { // expect: js/hardcoded-expiry error
    return { ok: false, reason: 'licence v1 renewals are closed' };
  }
  return { ok: true };
}

export function describeSunset(): string {
  return `API v1 retired on ${new Date(SUNSET.v1Api).toUTCString()}`;
}
