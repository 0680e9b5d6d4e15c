import cfg from '../../config/app.config';
import flags from '../../config/flags.json';

export default async function trialGuard(req, res, next) {
  const account = await req.loadAccount();
  if (account.plan === 'trial' && Date.now() > Date.parse(cfg.trial.ends)) { // expect: js/hardcoded-expiry error
    res.status(402).send('Your trial has expired.');
    return;
  }
  next();
}

export function giftCards(req, res, next) {
  if (Date.now() > Date.parse(flags.giftCardsUntil)) { // expect: js/hardcoded-expiry
    return res.status(410).json({ error: 'Gift cards are no longer available' });
  }
  next();
}

export function cartLimit(req, res, next) {
  if (req.body.items.length > flags.maxCartItems) return res.status(400).end();
  next();
}
