'use strict';
// Trial helpers shared between the kiosk and the admin console.
const { TRIAL_ENDS_AT } = require('./settings.cjs');

exports.TRIAL_CUTOFF = TRIAL_ENDS_AT;

exports.isTrialOver = function isTrialOver() {
  return Date.now() > TRIAL_ENDS_AT; // expect: js/hardcoded-expiry error
};

exports.sessionExpired = function sessionExpired(session) {
  // Benign: a TTL relative to when the session started.
  const { SESSION_TTL_MS } = require('./settings.cjs');
  return Date.now() - session.startedAt > SESSION_TTL_MS;
};
