import { SEVERITY_RANK, type FailOn, type FileError, type Finding } from '../engine/types.js';

/** 0: nothing at or above --fail-on; 1: findings at or above it; 2: the scan could not run. */
export type ExitCode = 0 | 1 | 2;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * The exit code of a completed scan. `strict` turns any file error into 2: a file that could
 * not be read or parsed may hide a time bomb, and CI may want to know.
 */
export function exitCodeFor(
  result: { findings: Pick<Finding, 'severity'>[]; errors: FileError[] },
  failOn: FailOn,
  strict = false,
): ExitCode {
  if (strict && result.errors.length > 0) return EXIT_USAGE;
  if (failOn === 'none') return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}
