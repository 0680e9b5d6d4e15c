import { addWeeks, addMonths, isAfter } from 'date-fns';

export interface RecurrenceRule { freq: 'weekly' | 'monthly'; interval: number; until?: string; count?: number }

const HARD_CAP = 500;

/** Expand a series; `until` comes from the stored rule. */
export function expand(first: Date, rule: RecurrenceRule): Date[] {
  const out: Date[] = [];
  const until = rule.until ? new Date(rule.until) : null;
  let d = first;
  while (out.length < (rule.count ?? HARD_CAP)) {
    if (until && isAfter(d, until)) break;
    out.push(d);
    d = rule.freq === 'weekly' ? addWeeks(d, rule.interval) : addMonths(d, rule.interval);
  }
  return out;
}

/** Occurrences still ahead of us: relative to now, bounded by data. */
export function upcoming(first: Date, rule: RecurrenceRule): Date[] {
  const now = new Date();
  return expand(first, rule).filter((d) => d > now);
}

export const DEFAULT_RULE: RecurrenceRule = { freq: 'weekly', interval: 1, until: '2027-12-31' };
