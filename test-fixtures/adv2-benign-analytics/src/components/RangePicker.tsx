import { useState } from 'react';
import { DATA_START } from '../lib/constants';

const MIN_DAY = new Date(DATA_START).toISOString().slice(0, 10);

export function RangePicker({ onChange }: { onChange: (from: string, to: string) => void }) {
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(MIN_DAY);
  const [to, setTo] = useState(today);
  const invalid = from > to || from < MIN_DAY || to > today;
  return (
    <div>
      <input type="date" min={MIN_DAY} max={today} value={from} onChange={(e) => setFrom(e.target.value)} />
      <input type="date" min={from} max={today} value={to} onChange={(e) => setTo(e.target.value)} />
      <button disabled={invalid} onClick={() => onChange(from, to)}>Apply</button>
    </div>
  );
}
