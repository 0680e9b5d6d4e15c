export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return n;
}

function dateFromEnv(name: string): Date | null {
  const raw = process.env[name];
  if (!raw) return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new Error(`${name} must be an ISO date, got "${raw}"`);
  return date;
}

export const config = {
  port: intFromEnv('PORT', 8080),
  databaseUrl: required('DATABASE_URL'),
  sessionTtlMs: intFromEnv('SESSION_TTL_HOURS', 12) * HOUR,
  /**
   * Hosted demo instances are provisioned with TRIAL_END (an ISO date chosen by the sales team when
   * they spin the instance up). Self-hosted installs leave it unset.
   */
  trialEnd: process.env.TRIAL_END ? new Date(process.env.TRIAL_END!) : null,
  /** Optional read-only window for migrations, also decided by whoever deploys. */
  readOnlyFrom: dateFromEnv('READ_ONLY_FROM'),
  licensePath: process.env.LICENSE_FILE ?? '/etc/acme/license.json',
  tlsCertPath: process.env.TLS_CERT_PATH ?? '/etc/ssl/acme/server.crt',
  upstreamHosts: (process.env.UPSTREAM_HOSTS ?? 'payments.example.com,rooms.example.com').split(','),
  logDir: process.env.LOG_DIR ?? '/var/log/acme-api',
  /** 1.5 GiB: large enough for scanned contracts, small enough to keep a worker's memory sane. */
  maxUploadBytes: 1_610_612_736,
  oauth: {
    tokenUrl: process.env.OAUTH_TOKEN_URL ?? 'https://auth.example.com/oauth/token',
    clientId: required('OAUTH_CLIENT_ID'),
    clientSecret: required('OAUTH_CLIENT_SECRET'),
  },
} as const;

export type Config = typeof config;
