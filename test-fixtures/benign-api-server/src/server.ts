import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { OAuthClient } from './auth/oauth-client.js';
import { assertAccountActive, assertDemoInstanceWritable, loadLicense, newTrialEnd } from './billing/entitlements.js';
import { TtlCache } from './cache/ttl-cache.js';
import { config, MINUTE, SECOND } from './config.js';
import { pool } from './db/pool.js';
import { getSession, purgeExpiredSessions, type SessionRow } from './db/sessions.js';
import { createdAtOfId, nextId } from './db/snowflake.js';
import { checkLocalCertificate, checkUpstreamCertificate, rotateLogs, Scheduler } from './jobs/maintenance.js';
import { CircuitBreaker, retry } from './lib/retry.js';
import { fixedWindowLimiter, slidingLogLimiter } from './middleware/rate-limit.js';

const STARTED_AT = Date.now();
/** Give the pool and caches a moment before the load balancer sends traffic. */
const WARMUP_MS = 10 * SECOND;

const log = {
  info: (msg: string) => console.log(JSON.stringify({ level: 'info', ts: new Date().toISOString(), msg })),
  warn: (msg: string) => console.warn(JSON.stringify({ level: 'warn', ts: new Date().toISOString(), msg })),
  error: (msg: string) => console.error(JSON.stringify({ level: 'error', ts: new Date().toISOString(), msg })),
};

const partner = new OAuthClient(config.oauth);
const roomsBreaker = new CircuitBreaker('rooms-api');
const availabilityCache = new TtlCache<string, unknown>({ defaultTtlMs: 2 * MINUTE, maxEntries: 5_000 });

const app = express();
app.disable('x-powered-by');
app.use(cookieParser());
app.use(express.json({ limit: '1mb' }));

app.use((req: Request, res: Response, next: NextFunction) => {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > config.maxUploadBytes) {
    res.status(413).json({ error: 'payload_too_large', limit: config.maxUploadBytes });
    return;
  }
  next();
});

app.get('/healthz', (_req, res) => {
  res.json({ ok: true, uptimeSeconds: Math.round((Date.now() - STARTED_AT) / SECOND) });
});

app.get('/readyz', (_req, res) => {
  if (Date.now() - STARTED_AT < WARMUP_MS) {
    res.status(503).json({ ready: false });
    return;
  }
  res.json({ ready: true });
});

app.use('/api', fixedWindowLimiter({ windowMs: MINUTE, max: 300 }));

async function requireSession(req: Request, res: Response, next: NextFunction) {
  const session = await getSession(String(req.cookies.sid ?? ''));
  if (!session) {
    res.status(401).json({ error: 'unauthenticated' });
    return;
  }
  res.locals.session = session;
  res.locals.userId = session.user_id;
  next();
}

app.get('/api/availability/:hotelId', requireSession, async (req, res) => {
  const key = `${req.params.hotelId}:${String(req.query.from)}:${String(req.query.to)}`;
  const cached = availabilityCache.get(key);
  if (cached) {
    res.json(cached);
    return;
  }
  const token = await partner.getAccessToken();
  const body = await roomsBreaker.exec(() =>
    retry(async () => (await fetch(`https://rooms.example.com/v2/availability?${new URLSearchParams(key)}`, {
      headers: { Authorization: `Bearer ${token}` },
    })).json(), { timeoutMs: 8 * SECOND }),
  );
  availabilityCache.set(key, body);
  res.json(body);
});

app.post('/api/bookings', requireSession, slidingLogLimiter({ windowMs: MINUTE, max: 10 }), async (req, res) => {
  const session = res.locals.session as SessionRow;
  await assertAccountActive(String(session.user_id));
  assertDemoInstanceWritable();
  const id = nextId();
  await pool.query('INSERT INTO bookings (id, user_id, payload) VALUES ($1, $2, $3)', [id, session.user_id, req.body]);
  res.status(201).json({ id, createdAt: createdAtOfId(id).toISOString() });
});

app.post('/api/accounts', async (req, res) => {
  const trialEndsAt = newTrialEnd();
  const { rows } = await pool.query(
    "INSERT INTO accounts (id, email, plan, trial_ends_at) VALUES ($1, $2, 'trial', $3) RETURNING id",
    [nextId(), req.body.email, trialEndsAt],
  );
  res.status(201).json({ id: rows[0].id, trialEndsAt });
});

// The SPA bundle must never be cached by old proxies.
app.get('/app.js', (_req, res) => {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Expires', 'Thu, 01 Jan 1970 00:00:00 GMT');
  res.sendFile('/srv/acme/web/app.js');
});

const scheduler = new Scheduler(log)
  .every('purge-sessions', 15 * MINUTE, async () => {
    log.info(`purged ${await purgeExpiredSessions()} sessions`);
  })
  .every('prune-cache', 5 * MINUTE, async () => {
    availabilityCache.prune();
  })
  .daily('rotate-logs', 3, 30, () => rotateLogs(config.logDir, log))
  .daily('check-certificates', 6, 0, async () => {
    await checkLocalCertificate(config.tlsCertPath, log);
    for (const host of config.upstreamHosts) {
      const days = await checkUpstreamCertificate(host).catch((err: Error) => {
        log.error(err.message);
        return null;
      });
      if (days !== null) log.info(`${host}: certificate valid for ${days} more days`);
    }
  });

await loadLicense(config.licensePath, log.warn);
app.listen(config.port, () => {
  scheduler.start();
  log.info(`listening on :${config.port}`);
});
