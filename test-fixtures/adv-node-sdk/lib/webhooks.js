'use strict';

const config = require('./config');
const { verifyWebhook } = require('./auth');

function parseEvent(secret, headers, rawBody) {
  if (headers['acme-signature-v1']) {
    // Truncate to whole seconds the old-fashioned way.
    if ((Date.now() / 1000 | 0) > config.LEGACY_WEBHOOKS_END_S) { // expect: js/hardcoded-expiry error
      throw new Error('v1 webhook signatures are no longer accepted; rotate to v2 secrets.');
    }
    return JSON.parse(rawBody);
  }
  if (!verifyWebhook(secret, headers['acme-signature'], rawBody)) {
    throw new Error('invalid webhook signature');
  }
  return JSON.parse(rawBody);
}

function assertWritable() {
  if (!(Date.now() < Date.parse(config.WRITE_FREEZE_FROM))) { // expect: js/hardcoded-expiry error
    throw new Error(`Writes are frozen in ${config.region} for the platform migration.`);
  }
}

function apiGeneration() {
  switch (true) {
    case new Date().getYear() + 1900 >= 2028: // expect: js/hardcoded-expiry
      return 'v3';
    case Date.now() > require('./constants').SUNSET.v2.date: // expect: js/hardcoded-expiry
      return 'v2.1';
    default:
      return 'v2';
  }
}

module.exports = { parseEvent, assertWritable, apiGeneration };
