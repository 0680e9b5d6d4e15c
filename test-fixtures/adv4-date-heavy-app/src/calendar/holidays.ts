import { format, getYear } from 'date-fns';

/** Public holidays the office observes. Extend the table every December. */
export const HOLIDAYS_2026 = ['2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'];
export const HOLIDAYS_2027 = ['2027-01-01', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24'];

const TABLES: Record<number, string[]> = { 2026: HOLIDAYS_2026, 2027: HOLIDAYS_2027 };
export const LAST_TABLE_YEAR = 2027;

/** Is the date the customer picked a holiday? */
export function isHoliday(date: Date): boolean {
  const table = TABLES[getYear(date)] ?? [];
  return table.includes(format(date, 'yyyy-MM-dd'));
}

export function holidaysBetween(from: Date, to: Date): string[] {
  const a = format(from, 'yyyy-MM-dd');
  const b = format(to, 'yyyy-MM-dd');
  return [...HOLIDAYS_2026, ...HOLIDAYS_2027].filter((d) => d >= a && d <= b);
}

/** Used by the admin "holidays this year" widget. */
export function currentHolidayTable(): string[] {
  const year = new Date().getFullYear();
  if (year > LAST_TABLE_YEAR) { // expect: js/hardcoded-expiry error
    throw new Error(`Holiday table has no data for ${year}; booking engine cannot compute business days`);
  }
  return TABLES[year] ?? [];
}
