import { DAY, MINUTE } from './time';

export const SESSION_COOKIE = 'acme_session';
const CONSENT_COOKIE = 'acme_consent';
const REMEMBER_ME_DAYS = 30;
const CONSENT_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
/** Tolerated clock difference between this browser and the auth server. */
const TOKEN_LEEWAY_SECONDS = 30;
const REFRESH_AHEAD_MS = 5 * MINUTE;

export interface CookieOptions {
  expires?: Date;
  maxAgeSeconds?: number;
  path?: string;
  secure?: boolean;
  sameSite?: 'Lax' | 'Strict' | 'None';
}

export function setCookie(name: string, value: string, opts: CookieOptions = {}): void {
  const parts = [`${encodeURIComponent(name)}=${encodeURIComponent(value)}`];
  if (opts.expires) parts.push(`expires=${opts.expires.toUTCString()}`);
  if (opts.maxAgeSeconds !== undefined) parts.push(`max-age=${opts.maxAgeSeconds}`);
  parts.push(`path=${opts.path ?? '/'}`);
  if (opts.secure ?? location.protocol === 'https:') parts.push('secure');
  parts.push(`samesite=${opts.sameSite ?? 'Lax'}`);
  document.cookie = parts.join('; ');
}

export function getCookie(name: string): string | undefined {
  const prefix = `${encodeURIComponent(name)}=`;
  const hit = document.cookie.split('; ').find((c) => c.startsWith(prefix));
  return hit ? decodeURIComponent(hit.slice(prefix.length)) : undefined;
}

/** Browsers drop a cookie whose expiry lies in the past; the Unix epoch is the conventional choice. */
export function deleteCookie(name: string): void {
  document.cookie = `${encodeURIComponent(name)}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
}

/** "Remember me" keeps the cookie for 30 days; otherwise it is a session cookie. */
export function persistSession(token: string, rememberMe: boolean): void {
  const opts: CookieOptions = rememberMe ? { expires: new Date(Date.now() + REMEMBER_ME_DAYS * DAY) } : {};
  setCookie(SESSION_COOKIE, token, opts);
}

export function rememberConsent(choice: 'all' | 'essential'): void {
  setCookie(CONSENT_COOKIE, choice, { maxAgeSeconds: CONSENT_MAX_AGE_SECONDS });
}

export interface JwtPayload {
  sub: string;
  name?: string;
  /** Seconds since the epoch, as issued by the auth server. */
  exp: number;
  iat: number;
  nbf?: number;
}

export function decodeJwt(token: string): JwtPayload | null {
  const [, body] = token.split('.');
  if (!body) return null;
  try {
    const json = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(json) as JwtPayload;
  } catch {
    return null;
  }
}

export function isTokenExpired(payload: JwtPayload): boolean {
  return payload.exp * 1000 < Date.now();
}

export function isTokenNotYetValid(payload: JwtPayload): boolean {
  return payload.nbf !== undefined && payload.nbf - TOKEN_LEEWAY_SECONDS > Date.now() / 1000;
}

/** Refresh a little before the access token runs out so in-flight requests don't 401. */
export function shouldRefresh(payload: JwtPayload, now: number = Date.now()): boolean {
  return payload.exp * 1000 - now < REFRESH_AHEAD_MS;
}

export function secondsUntilExpiry(payload: JwtPayload): number {
  return Math.max(0, Math.floor(payload.exp - Date.now() / 1000));
}

export function readSession(): JwtPayload | null {
  const token = getCookie(SESSION_COOKIE);
  if (!token) return null;
  const payload = decodeJwt(token);
  if (!payload || isTokenExpired(payload) || isTokenNotYetValid(payload)) {
    deleteCookie(SESSION_COOKIE);
    return null;
  }
  return payload;
}

export async function refreshSession(): Promise<JwtPayload | null> {
  const res = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'include' });
  if (!res.ok) return null;
  const { token, remember } = (await res.json()) as { token: string; remember: boolean };
  persistSession(token, remember);
  return decodeJwt(token);
}
