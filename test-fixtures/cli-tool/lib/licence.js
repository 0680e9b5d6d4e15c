'use strict';

const { EXPIRES } = require('./config');
const { SUPPORT_ENDS } = require('./dates');

function now() {
  return Date.now();
}

class PreviewExpiredError extends Error {}

/** Preview builds are time-limited; GA builds set ACME_GA=1 at build time. */
function assertPreviewValid() {
  if (process.env.ACME_GA === '1') {
    return;
  }
  if (now() > Date.parse(EXPIRES)) { // expect: js/hardcoded-expiry error
    throw new PreviewExpiredError('This preview build of acme-deploy has expired. Install the latest release.');
  }
}

/** Whether this release is still inside its support window. */
function isSupported() {
  return Date.now() <= SUPPORT_ENDS; // expect: js/hardcoded-expiry
}

/** The beta of the rollback command ended with 2026 (getYear() counts from 1900). */
function assertRollbackBeta() {
  const d = new Date();
  if (d.getYear() > 126) { // expect: js/hardcoded-expiry error
    throw new Error('The rollback beta has expired.');
  }
}

/** Validates a licence token the user pasted into `acme-deploy login`. */
function tokenValid(token) {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return typeof claims.exp === 'number' && claims.exp * 1000 > now();
}

module.exports = { assertPreviewValid, isSupported, assertRollbackBeta, tokenValid, PreviewExpiredError };
