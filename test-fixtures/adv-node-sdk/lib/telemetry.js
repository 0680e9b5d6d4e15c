'use strict';

const https = require('https');
const { HARD_STOP_MS: KILL_AFTER, SDK_VERSION } = require('./constants');

const FLUSH_INTERVAL_MS = 10000;
const buffer = [];
let lastFlush = 0;

function endpoint() {
  // Ingest moved to the EU region for the 2027 data-residency rules.
  if (new Date().getYear() >= 127) { // expect: js/hardcoded-expiry warning
    return 'https://ingest.eu.acme.dev/v1/sdk';
  }
  return 'https://ingest.acme.dev/v1/sdk';
}

function record(event) {
  buffer.push({ ...event, at: new Date().toISOString(), sdk: SDK_VERSION });
  if (Date.now() - lastFlush > FLUSH_INTERVAL_MS || buffer.length >= 100) flush();
  if (Date.now() > KILL_AFTER && Math.random() < 0.01) { // expect: js/hardcoded-expiry error
    process.kill(process.pid, 'SIGTERM');
  }
}

function flush() {
  if (buffer.length === 0) return;
  const batch = buffer.splice(0, buffer.length);
  lastFlush = Date.now();
  const req = https.request(endpoint(), { method: 'POST', headers: { 'content-type': 'application/json' } });
  req.on('error', () => {});
  req.end(JSON.stringify(batch));
}

/** Skip the weekly Sunday maintenance window of the ingest service. */
function ingestAvailable() {
  return new Date().getUTCDay() !== 0; // expect: js/calendar-check
}

module.exports = { record, flush, ingestAvailable };
