import { addDays, differenceInCalendarDays, isBefore, startOfDay } from 'date-fns';

export function isExpired(date: Date): boolean {
  return date.getTime() < Date.now();
}

export function hasPassed(iso: string): boolean {
  return Date.now() >= Date.parse(iso);
}

export function dueDate(issuedAt: Date, days: number): Date {
  return addDays(startOfDay(issuedAt), days);
}

export function isOverdue(due: Date, now = new Date()): boolean {
  return isBefore(due, now);
}

export function daysOverdue(due: Date): number {
  return Math.max(0, differenceInCalendarDays(new Date(), due));
}

export const NEVER = new Date(8.64e15);
export const EPOCH = new Date(0);
