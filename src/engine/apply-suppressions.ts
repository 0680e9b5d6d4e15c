/**
 * The post-processing step between findings and reporters:
 *
 *   findings -> inline directives -> (+ findings about directives) -> config allowlist -> baseline
 *            -> { findings (active), suppressed, baseline report }
 *
 * Each finding gets the first suppression that applies, in that order. Findings about the
 * directives themselves (no reason, invalid, unused) are ordinary findings from then on: the
 * allowlist and the baseline may silence them, inline directives may not. Pure.
 */
import { applyAllowlist, type AllowlistEntry } from './allowlist.js';
import { applyBaseline, type LoadedBaseline } from './baseline.js';
import { compareFindings, fingerprintFindings } from './link.js';
import { applyInlineDirectives, directiveFindings, type FileDirectives } from './suppressions.js';
import type { BaselineReport, Finding, Severity, SuppressedFinding } from './types.js';
import { compareText } from './text-order.js';

export interface SuppressionInput {
  /** The findings of the rules, fingerprinted. */
  findings: Finding[];
  /** Directives of every scanned file that has any (empty when inline suppressions are off). */
  directives: FileDirectives[];
  reportUnused: boolean;
  allowlist: AllowlistEntry[];
  baseline?: LoadedBaseline;
  /** Whether a file (POSIX, relative to cwd) was part of this scan: baseline entries of others are never stale. */
  scanned: (file: string) => boolean;
  /** Severity overrides, also for the suppression rules (`timebomb/unused-suppression: off`). */
  ruleSeverity?: Record<string, Severity | 'off'>;
  now: number;
}

export interface SuppressionOutput {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  baseline?: BaselineReport;
}

export function applySuppressions(input: SuppressionInput): SuppressionOutput {
  const inline = applyInlineDirectives(input.findings, input.directives, input.now);
  const extra = directiveFindings(input.directives, inline.unused, { reportUnused: input.reportUnused, ruleSeverity: input.ruleSeverity });
  extra.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  const afterInline = [...inline.active, ...fingerprintFindings(extra)];
  const config = applyAllowlist(afterInline, input.allowlist, input.now);
  const suppressed = [...inline.suppressed, ...config.suppressed];
  let active = config.active;
  let baseline: BaselineReport | undefined;
  if (input.baseline) {
    const outcome = applyBaseline(active, input.baseline, input.scanned);
    active = outcome.active;
    suppressed.push(...outcome.suppressed);
    baseline = { file: input.baseline.file, stale: outcome.stale };
  }
  return {
    findings: active.sort(compareFindings),
    suppressed: suppressed.sort(compareFindings),
    ...(baseline ? { baseline } : {}),
  };
}
