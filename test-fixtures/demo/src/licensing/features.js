// Features that were unlocked for participants of the tech-preview programme.

import { log } from '../log.js';

const TECH_PREVIEW = {
  drs: { label: 'Distributed Resource Scheduler', until: '2027-01-15' },
  storageMigration: { label: 'Storage migration', until: '2024-12-31' },
};

export function drsEnabled() {
  return Date.now() <= Date.parse(TECH_PREVIEW.drs.until); // expect: js/hardcoded-expiry
}

export function assertStorageMigrationAvailable() {
  const now = new Date();
  if (now.getTime() > Date.parse(TECH_PREVIEW.storageMigration.until)) { // expect: js/hardcoded-expiry error
    throw new Error(`${TECH_PREVIEW.storageMigration.label} tech preview has expired`);
  }
}

/** Human-readable list for the `features` admin command. */
export function describeFeatures() {
  return Object.values(TECH_PREVIEW).map(
    (f) => `${f.label} (preview until ${new Date(f.until).toDateString()})`,
  );
}

export function logFeatureState() {
  log.info('tech preview state', { drs: drsEnabled() });
}
