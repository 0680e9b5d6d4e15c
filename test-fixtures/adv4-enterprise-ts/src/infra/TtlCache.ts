export class TtlCache<V> {
  private store = new Map<string, { v: V; expiresAt: number }>();
  constructor(private readonly ttlMs = 60_000, private readonly now: () => number = Date.now) {}

  get(k: string): V | undefined {
    const hit = this.store.get(k);
    if (!hit) return undefined;
    if (this.now() > hit.expiresAt) { this.store.delete(k); return undefined; }
    return hit.v;
  }

  set(k: string, v: V, ttlMs = this.ttlMs): void {
    this.store.set(k, { v, expiresAt: this.now() + ttlMs });
  }
}

export class TokenBucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly capacity = 100, private readonly refillPerSec = 10) { this.tokens = capacity; }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.refillPerSec);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
