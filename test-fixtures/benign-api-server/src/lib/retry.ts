import { setTimeout as sleep } from 'node:timers/promises';
import { SECOND } from '../config.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export class RetryTimeoutError extends Error {}
export class CircuitOpenError extends Error {}

export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Overall budget across all attempts; unlimited when omitted. */
  timeoutMs?: number;
  isRetryable?: (err: unknown) => boolean;
  signal?: AbortSignal;
}

/** Exponential back-off with "equal jitter": half fixed, half random. */
export function backoffDelay(attempt: number, baseMs = 200, maxMs = 30 * SECOND): number {
  const exp = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110, section 10.2.3). */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * SECOND;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

export const isTransient = (err: unknown): boolean =>
  err instanceof HttpError ? err.status === 429 || err.status >= 500 : true;

export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { retries = 5, baseDelayMs = 200, maxDelayMs = 30 * SECOND, isRetryable = isTransient } = opts;
  let deadline = Infinity;
  if (opts.timeoutMs !== undefined) deadline = Date.now() + opts.timeoutMs;

  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= retries || !isRetryable(err)) throw err;
      const delay =
        err instanceof HttpError && err.retryAfterMs !== undefined
          ? err.retryAfterMs
          : backoffDelay(attempt, baseDelayMs, maxDelayMs);
      if (Date.now() + delay >= deadline) {
        throw new RetryTimeoutError(`Gave up after ${attempt + 1} attempts (timeout ${opts.timeoutMs} ms)`);
      }
      await sleep(delay, undefined, { signal: opts.signal });
    }
  }
}

/** Polls until `check` returns true, e.g. waiting for a replica to catch up in a migration. */
export async function waitFor(check: () => Promise<boolean>, { timeoutMs = 10 * SECOND, intervalMs = 250 } = {}) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new RetryTimeoutError(`Condition not met within ${timeoutMs} ms`);
}

type BreakerState = 'closed' | 'open' | 'half-open';

/** Stops hammering a partner API that is down; lets one probe through after the cool-down. */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;

  constructor(
    private readonly name: string,
    private readonly opts = { failureThreshold: 5, cooldownMs: 30 * SECOND },
  ) {}

  async exec<T>(fn: () => Promise<T>): Promise<T> {
    if (this.state === 'open') {
      if (Date.now() - this.openedAt < this.opts.cooldownMs) {
        throw new CircuitOpenError(`${this.name}: circuit open`);
      }
      this.state = 'half-open';
    }
    try {
      const result = await fn();
      this.failures = 0;
      this.state = 'closed';
      return result;
    } catch (err) {
      this.failures += 1;
      if (this.state === 'half-open' || this.failures >= this.opts.failureThreshold) {
        this.state = 'open';
        this.openedAt = Date.now();
      }
      throw err;
    }
  }
}
