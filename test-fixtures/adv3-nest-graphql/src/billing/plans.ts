export enum PlanCode {
  Starter = 'starter',
  Team = 'team',
  Legacy2019 = 'legacy-2019',
}

export const PLAN_CATALOGUE = [
  { code: PlanCode.Starter, priceCents: 900, introducedAt: '2019-04-01' },
  { code: PlanCode.Team, priceCents: 2900, introducedAt: '2021-09-15' },
  { code: PlanCode.Legacy2019, priceCents: 500, introducedAt: '2019-01-01' },
] as const;

export const PROMO_END = new Date('2026-12-31T23:59:59Z');
export const LEGACY_PLAN_CUTOFF = Date.UTC(2027, 3, 15);
export const PRICE_CHANGE_AT = '2027-01-01';
