'use strict';
// Release flags for this build. scripts/stamp-release.js rewrites this file before
// electron-builder packages the app; the 4.0 beta line ships with IS_BETA = true.

exports.IS_BETA = true;

/** Last day of the public beta programme (end of day, UTC). */
exports.BETA_ENDS = '2027-02-28T23:59:59Z';

/** Update channel the user picked in Settings > Updates (read at run time). */
exports.userChannel = () => process.env.LUMEN_CHANNEL || readSettings().updateChannel;

function readSettings() {
  try {
    return require(require('path').join(process.env.APPDATA || process.env.HOME, '.lumen', 'settings.json'));
  } catch {
    return { updateChannel: 'stable' };
  }
}
