/* Pulse browser SDK (small, hand-minified in places) */
var SDK_BUILT = Date.parse('2026-06-01T00:00:00Z');
var DAY_MS = 864e5;
var q = [], t0 = Date.now();

function send(e) { q.push({ e: e, t: Date.now() - t0 }); }

function checkVersion() {
  if (Date.now() - SDK_BUILT > 180 * DAY_MS) { // expect: js/hardcoded-expiry
    console.warn('[pulse] this SDK build is out of date, please upgrade');
  }
}

function flush(force) {
  var age = q.length ? Date.now() - t0 - q[0].t : 0;
  if (force || q.length > 20 || age > 1e4) { navigator.sendBeacon('/e', JSON.stringify(q)); q = []; }
}

module.exports = { send: send, flush: flush, checkVersion: checkVersion };
