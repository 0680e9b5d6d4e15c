import { MONTH_NAMES, WEEKDAY_NAMES } from './constants.js';
import { differenceInCalendarDays } from './compare.js';

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** Token -> formatter. Longest tokens first so "MMMM" wins over "MM". */
const TOKENS = {
  yyyy: (d) => pad(d.getFullYear(), 4),
  yy: (d) => pad(d.getFullYear() % 100),
  MMMM: (d) => MONTH_NAMES[d.getMonth()],
  MMM: (d) => MONTH_NAMES[d.getMonth()].slice(0, 3),
  MM: (d) => pad(d.getMonth() + 1),
  M: (d) => String(d.getMonth() + 1),
  dd: (d) => pad(d.getDate()),
  d: (d) => String(d.getDate()),
  EEEE: (d) => WEEKDAY_NAMES[d.getDay()],
  EEE: (d) => WEEKDAY_NAMES[d.getDay()].slice(0, 3),
  HH: (d) => pad(d.getHours()),
  hh: (d) => pad(d.getHours() % 12 || 12),
  mm: (d) => pad(d.getMinutes()),
  ss: (d) => pad(d.getSeconds()),
  a: (d) => (d.getHours() < 12 ? 'AM' : 'PM'),
};

const TOKEN_RE = new RegExp(`'[^']*'|${Object.keys(TOKENS).sort((a, b) => b.length - a.length).join('|')}`, 'g');

/** format(date, "EEE d MMM yyyy") -> "Tue 3 Mar 2026". Text in single quotes is copied as is. */
export function format(date, pattern = 'yyyy-MM-dd') {
  return pattern.replace(TOKEN_RE, (token) => (token.startsWith("'") ? token.slice(1, -1) : TOKENS[token](date)));
}

export function formatISODate(date) {
  return format(date, 'yyyy-MM-dd');
}

/** "today", "yesterday", "tomorrow", "last Friday", "next Monday", else "12 Mar 2026". */
export function formatRelativeDay(date, base) {
  const days = differenceInCalendarDays(date, base);
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  if (days < 0 && days > -7) return `last ${WEEKDAY_NAMES[date.getDay()]}`;
  if (days > 0 && days < 7) return `next ${WEEKDAY_NAMES[date.getDay()]}`;
  return format(date, date.getFullYear() === base.getFullYear() ? 'd MMM' : 'd MMM yyyy');
}

/** 3_725_000 -> "1:02:05". */
export function formatElapsed(ms) {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
