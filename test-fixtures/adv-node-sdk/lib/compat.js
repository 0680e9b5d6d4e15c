'use strict';

const { SDK_EOL_MS } = require('./deprecation');

const SDK_SUNSET = process.env.ACME_SDK_SUNSET || '2027-09-01';
const FORCE_CUTOFF = process.env.ACME_FORCE_CUTOFF;

function sdkSupported() {
  return Number(new Date()) < SDK_EOL_MS; // expect: js/hardcoded-expiry
}

function assertRuntimeSupported() {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 16) {
    throw new Error(`@acme/payments-sdk requires Node 16 or newer (found ${process.versions.node})`);
  }
  if (!sdkSupported()) {
    throw new Error('This major version of @acme/payments-sdk has reached end of life. Upgrade to 5.x.');
  }
  if (Date.now() > Date.parse(SDK_SUNSET)) { // expect: js/hardcoded-expiry
    console.warn('[acme] @acme/payments-sdk 4.x is past its sunset date; please upgrade.');
  }
  // Operators may force a cutoff for testing; no default, so not a fixed date.
  if (FORCE_CUTOFF && Date.now() > Date.parse(FORCE_CUTOFF)) {
    throw new Error('ACME_FORCE_CUTOFF reached');
  }
}

module.exports = { assertRuntimeSupported, sdkSupported };
