import { describe, expect, it } from 'vitest';
import { arithmetic, compare, field, negate, not, resolveValue, signOf, toDate, toNumber } from '../../src/analysis/ops.js';
import { clockSign, conditionTrueAfter } from '../../src/analysis/polarity.js';
import type { Value } from '../../src/analysis/value.js';
import { evaluate } from './helpers.js';

const END = Date.UTC(2027, 2, 1);
const now: Value = { kind: 'clock', lin: { now: 1, build: 0, c: 0 }, object: false, source: 'Date.now()' };
const imp: Value = { kind: 'import', from: 'src/constants', name: 'END' };
const num = (value: number): Value => ({ kind: 'number', value });
const instant: Value = { kind: 'instant', ms: END, origin: { text: 'END' }, object: false };

describe('clockSign', () => {
  it('reads the sign of the clock coefficient', () => {
    expect(clockSign(now)).toBe(1);
    expect(clockSign(negate(now))).toBe(-1);
    expect(clockSign(arithmetic('div', now, num(1000)))).toBe(1);
    expect(clockSign({ kind: 'clockText', source: 't' })).toBe(1);
    expect(clockSign({ kind: 'calendar', field: 'year', add: 0, source: 'y' })).toBe(1);
    expect(clockSign({ kind: 'calendar', field: 'month', add: 0, source: 'm' })).toBe(0);
    expect(clockSign(instant)).toBe(0);
    expect(clockSign(imp)).toBe(0);
  });

  it('sees through deferred operations over imports', () => {
    expect(clockSign(arithmetic('add', imp, now))).toBe(1);
    expect(clockSign(arithmetic('sub', now, imp))).toBe(1);
    expect(clockSign(arithmetic('sub', imp, now))).toBe(-1);
    expect(clockSign(arithmetic('mul', arithmetic('sub', now, imp), num(-2)))).toBe(-1);
    expect(clockSign(arithmetic('mul', num(3), arithmetic('sub', now, imp)))).toBe(1);
    expect(clockSign(arithmetic('div', arithmetic('sub', now, imp), num(1000)))).toBe(1);
    expect(clockSign(negate(arithmetic('sub', now, imp)))).toBe(-1);
    expect(clockSign(toNumber(toDate(arithmetic('add', now, imp))))).toBe(1);
    expect(clockSign(signOf(now, imp, 's'))).toBe(1);
    expect(clockSign(signOf(imp, now, 's'))).toBe(-1);
    expect(clockSign(field(arithmetic('add', now, imp), 'year', 0, false))).toBe(1);
    expect(clockSign(field(arithmetic('add', now, imp), 'month', 0, false))).toBe(0);
  });
});

describe('conditionTrueAfter', () => {
  it('reads resolved conditions', () => {
    expect(conditionTrueAfter(compare('>', now, instant, 'a', 'b'))).toBe(true);
    expect(conditionTrueAfter(compare('<', now, instant, 'a', 'b'))).toBe(false);
    expect(conditionTrueAfter({ kind: 'condition', cond: { kind: 'calendar', field: 'month', op: '===', value: 1, clockText: 'm' } })).toBeUndefined();
    expect(conditionTrueAfter(num(1))).toBeUndefined();
  });

  it.each([
    ['Date.now() > END', compare('>', now, imp, 'a', 'b'), true],
    ['Date.now() >= END', compare('>=', now, imp, 'a', 'b'), true],
    ['Date.now() < END', compare('<', now, imp, 'a', 'b'), false],
    ['END < Date.now()', compare('<', imp, now, 'a', 'b'), true],
    ['END >= Date.now()', compare('>=', imp, now, 'a', 'b'), false],
    ['END - Date.now() > 0', compare('>', arithmetic('sub', imp, now), num(0), 'a', 'b'), false],
    ['!(Date.now() > END)', not(compare('>', now, imp, 'a', 'b')), false],
    ['!!(Date.now() > END)', not(not(compare('>', now, imp, 'a', 'b'))), true],
    ['year === IMPORTED_YEAR', compare('===', { kind: 'calendar', field: 'year', add: 0, source: 'y' }, imp, 'a', 'b'), true],
  ])('knows the direction of %s before the import is resolved', (_label, v, expected) => {
    expect(v.kind).toBe('deferred');
    expect(conditionTrueAfter(v)).toBe(expected);
  });

  it('agrees with the resolved condition', () => {
    for (const op of ['<', '<=', '>', '>='] as const) {
      for (const v of [compare(op, now, imp, 'a', 'b'), compare(op, imp, now, 'a', 'b')]) {
        expect(conditionTrueAfter(v)).toBe(conditionTrueAfter(resolveValue(v, () => instant)));
      }
    }
  });

  it('is undefined for deferred values that do not involve the clock', () => {
    expect(conditionTrueAfter(compare('>', num(1), imp, 'a', 'b'))).toBeUndefined();
    expect(conditionTrueAfter(arithmetic('add', now, imp))).toBeUndefined();
  });

  it('reads deferred comparisons produced by the evaluator', () => {
    expect(conditionTrueAfter(evaluate(`import { END } from './constants'; Date.now() < END`))).toBe(false);
    expect(conditionTrueAfter(evaluate(`import { END } from './constants'; END <= new Date()`))).toBe(true);
    expect(conditionTrueAfter(evaluate(`import { END } from './constants'; !(Date.now() >= END)`))).toBe(false);
  });
});
