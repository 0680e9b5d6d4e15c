/** Defaults and option lists for the booking form. */
export function defaultFormValues() {
  const today = new Date();
  return {
    year: today.getFullYear(),
    month: today.getMonth() + 1,
    requestId: `req-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
  };
}

export function yearOptions(): number[] {
  const thisYear = new Date().getFullYear();
  const years: number[] = [];
  for (let y = thisYear; y <= thisYear + 5; y++) years.push(y);
  return years;
}

export function birthYearOptions(): number[] {
  const out: number[] = [];
  for (let y = new Date().getFullYear() - 18; y >= 1920; y--) out.push(y);
  return out;
}

export function timed<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const started = Date.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - t0;
    if (ms > 250) console.warn(`${label} slow: ${ms.toFixed(0)}ms (started ${started})`);
  }
}

export const DATE_PICKER = { min: '2020-01-01', max: '2035-12-31' };
export function footer(): string {
  return `© 2019–${new Date().getFullYear()} Slotwise Ltd.`;
}
