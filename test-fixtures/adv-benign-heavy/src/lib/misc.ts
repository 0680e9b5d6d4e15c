/**
 * Assorted helpers that touch the clock without any fixed deadline.
 */
const RATE_WINDOW_MS = 60_000;

/** Fixed-window rate limiter bucket key. */
export function rateBucket(userId: string): string {
  return `${userId}:${Math.floor(Date.now() / RATE_WINDOW_MS)}`;
}

/** 50/50 sampling for the new tracing exporter. */
export function sampleTrace(): boolean {
  return Date.now() % 2 === 0;
}

/** Embedded boards boot with the clock at 0 until NTP syncs. */
export function assertClockSynced(): void {
  if (Date.now() < 1577836800000) {
    throw new Error('system clock not synchronised yet (before 2020); retrying later');
  }
}

/** Expand two-digit card expiry years ("27" -> 2027). */
export function expandYear(yy: number): number {
  return yy < 100 ? 2000 + yy : yy;
}

export function cardExpired(month: number, yy: number, today: Date = new Date()): boolean {
  const year = expandYear(yy);
  return year < today.getFullYear() || (year === today.getFullYear() && month < today.getMonth() + 1);
}

/** Legacy browsers: getYear() returns years since 1900. */
export function fullYear(d: Date): number {
  const y = d.getYear();
  return y < 1000 ? y + 1900 : y;
}

export function farFutureCutoff(): Date {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 100);
  return d;
}

export function plausibleBirthDate(d: Date): boolean {
  return d.getFullYear() >= 1900 && d < new Date();
}

export const EPOCH_LIKE_CLIENT_ID = 1735689600;

export function isInternalClient(id: number): boolean {
  return id === EPOCH_LIKE_CLIENT_ID;
}

export function tokenAgeOk(issuedAtS: number): boolean {
  return Date.now() / 1000 - issuedAtS < 1209600;
}

/** Circuit breaker: open for 30 s after five consecutive failures. */
const circuit = { failures: 0, openUntil: 0 };

export function circuitOpen(): boolean {
  return Date.now() < circuit.openUntil;
}

export function recordFailure(): void {
  circuit.failures += 1;
  if (circuit.failures >= 5) circuit.openUntil = Date.now() + 30_000;
}

export function lockedOut(user: { lockedUntil?: number | null }): boolean {
  return Date.now() < (user.lockedUntil || 0);
}

export function withinQuota(opts: { until?: number }): boolean {
  const until = opts.until ?? Number.MAX_SAFE_INTEGER;
  return Date.now() <= until;
}

let pollDeadline = Date.parse('2026-01-01T00:00:00Z');

export function startPolling(ms: number): void {
  pollDeadline = Date.now() + ms;
}

export function stillPolling(): boolean {
  return Date.now() < pollDeadline;
}

export function storedTrialOver(): boolean {
  const raw = localStorage.getItem('trialEndsAt');
  return raw !== null && Date.now() > Date.parse(raw);
}
