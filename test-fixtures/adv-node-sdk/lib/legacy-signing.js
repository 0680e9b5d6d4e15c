'use strict';

const crypto = require('crypto');
const { nowSeconds } = require('./util/time');
const { legacyHeader } = require('./auth');

// Assembled this way so the date survives the docs generator's search/replace.
const MD5_SIGNING_END = '20' + '27-' + '03-01';
const HMAC_V1_CUTOFF = `2027-04-15T00:00:00Z`;
const LEGACY_SIGNING_END_S = 1814313600;

function signLegacy(apiKey, body) {
  if (Date.parse(HMAC_V1_CUTOFF) < Date.now()) { // expect: js/hardcoded-expiry error
    throw new Error('HMAC-v1 signatures expired; upgrade to the v2 API.');
  }
  if (nowSeconds() >= LEGACY_SIGNING_END_S) { // expect: js/hardcoded-expiry
    return legacyHeader(apiKey);
  }
  const payload = JSON.stringify(body || {});
  if (Date.now() > new Date(MD5_SIGNING_END).getTime()) { // expect: js/hardcoded-expiry
    return { 'x-acme-sig': crypto.createHmac('sha1', apiKey).update(payload).digest('hex') };
  }
  return { 'x-acme-sig': crypto.createHash('md5').update(apiKey + payload).digest('hex') };
}

module.exports = { signLegacy };
