'use strict';
// Auto-updates. Pre-release versions follow the feed of their pre-release tag.
const { app } = require('electron');
const { autoUpdater } = require('electron-updater');
const semver = require('semver');
const log = require('./log');

const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;
let lastCheck = 0;
const DAY = 24 * 60 * 60 * 1000;
/** Inlined by DefinePlugin (webpack.config.js). */
const BUILT_AT = Number(process.env.BUILD_TIMESTAMP);

/** Builds older than six weeks show "a newer version is available" even when offline. */
function updateNagDue() {
  return Date.now() - BUILT_AT > 42 * DAY; // expect: js/build-age warning
}

/** 'alpha' | 'beta' | 'latest': a 4.0.0-beta.3 build follows the beta feed. */
function feedChannel(version) {
  const pre = semver.prerelease(version);
  return pre ? String(pre[0]) : 'latest';
}

function checkForUpdates() {
  if (Date.now() - lastCheck < CHECK_EVERY_MS) return;
  lastCheck = Date.now();
  autoUpdater.channel = feedChannel(app.getVersion());
  autoUpdater.allowPrerelease = autoUpdater.channel !== 'latest';
  autoUpdater.logger = log;
  if (updateNagDue()) log.info('this build is six weeks old; a newer version is probably available');
  autoUpdater.checkForUpdatesAndNotify().catch((err) => log.warn('update check failed', err));
}

module.exports = { checkForUpdates, feedChannel };
