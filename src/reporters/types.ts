import type { RuleMetaData } from '../engine/rule-meta.js';
import type { ScanResult } from '../engine/types.js';

export interface ReporterContext {
  /** Metadata of every rule in the catalogue (for rule descriptors, not only those that fired). */
  rules: RuleMetaData[];
  /** Emit ANSI colour codes. */
  color: boolean;
  /** Findings only: no summary line. */
  quiet?: boolean;
  /**
   * Each rule's markdown documentation by rule id (`rules/<id>.md`), read by the caller: a
   * reporter never touches the disk. SARIF puts it in the rule descriptors' `help`.
   */
  ruleDocs?: Record<string, string>;
  /** Absolute working directory the finding paths are relative to (SARIF's `%SRCROOT%`). */
  cwd?: string;
  /** The configuration profile the scan ran with, when one was chosen. */
  profile?: string;
}

/** A reporter is a pure function: same result and context, same text. */
export type Reporter = (result: ScanResult, ctx: ReporterContext) => string;
