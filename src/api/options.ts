import type { ReleaseContext } from '../analysis/release.js';
import type { Shard } from '../discovery/shard.js';
import type { AllowlistEntry } from '../engine/allowlist.js';
import type { LoadedBaseline } from '../engine/baseline.js';
import type { FailOn, RuleMeta, Severity } from '../engine/types.js';

/** Options of one scan, as the CLI or a program builds them. All paths are relative to io.cwd. */
export interface ScanOptions {
  /** Files or directories to scan; default ['.']. */
  paths: string[];
  /** Reference "today" in ms since the epoch: every day count and past/future judgement uses it. */
  now: number;
  /** Extra globs to include / exclude (picomatch syntax, relative to each scanned path). */
  include: string[];
  exclude: string[];
  /** Honour .gitignore files (default true). */
  gitignore: boolean;
  /** Scan conventional test locations too (default false). */
  includeTests: boolean;
  /** Per-rule severity override or 'off'. */
  ruleSeverity: Record<string, Severity | 'off'>;
  /** Files larger than this many bytes are skipped with an error entry. */
  maxFileSize: number;
  failOn: FailOn;
  /** Worker threads for the per-file phase; default: the available cores (at most 8), 1 = none. */
  threads?: number;
  /**
   * Diff-aware scanning: analyse only these files (POSIX, relative to io.cwd), intersected with
   * what discovery finds (excludes, test skipping and extensions still apply). Other files are
   * still read, on demand, for the constants the analysed files import. Undefined: every file.
   */
  onlyFiles?: string[];
  /**
   * `--shard i/n`: analyse and report only the discovered files of this shard (a hash of each
   * file's path, see src/discovery/shard.ts). Other files are still read for the constants the
   * shard's files import. Undefined: every file.
   */
  shard?: Shard;
  /** Honour `timebomb-ignore-*` directives in comments (default true; false for audits). */
  inlineSuppressions?: boolean;
  /** Report directives that suppressed nothing as `timebomb/unused-suppression` (default false). */
  reportUnusedSuppressions?: boolean;
  /** Config-level suppressions: path glob (relative to io.cwd) + rule + reason (+ until). */
  allowlist?: AllowlistEntry[];
  /** Known findings: a baseline file (relative to io.cwd) or one already loaded. */
  baseline?: string | LoadedBaseline;
  /** The build the code is judged as: profile, defines, release config files, build date. */
  release?: ReleaseContext;
  /** End of the certificate horizon in ms; default `now` + 2 years. */
  horizonEnd?: number;
  /**
   * Reuse per-file results from this cache file (relative to io.cwd, or absolute) and update it
   * (`--cache`, `--cache-location`). Undefined: no cache, nothing is written.
   */
  cache?: string;
  /** Called as files are read and analysed (the CLI's progress line). */
  onProgress?: (progress: ScanProgress) => void;
}

/** How far a scan has got: files done of the total in its current phase. */
export interface ScanProgress {
  phase: 'reading' | 'analysing';
  done: number;
  total: number;
}

export const DEFAULT_HORIZON_YEARS = 2;

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function defaultScanOptions(now: number): ScanOptions {
  return {
    paths: ['.'], now, include: [], exclude: [], gitignore: true, includeTests: false,
    ruleSeverity: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE, failOn: 'error',
    inlineSuppressions: true, reportUnusedSuppressions: false, allowlist: [],
  };
}

export type { RuleMeta };
