/**
 * Top-of-page banners for the dispatcher console.
 */
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import moment from 'moment';
import { PARTNER_CONTRACT_END, ROUTING_V3_CUTOVER } from '../config/index.js';

interface DatePickerProps {
  minDate: Date;
  maxDate: Date;
  onChange(d: Date): void;
}
declare function DatePicker(props: DatePickerProps): JSX.Element;

export function PartnerPortalGate(): JSX.Element | null {
  useEffect(() => {
    if (Date.now() >= Date.parse(PARTNER_CONTRACT_END)) { // expect: js/hardcoded-expiry error
      alert('The partner portal closed on 1 March 2027.');
      window.location.href = '/goodbye';
    }
  }, []);
  return null;
}

export function RoutingBanner(): JSX.Element {
  const legacy = new Date() < new Date(ROUTING_V3_CUTOVER); // expect: js/hardcoded-expiry warning
  return <div className="banner">{legacy ? 'Routing v3 arrives in March' : 'Welcome to routing v3'}</div>;
}

export function SeasonalBanner(): JSX.Element | null {
  const now = new Date();
  const isDecember = now.getMonth() === 11; // expect: js/calendar-check
  const isFriday = now.getUTCDay() === 5; // expect: js/calendar-check
  const payday = now.getDate() === 1; // expect: js/calendar-check
  const halloween = dayjs().month() === 9; // expect: js/calendar-check
  const sunday = moment().day() === 0; // expect: js/calendar-check
  if (isDecember) return <div className="snow">Happy holidays from the depot team</div>;
  if (isFriday) return <div>No deploys on Fridays</div>;
  if (payday || halloween || sunday) return <div>Check your rota</div>;
  return null;
}

// --- benign twins ------------------------------------------------------

export function Footer(): JSX.Element {
  return <footer>© 2019–{new Date().getFullYear()} RouteKeeper Ltd.</footer>;
}

export function DeliveryDatePicker({ onChange }: { onChange(d: Date): void }): JSX.Element {
  return <DatePicker minDate={new Date()} maxDate={new Date(2027, 11, 31)} onChange={onChange} />;
}

export function MonthHeading(): JSX.Element {
  const now = new Date();
  const label = now.toLocaleString('en-GB', { month: 'long', year: 'numeric' });
  return <h2>{label} (month {now.getMonth() + 1})</h2>;
}

export function ShiftBadge({ startsAt }: { startsAt: string }): JSX.Element {
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setFlash(false), 5_000);
    return () => clearTimeout(t);
  }, [flash]);
  const startsSoon = new Date(startsAt).getTime() - Date.now() < 15 * 60 * 1000;
  return <span className={startsSoon ? 'badge soon' : 'badge'}>{dayjs(startsAt).format('HH:mm')}</span>;
}
