import moment from 'moment';
import dayjs from 'dayjs';
import { DateTime as DT } from 'luxon';
import { Temporal } from '@js-temporal/polyfill';
import { isAfter as dateIsAfter, differenceInDays, isFuture } from 'date-fns';
import { CAMPAIGNS, CONSENT_V2_EFFECTIVE } from '../config/campaigns';

/** Unix seconds at which the old image CDN is switched off (2027-01-31). */
const OLD_CDN_OFF_S = 1801353600;
const SPRING_END = new Date(CAMPAIGNS.spring.ends);
const clock = Date.now;

export function imageHost(): string {
  return moment().unix() > OLD_CDN_OFF_S ? 'img2.shopfront.io' : 'img.shopfront.io'; // expect: js/hardcoded-expiry
}

export function oldCdnReachable(): boolean {
  return DT.now().toSeconds() < OLD_CDN_OFF_S; // expect: js/hardcoded-expiry
}

export function analyticsV2(): boolean {
  return performance.timeOrigin + performance.now() >= Date.parse('2027-02-15'); // expect: js/hardcoded-expiry
}

export function showNewNotice(): boolean {
  return dateIsAfter(new Date(), new Date(CONSENT_V2_EFFECTIVE)); // expect: js/hardcoded-expiry
}

export function springEndingSoon(): boolean {
  return differenceInDays(SPRING_END, new Date()) < 7; // expect: js/hardcoded-expiry
}

export function springAnnounced(): boolean {
  return !isFuture(new Date('2027-03-01')); // expect: js/hardcoded-expiry
}

export function consentBannerRetired(): boolean {
  return dayjs(CONSENT_V2_EFFECTIVE).isBefore(dayjs()); // expect: js/hardcoded-expiry
}

export function postLaunchSurvey(): boolean {
  return dayjs().isAfter(dayjs('2027-01-01').add(2, 'week')); // expect: js/hardcoded-expiry
}

export function nightMode2027(): boolean {
  return Temporal.Now.zonedDateTimeISO().year >= 2027; // expect: js/hardcoded-expiry
}

export function wishlistSync(): boolean {
  return Temporal.Instant.compare(Temporal.Now.instant(), Temporal.Instant.from('2027-05-01T00:00:00Z')) > 0; // expect: js/hardcoded-expiry
}

export function legacyApiAllowed(): boolean {
  return clock() < Date.UTC(2027, 3, 1); // expect: js/hardcoded-expiry
}

/* ---- benign: relative, run-time or formatting only ---- */

export function sessionWarning(lastActive: number): boolean {
  return moment().diff(moment(lastActive), 'minutes') > 25;
}

export function deliveryEta(shippedAt: string): string {
  return dayjs(shippedAt).add(3, 'day').format('ddd D MMM');
}

export function flashSaleLive(sale: { startsAt: string; endsAt: string }): boolean {
  const n = DT.now();
  return DT.fromISO(sale.startsAt) <= n && n < DT.fromISO(sale.endsAt);
}

export function unixNow(): number {
  return moment().unix();
}

export function couponWindowValid(issuedAtS: number): boolean {
  return moment().unix() - issuedAtS < 7 * 86400;
}
