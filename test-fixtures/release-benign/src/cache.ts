// Registry listing cache. Each entry records when it was built from the registry API.

const TTL_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface CachedListing {
  repo: string;
  tags: string[];
  builtAt: number;
  buildTime: number;
}

const listings = new Map<string, CachedListing>();

export function freshListing(repo: string): CachedListing | undefined {
  const cache = listings.get(repo);
  if (!cache) return undefined;
  if (Date.now() - cache.builtAt > TTL_MS) {
    listings.delete(repo);
    return undefined;
  }
  return cache;
}

/** Images whose build time (from the image config, read at run time) is over 90 days old. */
export function outdatedImages(images: { ref: string; buildTime: number }[]): string[] {
  return images.filter((img) => Date.now() - img.buildTime > 90 * DAY_MS).map((img) => img.ref);
}

export function remember(listing: CachedListing): void {
  listings.set(listing.repo, listing);
}
