import React, { useEffect } from 'react';
import dayjs from 'dayjs';
import moment from 'moment';
import { BETA_END } from '../config/flags';

interface Props {
  onBetaOver: () => void;
}

export function BetaBanner({ onBetaOver }: Props) {
  // Beta builds lock themselves once the programme has closed.
  const betaOver = dayjs().isAfter('2027-01-15'); // expect: js/hardcoded-expiry error

  useEffect(() => {
    if (betaOver) {
      onBetaOver();
    }
  }, [betaOver, onBetaOver]);

  return (
    <div className="beta-banner" role="status">
      You are using a beta build of the Ops Dashboard. The beta ends on{' '}
      {moment(BETA_END).format('LL')}.
      <a href="https://example.com/beta-feedback">Send feedback</a>
    </div>
  );
}
