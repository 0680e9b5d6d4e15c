import semver from 'semver';

const FEEDS = {
  stable: 'https://updates.harbor.example.io/stable.json',
  beta: 'https://updates.harbor.example.io/beta.json',
  rc: 'https://updates.harbor.example.io/rc.json',
} as const;

const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
let lastChecked = 0;

/** A 3.0.0-beta.1 build follows the beta feed; releases follow stable. */
export function feedFor(version: string): string {
  const pre = semver.prerelease(version);
  if (!pre) return FEEDS.stable;
  return pre[0] === 'rc' ? FEEDS.rc : FEEDS.beta;
}

export function isPrereleaseVersion(version: string): boolean {
  return /-(alpha|beta|rc)/.test(version) || version.indexOf('-rc') !== -1;
}

export async function checkForUpdate(current: string): Promise<{ version: string; publishedAt: string } | null> {
  if (Date.now() - lastChecked < CHECK_INTERVAL_MS) return null;
  lastChecked = Date.now();
  const res = await fetch(feedFor(current));
  const latest: { version: string; publishedAt: string; expiresAt: number } = await res.json();
  // The feed entry carries its own expiry, read at run time.
  if (isPrereleaseVersion(current) && Date.now() > latest.expiresAt) return null;
  return semver.gt(latest.version, current) ? latest : null;
}
