import { COMPANY_FOUNDED, DATE_PICKER_MIN, RELEASE_DATE, RELEASE_FREEZE } from '../shared/config';

export function yearOptions(): number[] {
  const years: number[] = [];
  for (let y = COMPANY_FOUNDED; y <= new Date().getFullYear(); y++) years.push(y);
  return years;
}

export function pickerBounds(): { min: Date; max: Date } {
  return { min: DATE_PICKER_MIN, max: new Date() };
}

export function inPickerRange(d: Date): boolean {
  return d >= DATE_PICKER_MIN && d <= new Date();
}

export function releasePlanOk(): boolean {
  return Date.parse(RELEASE_FREEZE) < Date.parse(RELEASE_DATE);
}

export function yearsInBusiness(): number {
  return new Date().getFullYear() - COMPANY_FOUNDED;
}

export function formatSince(): string {
  return `Serving fleets since ${COMPANY_FOUNDED}`;
}

export function frameBudgetExceeded(start: number): boolean {
  const deadline = start + 16;
  return performance.now() > deadline;
}

export function pageAgeMs(): number {
  return Date.now() - performance.timeOrigin;
}
