import express from 'express';
import { sunsetV1, launchGate, requireActiveTrial, rateLimit } from './middleware/sunset';
import trialGuard, { giftCards, cartLimit } from './middleware/trial';
import { assertSupported } from '../lib/support';

const app = express();
const bootedAt = Date.now();

app.use(rateLimit);
app.use('/v1', sunsetV1);
app.use('/reviews', launchGate);
app.use('/app', requireActiveTrial, trialGuard);
app.post('/cart', cartLimit);
app.use('/gift-cards', giftCards);

app.get('/healthz', (req, res) => {
  res.json({ uptimeMs: Date.now() - bootedAt, now: new Date().toISOString() });
});

assertSupported({ flush: async () => {} }).then(() => app.listen(3000));
