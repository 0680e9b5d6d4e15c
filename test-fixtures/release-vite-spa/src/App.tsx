import { useEffect, useState } from 'react';
import { About } from './components/About';
import { shouldShowRefreshHint } from './lib/buildAge';
import { useNewCharts } from './lib/analytics';

/** The beta dashboards were a time-limited experiment that ends with April. */
function BetaDashboards() {
  if (!__BETA__) return null;
  if (new Date() >= new Date('2027-04-30T00:00:00Z')) { // expect: js/prerelease-expiry error
    alert('The beta dashboards have ended. You will be taken to the standard dashboards.');
    window.location.assign('/dashboards');
    return null;
  }
  return <section id="beta-dashboards">Experimental dashboards</section>;
}

function PreviewBanner() {
  const [dismissed, setDismissed] = useState(false);
  if (import.meta.env.VITE_CHANNEL !== 'preview' || dismissed) return null;
  return (
    <div className="banner">
      You are using a preview build. <button onClick={() => setDismissed(true)}>Dismiss</button>
    </div>
  );
}

export function App() {
  const [showAbout, setShowAbout] = useState(false);
  const [apiBase, setApiBase] = useState('/api/v1');

  useEffect(() => {
    if (import.meta.env.VITE_CHANNEL === 'preview') {
      // Preview builds move to the v2 API on 1 March.
      if (Date.now() > Date.parse('2027-03-01')) { // expect: js/prerelease-expiry warning
        setApiBase('/api/v2');
      }
    }
  }, []);

  return (
    <main data-api={apiBase} data-charts={useNewCharts() ? 'next' : 'classic'}>
      <PreviewBanner />
      {shouldShowRefreshHint() && <div className="toast">A newer version is available. Reload to update.</div>}
      <BetaDashboards />
      <button onClick={() => setShowAbout(true)}>About</button>
      {showAbout && <About />}
    </main>
  );
}
