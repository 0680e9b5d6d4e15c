import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { PORTAL_LAUNCH, PRICING_V2_LAUNCH, SUNSET } from '../config';
import { validateLicence, validateOffline } from '../licence/validate';
import { assertCampaignTrialActive } from '../licence/trial';
import { requireToken } from './auth';

const { v2Api } = SUNSET;

export const router = express.Router();

function v1Retired(_req: Request, res: Response, next: NextFunction): void {
  if (Date.now() >= Date.parse(SUNSET.v1Api)) { // expect: js/hardcoded-expiry
    res.status(410).json({ error: 'API v1 has been retired; please migrate to /v3.' });
    return;
  }
  next();
}

function v2Deprecation(_req: Request, res: Response, next: NextFunction): void {
  if (Date.now() > Date.parse(v2Api)) { // expect: js/hardcoded-expiry
    res.setHeader('Deprecation', 'true');
    res.setHeader('Sunset', new Date(v2Api).toUTCString());
  }
  next();
}

router.use('/v1', v1Retired);
router.use('/v2', v2Deprecation);

router.get('/v3/pricing', (_req, res) => {
  const pricingV2 = Date.now() >= PRICING_V2_LAUNCH.getTime(); // expect: js/hardcoded-expiry warning
  res.json({ table: pricingV2 ? 'pricing-2027' : 'pricing-2026' });
});

router.get('/v3/portal', (_req, res) => {
  // The self-service portal opens on launch day; before that the route is closed.
  if (Date.now() < PORTAL_LAUNCH) {
    throw new Error('The self-service portal is not available yet.');
  }
  res.redirect('/portal/');
});

router.post('/v3/activate', requireToken, (req, res) => {
  assertCampaignTrialActive();
  const ok = validateLicence(req.body.licence, process.env.LICENCE_PUBLIC_KEY ?? '');
  res.status(ok ? 200 : 403).json({ ok, checkedAt: new Date().toISOString() });
});

router.post('/v3/activate-offline', (req, res) => {
  res.json(validateOffline(req.body.licence));
});
