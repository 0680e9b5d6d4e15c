/**
 * Per-file facts: the serialisable output of the per-file phase (parse, evaluate, run rules),
 * cacheable by content hash. The link phase resolves pending triggers across files.
 */
import type { GuardFact } from '../analysis/guard.js';
import { carriesClock, type Value } from '../analysis/value.js';
import type { FileError, Severity } from './types.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A rule report before linking: its trigger may still wait for an import. */
export interface PendingReport {
  ruleId: string;
  severity: Severity;
  /** The message template with {{placeholders}}. */
  template: string;
  data: Record<string, string | number>;
  span: Span;
  snippet: string;
  /** Where a snippet shown from the middle of a long line starts (see `Snippet`). */
  snippetColumn?: number;
  /** The matched source text with whitespace folded, for fingerprints. */
  matched: string;
  trigger?: Value;
  /** The guards the trigger sits behind, decided at link time against the release's defines. */
  guards?: GuardFact[];
  /** The report to give instead when the trigger resolves to a build-age check. */
  buildRelative?: { ruleId: string; template: string; severity: Severity };
}

export interface FileFacts {
  /** POSIX path relative to the working directory. */
  file: string;
  reports: PendingReport[];
  /** Exported constant values by export name ('default' included). */
  exports: Record<string, Value>;
  /** Module keys of `export * from` targets. */
  starExports: string[];
  errors: FileError[];
}

/**
 * Whether a module can hand a reading of the clock to a file that imports it: one of its exports
 * carries one, it re-exports another module, or it could not be analysed (then nobody knows).
 */
export function exportsCarryClock(facts: FileFacts): boolean {
  if (facts.starExports.length > 0 || facts.errors.length > 0) return true;
  return Object.values(facts.exports).some((v) => carriesClock(v));
}
