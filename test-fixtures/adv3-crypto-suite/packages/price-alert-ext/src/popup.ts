/// <reference types="chrome" />
const fmt = new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' });

async function render() {
  const root = document.getElementById('root')!;
  if (new Date().toISOString() > '2027-02-01') { // expect: js/hardcoded-expiry error
    root.innerHTML = '<p>This beta of Price Alerts is out of date. Please update from the Chrome Web Store.</p>';
    return;
  }
  const { alerts = [], lastPoll = 0 } = await chrome.storage.local.get(['alerts', 'lastPoll']);
  const stale = Date.now() - lastPoll > 5 * 60_000;
  root.innerHTML = `
    <h1>Alerts</h1>
    ${stale ? '<p class="warn">Prices may be stale</p>' : ''}
    <ul>${alerts.map((a: { symbol: string; above: number; createdAt: number }) => `<li>${a.symbol} &gt; ${a.above} <small>${fmt.format(a.createdAt)}</small></li>`).join('')}</ul>
    <footer>Last poll ${lastPoll ? fmt.format(lastPoll) : 'never'}</footer>`;
}

document.addEventListener('DOMContentLoaded', render);
