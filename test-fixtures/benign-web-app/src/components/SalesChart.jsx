import { useMemo, useState } from 'react';
import dayjs from 'dayjs';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Every range is anchored on "today"; none of them has a fixed start date. */
const RANGES = {
  '7d': { label: 'Last 7 days', from: () => dayjs().subtract(7, 'day').startOf('day'), tick: 'ddd' },
  '30d': { label: 'Last 30 days', from: () => dayjs().subtract(30, 'day').startOf('day'), tick: 'D MMM' },
  '90d': { label: 'Last quarter', from: () => dayjs().subtract(90, 'day').startOf('day'), tick: 'D MMM' },
  ytd: { label: 'Year to date', from: () => dayjs().startOf('year'), tick: 'MMM' },
  '12m': { label: 'Last 12 months', from: () => dayjs().subtract(12, 'month').startOf('month'), tick: 'MMM YY' },
};

function sumRevenue(points) {
  return points.reduce((total, p) => total + p.revenue, 0);
}

export function SalesChart({ points, currency = 'GBP' }) {
  const [rangeKey, setRangeKey] = useState('30d');
  const range = RANGES[rangeKey];

  const { current, previous } = useMemo(() => {
    const to = dayjs();
    const from = range.from();
    const span = to.diff(from, 'day');
    const previousFrom = from.subtract(span, 'day');

    const inCurrent = points.filter((p) => {
      const t = dayjs(p.date);
      return !t.isBefore(from) && !t.isAfter(to);
    });
    const inPrevious = points.filter((p) => {
      const t = dayjs(p.date);
      return !t.isBefore(previousFrom) && t.isBefore(from);
    });
    return { current: inCurrent, previous: inPrevious };
  }, [points, range]);

  const money = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 });
  const total = sumRevenue(current);
  const before = sumRevenue(previous);
  const change = before > 0 ? ((total - before) / before) * 100 : null;
  const exportName = `sales-${rangeKey}-${dayjs().format('YYYY-MM-DD')}.csv`;

  return (
    <section className="sales-chart">
      <header>
        <select value={rangeKey} onChange={(e) => setRangeKey(e.target.value)}>
          {Object.entries(RANGES).map(([key, r]) => (
            <option key={key} value={key}>
              {r.label}
            </option>
          ))}
        </select>
        <strong>{money.format(total)}</strong>
        {change !== null && (
          <span className={change >= 0 ? 'up' : 'down'}>
            {change >= 0 ? '▲' : '▼'} {Math.abs(change).toFixed(1)}% vs previous period
          </span>
        )}
        <a download={exportName} href={`/api/reports/sales.csv?range=${rangeKey}`}>
          Export
        </a>
      </header>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={current.map((p) => ({ ...p, t: dayjs(p.date).valueOf() }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(t) => dayjs(t).format(range.tick)}
          />
          <YAxis tickFormatter={(v) => money.format(v)} width={80} />
          <Tooltip labelFormatter={(t) => dayjs(t).format('dddd D MMMM YYYY')} formatter={(v) => money.format(v)} />
          <Line type="monotone" dataKey="revenue" stroke="#2563eb" dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </section>
  );
}
