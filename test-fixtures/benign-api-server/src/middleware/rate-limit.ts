import type { NextFunction, Request, Response } from 'express';
import { MINUTE, SECOND } from '../config.js';

interface Window {
  start: number;
  count: number;
}

/** Fixed-window counter per client IP, with IETF RateLimit-* headers. */
export function fixedWindowLimiter({ windowMs = MINUTE, max = 60 } = {}) {
  const windows = new Map<string, Window>();

  setInterval(() => {
    const cutoff = Date.now() - windowMs;
    for (const [key, w] of windows) if (w.start < cutoff) windows.delete(key);
  }, windowMs).unref();

  return (req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;

    const resetInSeconds = Math.ceil((w.start + windowMs - now) / SECOND);
    res.setHeader('RateLimit-Limit', String(max));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, max - w.count)));
    res.setHeader('RateLimit-Reset', String(resetInSeconds));

    if (w.count > max) {
      res.setHeader('Retry-After', String(resetInSeconds));
      res.status(429).json({ error: 'too_many_requests' });
      return;
    }
    next();
  };
}

/** Sliding log for authenticated clients: exact, at the cost of one timestamp per request. */
export function slidingLogLimiter({ windowMs, max }: { windowMs: number; max: number }) {
  const hits = new Map<string, number[]>();

  return (req: Request, res: Response, next: NextFunction) => {
    const key = String(res.locals.userId ?? req.ip);
    const now = Date.now();
    const windowStart = now - windowMs;
    const recent = (hits.get(key) ?? []).filter((t) => t > windowStart);
    if (recent.length >= max) {
      const retryAfterMs = recent[0]! + windowMs - now;
      res.setHeader('Retry-After', String(Math.ceil(retryAfterMs / SECOND)));
      res.status(429).json({ error: 'too_many_requests' });
      return;
    }
    recent.push(now);
    hits.set(key, recent);
    next();
  };
}

/** Token bucket for outbound calls to partners that allow short bursts. */
export class TokenBucket {
  private tokens: number;
  private lastRefill = Date.now();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {
    this.tokens = capacity;
  }

  tryTake(): boolean {
    const now = Date.now();
    const elapsedSeconds = (now - this.lastRefill) / SECOND;
    this.tokens = Math.min(this.capacity, this.tokens + elapsedSeconds * this.refillPerSecond);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
