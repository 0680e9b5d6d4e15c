'use strict';
// Main process entry point.
const path = require('path');
const { app, BrowserWindow, dialog, ipcMain } = require('electron');
const semver = require('semver');
const { IS_BETA, BETA_ENDS, userChannel } = require('./build-flags');
const { checkForUpdates } = require('./updater');
const { aboutInfo } = require('./about');
const { startBetaReminders, syncEndpoint } = require('./beta');
const log = require('./log');

/** The in-app feedback survey opens to beta users from 10 January. */
const FEEDBACK_SURVEY_FROM = Date.UTC(2027, 0, 10);

let mainWindow = null;

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1200,
    height: 800,
    title: IS_BETA ? 'Lumen Notes (Beta)' : 'Lumen Notes',
    webPreferences: { preload: path.join(__dirname, '..', 'preload.js') },
  });
  mainWindow.loadFile(path.join(__dirname, '..', 'renderer', 'index.html'));
  mainWindow.webContents.once('did-finish-load', () => maybeAskForFeedback(mainWindow));
}

function maybeAskForFeedback(win) {
  if (!app.getVersion().includes('-beta')) return;
  if (Date.now() >= FEEDBACK_SURVEY_FROM) { // expect: js/prerelease-expiry warning
    win.webContents.send('show-survey', { url: 'https://lumen.example.com/survey/desktop' });
  }
}

/** Tester builds (any semver pre-release, handed out on the forum) run until mid-March. */
function enforceTesterBuildWindow() {
  if (semver.prerelease(app.getVersion())) {
    const cutoff = new Date('2027-03-15T00:00:00Z');
    if (new Date() > cutoff) { // expect: js/prerelease-expiry error
      dialog.showErrorBox('Lumen Notes', 'This tester build can no longer be used. Download the current version from lumen.example.com.');
      app.exit(1);
    }
  }
}

app.whenReady().then(async () => {
  if (IS_BETA && Date.now() > Date.parse(BETA_ENDS)) { // expect: js/prerelease-expiry error
    await dialog.showMessageBox({
      type: 'info',
      message: 'The Lumen Notes beta has ended. Please install the release version.',
    });
    app.quit();
    return;
  }
  enforceTesterBuildWindow();

  if (userChannel() === 'beta') {
    // Beta users get verbose logs and the developer menu; nothing here depends on the date.
    log.transports.file.level = 'debug';
    app.commandLine.appendSwitch('enable-logging');
  }

  createWindow();
  startBetaReminders(mainWindow);
  log.info('sync endpoint', syncEndpoint());
  checkForUpdates();
});

ipcMain.handle('about:info', () => aboutInfo());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
