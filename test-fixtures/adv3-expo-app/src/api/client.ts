import { Release } from '@/config/release';

const BASE = 'https://api.fieldnotes.test';
const DAY = 864e5;
const cache = new Map<string, { at: number; body: unknown }>();
const CACHE_MAX_AGE = 5 * 60 * 1000;

/** API v2 headers are sent once the backend migration is done (2027-01-01). */
function headers(): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json' };
  if (Date.now() / 1000 > 1798761600) h['X-Api-Version'] = '2'; // expect: js/hardcoded-expiry warning
  return h;
}

export async function get<T>(path: string, attempt = 0): Promise<T> {
  const hit = cache.get(path);
  if (hit && Date.now() - hit.at < CACHE_MAX_AGE) return hit.body as T;
  try {
    const res = await fetch(BASE + path, { headers: headers() });
    if (res.status === 429 && attempt < 4) {
      await new Promise((r) => setTimeout(r, 2 ** attempt * 500));
      return get<T>(path, attempt + 1);
    }
    const body = (await res.json()) as T;
    cache.set(path, { at: Date.now(), body });
    return body;
  } catch (e) {
    if (attempt < 2) return get<T>(path, attempt + 1);
    throw e;
  }
}

export async function refreshToken(token: string) {
  const res = await fetch(BASE + '/auth/refresh', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const { access_token, expires_in } = await res.json();
  return { token: access_token as string, expiresAt: Date.now() + expires_in * 1000 };
}

/** Nag about stale binaries: the build is 180 days old. */
export function staleBuildNag(): string | null {
  if (Date.now() - Release.builtAt > 180 * DAY) { // expect: js/hardcoded-expiry
    return 'This build is out of date. Please update from the store.';
  }
  return null;
}

export function lastModifiedHeader(ts: number) {
  return { 'If-Modified-Since': new Date(ts).toUTCString(), 'Cache-Control': 'max-age=300' };
}
