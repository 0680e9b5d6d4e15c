import { NEW_CHECKOUT_LAUNCH } from '../config/launch';

export interface RemoteFlag {
  key: string;
  enabled: boolean;
  /** 0-100; users are bucketed by a hash of their id. */
  rolloutPercent?: number;
  /** ISO time chosen in the flag dashboard. */
  startsAt?: string;
}

export interface FlagOverrides {
  newCheckout?: boolean;
}

let remoteFlags: Record<string, RemoteFlag> = {};

export async function loadRemoteFlags(signal?: AbortSignal): Promise<void> {
  const res = await fetch('/api/flags', { signal });
  if (!res.ok) return;
  const list = (await res.json()) as RemoteFlag[];
  remoteFlags = Object.fromEntries(list.map((f) => [f.key, f]));
}

/** `?ff-newCheckout=1` or `=0` lets QA look at either checkout on any day. */
export function overridesFromUrl(search: string): FlagOverrides {
  const value = new URLSearchParams(search).get('ff-newCheckout');
  if (value === null) return {};
  return { newCheckout: value === '1' };
}

/** The new checkout replaces the classic one from the launch date on. */
export function isNewCheckoutEnabled(overrides: FlagOverrides = {}): boolean {
  if (overrides.newCheckout !== undefined) return overrides.newCheckout;
  return Date.now() >= NEW_CHECKOUT_LAUNCH.getTime(); // expect: js/hardcoded-expiry warning
}

/** Flags from the dashboard can carry their own start time, decided at run time by ops. */
export function isRemoteFlagOn(key: string, userBucket: number): boolean {
  const flag = remoteFlags[key];
  if (!flag?.enabled) return false;
  if (flag.startsAt && Date.now() < Date.parse(flag.startsAt)) return false;
  return flag.rolloutPercent === undefined || userBucket < flag.rolloutPercent;
}

/** Ops can switch a feature off remotely, optionally from a given time (e.g. a provider outage). */
export function isSwitchedOff(feature: string): boolean {
  const off = remoteFlags[`off:${feature}`];
  return Boolean(off?.enabled) && (!off?.startsAt || Date.now() >= Date.parse(off.startsAt));
}
