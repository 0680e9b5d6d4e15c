/**
 * In-store kiosks lose their clock when the backup battery runs flat and boot in 1970 (or 2000 on
 * some Android builds). TLS and sign-in then fail in confusing ways, so tell the operator early.
 */
import { MINUTE } from '../auth/token';

export function checkSystemClock(report = console.warn) {
  if (Date.now() < 1577836800000) {
    report(`System clock looks wrong (${new Date().toISOString()}); sign-in will fail until it is corrected.`);
    return false;
  }
  return true;
}

/** Difference between the server's Date header and this device, in ms (positive: device is behind). */
export function clockSkewMs(serverDateHeader) {
  const server = Date.parse(serverDateHeader ?? '');
  return Number.isNaN(server) ? 0 : server - Date.now();
}

export async function warnOnClockSkew(report = console.warn) {
  const res = await fetch('/api/ping', { method: 'HEAD', cache: 'no-store' });
  const skew = clockSkewMs(res.headers.get('date'));
  if (Math.abs(skew) > 5 * MINUTE) {
    report(`Device clock is off by ${Math.round(skew / 1000)} s; offers may show the wrong state.`);
  }
}
