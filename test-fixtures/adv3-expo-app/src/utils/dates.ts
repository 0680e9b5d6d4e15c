import dayjs from 'dayjs';

const DAY = 24 * 60 * 60 * 1000;

/** True when the given moment lies in the past. */
export function isExpired(date: Date, now: Date = new Date()): boolean {
  return now.getTime() > date.getTime();
}

export function daysUntil(iso: string): number {
  return Math.ceil((Date.parse(iso) - Date.now()) / DAY);
}

export function ageFrom(birthday: Date): number {
  const today = new Date();
  let age = today.getFullYear() - birthday.getFullYear();
  const m = today.getMonth() - birthday.getMonth();
  if (m < 0 || (m === 0 && today.getDate() < birthday.getDate())) age--;
  return age;
}

export const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
};

export const EPOCH = new Date(0);
export const UNIX_START = Date.UTC(1970, 0, 1);

export function formatShort(ts: number, locale: 'en' | 'de' = 'en'): string {
  const d = new Date(ts);
  return `${d.getDate()} ${MONTHS[locale][d.getMonth()]} ${d.getFullYear()}`;
}

export function fromNow(iso: string): string {
  const diff = dayjs().diff(dayjs(iso), 'day');
  return diff === 0 ? 'today' : `${diff}d ago`;
}
