import { renderDashboard } from './dashboard';

const NIGHTLY_EXPIRES = '2026-12-31';

function nightlyStillValid() {
  if (__NIGHTLY__ && Date.now() > Date.parse(NIGHTLY_EXPIRES)) { // expect: js/prerelease-expiry error
    document.body.innerHTML = '<h1>This nightly build has expired.</h1>';
    return false;
  }
  return true;
}

if (process.env.RELEASE_CHANNEL === 'stable' || nightlyStillValid()) {
  renderDashboard(document.getElementById('root'));
}

if (__DEBUG_PANEL__) {
  import('./debug-panel').then((m) => m.mount());
}
