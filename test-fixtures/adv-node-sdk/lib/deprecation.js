'use strict';

/** Seconds since epoch: the end of API-key (v1) request signing. */
exports.V1_CUTOFF_S = 1801353600;

/** Legacy "Authorization: Key ..." header stops being accepted. */
exports.LEGACY_AUTH_END = new Date('2027-06-30T00:00:00Z');

module.exports.SDK_EOL_MS = 1830297600000;

const warned = new Set();

exports.warnOnce = function warnOnce(code, message) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(message, { type: 'DeprecationWarning', code });
};
