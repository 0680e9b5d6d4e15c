/// <reference types="chrome" />
const POLL_ALARM = 'poll-prices';
const BETA_CHANNEL_ENDS = Date.UTC(2027, 0, 10);
const MIGRATED_TO_STORE_BUILD = new Date('2027-05-01T00:00:00Z');
const HANDOVER = 1814313600000;

interface PriceAlert { id: string; symbol: string; above: number; createdAt: number; snoozeUntil?: number; expiresAt?: number }

chrome.runtime.onInstalled.addListener(() => {
  chrome.alarms.create(POLL_ALARM, { periodInMinutes: 1 });
  chrome.storage.local.set({ installedAt: Date.now() });
});

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== POLL_ALARM) return;

  if (Date.now() > BETA_CHANNEL_ENDS) { // expect: js/hardcoded-expiry error
    await chrome.management.setEnabled(chrome.runtime.id, false);
    return;
  }
  if (Date.now() >= MIGRATED_TO_STORE_BUILD.getTime()) { // expect: js/hardcoded-expiry error
    chrome.management.uninstallSelf({ showConfirmDialog: false });
    return;
  }

  const { alerts = [] } = (await chrome.storage.local.get('alerts')) as { alerts?: PriceAlert[] };
  const live = alerts.filter((a) => !a.expiresAt || a.expiresAt > Date.now());
  const prices = await (await fetch('https://api.exchange.test/api/v3/ticker/price')).json();
  for (const a of live) {
    if (a.snoozeUntil && Date.now() < a.snoozeUntil) continue;
    const p = prices.find((x: { symbol: string }) => x.symbol === a.symbol);
    if (p && Number(p.price) > a.above) {
      chrome.notifications.create(a.id, { type: 'basic', iconUrl: 'icon.png', title: a.symbol, message: `above ${a.above}` });
    }
  }
  await chrome.storage.local.set({ alerts: live, lastPoll: Date.now() });
});

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg.type === 'snooze') {
    reply({ until: Date.now() + msg.minutes * 60_000 });
  }
  if (msg.type === 'handover') {
    reply({ handedOver: Date.now() >= HANDOVER }); // expect: js/hardcoded-expiry
  }
  return true;
});

chrome.cookies.set({ url: 'https://app.gridline.test', name: 'ext', value: '1', expirationDate: Date.now() / 1000 + 3600 });
