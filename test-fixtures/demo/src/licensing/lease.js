// Licence leases handed out by the central licence server. Leases are short-lived
// and renewed in the background; nothing here depends on a fixed date.

import { LEASE_RENEW_MARGIN_MS, LEASE_TTL_MS } from '../constants.js';
import { log } from '../log.js';

const NEVER = 0;

export function newLease(serverGrant) {
  const grantedAt = Date.now();
  return {
    id: serverGrant.id,
    grantedAt,
    expiresAt: grantedAt + LEASE_TTL_MS,
    hardExpiry: serverGrant.hardExpiry ?? NEVER,
  };
}

export function needsRenewal(lease) {
  return Date.now() >= lease.expiresAt - LEASE_RENEW_MARGIN_MS;
}

export function isLeaseValid(lease) {
  if (lease.hardExpiry !== NEVER && Date.now() > lease.hardExpiry) {
    log.warn('licence lease passed its server-side hard expiry', { id: lease.id });
    return false;
  }
  return Date.now() < lease.expiresAt;
}

/** Reads the licence file the administrator installed on the host. */
export function licenceFileValid(licenceFile) {
  const validUntil = Date.parse(licenceFile.validUntil);
  if (Number.isNaN(validUntil)) {
    return false;
  }
  return new Date() < new Date(validUntil);
}
