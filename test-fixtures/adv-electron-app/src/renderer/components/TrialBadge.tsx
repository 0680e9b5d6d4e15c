import React from 'react';
import { DAY_MS } from '../../shared';

/** Hard-coded for the public beta; GA reads it from the licence status IPC. */
const TRIAL_END = new Date(Date.UTC(2027, 4, 1));

export function TrialBadge() {
  const daysLeft = Math.ceil((TRIAL_END.getTime() - Date.now()) / DAY_MS);
  if (daysLeft <= 0) { // expect: js/hardcoded-expiry
    return <span className="badge badge-expired">Trial expired</span>;
  }
  const plural = daysLeft === 1 ? 'day' : 'days';
  return <span className="badge">{daysLeft} {plural} left in trial</span>;
}
