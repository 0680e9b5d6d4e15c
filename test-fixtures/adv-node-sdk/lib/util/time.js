'use strict';

/** Unix time in whole seconds, as used in Acme webhook signatures. */
function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Parse an HTTP Retry-After header (seconds or HTTP-date) into ms. */
function retryAfterMs(header) {
  if (!header) return null;
  const secs = Number(header);
  if (Number.isFinite(secs)) return secs * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

module.exports = { nowSeconds, sleep, retryAfterMs };
