import React, { useEffect, useState } from 'react';
import DatePicker from 'react-datepicker';
import dayjs from 'dayjs';

/** Date range picker for reports. Bounds are the range the metrics store holds. */
export function ReportRangePicker({ start, end, onChange }) {
  return (
    <div className="range-picker">
      <DatePicker
        selected={start}
        onChange={(d) => onChange({ start: d, end })}
        minDate={new Date(2020, 0, 1)}
        maxDate={new Date(2030, 11, 31)}
        filterDate={(d) => d.getDay() !== 0 && d.getDay() !== 6}
      />
      <DatePicker
        selected={end ?? dayjs().add(7, 'day').toDate()}
        onChange={(d) => onChange({ start, end: d })}
        minDate={start}
        maxDate={new Date()}
      />
    </div>
  );
}

/** Countdown to a maintenance window chosen by the operator. */
export function Countdown({ target }) {
  const [left, setLeft] = useState(() => target.getTime() - Date.now());

  useEffect(() => {
    const timer = setInterval(() => setLeft(target.getTime() - Date.now()), 1000);
    return () => clearInterval(timer);
  }, [target]);

  if (left <= 0) {
    return <span className="countdown done">Maintenance window started</span>;
  }
  const hours = Math.floor(left / 3_600_000);
  const minutes = Math.floor((left % 3_600_000) / 60_000);
  return <span className="countdown">{hours}h {minutes}m until maintenance</span>;
}

export function HolidayBanner() {
  const now = new Date();
  if (now.getMonth() === 11 && now.getDate() === 25) { // expect: js/calendar-check
    return <div className="holiday">Happy holidays from the Ops team!</div>;
  }
  return null;
}

export function Footer() {
  return (
    <footer>
      © 2019-{new Date().getFullYear()} Example Ops Ltd. All rights reserved.
    </footer>
  );
}
