'use strict';

const crypto = require('crypto');
const deprecation = require('./deprecation');
const { nowSeconds } = require('./util/time');

const TOKEN_SKEW_S = 60;
const ROTATE_EVERY_MS = 1209600000; // 14 days

let cachedToken = null;
let lastRotation = 0;

function decodeJwt(token) {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

function tokenUsable(token) {
  const { exp, nbf } = decodeJwt(token);
  if (typeof nbf === 'number' && nbf > nowSeconds() + TOKEN_SKEW_S) return false;
  return exp > Date.now() / 1000 + TOKEN_SKEW_S;
}

function needsRotation() {
  return Date.now() - lastRotation > ROTATE_EVERY_MS;
}

function legacyHeader(apiKey) {
  if (new Date() > deprecation.LEGACY_AUTH_END) { // expect: js/hardcoded-expiry error
    throw new Error('Legacy "Authorization: Key" auth is no longer supported; use a signed token.');
  }
  return { authorization: `Key ${apiKey}` };
}

function sign(apiKey, body) {
  if (cachedToken && tokenUsable(cachedToken) && !needsRotation()) {
    return { authorization: `Bearer ${cachedToken}` };
  }
  const ts = nowSeconds();
  const mac = crypto.createHmac('sha256', apiKey).update(`${ts}.${JSON.stringify(body || {})}`).digest('hex');
  lastRotation = Date.now();
  return { 'acme-signature': `t=${ts},v2=${mac}` };
}

/** Verify an incoming webhook: reject anything older than five minutes. */
function verifyWebhook(secret, header, rawBody) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  const ts = Number(parts.t);
  if (Math.abs(nowSeconds() - ts) > 300) return false;
  const expected = crypto.createHmac('sha256', secret).update(`${ts}.${rawBody}`).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v2 || ''));
}

module.exports = { sign, legacyHeader, verifyWebhook, tokenUsable };
