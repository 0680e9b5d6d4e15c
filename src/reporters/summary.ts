/**
 * What the audit reports (markdown, html) say about a result, computed once: counts, the order
 * of triggers by firing date, and how a day count reads.
 */
import type { Finding, ScanResult, Severity } from '../engine/types.js';
import { compareText } from '../engine/text-order.js';

export const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The same order as the result itself: file, line, column, rule id, then fingerprint. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) || a.line - b.line || a.column - b.column ||
    compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint)
  );
}

/** Earliest trigger first; findings without a date last; ties by location. */
export function compareByFiringDate(a: Finding, b: Finding): number {
  const ta = a.trigger ? Date.parse(a.trigger.date) : Number.POSITIVE_INFINITY;
  const tb = b.trigger ? Date.parse(b.trigger.date) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return compareByLocation(a, b);
}

/** `in 97 days`, `today`, `fired 142 days ago`. */
export function describeDays(daysFromNow: number): string {
  if (daysFromNow === 0) return 'today';
  const n = Math.abs(daysFromNow);
  const days = `${n} day${n === 1 ? '' : 's'}`;
  return daysFromNow > 0 ? `in ${days}` : `fired ${days} ago`;
}

/** `2027-03-01` from an ISO instant (UTC). */
export function isoDay(instant: string): string {
  return instant.slice(0, 10);
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export interface AuditSummary {
  counts: Record<Severity, number>;
  /** Distinct files with at least one active finding. */
  filesWithFindings: number;
  /** Active findings whose trigger instant is at or before `now`. */
  alreadyFired: number;
  /** The first active trigger still to come, if any. */
  nextToFire: Finding | undefined;
}

export function summarise(result: ScanResult): AuditSummary {
  const now = Date.parse(result.now);
  const dated = result.findings.filter((f) => f.trigger !== null).sort(compareByFiringDate);
  const fired = (f: Finding) => Date.parse(f.trigger!.date) <= now;
  return {
    counts: countBySeverity(result.findings),
    filesWithFindings: new Set(result.findings.map((f) => f.file)).size,
    alreadyFired: dated.filter(fired).length,
    nextToFire: dated.find((f) => !fired(f)),
  };
}
