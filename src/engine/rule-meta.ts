import type { Severity } from './types.js';

/** What every rule declares about itself; reporters, `timebomb rules` and SARIF read this. */
export interface RuleMetaData<M extends string = string> {
  /** Equal to the rule's path under rules/ without extension, e.g. 'js/hardcoded-expiry'. */
  id: string;
  defaultSeverity: Severity;
  /** One line. */
  description: string;
  messages: Record<M, string>;
  tags?: string[];
  precision?: 'very-high' | 'high' | 'medium' | 'low';
}

/** The part of any rule definition the catalogue consumers need. */
export interface CatalogueEntry {
  meta: RuleMetaData;
}
