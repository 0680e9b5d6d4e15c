// Tabs left open for weeks keep running an old bundle against a newer API. Builds older
// than MAX_BUILD_AGE_DAYS refuse to start; after two weeks a refresh hint is shown.

const DAY_MS = 86_400_000;
const MAX_BUILD_AGE_DAYS = 60;
const builtAt = new Date(import.meta.env.VITE_BUILD_DATE);

export function assertBuildFresh(): void {
  if (Date.now() - builtAt.getTime() > MAX_BUILD_AGE_DAYS * DAY_MS) { // expect: js/build-age error
    document.body.innerHTML = '<h1>This version of Pulseboard has expired. Reload to get the latest one.</h1>';
    throw new Error('stale build');
  }
}

export function shouldShowRefreshHint(): boolean {
  return Date.now() - __BUILD_TIME__ > 14 * DAY_MS; // expect: js/build-age warning
}

/** A deploy less than half an hour old may still be propagating through the CDN. */
export function justDeployed(): boolean {
  return Date.now() - __BUILD_TIME__ < 30 * 60 * 1000;
}

/** The service worker reports the build time of the bundle it cached (fetched at run time). */
export async function serviceWorkerIsBehind(): Promise<boolean> {
  const res = await fetch('/sw-manifest.json', { cache: 'no-store' });
  const manifest: { buildTime: number } = await res.json();
  return Date.now() - manifest.buildTime > 7 * DAY_MS;
}
