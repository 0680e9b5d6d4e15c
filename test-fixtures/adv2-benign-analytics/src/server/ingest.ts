import type { IncomingMessage } from 'node:http';

const MAX_SKEW_MS = 5 * 60 * 1000;
const SDK_MIN_VERSION_DATE = '2024-01-01';

export function acceptEvent(evt: { ts: number; sdkBuiltAt: string }, req: IncomingMessage): boolean {
  if (Math.abs(Date.now() - evt.ts) > MAX_SKEW_MS) return false;
  if (Date.parse(evt.sdkBuiltAt) < Date.parse(SDK_MIN_VERSION_DATE)) return false;
  return req.headers['x-pulse-key'] !== undefined;
}

export function idLooksLikeEpoch(id: number): boolean {
  return id > 1_600_000_000_000 && id < 1_900_000_000_000;
}

export function serverTiming(start: bigint): string {
  return `total;dur=${Number(process.hrtime.bigint() - start) / 1e6}`;
}
