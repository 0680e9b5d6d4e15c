/**
 * The only module rules import from the engine. A rule declares metadata and, for its target
 * language, a visitor that asks the analysis and reports. The engine turns reports into findings
 * (positions, severity overrides, fingerprints, trigger dates) in one place.
 */
import type { NodePath, Visitor } from '@babel/traverse';
import type * as t from '@babel/types';
import type { JsEvaluator } from '../analysis/js/evaluate.js';
import type { Value } from '../analysis/value.js';
import type { CompiledVocabulary } from '../analysis/vocabulary.js';
import type { RuleMetaData } from './rule-meta.js';
import type { Severity } from './types.js';

export type { RuleMetaData } from './rule-meta.js';
export type { Severity } from './types.js';
export type { NodePath, t };

export interface JsReport<M extends string> {
  node: t.Node;
  messageId: M;
  /**
   * Placeholders for the message. The engine adds `date` (2027-03-01), `when` ("in 97 days",
   * "fired 412 days ago") and `days` once the trigger is resolved.
   */
  data?: Record<string, string | number>;
  /** Defaults to the rule's defaultSeverity. */
  severity?: Severity;
  /**
   * The clock condition behind the finding: a condition value, or a deferred one whose operands
   * are imports (resolved at link time; the report is dropped if it does not resolve to one).
   */
  trigger?: Value;
}

export interface JsRuleContext<M extends string> {
  /** POSIX path relative to the working directory. */
  file: string;
  source: string;
  vocabulary: CompiledVocabulary;
  evaluator: JsEvaluator;
  report(report: JsReport<M>): void;
}

export interface JsRule<M extends string = string> {
  target: 'js';
  meta: RuleMetaData<M>;
  create(context: JsRuleContext<M>): Visitor;
}

export type RuleDefinition = JsRule<string>;

/** Identity at run time; at compile time it ties messageIds to the declared messages. */
export function defineRule<M extends string>(rule: JsRule<M>): JsRule<M> {
  return rule;
}
