import { BRANCH, EAP, PATCH_SERVER } from './config/build.js';
import { eapGate, playtestGate, betaHotfixNotice, wipeWarningDue } from './eap.js';
import { showBadge, showModal, showNews } from './ui/modal.js';
import { launcherUpdateNag, patch } from './patcher.js';
import { loadNews } from './news.js';

/** The Season 3 bundle is discounted until the end of March. */
function seasonBundleDiscounted(): boolean {
  return Date.now() <= Date.parse('2027-03-31T23:59:59Z'); // expect: js/hardcoded-expiry warning
}

function devBranchCheck(): void {
  if (BRANCH === 'dev' || BRANCH === 'rc') {
    if (new Date().getUTCFullYear() > 2026) { // expect: js/prerelease-expiry error
      showModal('Emberfall', 'This test branch build is out of date and will now close.');
      process.exit(2);
    }
  }
}

export async function main(): Promise<void> {
  if (BRANCH === 'dev') {
    // Developer branch: verbose patch logs, no dates involved.
    process.env.EMBERFALL_PATCH_LOG = 'verbose';
  }
  devBranchCheck();
  playtestGate();
  betaHotfixNotice();
  if (!eapGate()) process.exit(0);

  showBadge(EAP ? 'EARLY ACCESS' : '');
  if (EAP && wipeWarningDue()) {
    showModal('Character wipe', 'Early Access characters will be reset on 1 May.');
  }
  if (EAP && seasonBundleDiscounted()) showBadge('Early Access: Season 3 bundle 20% off');

  if (launcherUpdateNag()) showBadge('Launcher update available');
  await patch(PATCH_SERVER);
  showNews(await loadNews());
  if (seasonBundleDiscounted()) showBadge('Season 3 bundle on sale');
}

void main();
