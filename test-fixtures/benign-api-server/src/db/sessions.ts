import { createHash, randomBytes } from 'node:crypto';
import { config, DAY, MINUTE } from '../config.js';
import { pool } from './pool.js';
import { nextId } from './snowflake.js';

export interface SessionRow {
  id: string;
  user_id: number;
  created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
  persistent: boolean;
}

export interface ApiKeyRow {
  id: string;
  owner_id: number;
  prefix: string;
  hash: string;
  expires_at: Date | null;
  revoked_at: Date | null;
}

/** Internal jobs act as this user; its id predates snowflakes and was copied from the old system. */
export const SYSTEM_USER_ID = 1712345678901;
/** Extend a session at most every 5 minutes, not on every request. */
const TOUCH_INTERVAL_MS = 5 * MINUTE;
const PERSISTENT_SESSION_MS = 30 * DAY;
/** Stored for keys created without an expiry, so the column can stay NOT NULL in v5. */
const NEVER_EXPIRES = new Date('9999-12-31T23:59:59Z');

export async function createSession(userId: number, persistent = false): Promise<SessionRow> {
  const id = randomBytes(32).toString('base64url');
  const lifetime = persistent ? PERSISTENT_SESSION_MS : config.sessionTtlMs;
  const expiresAt = new Date(Date.now() + lifetime);
  const { rows } = await pool.query<SessionRow>(
    `INSERT INTO sessions (id, user_id, expires_at, last_seen_at, persistent)
     VALUES ($1, $2, $3, now(), $4) RETURNING *`,
    [id, userId, expiresAt, persistent],
  );
  return rows[0]!;
}

export async function getSession(id: string): Promise<SessionRow | null> {
  const { rows } = await pool.query<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
  const row = rows[0];
  if (!row) return null;

  if (row.expires_at < new Date()) {
    await destroySession(id);
    return null;
  }

  // Sliding expiry: an active user keeps their session, but we only write occasionally.
  if (row.user_id !== SYSTEM_USER_ID && Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    const lifetime = row.persistent ? PERSISTENT_SESSION_MS : config.sessionTtlMs;
    await pool.query('UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE id = $1', [
      id,
      new Date(Date.now() + lifetime),
    ]);
  }
  return row;
}

export async function destroySession(id: string): Promise<void> {
  await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
}

export async function purgeExpiredSessions(): Promise<number> {
  const { rowCount } = await pool.query('DELETE FROM sessions WHERE expires_at < $1', [new Date()]);
  return rowCount ?? 0;
}

export async function createApiKey(ownerId: number, ttlDays?: number): Promise<{ key: string; row: ApiKeyRow }> {
  const secret = randomBytes(24).toString('base64url');
  const prefix = secret.slice(0, 8);
  const expiresAt = ttlDays ? new Date(Date.now() + ttlDays * DAY) : null;
  const { rows } = await pool.query<ApiKeyRow>(
    'INSERT INTO api_keys (id, owner_id, prefix, hash, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    [nextId(), ownerId, prefix, createHash('sha256').update(secret).digest('hex'), expiresAt],
  );
  return { key: `ak_${secret}`, row: rows[0]! };
}

export function isApiKeyUsable(key: ApiKeyRow, now: Date = new Date()): boolean {
  if (key.revoked_at !== null) return false;
  const expiresAt = key.expires_at ?? NEVER_EXPIRES;
  return expiresAt > now;
}

export async function findApiKey(presented: string): Promise<ApiKeyRow | null> {
  const secret = presented.replace(/^ak_/, '');
  const { rows } = await pool.query<ApiKeyRow>('SELECT * FROM api_keys WHERE prefix = $1 AND hash = $2', [
    secret.slice(0, 8),
    createHash('sha256').update(secret).digest('hex'),
  ]);
  const key = rows[0];
  return key && isApiKeyUsable(key) ? key : null;
}
