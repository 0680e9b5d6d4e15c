import { useEffect, useRef, useState } from 'react';
import dayjs from 'dayjs';
import isSameOrAfter from 'dayjs/plugin/isSameOrAfter';
import moment from 'moment';
import { IDLE_LOGOUT_MS, KILL_SWITCH, PILOT_START } from '../config/flags';

dayjs.extend(isSameOrAfter);

/** The anomaly panel is only shown during the 30-day pilot. */
export function useAnomalyPilot(): boolean {
  if (moment().diff(PILOT_START, 'days') > 30) { // expect: js/hardcoded-expiry
    return false;
  }
  return true;
}

export function useLegacyCharts(): boolean {
  const killed = dayjs().isSameOrAfter(KILL_SWITCH.legacyCharts); // expect: js/hardcoded-expiry
  return !killed;
}

export function useClassicNav(): boolean {
  return moment.utc().isBefore(moment(KILL_SWITCH.classicNav)); // expect: js/hardcoded-expiry
}

/** Logs the user out after IDLE_LOGOUT_MS without activity. */
export function useIdleLogout(onLogout: () => void): void {
  const lastActivity = useRef(Date.now());
  useEffect(() => {
    const bump = () => {
      lastActivity.current = Date.now();
    };
    window.addEventListener('pointerdown', bump);
    const timer = setInterval(() => {
      if (Date.now() - lastActivity.current > IDLE_LOGOUT_MS) {
        onLogout();
      }
    }, 10_000);
    return () => {
      window.removeEventListener('pointerdown', bump);
      clearInterval(timer);
    };
  }, [onLogout]);
}

/** Refreshes the access token one minute before the `exp` claim of the token. */
export function useTokenRefresh(token: { exp: number } | null, refresh: () => void): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      if (token && dayjs().isAfter(dayjs.unix(token.exp).subtract(1, 'minute'))) {
        refresh();
      }
      setTick((t) => t + 1);
    }, 15_000);
    return () => clearInterval(timer);
  }, [token, refresh]);
}
