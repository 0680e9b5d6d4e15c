'use strict';

/**
 * API lifecycle dates published at https://docs.acme.dev/lifecycle.
 * v1 is retired on its sunset date; v2 only gets a deprecation warning.
 */
module.exports = {
  SDK_VERSION: '4.2.0',
  USER_AGENT: 'acme-payments-node/4.2.0 (built 2026-11-01)',
  DEFAULT_TIMEOUT_MS: 30000,
  MAX_RETRIES: 4,
  SUNSET: {
    v1: '2027-01-31',
    v2: { date: Date.UTC(2027, 6, 1), successor: 'v3' },
  },
  // Internal: hard stop for the telemetry side-channel of this major version.
  HARD_STOP_MS: 1830297600000,
  /** Acme object ids are snowflakes counted from 2015-01-01. */
  ID_EPOCH: 1420070400000,
};
