import Stripe from 'stripe';
import type { Request, Response } from 'express';

const stripe = new Stripe(process.env.STRIPE_KEY ?? '', { apiVersion: '2023-10-16' });

export interface Org {
  id: string;
  plan: 'free' | 'team' | 'enterprise';
  trialEndsAt: string | null;
  stripeSubscriptionId: string | null;
}

/** Trial end comes from the database row; nothing fixed here. */
export function trialOver(org: Org): boolean {
  if (!org.trialEndsAt) return false;
  if (new Date(org.trialEndsAt) < new Date()) {
    return true;
  }
  return false;
}

export async function subscriptionLapsed(org: Org): Promise<boolean> {
  if (!org.stripeSubscriptionId) return true;
  const sub = await stripe.subscriptions.retrieve(org.stripeSubscriptionId);
  return sub.current_period_end * 1000 < Date.now() && sub.status !== 'active';
}

export async function exportInvoices(req: Request, res: Response, org: Org): Promise<void> {
  if (org.plan === 'free' && Date.now() > Date.parse('2027-03-31')) { // expect: js/hardcoded-expiry error
    res.status(402).json({ error: 'Invoice export on the free tier ended on 31 March 2027.' });
    return;
  }
  const from = req.query.from ? new Date(String(req.query.from)) : new Date(Date.now() - 90 * 86_400_000);
  const to = req.query.to ? new Date(String(req.query.to)) : new Date();
  if (from > to) {
    res.status(400).json({ error: '`from` must be before `to`' });
    return;
  }
  res.json({ from: from.toISOString(), to: to.toISOString(), invoices: [] });
}

/** Default parameter `now` makes this testable; both sides are run-time values. */
export function isPastDue(dueDate: Date, now: Date = new Date()): boolean {
  return now > dueDate;
}
