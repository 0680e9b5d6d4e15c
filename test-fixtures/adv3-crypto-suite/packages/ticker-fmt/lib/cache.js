'use strict';
// Small LRU with per-entry TTL for quote lookups.
const DEFAULT_TTL = 15 * 1000;

class QuoteCache {
  constructor(max = 500) {
    this.max = max;
    this.map = new Map();
  }
  get(key) {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expires < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }
  set(key, value, ttl = DEFAULT_TTL) {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value);
    this.map.set(key, { value, expires: Date.now() + ttl });
  }
}

module.exports = { QuoteCache, EPOCH_ISO: new Date(Date.UTC(1970, 0, 1)).toISOString() };
