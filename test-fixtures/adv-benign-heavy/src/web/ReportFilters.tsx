import React, { useMemo, useState } from 'react';
import DatePicker from 'react-datepicker';
import { startOfYear, endOfYear, isWithinInterval } from 'date-fns';

const FIRST_DATA_YEAR = 2015;

export function ReportFilters({ onChange }: { onChange: (range: [Date, Date]) => void }) {
  const [start, setStart] = useState<Date>(startOfYear(new Date()));
  const [end, setEnd] = useState<Date>(new Date());

  const yearOptions = useMemo(() => {
    const year = new Date().getFullYear();
    const years: number[] = [];
    for (let y = FIRST_DATA_YEAR; y <= year; y++) years.push(y);
    return years.reverse();
  }, []);

  const pickYear = (y: number) => {
    const from = startOfYear(new Date(y, 0, 1));
    const to = y === new Date().getFullYear() ? new Date() : endOfYear(from);
    setStart(from);
    setEnd(to);
    onChange([from, to]);
  };

  const invalid = start > end || !isWithinInterval(start, { start: new Date(2015, 0, 1), end: new Date(2099, 11, 31) });

  return (
    <div className="filters">
      <select onChange={(e) => pickYear(Number(e.target.value))}>
        {yearOptions.map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>
      <DatePicker selected={start} onChange={(d: Date | null) => d && setStart(d)} minDate={new Date(2015, 0, 1)} maxDate={new Date(2099, 11, 31)} />
      <DatePicker selected={end} onChange={(d: Date | null) => d && setEnd(d)} minDate={start} maxDate={new Date()} />
      {invalid && <p className="error">Pick a range between 2015 and today.</p>}
    </div>
  );
}

export function Footer() {
  return <footer>© 2015–{new Date().getFullYear()} TeamTrack Ltd.</footer>;
}
