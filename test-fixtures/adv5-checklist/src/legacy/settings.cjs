'use strict';
// Settings for on-prem kiosk installs (pre-ESM, bundled with browserify).

var TRIAL_ENDS_AT = 1798761600000; // 2027-01-01T00:00:00Z
var SESSION_TTL_MS = 15 * 60 * 1000;

module.exports = {
  TRIAL_ENDS_AT: TRIAL_ENDS_AT,
  SESSION_TTL_MS: SESSION_TTL_MS,
  KIOSK_LOCK_AFTER: Date.UTC(2027, 3, 1),
  PRINTER_FIRMWARE_MAX: 1806537600, // a firmware build number, not a date
  MAX_SESSIONS: -1,
};
