interface Entry<V> {
  value: V;
  /** Epoch ms after which the entry is stale; MAX_SAFE_INTEGER for "until evicted". */
  expiresAt: number;
}

export interface TtlCacheOptions {
  defaultTtlMs?: number;
  maxEntries?: number;
}

/** A small LRU-ish map with per-entry TTLs. Good enough for per-process lookups. */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(private readonly opts: TtlCacheOptions = {}) {}

  set(key: K, value: V, ttlMs: number | undefined = this.opts.defaultTtlMs): void {
    // No TTL means "keep until evicted"; a huge expiry keeps get() free of special cases.
    const expiresAt = ttlMs === undefined ? Number.MAX_SAFE_INTEGER : Date.now() + ttlMs;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    const max = this.opts.maxEntries ?? 10_000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert to mark as recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  ttlRemaining(key: K): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    if (entry.expiresAt === Number.MAX_SAFE_INTEGER) return Infinity;
    return Math.max(0, entry.expiresAt - Date.now());
  }

  prune(): number {
    const now = Date.now();
    let removed = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        removed += 1;
      }
    }
    return removed;
  }
}

interface Memo<V> {
  value?: V;
  storedAt: number;
  pending?: Promise<V>;
}

/**
 * Memoises an async loader. Entries younger than maxAgeMs are served as is; entries within the
 * stale-while-revalidate window are served while a refresh runs in the background.
 */
export function memoizeAsync<V>(
  loader: (key: string) => Promise<V>,
  { maxAgeMs, staleWhileRevalidateMs = 0 }: { maxAgeMs: number; staleWhileRevalidateMs?: number },
): (key: string) => Promise<V> {
  const memo = new Map<string, Memo<V>>();

  const load = (key: string): Promise<V> => {
    const pending = loader(key).then(
      (value) => {
        memo.set(key, { value, storedAt: Date.now() });
        return value;
      },
      (err: unknown) => {
        memo.delete(key);
        throw err;
      },
    );
    memo.set(key, { ...memo.get(key), storedAt: memo.get(key)?.storedAt ?? 0, pending });
    return pending;
  };

  return async (key) => {
    const hit = memo.get(key);
    const age = hit && hit.value !== undefined ? Date.now() - hit.storedAt : Infinity;
    if (hit && age < maxAgeMs) return hit.value as V;
    if (hit && age < maxAgeMs + staleWhileRevalidateMs) {
      if (!hit.pending) void load(key).catch(() => undefined);
      return hit.value as V;
    }
    return hit?.pending ?? load(key);
  };
}
