import cfg from '../../config/app.config';

const V1_SUNSET = new Date(cfg.checkout.v1SunsetAt);
const LAUNCH = Date.UTC(2026, 0, 10);

/** API v1 is retired after its sunset date (RFC 8594 header before that). */
export function sunsetV1(req, res, next) {
  if (new Date() >= V1_SUNSET) { // expect: js/hardcoded-expiry error
    return res.status(410).json({ error: 'API v1 has been retired, use /v2' });
  }
  res.set('Sunset', V1_SUNSET.toUTCString());
  next();
}

/** The reviews API opens on launch day; before that it is hidden. */
export function launchGate(req, res, next) {
  if (Date.now() < LAUNCH) {
    return res.status(404).send('Not yet available');
  }
  next();
}

export function requireActiveTrial(req, res, next) {
  if (req.user && Date.now() > new Date(req.user.trialEnd).getTime()) {
    return res.status(402).json({ error: 'trial ended' });
  }
  next();
}

const hits = new Map();
export function rateLimit(req, res, next) {
  const key = req.ip;
  const entry = hits.get(key) || { count: 0, resetAt: Date.now() + 60_000 };
  if (Date.now() > entry.resetAt) {
    entry.count = 0;
    entry.resetAt = Date.now() + 60_000;
  }
  entry.count += 1;
  hits.set(key, entry);
  if (entry.count > 100) return res.status(429).end();
  next();
}
