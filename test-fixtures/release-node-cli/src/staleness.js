// Old copies of shipwright keep signing with retired keys. Builds nag after three months
// and stop after a year. BUILD_TIMESTAMP is inlined at bundle time.
import pc from 'picocolors';
import { BUILD_TIMESTAMP } from './build-info.js';
import { BUILD_DATE, VERSION } from './generated/build-meta.js';

const DAY = 24 * 60 * 60 * 1000;
const NAG_AFTER = 90 * DAY;
const REFUSE_AFTER = 365 * DAY;

export function checkBuildAge() {
  const age = Date.now() - BUILD_TIMESTAMP;
  if (age > REFUSE_AFTER) { // expect: js/build-age error
    console.error(pc.red('This build of shipwright has expired. Download a new release from https://shipwright.example.org.'));
    process.exit(70);
  }
  if (age > NAG_AFTER) { // expect: js/build-age warning
    console.warn(pc.yellow(`shipwright ${VERSION} was built ${Math.floor(age / DAY)} days ago; newer releases are available (npm i -g shipwright).`));
  }
  if (Date.now() < BUILD_TIMESTAMP) {
    console.warn(pc.yellow('Your system clock is earlier than the build time of shipwright; check NTP.'));
  }
}

/** The generated metadata carries a literal date: the reminder fires on a fixed day. */
export function selfUpdateReminder() {
  if (Date.now() - Date.parse(BUILD_DATE) > 120 * DAY) { // expect: js/hardcoded-expiry warning
    console.warn(pc.dim('Tip: run `shipwright self-update` to get the latest features.'));
  }
}

/** Freshly built bundles (under ten minutes) print their build time for the release log. */
export function logFreshBuild() {
  if (Date.now() - BUILD_TIMESTAMP < 10 * 60 * 1000) {
    console.log(pc.dim(`bundle built at ${new Date(BUILD_TIMESTAMP).toISOString()}`));
  }
}
