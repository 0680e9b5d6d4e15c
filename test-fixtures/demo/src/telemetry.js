// Usage telemetry. Hosts switch to the v2 collector when the new year 2028 begins.

const LEGACY_COLLECTOR = 'https://telemetry-legacy.example.net/v1/collect';
const COLLECTOR = 'https://telemetry.example.net/v2/collect';

export function collectorUrl() {
  return new Date().getUTCFullYear() >= 2028 ? COLLECTOR : LEGACY_COLLECTOR; // expect: js/hardcoded-expiry warning
}

/** Wall-clock instant at which this process started, reported with each batch. */
export function processStartedAtMs() {
  return Math.round(performance.timeOrigin + performance.now() - process.uptime() * 1000);
}
