import { MS_PER_DAY } from './constants.js';
import { startOfDay } from './calendar.js';

export function isAfter(a, b) {
  return a.getTime() > b.getTime();
}

export function isBefore(a, b) {
  return a.getTime() < b.getTime();
}

export function isEqual(a, b) {
  return a.getTime() === b.getTime();
}

export function isSameDay(a, b) {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Comparator for Array#sort, oldest first. */
export function compareAsc(a, b) {
  return Math.sign(a.getTime() - b.getTime());
}

/** Comparator for Array#sort, newest first. */
export function compareDesc(a, b) {
  return compareAsc(b, a);
}

export function min(...dates) {
  return dates.reduce((lo, d) => (d < lo ? d : lo));
}

export function max(...dates) {
  return dates.reduce((hi, d) => (d > hi ? d : hi));
}

/** Moves `date` into [start, end]. */
export function clamp(date, { start, end }) {
  if (start > end) throw new RangeError('clamp: start is after end');
  if (isBefore(date, start)) return new Date(start.getTime());
  if (isAfter(date, end)) return new Date(end.getTime());
  return new Date(date.getTime());
}

export function isWithinInterval(date, { start, end }) {
  if (start > end) throw new RangeError('Invalid interval: start is after end');
  const t = date.getTime();
  return t >= start.getTime() && t <= end.getTime();
}

export function areIntervalsOverlapping(left, right, { inclusive = false } = {}) {
  return inclusive
    ? left.start <= right.end && right.start <= left.end
    : left.start < right.end && right.start < left.end;
}

/** Whole calendar days from b to a (DST-safe: both sides are taken at local midnight). */
export function differenceInCalendarDays(a, b) {
  const utcA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const utcB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((utcA - utcB) / MS_PER_DAY);
}

export function differenceInDays(a, b) {
  return Math.trunc((startOfDay(a).getTime() - startOfDay(b).getTime()) / MS_PER_DAY);
}

export function closestTo(target, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = Math.abs(c.getTime() - target.getTime());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
