import { DAY_MS, GRACE_END, Milestone, TRIAL_DAYS, TRIAL_END } from '../config';

export class TrialExpiredError extends Error {
  readonly code = 'TRIAL_EXPIRED';
}

export type Cohort = 'campaign-2026' | 'early-access' | 'self-serve';

/** Called on every activation of a campaign trial. */
export function assertCampaignTrialActive(): void {
  const trialOver = new Date() >= TRIAL_END; // expect: js/hardcoded-expiry error
  if (trialOver) {
    throw new TrialExpiredError(`Your trial ended on ${TRIAL_END.toDateString()}. Please purchase a licence.`);
  }
}

export function assertWithinGrace(): void {
  if (Date.now() > GRACE_END) { // expect: js/hardcoded-expiry error
    throw new TrialExpiredError('The trial grace period is over.');
  }
}

export function trialStatus(cohort: Cohort, startedAt: Date): { active: boolean; reason?: string } {
  if (cohort === 'early-access' && Date.now() >= Date.UTC(2025, 5, 30)) { // expect: js/hardcoded-expiry error
    return { active: false, reason: 'early-access trial expired' };
  }
  // Self-serve trials run TRIAL_DAYS from the moment the user signed up.
  const remaining = startedAt.getTime() + TRIAL_DAYS * DAY_MS - Date.now();
  if (remaining <= 0) {
    return { active: false, reason: 'trial period over' };
  }
  return { active: true };
}

export function acceptBetaLicence(): void {
  if (new Date() > new Date(Milestone.BetaEnds)) { // expect: js/hardcoded-expiry error
    throw new Error('Beta licences are no longer accepted.');
  }
}

/** Metric for the admin dashboard. */
export function daysSincePublicLaunch(): number {
  return Math.floor((Date.now() - Date.parse(Milestone.PublicLaunch)) / DAY_MS);
}
