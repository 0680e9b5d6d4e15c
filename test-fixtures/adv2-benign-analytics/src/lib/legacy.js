// Older helpers, still used by the embed script.
var ONE_HOUR = 3600 * 1000;

function Session(startedAt) {
  this.startedAt = startedAt || Date.now();
}

Session.prototype.isStale = function () {
  return Date.now() - this.startedAt > ONE_HOUR;
};

Session.prototype.remaining = function (until) {
  var left = until - Date.now();
  return left > 0 ? left : 0;
};

function cookie(name, value, days) {
  var expires = new Date(Date.now() + days * 864e5).toUTCString();
  document.cookie = name + '=' + encodeURIComponent(value) + '; expires=' + expires + '; path=/';
}

function storedOptOutUntil() {
  var raw = window.localStorage.getItem('pulse.optOutUntil');
  return raw ? Number(raw) : 0;
}

function optedOut() {
  return Date.now() < storedOptOutUntil();
}

function retry(fn, budgetMs) {
  var deadline = Date.now() + budgetMs;
  while (Date.now() < deadline) {
    try { return fn(); } catch (e) { /* try again */ }
  }
  throw new Error('gave up');
}

module.exports = { Session: Session, cookie: cookie, optedOut: optedOut, retry: retry };
