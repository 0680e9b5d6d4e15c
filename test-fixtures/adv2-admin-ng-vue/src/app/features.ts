import { now, nowSeconds } from '../shared/clock';

interface TimedFeature {
  key: string;
  until: string;
}

const features: readonly TimedFeature[] = [
  { key: 'legacyMap', until: '2027-01-31' },
  { key: 'oldExporter', until: '2026-12-31' },
];

const NEW_ROUTING_FROM_S = 1803859200; // 2027-03-01, seconds

export function activeFeatures(): string[] {
  const now = Date.now();
  return features.filter((f) => now < Date.parse(f.until)).map((f) => f.key); // expect: js/hardcoded-expiry
}

export function useNewRouting(): boolean {
  return nowSeconds() >= NEW_ROUTING_FROM_S; // expect: js/hardcoded-expiry
}

export function yearlyRollover(): boolean {
  return Date.now() >= +new Date(2027, 0, 1); // expect: js/hardcoded-expiry
}

/** Remote features come from the flag service: runtime data. */
export async function remoteFeatures(fetchFlags: () => Promise<TimedFeature[]>): Promise<string[]> {
  const list = await fetchFlags();
  const now = Date.now();
  return list.filter((f) => now < Date.parse(f.until)).map((f) => f.key);
}

export function sortByUntil(list: TimedFeature[]): TimedFeature[] {
  return [...list].sort((a, b) => Date.parse(a.until) - Date.parse(b.until));
}

const MAP_TILES_V1_END = Date.UTC(2027, 8, 1);

export function tileServer(): string {
  return now() > MAP_TILES_V1_END ? 'https://tiles.example.com/v2' : 'https://tiles.example.com/v1'; // expect: js/hardcoded-expiry
}
