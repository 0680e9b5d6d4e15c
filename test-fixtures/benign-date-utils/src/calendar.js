import { DAYS_IN_MONTH, GREGORIAN_REFORM, MS_PER_DAY } from './constants.js';

export function isLeapYear(year) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** monthIndex is 0-based, like Date#getMonth. */
export function daysInMonth(year, monthIndex) {
  if (monthIndex < 0 || monthIndex > 11) throw new RangeError(`monthIndex out of range: ${monthIndex}`);
  return monthIndex === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[monthIndex];
}

export function daysInYear(year) {
  return isLeapYear(year) ? 366 : 365;
}

/** 1 for 1 January, 365 or 366 for 31 December. */
export function dayOfYear(date) {
  const start = Date.UTC(date.getFullYear(), 0, 1);
  const current = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return (current - start) / MS_PER_DAY + 1;
}

export function startOfDay(date) {
  const d = new Date(date.getTime());
  d.setHours(0, 0, 0, 0);
  return d;
}

export function endOfDay(date) {
  const d = new Date(date.getTime());
  d.setHours(23, 59, 59, 999);
  return d;
}

/** weekStartsOn: 0 = Sunday ... 6 = Saturday. Defaults to Monday (ISO 8601). */
export function startOfWeek(date, { weekStartsOn = 1 } = {}) {
  if (weekStartsOn < 0 || weekStartsOn > 6) throw new RangeError('weekStartsOn must be between 0 and 6');
  const d = startOfDay(date);
  const diff = (d.getDay() - weekStartsOn + 7) % 7;
  d.setDate(d.getDate() - diff);
  return d;
}

export function startOfMonth(date) {
  return new Date(date.getFullYear(), date.getMonth(), 1);
}

export function endOfMonth(date) {
  return endOfDay(new Date(date.getFullYear(), date.getMonth(), daysInMonth(date.getFullYear(), date.getMonth())));
}

export function addDays(date, amount) {
  const d = new Date(date.getTime());
  d.setDate(d.getDate() + amount);
  return d;
}

/** Adds calendar months, clamping the day: 31 January + 1 month = 28/29 February. */
export function addMonths(date, amount) {
  const target = date.getMonth() + amount;
  const year = date.getFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const day = Math.min(date.getDate(), daysInMonth(year, month));
  const d = new Date(date.getTime());
  d.setFullYear(year, month, day);
  return d;
}

export function addYears(date, amount) {
  return addMonths(date, amount * 12);
}

export function isWeekend(date) {
  const day = date.getDay();
  return day === 0 || day === 6;
}

/** ISO 8601 week number: weeks start on Monday and week 1 contains 4 January. */
export function getISOWeek(date) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const dayNum = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dayNum);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / MS_PER_DAY + 1) / 7);
}

export function getQuarter(date) {
  return Math.floor(date.getMonth() / 3) + 1;
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year) {
  if (year < GREGORIAN_REFORM.getFullYear() + 1) throw new RangeError('Gregorian computus needs year >= 1583');
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** Days in [from, to) that are Monday to Friday. */
export function businessDaysBetween(from, to) {
  let count = 0;
  for (let d = startOfDay(from); d < to; d = addDays(d, 1)) {
    if (!isWeekend(d)) count += 1;
  }
  return count;
}
