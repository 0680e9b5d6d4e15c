import type { RuleMetaData } from '../engine/rule-meta.js';
import type { ScanResult } from '../engine/types.js';

export interface ReporterContext {
  /** Metadata of every rule in the catalogue (for rule descriptors, not only those that fired). */
  rules: RuleMetaData[];
  /** Emit ANSI colour codes. */
  color: boolean;
  /** Findings only: no summary line. */
  quiet?: boolean;
}

/** A reporter is a pure function: same result and context, same text. */
export type Reporter = (result: ScanResult, ctx: ReporterContext) => string;
