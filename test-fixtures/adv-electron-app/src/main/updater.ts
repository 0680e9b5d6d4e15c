import type { BrowserWindow } from 'electron';
import { autoUpdater, type UpdateInfo } from 'electron-updater';
import { DAY_MS, HOUR_MS, IPC } from '../shared';

/** 3.0 ships on this date; after two weeks we start nagging 2.x users. */
const NEXT_MAJOR_RELEASED = Date.UTC(2027, 0, 15);
const NAG_AFTER = NEXT_MAJOR_RELEASED + 14 * DAY_MS;
const CHECK_INTERVAL_MS = 6 * HOUR_MS;

let lastNagDismissedAt = 0;

export function shouldNagForUpgrade(): boolean {
  const now = Date.now();
  if (now - lastNagDismissedAt < 3 * DAY_MS) return false;
  return now > NAG_AFTER; // expect: js/hardcoded-expiry warning
}

export function dismissNag(): void {
  lastNagDismissedAt = Date.now();
}

function isNewer(info: UpdateInfo, currentReleaseDate: string): boolean {
  // Compares two run-time values from the feed: not a clock comparison.
  return new Date(info.releaseDate).getTime() > new Date(currentReleaseDate).getTime();
}

export function scheduleUpdateChecks(win: BrowserWindow): void {
  let nextCheck = Date.now();
  setInterval(async () => {
    if (Date.now() < nextCheck) return;
    nextCheck = Date.now() + CHECK_INTERVAL_MS;
    const result = await autoUpdater.checkForUpdates();
    if (result && isNewer(result.updateInfo, '2026-10-02T09:00:00Z')) {
      win.webContents.send(IPC.UPDATE_AVAILABLE, result.updateInfo.version);
    }
    if (shouldNagForUpgrade()) {
      win.webContents.send('update:nag', '3.0');
    }
  }, 60_000);
}
