import type { Response } from 'express';

const ONE_YEAR_S = 31536000;
const NEVER = Number.MAX_SAFE_INTEGER;

interface Entry<T> {
  value: T;
  expiresAt: number;
}

const store = new Map<string, Entry<unknown>>();

export function put<T>(key: string, value: T, ttlMs?: number): void {
  store.set(key, { value, expiresAt: ttlMs ? Date.now() + ttlMs : NEVER });
}

export function get<T>(key: string): T | undefined {
  const e = store.get(key);
  if (!e) return undefined;
  if (e.expiresAt !== NEVER && Date.now() > e.expiresAt) {
    store.delete(key);
    return undefined;
  }
  return e.value as T;
}

export function isLocked(lockedUntil = 0): boolean {
  return Date.now() < lockedUntil;
}

export function isActive(until = Infinity): boolean {
  return Date.now() < until;
}

export function immutableAsset(res: Response): void {
  res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_S}, immutable`);
  res.setHeader('Expires', new Date(Date.now() + ONE_YEAR_S * 1000).toUTCString());
}

export function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Expires', 'Thu, 01 Jan 1970 00:00:00 GMT');
  res.setHeader('Last-Modified', new Date(0).toUTCString());
}
