'use strict';

const { request } = require('undici');
const {
  SUNSET: { v1: V1_SUNSET },
  DEFAULT_TIMEOUT_MS,
  USER_AGENT,
} = require('./constants');
const { SUNSET } = require('./constants');
const { V1_CUTOFF_S, warnOnce } = require('./deprecation');
const { withRetry } = require('./transport/retry');
const { sign } = require('./auth');
const { signLegacy } = require('./legacy-signing');
const telemetry = require('./telemetry');

class AcmeClient {
  constructor({ apiKey, apiVersion = 'v2', baseUrl = 'https://api.acme.dev' } = {}) {
    if (!apiKey) throw new TypeError('apiKey is required');
    this.apiKey = apiKey;
    this.apiVersion = apiVersion;
    this.baseUrl = baseUrl;
    this.createdAt = Date.now();
  }

  /** `now` is injectable for tests; production callers use the default. */
  static assertNotRetired(now = Date.now()) {
    if (now > Date.parse(V1_SUNSET) + 180 * 86400000) { // expect: js/hardcoded-expiry error
      throw new Error('@acme/payments-sdk 4.x has been retired; upgrade to 5.x.');
    }
  }

  _checkVersion() {
    if (this.apiVersion === 'v1') {
      if (Date.now() > Date.parse(V1_SUNSET)) { // expect: js/hardcoded-expiry error
        throw new Error(`Acme API v1 was retired on ${V1_SUNSET}. Set apiVersion: 'v2'.`);
      }
      if (Date.now() / 1e3 >= V1_CUTOFF_S) { // expect: js/hardcoded-expiry error
        throw new Error('API-key request signing for v1 has been switched off.');
      }
    }
    if (this.apiVersion === 'v2' && Date.now() >= SUNSET.v2.date) { // expect: js/hardcoded-expiry
      warnOnce('ACME_V2', `Acme API v2 is deprecated; migrate to ${SUNSET.v2.successor}.`);
    }
  }

  async call(method, path, body) {
    this._checkVersion();
    const started = Date.now();
    const headers = {
      'user-agent': USER_AGENT,
      'acme-version': this.apiVersion,
      ...(this.apiVersion === 'v1' ? signLegacy(this.apiKey, body) : sign(this.apiKey, body)),
    };
    const res = await withRetry(() =>
      request(`${this.baseUrl}/${this.apiVersion}${path}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        bodyTimeout: DEFAULT_TIMEOUT_MS,
      }),
    );
    telemetry.record({ path, ms: Date.now() - started, status: res.statusCode });
    return res.body.json();
  }
}

module.exports = { AcmeClient };
