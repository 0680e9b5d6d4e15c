/**
 * The data that flows out of a scan. Everything here is plain, serialisable data: it crosses
 * worker boundaries, goes into caches and is printed by reporters.
 */

/** SARIF's words for severity, most severe first. */
export type Severity = 'error' | 'warning' | 'note';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** The threshold for the exit code: findings at or above it fail the scan. */
export type FailOn = Severity | 'none';

export interface Trigger {
  /** ISO instant (UTC) at which the time bomb fires. */
  date: string;
  /** Whole days from the reference `now` to `date`; negative when it already fired. */
  daysFromNow: number;
  /** Build-age checks: the trigger fires this many days after the build (`date` then counts from the known build date). */
  daysAfterBuild?: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** POSIX path relative to the working directory. */
  file: string;
  /** 1-based line and column; endColumn points just after the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  trigger: Trigger | null;
  /** Stable across line shifts: rule, path, normalised matched text and occurrence index. */
  fingerprint: string;
  /** The source text of the line(s) the finding points at (at most 3 lines, 300 characters). */
  snippet: string;
  /**
   * Present when the finding starts deep in a long line (a minified bundle): its snippet then
   * shows that line from 100 characters before the finding, after a `…`, and this is the 1-based
   * column of the first character after the `…`.
   */
  snippetColumn?: number;
}

/** 'worker': the analysis worker died on the file (crash, out of memory). */
/** Every phase a file error can come from (also read back from SARIF by `timebomb merge`). */
export const FILE_ERROR_PHASES = ['read', 'parse', 'rule', 'skip', 'worker'] as const;
export type FileErrorPhase = typeof FILE_ERROR_PHASES[number];

export interface FileError {
  file: string;
  phase: FileErrorPhase;
  message: string;
}

export interface ScanStats {
  filesScanned: number;
  durationMs: number;
}

/** Why a finding does not count: an inline directive, a config allowlist entry, the baseline. */
export interface Suppression {
  kind: 'inline' | 'config' | 'baseline';
  /** The reason written with the directive or allowlist entry ('baseline' for baseline entries). */
  reason: string;
  /** ISO date after which the suppression no longer applies, when one was given. */
  until?: string;
  /** Where the suppression is written: `src/a.ts:12`, `.timebombrc.json`, `timebomb-baseline.json`. */
  source: string;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export interface ScanResult {
  version: 1;
  tool: { name: string; version: string };
  /** ISO instant used as "today" for every judgement. */
  now: string;
  /** Active findings: these decide the exit code. */
  findings: Finding[];
  /** Findings silenced by a suppression or the baseline (listed for audits; never fail a scan). */
  suppressed: SuppressedFinding[];
  errors: FileError[];
  stats: ScanStats;
  /** Present when a baseline was used: its file and the entries that matched no finding. */
  baseline?: BaselineReport;
}

/** One known finding recorded in a baseline file (`--write-baseline`). */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  /** The finding's message without its day count (so the file does not change every day). */
  message: string;
  /** ISO instant the recorded finding fires, or null. */
  trigger: string | null;
}

export interface BaselineReport {
  /** The baseline file as given (relative to the working directory), or `<ref>:<path>`. */
  file: string;
  /** Entries for scanned files that no finding matches any more (`--prune-baseline` drops them). */
  stale: BaselineEntry[];
}

/** Metadata of a rule, as reporters and `timebomb rules` see it. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** Absolute path of the rule's markdown doc, if it has one. */
  docPath?: string;
}
