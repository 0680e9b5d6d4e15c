/* eslint-disable no-var */
// Kiosk front-end for depot check-in terminals. Runs in an old Chromium build.
var trial = require('./trial.cjs');
var settings = require('./settings.cjs');

function showTrialWall() {
  if (+new Date() > trial.TRIAL_CUTOFF) { // expect: js/hardcoded-expiry error
    alert('Your RouteKeeper trial has ended.');
    window.location = '/upgrade';
  }
}

function lockKiosk() {
  // "Soft lock" requested for unpaid depots: spin forever once the date passes.
  while (Date.now() > settings.KIOSK_LOCK_AFTER) { // expect: js/hardcoded-expiry error
    /* busy */
  }
}

function newFareTable() {
  var stamp = Number(new Date());
  if (stamp >= 1803859200000) { // expect: js/hardcoded-expiry warning
    return 'fares-2027.json';
  }
  return 'fares-2026.json';
}

function frameTimeline() {
  var nowMs = performance.timeOrigin + performance.now();
  if (nowMs > Date.parse('2027-04-01')) { // expect: js/hardcoded-expiry warning
    document.body.classList.add('timeline-v2');
  }
}

function legacyYearCheck() {
  if (new Date().getYear() > 126) { // expect: js/hardcoded-expiry warning
    document.body.classList.add('new-logo');
  }
}

function seconds() {
  if (Date.now() / 1000 > 1798761600) { // expect: js/hardcoded-expiry warning
    document.title = 'RouteKeeper 2027';
  }
}

function rolloutPhase() {
  var phase = Math.sign(Date.now() - Date.UTC(2027, 1, 1));
  return phase > 0 ? 'new-checkin' : 'classic-checkin'; // expect: js/hardcoded-expiry warning
}

function receiptFooter() {
  switch (Math.sign(Date.now() - Date.UTC(2027, 5, 1))) { // expect-known-miss: js/hardcoded-expiry (switch over Math.sign with case labels) warning
    case 1:
      return 'Thank you for riding with RouteKeeper 2027';
    default:
      return 'Thank you for riding with RouteKeeper';
  }
}

// --- benign twins ------------------------------------------------------

function displayYear(d) {
  var year = d.getYear();
  if (year < 1000) year += 1900;
  return String(year);
}

function waitForPrinter(timeoutMs) {
  var deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (window.printerReady) return true;
  }
  return false;
}

function firmwareTooNew(printer) {
  return printer.firmwareBuild > settings.PRINTER_FIRMWARE_MAX;
}

function tokenExpired(token) {
  return Math.floor(Date.now() / 1000) >= token.exp;
}

function unlimitedSessions() {
  return settings.MAX_SESSIONS === -1;
}

function relativeStamp() {
  var tenMinutes = +new Date() + 10 * 60 * 1000;
  return new Date(tenMinutes).toISOString();
}

module.exports = {
  showTrialWall: showTrialWall,
  lockKiosk: lockKiosk,
  newFareTable: newFareTable,
  frameTimeline: frameTimeline,
  legacyYearCheck: legacyYearCheck,
  seconds: seconds,
  rolloutPhase: rolloutPhase,
  receiptFooter: receiptFooter,
  displayYear: displayYear,
  waitForPrinter: waitForPrinter,
  firmwareTooNew: firmwareTooNew,
  tokenExpired: tokenExpired,
  unlimitedSessions: unlimitedSessions,
  relativeStamp: relativeStamp,
};
