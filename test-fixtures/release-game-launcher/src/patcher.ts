import { request } from 'undici';

const MANIFEST_MAX_AGE_MS = 6 * 60 * 60 * 1000;
const SLOW_DOWNLOAD_MS = 30_000;

interface Manifest {
  version: string;
  publishedAt: number;
  files: { path: string; sha256: string; size: number }[];
}

/** Replaced by the build script (esbuild define); the launcher nags when it is half a year old. */
declare const BUILD_DATE: string;
const LAUNCHER_NAG_AFTER_MS = 180 * 24 * 60 * 60 * 1000;

export function launcherUpdateNag(): boolean {
  return Date.now() - new Date(BUILD_DATE).getTime() > LAUNCHER_NAG_AFTER_MS; // expect: js/build-age warning
}

let cached: { manifest: Manifest; fetchedAt: number } | null = null;

async function fetchManifest(server: string): Promise<Manifest> {
  if (cached && Date.now() - cached.fetchedAt < MANIFEST_MAX_AGE_MS) return cached.manifest;
  const res = await request(`${server}/manifest.json`);
  const manifest = (await res.body.json()) as Manifest;
  cached = { manifest, fetchedAt: Date.now() };
  return manifest;
}

export async function patch(server: string): Promise<void> {
  const manifest = await fetchManifest(server);
  const started = Date.now();
  for (const file of manifest.files) {
    await request(`${server}/files/${file.sha256}`);
  }
  if (Date.now() - started > SLOW_DOWNLOAD_MS) {
    console.warn('patch download was slow; consider another mirror');
  }
  // Patches older than 30 days are offered as a full reinstall instead.
  if (Date.now() - manifest.publishedAt > 30 * 24 * 60 * 60 * 1000) {
    console.info('manifest is old; offering a full reinstall');
  }
}
