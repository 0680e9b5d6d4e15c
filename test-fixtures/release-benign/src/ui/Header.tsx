import { IS_BETA, CHANNEL } from '../flags.js';
import { buildStamp } from '../build/timing.js';

const CHANGELOG = [
  { version: '3.0.0-beta.1', date: '2026-11-02', note: 'New tag browser (beta)' },
  { version: '2.9.4', date: '2026-10-15', note: 'Fix registry auth refresh' },
];

export function Header({ version }: { version: string }) {
  const isBeta = IS_BETA || version.includes('-beta');
  return (
    <header>
      <h1>
        Harbor {version} {isBeta && <span className="badge badge-beta">BETA</span>}
        {CHANNEL === 'canary' && <span className="badge">canary</span>}
      </h1>
      <small title={buildStamp()}>© 2018–{new Date().getFullYear()} Harbor</small>
      <ul className="whats-new">
        {CHANGELOG.filter((c) => isBeta || !c.version.includes('-beta')).map((c) => (
          <li key={c.version}>
            {c.version} ({new Date(c.date).toLocaleDateString('en-GB', { timeZone: 'UTC' })}): {c.note}
          </li>
        ))}
      </ul>
    </header>
  );
}
