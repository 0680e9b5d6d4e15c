/**
 * Release metadata baked in at build time.
 */
export const RELEASE_DATE = '2026-11-20';
export const CODE_FREEZE = '2026-11-13';
export const BUILD_TIME = 1795046400000;
export const PUBLIC_API_LAUNCH = Date.UTC(2026, 11, 1);

// Build-time sanity check: two fixed dates compared with each other.
if (Date.parse(RELEASE_DATE) < Date.parse(CODE_FREEZE)) {
  throw new Error('release date precedes code freeze');
}

export function assertClockSane(logger = console) {
  if (Date.now() < BUILD_TIME) {
    logger.warn('System clock is earlier than the build time; check NTP.');
  }
}

/** The public API opens on launch day; before that only staff tokens work. */
export function assertPublicApiOpen(isStaff) {
  if (!isStaff && Date.now() < PUBLIC_API_LAUNCH) {
    throw new Error('The public API is not available yet.');
  }
}

export function releaseBanner() {
  return `TeamTrack 3.8 — released ${new Date(RELEASE_DATE).toLocaleDateString('en-GB', { dateStyle: 'long' })}`;
}

export function daysSinceRelease(now = Date.now()) {
  return Math.floor((now - Date.parse(RELEASE_DATE)) / 86_400_000);
}
