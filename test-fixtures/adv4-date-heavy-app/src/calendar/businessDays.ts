import { addDays, isWeekend, differenceInCalendarDays, isBefore, isAfter } from 'date-fns';
import { isHoliday } from './holidays';

/** Earliest and latest dates the booking form accepts (validation bounds, not clock checks). */
export const MIN_BOOKABLE = new Date(2020, 0, 1);
export const MAX_BOOKABLE = new Date(2035, 11, 31);

export function isBusinessDay(d: Date): boolean {
  return !isWeekend(d) && !isHoliday(d);
}

export function addBusinessDays(start: Date, n: number): Date {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

export function businessDaysBetween(from: Date, to: Date): number {
  let count = 0;
  const span = differenceInCalendarDays(to, from);
  for (let i = 1; i <= span; i++) if (isBusinessDay(addDays(from, i))) count++;
  return count;
}

export function validateRequestedDate(input: string): Date {
  const d = new Date(input);
  if (Number.isNaN(d.getTime())) throw new Error('Invalid date');
  if (isBefore(d, MIN_BOOKABLE) || isAfter(d, MAX_BOOKABLE)) {
    throw new Error('Date out of range; bookings expire if not in 2020-2035');
  }
  if (d < new Date('2021-03-15')) throw new Error('Legacy bookings before the 2021 migration are read-only');
  return d;
}
