'use strict';
// Beta programme helpers: reminders shown to beta users and the sync back-end switch.
const { Notification } = require('electron');
const { IS_BETA } = require('./build-flags');
const log = require('./log');

const DAY = 24 * 60 * 60 * 1000;
/** Cloud sync v2 goes live for everybody on 1 April 2027. */
const SYNC_V2_LAUNCH = '2027-04-01T00:00:00Z';
/** Reminders about the end of the beta start two weeks before it. */
const REMINDERS_FROM = Date.UTC(2027, 1, 14);

function startBetaReminders(win) {
  if (!IS_BETA) return;
  const timer = setInterval(() => {
    if (Date.now() > REMINDERS_FROM) { // expect: js/prerelease-expiry error
      new Notification({ title: 'Lumen Notes beta', body: 'This beta build expires on 28 February.' }).show();
    }
  }, DAY);
  win.on('closed', () => clearInterval(timer));
}

/** Not behind the beta flag: every build moves to the v2 sync service on the launch date. */
function syncEndpoint() {
  if (Date.now() >= Date.parse(SYNC_V2_LAUNCH)) { // expect: js/hardcoded-expiry warning
    return 'https://sync.lumen.example.com/v2';
  }
  return 'https://sync.lumen.example.com/v1';
}

/** Local drafts are kept for 30 days after their last edit. */
function draftsToPurge(drafts) {
  const now = Date.now();
  return drafts.filter((d) => now - d.editedAt > 30 * DAY);
}

function logBetaState() {
  log.info('beta', { enabled: IS_BETA, pid: process.pid });
}

module.exports = { startBetaReminders, syncEndpoint, draftsToPurge, logBetaState };
