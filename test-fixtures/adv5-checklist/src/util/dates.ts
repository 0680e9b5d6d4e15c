/**
 * Tiny date helpers (vendored from an internal package; no clock comparisons here).
 */
export function daysInMonth(year: number, month: number): number {
  if (month < 0 || month > 11) throw new RangeError('month out of range');
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function normaliseTwoDigitYear(year: number): number {
  if (year < 100) return year + (year < 70 ? 2000 : 1900);
  return year;
}

export function clampToEpoch(ms: number): number {
  if (ms < 0) return 0;
  if (ms > 8.64e15) return 8.64e15;
  return ms;
}

export function isValidYear(year: number): boolean {
  return year >= 1970 && year <= 2100;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
