import React, { useState } from 'react';
import { format, isBefore, isAfter, subDays } from 'date-fns';
import { RETURNS_MIN_DATE } from '../config/campaigns';

export function ReturnsForm({ onSubmit }) {
  const [date, setDate] = useState(format(new Date(), 'yyyy-MM-dd'));
  const picked = new Date(date);
  const tooOld = isBefore(picked, RETURNS_MIN_DATE) || isBefore(picked, subDays(new Date(), 365));
  const inFuture = isAfter(picked, new Date());

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(picked); }}>
      <input
        type="date"
        value={date}
        min="2000-01-01"
        max={format(new Date(), 'yyyy-MM-dd')}
        onChange={(e) => setDate(e.target.value)}
      />
      {tooOld && <p>That order is too old to return online.</p>}
      {inFuture && <p>Pick a date in the past.</p>}
      <button disabled={tooOld || inFuture}>Start return</button>
    </form>
  );
}
