import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const CLOCK_SKEW_S = 30;

export function requireToken(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  const token = header.replace(/^Bearer /, '');
  const payload = jwt.decode(token) as { exp?: number; nbf?: number } | null;
  const now = Math.floor(Date.now() / 1000);
  if (!payload || (payload.exp !== undefined && payload.exp + CLOCK_SKEW_S < now)) {
    res.status(401).json({ error: 'token expired' });
    return;
  }
  if (payload.nbf !== undefined && payload.nbf > now + CLOCK_SKEW_S) {
    res.status(401).json({ error: 'token not yet valid' });
    return;
  }
  next();
}

/** Warns when the TLS certificate configured for the server is close to expiry. */
export function checkServerCertificate(path: string): void {
  const cert = new X509Certificate(readFileSync(path));
  const validTo = new Date(cert.validTo);
  if (validTo.getTime() - Date.now() < 14 * 86_400_000) {
    console.warn(`TLS certificate ${cert.subject} expires on ${validTo.toISOString()}`);
  }
}
