/**
 * Config-level suppressions: allowlist entries (path glob + rule + reason, optionally until a
 * date) written in the config file. Pure: findings in, active and suppressed findings out.
 */
import { picomatchLibrary } from '../lazy-library.js';
import { isSuppressionActive } from './suppressions.js';
import type { Finding, SuppressedFinding } from './types.js';

export interface AllowlistEntry {
  /** Glob over finding paths (POSIX, relative to the working directory). */
  path: string;
  /** A rule id, or '*' for every rule. */
  rule: string;
  reason: string;
  /** YYYY-MM-DD: the last day (UTC) on which the entry applies. */
  until?: string;
  /** Where the entry is written (the config file), shown as the suppression's source. */
  source?: string;
}

export interface AllowlistOutcome {
  active: Finding[];
  suppressed: SuppressedFinding[];
}

/** The first active entry matching a finding's path and rule suppresses it (kind 'config'). */
export function applyAllowlist(findings: Finding[], entries: AllowlistEntry[], now: number): AllowlistOutcome {
  const live = entries
    .filter((e) => isSuppressionActive(e.until, now))
    .map((e) => ({ entry: e, matches: picomatchLibrary()(e.path, { dot: true }) }));
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const hit = live.find(({ entry, matches }) => (entry.rule === '*' || entry.rule === finding.ruleId) && matches(finding.file));
    if (!hit) {
      active.push(finding);
      continue;
    }
    const { entry } = hit;
    suppressed.push({
      ...finding,
      suppression: {
        kind: 'config',
        reason: entry.reason,
        ...(entry.until !== undefined ? { until: entry.until } : {}),
        source: entry.source ?? 'allowlist',
      },
    });
  }
  return { active, suppressed };
}
