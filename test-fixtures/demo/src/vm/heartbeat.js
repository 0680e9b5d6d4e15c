// Guest heartbeat tracking. A VM that misses heartbeats for HEARTBEAT_TIMEOUT_MS
// is flagged so that HA can restart it.

import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS } from '../constants.js';
import { log } from '../log.js';

const lastSeen = new Map();

export function recordHeartbeat(vmId) {
  lastSeen.set(vmId, Date.now());
}

export function findUnresponsive() {
  const now = Date.now();
  const dead = [];
  for (const [vmId, seen] of lastSeen) {
    if (now - seen > HEARTBEAT_TIMEOUT_MS) {
      dead.push(vmId);
    }
  }
  return dead;
}

export function startMonitor(onDead) {
  return setInterval(() => {
    for (const vmId of findUnresponsive()) {
      log.warn('guest heartbeat lost', { vmId });
      onDead(vmId);
    }
  }, HEARTBEAT_INTERVAL_MS);
}

/** Reconnect with exponential back-off, capped at one minute. */
export async function reconnect(connect, attempt = 0) {
  const started = performance.now();
  try {
    return await connect();
  } catch (err) {
    const delay = Math.min(1000 * 2 ** attempt, 60_000);
    log.warn('reconnect failed', { attempt, tookMs: performance.now() - started, err: String(err) });
    await new Promise((r) => setTimeout(r, delay));
    return reconnect(connect, attempt + 1);
  }
}
