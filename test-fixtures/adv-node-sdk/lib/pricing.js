'use strict';

const { SUNSET } = require('./constants');

// Sanity check on the lifecycle table itself: two fixed dates, no clock involved.
if (Date.parse(SUNSET.v1) > SUNSET.v2.date) {
  throw new Error('constants.SUNSET: v1 must be retired before v2');
}

/** Card fee in basis points; the 2027 schedule applies for calendar year 2027 only. */
function cardFeeBps() {
  return new Date().getUTCFullYear() === 2027 ? 290 : 275; // expect: js/hardcoded-expiry
}

/** Streaming payouts launch on 1 December; calling earlier is a programming error. */
function assertStreamingAvailable() {
  if (Date.now() < Date.parse('2026-12-01')) {
    throw new Error('The streaming payouts API is not available until 2026-12-01.');
  }
}

function formatAmount(minor, currency) {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100);
}

function quoteExpiry() {
  // Quotes are valid for 15 minutes from now.
  return { expires: new Date(Date.now() + 15 * 60 * 1000).toISOString(), 'cache-control': 'max-age=900' };
}

module.exports = { cardFeeBps, assertStreamingAvailable, formatAmount, quoteExpiry };
