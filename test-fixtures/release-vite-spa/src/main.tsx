import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { assertBuildFresh } from './lib/buildAge';
import { track } from './lib/analytics';

if (import.meta.env.DEV) {
  console.debug('[pulseboard] dev build', import.meta.env.MODE);
}

assertBuildFresh();
// How old the running bundle is, for the dashboards; never compared with anything.
track('boot', { buildAgeMs: Date.now() - __BUILD_TIME__, beta: __BETA__ });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
