'use strict';
/* global __BUILD_TIME__, __GIT_SHA__ */
// Data for the About dialog and for crash reports.
const { app } = require('electron');
const { IS_BETA } = require('./build-flags');

const DAY = 86_400_000;

function aboutInfo() {
  const builtAt = new Date(__BUILD_TIME__);
  return {
    name: app.getName(),
    version: app.getVersion(),
    badge: IS_BETA ? 'BETA' : null,
    built: `Built ${builtAt.toUTCString()} (${__GIT_SHA__})`,
    // Shown as "built 12 days ago"; only displayed, never compared.
    buildAgeDays: Math.floor((Date.now() - __BUILD_TIME__) / DAY),
    copyright: `© 2019-${new Date().getFullYear()} Lumen Software`,
  };
}

module.exports = { aboutInfo };
