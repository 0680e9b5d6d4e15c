import { BadRequestException, UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isAfter, parseISO } from 'date-fns';
import { DateTime } from 'luxon';
import { BillingGraceGuard } from '../common/guards/sunset.guard';
import { hasPassed, isOverdue } from '../common/utils/date.util';
import { LEGACY_PLAN_CUTOFF, PLAN_CATALOGUE, PROMO_END, PRICE_CHANGE_AT, PlanCode } from './plans';

interface Account { id: string; plan: PlanCode; nextInvoiceDue: string; trialEndsAt: string | null }

@Resolver('Account')
@UseGuards(BillingGraceGuard)
export class BillingResolver {
  private readonly priceChange = DateTime.fromISO(PRICE_CHANGE_AT, { zone: 'utc' });

  @Query('plans')
  plans() {
    return PLAN_CATALOGUE.map((p) => ({ ...p, since: parseISO(p.introducedAt) }));
  }

  @Mutation('redeemPromo')
  redeemPromo(@Args('code') code: string) {
    if (isAfter(new Date(), PROMO_END)) { // expect: js/hardcoded-expiry error
      throw new BadRequestException(`Promo ${code} has ended`);
    }
    return { code, discountPct: 20 };
  }

  @ResolveField('canSwitchToLegacy')
  canSwitchToLegacy(@Parent() account: Account) {
    return account.plan !== PlanCode.Legacy2019 && Date.now() < LEGACY_PLAN_CUTOFF; // expect: js/hardcoded-expiry
  }

  @ResolveField('monthlyPriceCents')
  monthlyPriceCents(@Parent() account: Account) {
    const base = PLAN_CATALOGUE.find((p) => p.code === account.plan)?.priceCents ?? 0;
    return DateTime.utc() >= this.priceChange ? Math.round(base * 1.1) : base; // expect: js/hardcoded-expiry warning
  }

  @ResolveField('overdue')
  overdue(@Parent() account: Account) {
    return isOverdue(new Date(account.nextInvoiceDue));
  }

  @ResolveField('trialActive')
  trialActive(@Parent() account: Account) {
    return account.trialEndsAt ? !hasPassed(account.trialEndsAt) : false;
  }

  @ResolveField('showNewInvoiceLayout')
  showNewInvoiceLayout() {
    return hasPassed('2027-02-01'); // expect-known-miss: js/hardcoded-expiry (literal passed to a helper over its parameter) warning
  }
}
