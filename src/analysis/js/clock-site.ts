/**
 * One candidate site of the JS rules: a comparison or library call that evaluates to a clock
 * condition, with what it guards, the words around it and the guards it sits behind. The rules
 * `js/hardcoded-expiry`, `js/prerelease-expiry` and `js/build-age` share it and divide the sites
 * between them, so each site is reported once.
 */
import type { NodePath } from '@babel/traverse';
import type { GuardFact } from '../guard.js';
import { conditionTrueAfter } from '../polarity.js';
import type { Value } from '../value.js';
import { identifierWords, type CompiledVocabulary } from '../vocabulary.js';
import { analyseGuard, isBlocking, type Behaviour, type GuardContext } from './context.js';
import type { JsEvaluator } from './evaluate.js';
import { collectGuards } from './guards.js';

/** Library comparison calls that evaluate to a condition themselves (isAfter(now, END)). */
export const COMPARISON_CALLS = /(?:^|[a-z])(?:isAfter|isBefore|isSameOrAfter|isSameOrBefore|isPast|isFuture|IsAfter|IsBefore|IsPast|IsFuture)$|^(?:after|before|isWithinInterval)$/;
export const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '===', '!=', '!==']);
const CLOCK_SANITY = /clock.*(?:wrong|skew|behind|invalid|broken|bad|sane|sanity)|(?:wrong|skewed|bad|broken)clock|sanity|skew/i;
/** Build-age offsets below a day are timing (a fresh-build log line), not expiry. */
const MIN_BUILD_AGE_MS = 86_400_000;

export interface ClockSite {
  value: Value;
  trueAfter: boolean;
  guard: GuardContext;
  /** Guards the site sits behind; `prerelease` is the first pre-release one. */
  guards: GuardFact[];
  prerelease?: GuardFact;
  /** `Date.now() - BUILD_TIME > 90 * DAY`: fires a fixed time after an unknown build instant. */
  buildAge: boolean;
  blocking: Behaviour[];
}

export interface SiteContext {
  evaluator: JsEvaluator;
  vocabulary: CompiledVocabulary;
  source: string;
}

/** The clock site at `path`, or undefined when it is none or one of the benign shapes. */
export function inspectClockSite(path: NodePath, ctx: SiteContext): ClockSite | undefined {
  return ctx.evaluator.memoize('clock-site', path.node, () => inspect(path, ctx));
}

function inspect(path: NodePath, ctx: SiteContext): ClockSite | undefined {
  const value = ctx.evaluator.evaluate(path);
  if (value.kind === 'condition' && value.cond.kind !== 'time') return undefined;
  const trueAfter = conditionTrueAfter(value);
  if (trueAfter === undefined) return undefined;
  const buildAge = (value.kind === 'condition' && value.cond.kind === 'time' && value.cond.at === null) || readsBuildInstant(value, ctx.vocabulary);
  if (buildAge && value.kind === 'condition' && value.cond.kind === 'time' && Math.abs(value.cond.buildOffsetMs ?? 0) < MIN_BUILD_AGE_MS) return undefined;
  const guard = analyseGuard(path, trueAfter, ctx.vocabulary, ctx.evaluator.text, ctx.source);
  // `© 2019–${year}`: a year compared for display next to a copyright notice.
  if (guard.copyright || (guard.copyrightNearby && isYearComparison(value)) || (!trueAfter && isOnlyBeforeGate(guard))) return undefined;
  // `clockLooksWrong() { return Date.now() < BUILD_TIME; }`: a sanity check of the clock.
  if (!trueAfter && guard.via.concat(guard.enclosing ?? []).some((name) => CLOCK_SANITY.test(name))) return undefined;
  const blocking = guard.after.filter(isBlocking);
  const namedForPrerelease = guard.via.concat(guard.enclosing ?? []).some((name) => ctx.vocabulary.prereleaseFlag.test(identifierWords(name)));
  const guards = collectGuards(path, guard.coGuards, ctx.evaluator, ctx.vocabulary, { callSites: blocking.length > 0 || namedForPrerelease });
  const prerelease = guards.find((g) => g.prerelease);
  return { value, trueAfter, guard, guards, ...(prerelease ? { prerelease } : {}), buildAge, blocking };
}

/** A value still waiting for imports that reads the build instant (`Date.now() - __BUILD_TIME__ > MAX_AGE`). */
function readsBuildInstant(v: Value, vocab: CompiledVocabulary): boolean {
  if (v.kind === 'clock' || v.kind === 'sign') return v.lin.build !== 0;
  if (v.kind === 'deferred') return v.args.some((a) => readsBuildInstant(a, vocab));
  return false;
}

/** The sites a JS rule visits: relational comparisons and library comparison calls. */
export function isCandidateNode(path: NodePath): boolean {
  const node = path.node;
  if (node.type === 'BinaryExpression') return RELATIONAL.has(node.operator);
  if (node.type !== 'CallExpression') return false;
  const callee = node.callee;
  const name = callee.type === 'Identifier' ? callee.name
    : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '';
  return COMPARISON_CALLS.test(name);
}

/**
 * `if (Date.now() < LAUNCH) throw new Error('not available yet')` and clock sanity warnings act
 * only before their date; afterwards the program runs normally. Not a time bomb.
 */
function isOnlyBeforeGate(guard: GuardContext): boolean {
  if (guard.before.length === 0 || guard.after.some(isBlocking)) return false;
  if (guard.before.some(isBlocking)) return true;
  // Warn, then leave early: a guard clause for a clock that looks wrong.
  const rejecting = (b: Behaviour) => b.kind === 'log' || b.kind === 'reject';
  return guard.before.some(rejecting) && guard.before.every((b) => rejecting(b) || (b.kind === 'other' && b.text === 'return'));
}

function isYearComparison(v: Value): boolean {
  if (v.kind === 'condition') return v.cond.kind === 'time' && v.cond.dateText.endsWith('(year)');
  if (v.kind === 'deferred' && v.op === 'compare') return v.args.some((a) => a.kind === 'calendar' && a.field === 'year');
  return false;
}

/** What the program does once the trigger fires, for messages. */
export function describeEffect(blocking: Behaviour[], guard: GuardContext): string {
  const first = blocking[0];
  if (first) {
    switch (first.kind) {
      case 'throw': return first.text;
      case 'hang': return 'hangs in an endless loop';
      case 'redirect': return `redirects away (${first.text})`;
      case 'disable': return `disables functionality (${first.text})`;
      case 'return-invalid': return first.text;
      case 'deny': return `denies requests (${first.text})`;
      case 'delete': return `deletes data (${first.text})`;
      case 'alert': return `alerts the user (${first.text})`;
      default: return `stops (${first.text})`;
    }
  }
  if (guard.words.length > 0) return `behaviour changes (${guard.words.slice(0, 2).map((w) => JSON.stringify(w)).join(', ')})`;
  return 'behaviour changes';
}

/** ` in isExpired() → powerOn()` */
export function describeVia(guard: GuardContext): string {
  return guard.via.length > 0 ? ` in ${guard.via.map((f) => `${f}()`).join(' → ')}` : '';
}
