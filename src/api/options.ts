import type { FailOn, RuleMeta, Severity } from '../engine/types.js';

/** Options of one scan, as the CLI or a program builds them. All paths are relative to io.cwd. */
export interface ScanOptions {
  /** Files or directories to scan; default ['.']. */
  paths: string[];
  /** Reference "today" in ms since the epoch: every day count and past/future judgement uses it. */
  now: number;
  /** Extra globs to include / exclude (fast-glob syntax, relative to each scanned path). */
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
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function defaultScanOptions(now: number): ScanOptions {
  return {
    paths: ['.'], now, include: [], exclude: [], gitignore: true, includeTests: false,
    ruleSeverity: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE, failOn: 'error',
  };
}

export type { RuleMeta };
