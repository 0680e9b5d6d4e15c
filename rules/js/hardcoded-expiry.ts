/**
 * js/hardcoded-expiry: the current time compared with a fixed date, epoch or year.
 * Graded by what the guarded code does once the date has passed.
 */
import { analyseGuard, isBlocking, type Behaviour, type GuardContext } from '../../src/analysis/js/context.js';
import { conditionTrueAfter } from '../../src/analysis/polarity.js';
import type { Value } from '../../src/analysis/value.js';
import { defineRule, type NodePath, type t } from '../../src/engine/rule-api.js';

/** Library comparison calls that evaluate to a condition themselves (isAfter(now, END)). */
const COMPARISON_CALLS = /(?:^|[a-z])(?:isAfter|isBefore|isSameOrAfter|isSameOrBefore|isPast|isFuture|IsAfter|IsBefore|IsPast|IsFuture)$|^(?:after|before|isWithinInterval)$/;
const CLOCK_SANITY = /clock.*(?:wrong|skew|behind|invalid|broken|bad|sane|sanity)|(?:wrong|skewed|bad|broken)clock|sanity|skew/i;
const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '===', '!=', '!==']);

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/hardcoded-expiry',
    defaultSeverity: 'warning',
    description: 'The current time is compared with a fixed date, epoch or year: behaviour changes when that date passes.',
    messages: {
      fires: '{{fires}} {{date}} ({{when}}): {{effect}} once {{clock}} passes {{fixed}}{{where}}. {{hint}}',
    },
    tags: ['time-bomb', 'reliability'],
    precision: 'high',
  },
  create(context) {
    const check = (path: NodePath) => {
      const value = context.evaluator.evaluate(path);
      if (value.kind === 'condition' && value.cond.kind !== 'time') return;
      const trueAfter = conditionTrueAfter(value);
      if (trueAfter === undefined) return;
      const guard = analyseGuard(path, trueAfter, context.vocabulary, context.evaluator.text, context.source);
      // `© 2019–${year}`: a year compared for display next to a copyright notice.
      if (guard.copyright || (guard.copyrightNearby && isYearComparison(value)) || (!trueAfter && isOnlyBeforeGate(guard))) return;
      // `clockLooksWrong() { return Date.now() < BUILD_TIME; }`: a sanity check of the clock.
      if (!trueAfter && guard.via.concat(guard.enclosing ?? []).some((name) => CLOCK_SANITY.test(name))) return;
      const blocking = guard.after.filter(isBlocking);
      const severity = blocking.length > 0 || guard.words.length > 0 ? 'error' : 'warning';
      context.report({
        node: path.node,
        messageId: 'fires',
        severity,
        trigger: value,
        data: {
          effect: describeEffect(blocking, guard),
          where: guard.via.length > 0 ? ` in ${guard.via.map((f) => `${f}()`).join(' → ')}` : '',
          hint: severity === 'error'
            ? 'Remove the fixed date from release code, or read it from configuration with the check off by default.'
            : 'If the date is intended, record it (suppress with a reason); otherwise make it configurable.',
        },
      });
    };
    return {
      BinaryExpression(path: NodePath<t.BinaryExpression>) {
        if (RELATIONAL.has(path.node.operator)) check(path);
      },
      CallExpression(path: NodePath<t.CallExpression>) {
        const callee = path.node.callee;
        const name = callee.type === 'Identifier' ? callee.name
          : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '';
        if (COMPARISON_CALLS.test(name)) check(path);
      },
    };
  },
});

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

function describeEffect(blocking: Behaviour[], guard: GuardContext): string {
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
