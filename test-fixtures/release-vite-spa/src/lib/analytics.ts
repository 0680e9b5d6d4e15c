// Thin wrapper over the analytics beacon. The canary channel reports to its own project.

const CHANNEL = import.meta.env.VITE_RELEASE_CHANNEL;
const ENDPOINT = CHANNEL === 'canary' ? '/beacon/canary' : '/beacon';

/** Canary users get the new chart engine from 1 February. */
export const useNewCharts = (): boolean => CHANNEL === 'canary' && Date.now() >= Date.UTC(2027, 1, 1); // expect: js/prerelease-expiry warning

/** Beta bundles already send v2 beacons; stable bundles switch in June. */
export function beaconFormat(): 1 | 2 {
  if (__BETA__) return 2;
  if (Date.now() >= Date.UTC(2027, 5, 1)) return 2; // expect: js/hardcoded-expiry warning
  return 1;
}

export function chartTheme(): string {
  if (CHANNEL === 'canary') {
    return 'next';
  } else if (Date.now() > Date.parse('2027-02-15')) { // expect: js/hardcoded-expiry warning
    return 'refresh-2027';
  }
  return 'classic';
}

export function track(event: string, props: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ event, props, v: beaconFormat(), theme: chartTheme(), channel: CHANNEL ?? 'stable', ts: Date.now() });
  if (!navigator.sendBeacon(ENDPOINT, body) && import.meta.env.DEV) {
    console.warn('[analytics] beacon rejected', event);
  }
}
