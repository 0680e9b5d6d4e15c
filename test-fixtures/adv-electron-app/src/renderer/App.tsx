import React, { useEffect, useState } from 'react';
import { BETA_SETTINGS } from '../config/settings';
import { SUPPORT_END } from '../licence';
import * as shared from '../shared';
import { useNow } from './hooks/useNow';
import { TrialBadge } from './components/TrialBadge';
import { HistoryPicker } from './components/HistoryPicker';
import { Footer } from './components/Footer';

const MINUTE = 60_000;
const WHATS_NEW_UNTIL = '2027-01-10';

function Workspace() {
  return <main className="workspace" />;
}

function TrialExpired() {
  return <section className="trial-expired">Your trial has ended. Buy a licence to keep editing.</section>;
}

export function App() {
  const [lastSync, setLastSync] = useState<number | null>(null);
  const year = new Date().getFullYear();
  const nowMs = useNow();
  const eolPassed = nowMs > shared.EOL_DATE.getTime(); // expect: js/hardcoded-expiry

  useEffect(() => {
    const id = setInterval(() => setLastSync(Date.now()), 5 * MINUTE);
    return () => clearInterval(id);
  }, []);

  const theme = year >= 2027 ? 'aurora' : 'classic'; // expect: js/hardcoded-expiry warning

  return (
    <div className={`app theme-${theme}`}>
      <header>
        <TrialBadge />
        {lastSync !== null && Date.now() - lastSync > 10 * MINUTE ? <span className="stale">Sync stale</span> : null}
        {new Date().toISOString() < WHATS_NEW_UNTIL ? <a href="#whats-new">What's new in 2.0</a> : null} {/* expect: js/hardcoded-expiry */}
      </header>
      {Date.now() > Date.parse(BETA_SETTINGS.trialEnds!) ? <TrialExpired /> : <Workspace />} {/* expect: js/hardcoded-expiry error */}
      <aside>
        <HistoryPicker />
        {
          new Date() > SUPPORT_END // expect: js/hardcoded-expiry
            ? <p className="eol">Inkwell 2 no longer receives security updates.</p>
            : null
        }
      </aside>
      {eolPassed && <p className="eol">Please upgrade to Inkwell 3.</p>}
      <Footer />
    </div>
  );
}
