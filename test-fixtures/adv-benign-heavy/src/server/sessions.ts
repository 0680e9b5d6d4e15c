import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SESSION_TTL_MS = 14 * DAY;
const IDLE_LIMIT_MS = 30 * DAY;
const LOGIN_TIMEOUT_MS = 2 * MINUTE;

export interface Session {
  id: string;
  userId: string;
  createdAt: number;
  lastSeen: number;
  /** -1 means "never expires" (service accounts). */
  expiresAt: number;
}

export function isIdle(session: Session): boolean {
  return Date.now() - session.lastSeen > IDLE_LIMIT_MS;
}

export function isSessionExpired(session: Session): boolean {
  if (session.expiresAt === -1) return false;
  return session.expiresAt < Date.now();
}

export function newSession(userId: string): Session {
  const now = Date.now();
  return { id: crypto.randomUUID(), userId, createdAt: now, lastSeen: now, expiresAt: now + SESSION_TTL_MS };
}

export function setSessionCookie(res: Response, session: Session): void {
  res.cookie('sid', session.id, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    expires: new Date(Date.now() + SESSION_TTL_MS),
    sameSite: 'lax',
  });
}

export function clearSessionCookie(res: Response): void {
  res.cookie('sid', '', { expires: new Date(0) });
}

/** Magic-link login must be completed within two minutes of starting. */
export function loginStillOpen(startedAt: number): boolean {
  return Date.now() < startedAt + LOGIN_TIMEOUT_MS;
}

export function requireJwt(req: Request, res: Response, next: NextFunction): void {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  const claims = jwt.decode(token) as { exp?: number; iat?: number } | null;
  if (!claims?.exp || claims.exp * 1000 <= Date.now()) {
    res.status(401).json({ error: 'token expired' });
    return;
  }
  if (claims.iat && claims.iat > Date.now() / 1000 + 60) {
    res.status(401).json({ error: 'token issued in the future' });
    return;
  }
  next();
}
