// In-memory cache for dashboard queries. Entries carry the time they were built.

interface Entry<T> {
  value: T;
  builtAt: number;
}

const TTL_MS = 5 * 60 * 1000;
const store = new Map<string, Entry<unknown>>();

export function cached<T>(key: string, build: () => T): T {
  const hit = store.get(key) as Entry<T> | undefined;
  if (hit && Date.now() - hit.builtAt <= TTL_MS) return hit.value;
  const value = build();
  store.set(key, { value, builtAt: Date.now() });
  return value;
}

export function purgeStale(): void {
  for (const [key, entry] of store) {
    if (Date.now() - entry.builtAt > TTL_MS) store.delete(key);
  }
}
