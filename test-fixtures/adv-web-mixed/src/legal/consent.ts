import * as dfns from 'date-fns';
import { CONSENT_V1_EXPIRES, CONSENT_V2_EFFECTIVE } from '../config/campaigns';
import { today } from '../utils/clock';

export interface StoredConsent {
  version: 1 | 2;
  givenAt: string;
}

/** The v2 privacy notice takes effect on a fixed date announced to users. */
export function mustShowV2Notice(): boolean {
  return dfns.isAfter(new Date(), dfns.parseISO(CONSENT_V2_EFFECTIVE)); // expect: js/hardcoded-expiry
}

export function isConsentValid(consent: StoredConsent | null): boolean {
  if (!consent) return false;
  if (consent.version === 1 && dfns.compareAsc(today(), CONSENT_V1_EXPIRES) === 1) { // expect: js/hardcoded-expiry error
    return false;
  }
  // Re-ask every 13 months (run-time date from storage).
  return dfns.differenceInMonths(new Date(), dfns.parseISO(consent.givenAt)) < 13;
}

/** Cookie banner grace period for EU visitors ends with the v1 notice. */
export function cookieGraceOver(): boolean {
  return dfns.differenceInCalendarDays(new Date(), new Date(2027, 1, 1)) >= 0; // expect: js/hardcoded-expiry
}

export function consentCookie(consent: StoredConsent): string {
  const expires = dfns.addMonths(new Date(), 13).toUTCString();
  return `consent=v${consent.version}; Expires=${expires}; Path=/; SameSite=Lax`;
}
