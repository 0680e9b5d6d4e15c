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
  /**
   * Other rules this rule's reports may become once linked (a comparison with an imported
   * constant that turns out to be the build time plus a delay is a build-age check). The rule
   * runs while any of them is on, also when it is off itself; its own findings then go.
   */
  reportsAlsoAs?: string[];
}

/** The part of any rule definition the catalogue consumers need. */
export interface CatalogueEntry {
  meta: RuleMetaData;
}
