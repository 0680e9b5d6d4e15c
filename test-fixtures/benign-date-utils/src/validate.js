import { INT32_MAX_SECONDS, MAX_DATE, MIN_DATE, MS_PER_SECOND } from './constants.js';

export function isValidDate(value) {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Accepts a Date, epoch milliseconds or an ISO string and returns a fresh Date. */
export function toDate(value) {
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return new Date(value);
  throw new TypeError(`Expected a Date, number or string, got ${typeof value}`);
}

export function isSupported(date) {
  return isValidDate(date) && date >= MIN_DATE && date < MAX_DATE;
}

/** Throws unless `date` is valid and inside [MIN_DATE, MAX_DATE). Used on user-supplied input. */
export function assertSupported(date, name = 'date') {
  if (!isValidDate(date)) throw new TypeError(`${name} is not a valid date`);
  if (date < MIN_DATE || date >= MAX_DATE) {
    throw new RangeError(
      `${name} must be between ${MIN_DATE.toISOString().slice(0, 10)} and ${MAX_DATE.toISOString().slice(0, 10)}`,
    );
  }
  return date;
}

export function assertYear(year, name = 'year') {
  if (!Number.isInteger(year)) throw new TypeError(`${name} must be an integer`);
  if (year < 1970 || year > 2099) throw new RangeError(`${name} must be between 1970 and 2099, got ${year}`);
  return year;
}

/** Whether `date` still fits in a signed 32-bit seconds counter (legacy MySQL TIMESTAMP columns). */
export function fitsInInt32Seconds(date) {
  return date.getTime() / MS_PER_SECOND <= INT32_MAX_SECONDS;
}
