import { useEffect, useState } from 'react';
import dayjs from 'dayjs';

const TRIAL_END = dayjs('2027-03-31');

/** Re-checks every minute so a long-running session notices the end of the trial. */
export function useTrialExpired(): boolean {
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    const tick = () => setExpired(dayjs().isAfter(TRIAL_END)); // expect: js/hardcoded-expiry error
    tick();
    const id = setInterval(tick, 60_000);
    return () => clearInterval(id);
  }, []);
  return expired;
}

/** Days left on the account's own trial, as sent by the server. */
export function useTrialDaysLeft(trialEndsAt: string | null): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!trialEndsAt) return;
    setLeft(Math.max(0, dayjs(trialEndsAt).diff(dayjs(), 'day')));
  }, [trialEndsAt]);
  return left;
}
