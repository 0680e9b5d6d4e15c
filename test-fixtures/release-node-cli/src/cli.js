import pc from 'picocolors';
import { CHANNEL, RUNTIME_VERSION } from './build-info.js';
import { VERSION } from './generated/build-meta.js';
import { checkBuildAge, logFreshBuild, selfUpdateReminder } from './staleness.js';
import { build } from './commands/build.js';
import { printChangelog } from './commands/changelog.js';

const DEFAULT_CHANNEL = process.env.SHIPWRIGHT_CHANNEL || 'stable';

function guardPrereleaseBuilds() {
  if (CHANNEL === 'nightly') {
    if (Date.now() > Date.UTC(2027, 0, 31)) { // expect: js/prerelease-expiry error
      console.error('This nightly build of shipwright has expired. Install a fresh one: npm i -g shipwright@nightly');
      process.exit(1);
    }
  }
  if (RUNTIME_VERSION.indexOf('-rc') !== -1 && new Date() > new Date(2027, 2, 1)) { // expect: js/prerelease-expiry error
    throw new Error(`shipwright ${RUNTIME_VERSION} is a release candidate; install the final release.`);
  }
  // The generated VERSION of this release has no pre-release suffix: never reachable here.
  if (VERSION.includes('-beta') && Date.now() > Date.parse('2026-12-01')) { // expect: js/prerelease-expiry note
    throw new Error('beta build expired');
  }
  if (process.env.SHIPWRIGHT_RELEASE_CHANNEL === 'dev' && Date.now() > Date.UTC(2027, 0, 1)) { // expect: js/prerelease-expiry warning
    console.warn(pc.yellow('dev build: uploads go to the staging registry from 2027.'));
  }
  // Developer builds warn from the new year: the local signing key rotates then.
  if (DEFAULT_CHANNEL === 'dev' && new Date().getUTCFullYear() >= 2027) { // expect: js/prerelease-expiry warning
    console.warn(pc.yellow('dev build: the local signing key rotates this year, run `shipwright keys rotate`.'));
  }
}

export async function run(argv) {
  const [command = 'help', ...rest] = argv;
  if (process.env.NODE_ENV === 'development') {
    console.debug('[shipwright] argv', argv, 'channel', CHANNEL);
  }
  guardPrereleaseBuilds();
  checkBuildAge();
  selfUpdateReminder();
  logFreshBuild();

  switch (command) {
    case 'build':
      return build(rest);
    case 'changelog':
      return printChangelog({ includePrereleases: CHANNEL !== 'stable' });
    case 'version':
      console.log(`shipwright ${VERSION}${CHANNEL === 'nightly' ? ' (nightly)' : ''}`);
      return 0;
    default:
      console.log('usage: shipwright <build|changelog|version>');
      return command === 'help' ? 0 : 2;
  }
}
