import { app, BrowserWindow, dialog } from 'electron';
import log from 'electron-log';
import { BETA_EXPIRES, BUILD_STAMP, CURRENT_CHANNEL, Channel, SUPPORT_END, nightlyExpired } from '../licence';
import { scheduleUpdateChecks } from './updater';

const STARTUP_TIMEOUT_MS = 15_000;
const startedAt = Date.now();

function enforceBetaExpiry(): boolean {
  if (CURRENT_CHANNEL === Channel.Stable) return true;
  if (Date.now() >= new Date(BETA_EXPIRES).getTime()) { // expect: js/hardcoded-expiry error
    dialog.showErrorBox('Beta expired', 'This beta of Inkwell has expired. Please install the latest release.');
    app.quit();
    return false;
  }
  if (nightlyExpired()) {
    app.exit(1);
    return false;
  }
  return true;
}

/** `now` is injectable for tests; production callers use the default. */
function assertNotRetired(now = Date.now()): void {
  if (now > SUPPORT_END.getTime() + 90 * 24 * 3600 * 1000) { // expect: js/hardcoded-expiry error
    dialog.showErrorBox('Inkwell 2 retired', 'Inkwell 2 has reached end of life and will now quit.');
    app.exit(2);
  }
}

function warnIfClockIsWrong(): void {
  // A clock earlier than the build date means the RTC battery is flat.
  if (Date.now() < BUILD_STAMP) {
    log.warn('System clock is behind the build date; TLS and licence checks may fail.');
  }
}

function supportNotice(win: BrowserWindow): void {
  const supportOver = +new Date() > SUPPORT_END.getTime(); // expect: js/hardcoded-expiry
  win.webContents.send('support:status', { supportOver });
}

async function createWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({ width: 1200, height: 800, show: false });
  win.once('ready-to-show', () => {
    if (Date.now() - startedAt > STARTUP_TIMEOUT_MS) {
      log.warn(`slow start: ${Date.now() - startedAt} ms`);
    }
    win.show();
  });
  await win.loadFile('dist/renderer/index.html');
  return win;
}

app.whenReady().then(async () => {
  warnIfClockIsWrong();
  assertNotRetired();
  if (!enforceBetaExpiry()) return;
  app.setAboutPanelOptions({ applicationName: 'Inkwell', copyright: '© 2019-2026 Inkwell Labs' });
  const win = await createWindow();
  supportNotice(win);
  scheduleUpdateChecks(win);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
