/**
 * Helpers that look at the current time. They compare "now" with the caller's dates only; the
 * library itself holds no date that could run out.
 */
import { isSameDay } from './compare.js';
import { startOfDay } from './calendar.js';
import { formatRelativeDay } from './format.js';

export const now = () => new Date();

export function startOfToday() {
  return startOfDay(now());
}

export function isToday(date) {
  return isSameDay(date, now());
}

export function isPast(date) {
  return date.getTime() < Date.now();
}

export function isFuture(date) {
  return date.getTime() > Date.now();
}

export function isThisYear(date) {
  return date.getFullYear() === now().getFullYear();
}

/** "yesterday", "next Monday"... relative to the moment of the call. */
export function relativeToToday(date) {
  return formatRelativeDay(date, now());
}

/** Age in whole years on `on` (today by default) for someone born on `birthDate`. */
export function age(birthDate, on = now()) {
  let years = on.getFullYear() - birthDate.getFullYear();
  const monthDiff = on.getMonth() - birthDate.getMonth();
  if (monthDiff < 0 || (monthDiff === 0 && on.getDate() < birthDate.getDate())) years -= 1;
  return years;
}

/** Milliseconds until `date` (negative once it has passed). */
export function msUntil(date) {
  return date.getTime() - Date.now();
}
