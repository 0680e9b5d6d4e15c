/**
 * The only module rules import from the engine. A rule declares metadata and, for its target
 * language, a visitor that asks the analysis and reports. The engine turns reports into findings
 * (positions, severity overrides, fingerprints, trigger dates) in one place.
 */
import type { NodePath, Visitor } from '@babel/traverse';
import type * as t from '@babel/types';
import type { GuardFact } from '../analysis/guard.js';
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
  /**
   * The guards the trigger sits behind (from `collectGuards`). The engine decides them against
   * the release's defines: a guard false in the release makes the finding a note; a pre-release
   * guard true in the release makes it an error. Adds `guardState` to the message data.
   */
  guards?: GuardFact[];
  /**
   * For a trigger that waits for imports: the report to give instead when it resolves to a
   * build-age check (`Date.now() - BUILD_TIMESTAMP` with BUILD_TIMESTAMP imported).
   */
  buildRelative?: RerouteReport;
}

export interface RerouteReport {
  ruleId: string;
  template: string;
  severity: Severity;
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

export interface Span {
  /** 1-based; endColumn points just after the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface TextReport<M extends string> {
  span: Span;
  messageId: M;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** The instant the finding fires (ms since the epoch); the engine adds date, when and days. */
  triggerAt?: number;
  /** Describes the fixed side for messages (`expires: 2027-03-01`). */
  triggerText?: string;
  /**
   * What the finding shows instead of the source lines of its span: for binary files (`''`), or
   * to keep secrets that share the line out of reports.
   */
  snippet?: string;
  /** The text that identifies the finding in its fingerprint; defaults to the snippet. */
  matched?: string;
}

export interface TextRuleContext<M extends string> {
  /** POSIX path relative to the working directory. */
  file: string;
  /** The file decoded as UTF-8 (invalid bytes replaced). */
  source: string;
  /** The raw bytes (binary formats such as DER certificates). */
  bytes: Buffer;
  /** The reference "today" of the scan, in ms. */
  now: number;
  /** End of the certificate horizon (ms): expiry at or before it is an error (`--horizon`, default now + 2 years). */
  horizonEnd: number;
  /**
   * True when the active profile names this file as release configuration (profile
   * `configFiles`). Rules also judge release configs by file name themselves.
   */
  releaseConfig: boolean;
  /** The active profile's name, for messages. */
  profile?: string;
  vocabulary: CompiledVocabulary;
  report(report: TextReport<M>): void;
}

/** A rule over a file's text or bytes (config files, certificates), not over a JS syntax tree. */
export interface TextRule<M extends string = string> {
  target: 'text';
  meta: RuleMetaData<M>;
  /** Which files it reads, by base name (`/\.pem$/`, `/^\.env(\..*)?$/`). */
  files: RegExp;
  /** True when it reads binary files (the NUL-byte check does not skip them). */
  binary?: boolean;
  check(context: TextRuleContext<M>): void;
}

export type RuleDefinition = JsRule<string> | TextRule<string>;

/** Identity at run time; at compile time it ties messageIds to the declared messages. */
export function defineRule<M extends string>(rule: JsRule<M>): JsRule<M>;
export function defineRule<M extends string>(rule: TextRule<M>): TextRule<M>;
export function defineRule<M extends string>(rule: JsRule<M> | TextRule<M>): JsRule<M> | TextRule<M> {
  return rule;
}
