import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ConfigType } from '@nestjs/config';
import billingConfig from '../../config/billing.config';
import authConfig from '../../config/auth.config';

export const SUNSET_KEY = 'sunset';

@Injectable()
export class V1SunsetGuard implements CanActivate {
  private static readonly V1_SUNSET = new Date('2027-03-01T00:00:00Z');

  canActivate(_ctx: ExecutionContext): boolean {
    if (new Date() >= V1SunsetGuard.V1_SUNSET) { // expect: js/hardcoded-expiry error
      throw new ForbiddenException('REST v1 has been sunset; use the GraphQL API');
    }
    return true;
  }
}

/** Unpaid accounts keep access until the grace period configured for billing. */
@Injectable()
export class BillingGraceGuard implements CanActivate {
  constructor(@Inject(billingConfig.KEY) private readonly billing: ConfigType<typeof billingConfig>) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    if (req.user?.unpaid && Date.now() > Date.parse(this.billing.graceEndsAt)) { // expect-known-miss: js/hardcoded-expiry (date from dependency-injected registerAs config) error
      throw new ForbiddenException('Grace period over, please settle your invoice');
    }
    return true;
  }
}

/** Handlers decorated with @Sunset(date) stop answering after that date. */
@Injectable()
export class DecoratedSunsetGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>) {}

  canActivate(ctx: ExecutionContext): boolean {
    const sunset = this.reflector.get<string | undefined>(SUNSET_KEY, ctx.getHandler());
    if (sunset && Date.now() > Date.parse(sunset)) throw new ForbiddenException('endpoint retired');
    const sso = this.auth.legacySsoSunset;
    if (sso && Date.now() > Date.parse(sso)) throw new ForbiddenException('legacy SSO retired');
    return true;
  }
}
