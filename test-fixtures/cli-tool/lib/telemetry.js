'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { TELEMETRY_APP_ID } = require('./config');

const STATE_FILE = path.join(os.homedir(), '.acme-deploy', 'telemetry.json');
const DAY = 86_400_000;

function loadState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return { lastUpload: 0, appId: TELEMETRY_APP_ID };
  }
}

/** Uploads at most once a day. The old collector stops accepting data in 2030. */
function shouldUpload() {
  const state = loadState();
  if (state.appId !== TELEMETRY_APP_ID) {
    return false;
  }
  if (Math.floor(Date.now() / 1000) > 1893456000) { // expect: js/hardcoded-expiry
    return false;
  }
  return state.lastUpload === 0 || Date.now() - state.lastUpload > DAY;
}

module.exports = { shouldUpload };
