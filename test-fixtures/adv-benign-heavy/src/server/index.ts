import express from 'express';
import { requireJwt } from './sessions';
import { exportInvoices, trialOver, type Org } from './billing';
import { immutableAsset, noStore } from './cache';
import { assertClockSane, assertPublicApiOpen } from '../lib/release.js';

const app = express();
const PORT = Number(process.env.PORT ?? 8080);
const SHUTDOWN_GRACE_MS = 10_000;
const startedAt = Date.now();

assertClockSane();

app.use('/assets', (_req, res, next) => { immutableAsset(res); next(); });
app.use('/api', (_req, res, next) => { noStore(res); next(); });

app.get('/healthz', (_req, res) => {
  res.json({ ok: true, uptimeMs: Date.now() - startedAt, now: new Date().toISOString() });
});

app.get('/api/orgs/:id/invoices', requireJwt, async (req, res) => {
  const org = (req as unknown as { org: Org }).org;
  if (trialOver(org)) {
    res.status(402).json({ error: 'trial over' });
    return;
  }
  await exportInvoices(req, res, org);
});

app.get('/api/public/v1/*', (req, res, next) => {
  try {
    assertPublicApiOpen(Boolean(req.headers['x-staff']));
    next();
  } catch (err) {
    res.status(404).json({ error: (err as Error).message });
  }
});

const server = app.listen(PORT);

process.on('SIGTERM', () => {
  const deadline = Date.now() + SHUTDOWN_GRACE_MS;
  server.close();
  const timer = setInterval(() => {
    server.getConnections((_err, count) => {
      if (count === 0 || Date.now() >= deadline) {
        clearInterval(timer);
        process.exit(0);
      }
    });
  }, 250);
});
