import { isWithinInterval, startOfYear, endOfYear } from 'date-fns';

export const FISCAL_YEAR_START_MONTH = 3; // April

export function fiscalYearOf(date: Date, startMonth = FISCAL_YEAR_START_MONTH): number {
  return date.getMonth() >= startMonth ? date.getFullYear() + 1 : date.getFullYear();
}

export function fiscalQuarter(date: Date, startMonth = FISCAL_YEAR_START_MONTH): 1 | 2 | 3 | 4 {
  const m = (date.getMonth() - startMonth + 12) % 12;
  return (Math.floor(m / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Pricing tier 2027 applies to bookings whose *event date* falls in 2027. */
export function inPricingYear2027(eventDate: Date): boolean {
  return isWithinInterval(eventDate, { start: new Date(2027, 0, 1), end: new Date(2027, 11, 31, 23, 59, 59) });
}

export function calendarYearBounds(year: number) {
  const d = new Date(year, 6, 1);
  return { start: startOfYear(d), end: endOfYear(d) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
