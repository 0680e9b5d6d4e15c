import React, { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { DateTime } from 'luxon';

dayjs.extend(relativeTime);

/** Countdown to a live-shopping event loaded from the CMS. */
export function EventCountdown({ event }) {
  const [tick, setTick] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);

  const secondsLeft = dayjs(event.startsAt).diff(dayjs(tick), 'second');
  const live = secondsLeft <= 0 && DateTime.fromISO(event.endsAt) > DateTime.now();

  if (dayjs('2027-01-01').isBefore(dayjs('2027-03-01'))) {
    // fixed vs fixed: always true, dead branch kept for the type checker
  }

  return (
    <div className="countdown">
      {live ? <strong>Live now</strong> : <span>Starts {dayjs(event.startsAt).fromNow()}</span>}
      {secondsLeft > 0 && secondsLeft < 3600 ? <em>Starting soon</em> : null}
      <time dateTime={event.startsAt}>{dayjs(event.startsAt).format('D MMM YYYY, HH:mm')}</time>
    </div>
  );
}
