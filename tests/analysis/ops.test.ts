import { describe, expect, it } from 'vitest';
import {
  applyOp, arithmetic, calendarAdd, compare, conditionDateText, fallback, field, fromParts, member, negate,
  negateCondition, not, relation, resolveValue, signOf, toDate, toNumber, type RelOp,
} from '../../src/analysis/ops.js';
import { DAY, MONTH } from '../../src/analysis/time.js';
import type { Condition, Value } from '../../src/analysis/value.js';

const END = Date.UTC(2027, 2, 1);
const now = (c = 0, k = 1): Value => ({ kind: 'clock', lin: { now: k, build: 0, c }, object: false, source: 'Date.now()' });
const nowObject: Value = { kind: 'clock', lin: { now: 1, build: 0, c: 0 }, object: true, source: 'new Date()' };
const instant = (ms: number, object = false): Value => ({ kind: 'instant', ms, origin: { text: 'END' }, object });
const num = (value: number): Value => ({ kind: 'number', value });
const str = (value: string): Value => ({ kind: 'string', value });
const bool = (value: boolean): Value => ({ kind: 'boolean', value });
const imp = (name: string): Value => ({ kind: 'import', from: 'src/constants', name });
const UNKNOWN: Value = { kind: 'unknown' };
const year: Value = { kind: 'calendar', field: 'year', add: 0, source: 'new Date().getFullYear()' };

/** The condition of a comparison, or a test failure naming what came back instead. */
function cond(v: Value): Condition {
  if (v.kind !== 'condition') throw new Error(`expected a condition, got ${JSON.stringify(v)}`);
  return v.cond;
}
const timeOf = (v: Value) => {
  const c = cond(v);
  if (c.kind !== 'time') throw new Error(`expected a time condition, got ${JSON.stringify(c)}`);
  return { at: c.at, trueAfter: c.trueAfter };
};

describe('arithmetic on linear forms', () => {
  it('adds and subtracts constants to the clock', () => {
    expect(arithmetic('add', now(), num(DAY))).toEqual({ ...now(DAY), object: false });
    expect(arithmetic('sub', now(), instant(END))).toMatchObject({ kind: 'clock', lin: { now: 1, build: 0, c: -END } });
    expect(arithmetic('add', num(5), now())).toMatchObject({ kind: 'clock', lin: { now: 1, build: 0, c: 5 } });
  });

  it('cancels the clock in now - now (a duration, not a trigger)', () => {
    expect(arithmetic('sub', now(), now())).toEqual(num(0));
    expect(arithmetic('sub', now(DAY), now())).toEqual(num(DAY));
  });

  it('keeps instant ± duration an instant, and makes instant - instant a number', () => {
    expect(arithmetic('add', instant(END), num(30 * DAY))).toMatchObject({ kind: 'instant', ms: END + 30 * DAY, object: false });
    expect(arithmetic('sub', instant(END), num(DAY))).toMatchObject({ kind: 'instant', ms: END - DAY });
    expect(arithmetic('add', num(DAY), instant(END))).toMatchObject({ kind: 'instant', ms: END + DAY });
    expect(arithmetic('sub', instant(END + DAY), instant(END))).toEqual(num(DAY));
  });

  it('keeps a date object a date object only for object + number', () => {
    expect(arithmetic('add', instant(END, true), num(1))).toMatchObject({ kind: 'instant', object: true });
    expect(arithmetic('sub', instant(END, true), num(1))).toMatchObject({ kind: 'instant', object: false });
    expect(arithmetic('add', nowObject, num(1))).toMatchObject({ kind: 'clock', object: true });
  });

  it('scales by constants: seconds are now/1000, durations are products', () => {
    expect(arithmetic('div', now(), num(1000))).toMatchObject({ kind: 'clock', lin: { now: 0.001, build: 0, c: 0 } });
    expect(arithmetic('mul', num(1000), arithmetic('div', now(), num(1000)))).toMatchObject({ kind: 'clock', lin: { now: 1, c: 0 } });
    expect(arithmetic('mul', num(90), num(DAY))).toEqual(num(90 * DAY));
    expect(arithmetic('mul', now(), num(2))).toMatchObject({ kind: 'clock', lin: { now: 2 } });
  });

  it('gives up on non-linear or undefined operations', () => {
    expect(arithmetic('mul', now(), now())).toEqual(UNKNOWN);
    expect(arithmetic('div', num(1), now())).toEqual(UNKNOWN);
    expect(arithmetic('div', now(), num(0))).toEqual(UNKNOWN);
    expect(arithmetic('mod', now(), num(DAY))).toEqual(UNKNOWN);
    expect(arithmetic('mod', num(7), num(0))).toEqual(UNKNOWN);
    expect(arithmetic('mod', num(7), num(3))).toEqual(num(1));
    expect(arithmetic('add', now(), UNKNOWN)).toEqual(UNKNOWN);
    expect(arithmetic('sub', now(), str('x'))).toEqual(UNKNOWN);
  });

  it('concatenates strings with scalars only', () => {
    expect(arithmetic('add', str('2027-'), str('03-01'))).toEqual(str('2027-03-01'));
    expect(arithmetic('add', num(2027), str('-03-01'))).toEqual(str('2027-03-01'));
    expect(arithmetic('add', str('x'), bool(true))).toEqual(str('xtrue'));
    expect(arithmetic('add', str('at '), now())).toEqual(UNKNOWN);
  });

  it('records an operation over an import as deferred', () => {
    expect(arithmetic('add', imp('END'), num(DAY))).toEqual({ kind: 'deferred', op: 'add', args: [imp('END'), num(DAY)] });
  });

  it('negates linear forms but not booleans', () => {
    expect(negate(now())).toMatchObject({ kind: 'clock', lin: { now: -1, c: -0 } });
    expect(negate(num(3))).toEqual(num(-3));
    expect(negate(bool(true))).toEqual(UNKNOWN);
    expect(negate(imp('X'))).toEqual({ kind: 'deferred', op: 'neg', args: [imp('X')] });
  });
});

describe('conversions', () => {
  it('toNumber turns date objects into epoch numbers', () => {
    expect(toNumber(instant(END, true))).toEqual(instant(END, false));
    expect(toNumber(nowObject)).toMatchObject({ kind: 'clock', object: false });
    expect(toNumber(str(' 1803859200000 '))).toEqual(num(END));
    expect(toNumber(str('2027-03-01'))).toEqual(UNKNOWN);
    expect(toNumber(bool(true))).toEqual(num(1));
    expect(toNumber({ kind: 'nullish' })).toEqual(UNKNOWN);
  });

  it('toDate parses text with the grammar or with a format, and wraps epochs', () => {
    expect(toDate(str('2027-03-01'))).toEqual({ kind: 'instant', ms: END, origin: { text: '"2027-03-01"' }, object: true });
    expect(toDate(str('01/03/2027'), str('DD/MM/YYYY'))).toMatchObject({ kind: 'instant', ms: END });
    expect(toDate(num(END))).toEqual({ kind: 'instant', ms: END, origin: { text: String(END) }, object: true });
    expect(toDate(instant(END))).toMatchObject({ kind: 'instant', ms: END, object: true });
    expect(toDate(now())).toMatchObject({ kind: 'clock', object: true });
    expect(toDate(str('hello'))).toEqual(UNKNOWN);
    expect(toDate(str('2027-02-30'))).toEqual(UNKNOWN);
    expect(toDate(num(NaN))).toEqual(UNKNOWN);
    expect(toDate(bool(true))).toEqual(UNKNOWN);
  });

  it('fromParts counts months from the given base and follows Date overflow in UTC', () => {
    expect(fromParts([num(2027), num(2), num(1)], 0, 't', true)).toEqual({ kind: 'instant', ms: END, origin: { text: 't' }, object: true });
    expect(fromParts([num(2027), num(3), num(1)], 1, 't', false)).toMatchObject({ kind: 'instant', ms: END, object: false });
    expect(fromParts([num(2027), num(12), num(1)], 0, 't', true)).toMatchObject({ ms: Date.UTC(2028, 0, 1) });
    expect(fromParts([num(2027)], 0, 't', true)).toMatchObject({ ms: Date.UTC(2027, 0, 1) });
    expect(fromParts([num(2027)], 1, 't', true)).toMatchObject({ ms: Date.UTC(2027, 0, 1) });
    expect(fromParts([num(2027), num(2), num(1), num(10), num(30), num(15), num(500)], 0, 't', true))
      .toMatchObject({ ms: Date.UTC(2027, 2, 1, 10, 30, 15, 500) });
    expect(fromParts([str('2027'), str('2'), str('1')], 0, 't', true)).toMatchObject({ ms: END });
  });

  it('fromParts rejects two-digit years, unknown parts and no parts', () => {
    expect(fromParts([num(27), num(2), num(1)], 0, 't', true)).toEqual(UNKNOWN);
    expect(fromParts([num(2027), UNKNOWN], 0, 't', true)).toEqual(UNKNOWN);
    expect(fromParts([], 0, 't', true)).toEqual(UNKNOWN);
  });

  it('field reads UTC components of instants and marks the clock\'s as calendar values', () => {
    const t = instant(Date.UTC(2027, 2, 1, 13, 45), true);
    expect(field(t, 'year', 0, true)).toEqual(num(2027));
    expect(field(t, 'year', -1900, true)).toEqual(num(127));
    expect(field(t, 'month', 0, true)).toEqual(num(2));
    expect(field(t, 'month', 1, true)).toEqual(num(3));
    expect(field(t, 'date', 0, true)).toEqual(num(1));
    expect(field(t, 'weekday', 0, true)).toEqual(num(1));
    expect(field(t, 'hours', 0, true)).toEqual(num(13));
    expect(field(t, 'minutes', 0, true)).toEqual(num(45));
    expect(field(nowObject, 'month', 1, false)).toEqual({ kind: 'calendar', field: 'month', add: 1, source: 'new Date()' });
    expect(field(now(DAY), 'year', 0, false)).toEqual(UNKNOWN);
  });

  it('calendarAdd adds calendar months to instants and durations to the clock', () => {
    expect(calendarAdd(instant(Date.UTC(2027, 0, 31)), num(1), 'month', 1)).toMatchObject({ kind: 'instant', ms: Date.UTC(2027, 1, 28) });
    expect(calendarAdd(instant(END), num(1), 'day', -1)).toMatchObject({ kind: 'instant', ms: END - DAY });
    expect(calendarAdd(instant(END), str('2'), 'week', 1)).toMatchObject({ ms: END + 14 * DAY });
    expect(calendarAdd(now(), num(30), 'day', 1)).toMatchObject({ kind: 'clock', lin: { now: 1, c: 30 * DAY } });
    expect(calendarAdd(now(), num(1), 'month', -1)).toMatchObject({ kind: 'clock', lin: { c: -MONTH } });
    expect(calendarAdd(instant(END), UNKNOWN, 'day', 1)).toEqual(UNKNOWN);
  });

  it('member reads object properties, namespace exports and string length', () => {
    const obj: Value = { kind: 'object', props: { end: instant(END) } };
    expect(member(obj, 'end')).toEqual(instant(END));
    expect(member(obj, 'start')).toEqual(UNKNOWN);
    expect(member(obj, 'toString')).toEqual(UNKNOWN);
    expect(member({ kind: 'import', from: 'src/c', name: '*' }, 'END')).toEqual({ kind: 'import', from: 'src/c', name: 'END' });
    expect(member(imp('default'), 'END')).toEqual({ kind: 'deferred', op: 'member', args: [imp('default'), str('END')] });
    expect(member(str('abc'), 'length')).toEqual(num(3));
  });

  it('fallback uses the right side when the left is unknown, nullish or (for ||) falsy', () => {
    expect(fallback(UNKNOWN, num(1), false)).toEqual(num(1));
    expect(fallback({ kind: 'nullish' }, num(1), true)).toEqual(num(1));
    expect(fallback(str(''), num(1), false)).toEqual(num(1));
    expect(fallback(str(''), num(1), true)).toEqual(str(''));
    expect(fallback(num(0), num(1), false)).toEqual(num(1));
    expect(fallback(bool(false), num(1), false)).toEqual(num(1));
    expect(fallback(instant(END), num(1), false)).toEqual(instant(END));
  });

  it('not flips booleans and conditions; negateCondition inverts calendar operators', () => {
    expect(not(bool(true))).toEqual(bool(false));
    expect(not(num(1))).toEqual(UNKNOWN);
    const c = compare('>', now(), instant(END), 'Date.now()', 'END');
    expect(timeOf(not(c))).toEqual({ at: END, trueAfter: false });
    const base = { kind: 'calendar' as const, field: 'month' as const, value: 11, clockText: 'm' };
    expect(negateCondition({ ...base, op: '===' })).toEqual({ ...base, op: '!==' });
    expect(negateCondition({ ...base, op: '<' })).toEqual({ ...base, op: '>=' });
    expect(negateCondition({ ...base, op: '<=' })).toEqual({ ...base, op: '>' });
  });
});

describe('compare: clock against a fixed instant', () => {
  it.each<[RelOp, boolean]>([['>', true], ['>=', true], ['<', false], ['<=', false]])(
    'Date.now() %s END changes at END, true after: %s', (op, trueAfter) => {
      expect(compare(op, now(), instant(END), 'Date.now()', 'END')).toEqual({
        kind: 'condition', cond: { kind: 'time', at: END, trueAfter, dateText: 'END', clockText: 'Date.now()' },
      });
    });

  it.each<[RelOp, boolean]>([['<', true], ['<=', true], ['>', false], ['>=', false]])(
    'END %s Date.now() (flipped operands) is true after END: %s', (op, trueAfter) => {
      expect(compare(op, instant(END), now(), 'END', 'Date.now()')).toEqual({
        kind: 'condition', cond: { kind: 'time', at: END, trueAfter, dateText: 'END', clockText: 'Date.now()' },
      });
    });

  it('solves the linear form for the instant: offsets, seconds and negative coefficients', () => {
    // Date.now() - 30 days > END: true 30 days after END
    expect(timeOf(compare('>', now(-30 * DAY), instant(END), 'a', 'b'))).toEqual({ at: END + 30 * DAY, trueAfter: true });
    // Date.now() / 1000 > END / 1000 (epoch seconds)
    expect(timeOf(compare('>', arithmetic('div', now(), num(1000)), num(END / 1000), 'a', 'b'))).toEqual({ at: END, trueAfter: true });
    // END - Date.now() < 0: true after END
    expect(timeOf(compare('<', arithmetic('sub', instant(END), now()), num(0), 'a', 'b'))).toEqual({ at: END, trueAfter: true });
    // END - Date.now() > 7 days: true until a week before END
    expect(timeOf(compare('>', arithmetic('sub', instant(END), now()), num(7 * DAY), 'a', 'b'))).toEqual({ at: END - 7 * DAY, trueAfter: false });
    // date objects compare as numbers
    expect(timeOf(compare('>', nowObject, instant(END, true), 'a', 'b'))).toEqual({ at: END, trueAfter: true });
  });

  it('rounds the solved instant to a whole millisecond', () => {
    expect(timeOf(compare('>', arithmetic('div', now(), num(3)), num(END / 3), 'a', 'b')).at).toBe(END);
  });

  it('is not a trigger for equality with an exact millisecond', () => {
    for (const op of ['==', '===', '!=', '!=='] as RelOp[]) expect(compare(op, now(), instant(END), 'a', 'b')).toEqual(UNKNOWN);
  });

  it('rejects sentinels and implausible epochs', () => {
    for (const n of [0, -1, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 1e9, END / 1000, Date.UTC(1999, 11, 31), Date.UTC(2101, 0, 1)]) {
      expect(compare('<', now(), num(n), 'a', 'b')).toEqual(UNKNOWN);
    }
    expect(compare('>', now(), num(NaN), 'a', 'b')).toEqual(UNKNOWN);
  });

  it('needs exactly one clock-dependent side with a fixed other side', () => {
    expect(compare('>', num(1), num(2), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', instant(END), instant(END + 1), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', now(), now(-5000), 'a', 'b')).toEqual(UNKNOWN); // relative: now - start
    expect(compare('>', now(), bool(true), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', now(), str('2027-03-01'), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', now(), UNKNOWN, 'a', 'b')).toEqual(UNKNOWN);
  });

  it('defers a comparison with an import and resolves it to the direct result', () => {
    const deferred = compare('>', now(), imp('END'), 'Date.now()', 'END');
    expect(deferred).toEqual({ kind: 'deferred', op: 'compare', args: [str('>'), now(), imp('END'), str('Date.now()'), str('END')] });
    expect(resolveValue(deferred, () => instant(END))).toEqual(compare('>', now(), instant(END), 'Date.now()', 'END'));
  });
});

describe('compare: build-age checks', () => {
  const age: Value = { kind: 'clock', lin: { now: 1, build: -1, c: 0 }, object: false, source: 'Date.now()', buildSource: 'BUILD_TIME' };

  it('turns NOW - BUILD > duration into an offset from the build', () => {
    expect(compare('>', age, num(90 * DAY), 'Date.now() - BUILD_TIME', '90 days')).toEqual({
      kind: 'condition',
      cond: { kind: 'time', at: null, buildOffsetMs: 90 * DAY, trueAfter: true, dateText: '90 days', clockText: 'Date.now() - BUILD_TIME', buildText: 'BUILD_TIME' },
    });
    expect(cond(compare('<', age, num(90 * DAY), 'a', 'b'))).toMatchObject({ at: null, buildOffsetMs: 90 * DAY, trueAfter: false });
  });

  it('rejects unbalanced forms and non-positive offsets', () => {
    const unbalanced: Value = { ...age, lin: { now: 1, build: -2, c: 0 } } as Value;
    expect(compare('>', unbalanced, num(DAY), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', age, num(0), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', age, num(-DAY), 'a', 'b')).toEqual(UNKNOWN);
  });
});

describe('compare: year conditions', () => {
  const y = (op: RelOp, n: number, v: Value = year) => timeOf(compare(op, v, num(n), 'new Date().getFullYear()', String(n)));

  it.each<[RelOp, number, number, boolean]>([
    ['>', 2026, Date.UTC(2027, 0, 1), true],
    ['>=', 2027, Date.UTC(2027, 0, 1), true],
    ['<', 2027, Date.UTC(2027, 0, 1), false],
    ['<=', 2026, Date.UTC(2027, 0, 1), false],
    ['===', 2027, Date.UTC(2027, 0, 1), true],
    ['==', 2027, Date.UTC(2027, 0, 1), true],
    ['!==', 2026, Date.UTC(2027, 0, 1), true],
    ['!=', 2026, Date.UTC(2027, 0, 1), true],
  ])('year %s %i changes at %i, true after: %s', (op, n, at, trueAfter) => {
    expect(y(op, n)).toEqual({ at, trueAfter });
  });

  it('labels the date side as a year', () => {
    expect(cond(compare('>', year, num(2026), 'new Date().getFullYear()', '2026'))).toEqual({
      kind: 'time', at: Date.UTC(2027, 0, 1), trueAfter: true, dateText: '2026 (year)', clockText: 'new Date().getFullYear()',
    });
  });

  it('flips operands: 2027 <= year', () => {
    expect(timeOf(compare('<=', num(2027), year, '2027', 'y'))).toEqual({ at: Date.UTC(2027, 0, 1), trueAfter: true });
  });

  it('applies the getYear() offset (year - 1900)', () => {
    const getYear: Value = { kind: 'calendar', field: 'year', add: -1900, source: 'new Date().getYear()' };
    expect(y('>', 126, getYear)).toEqual({ at: Date.UTC(2027, 0, 1), trueAfter: true });
  });

  it('accepts numeric strings and rejects implausible or fractional years', () => {
    expect(timeOf(compare('>=', year, str('2027'), 'a', 'b'))).toEqual({ at: Date.UTC(2027, 0, 1), trueAfter: true });
    expect(compare('<', year, num(1990), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('<', year, num(2500), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('<', year, num(2026.5), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('<', year, UNKNOWN, 'a', 'b')).toEqual(UNKNOWN);
  });

  it('keeps other calendar fields as recurring calendar conditions', () => {
    const month: Value = { kind: 'calendar', field: 'month', add: 1, source: 'DateTime.now()' };
    expect(cond(compare('==', month, num(12), 'DateTime.now().month', '12'))).toEqual({
      kind: 'calendar', field: 'month', op: '===', value: 11, clockText: 'DateTime.now().month',
    });
    const weekday: Value = { kind: 'calendar', field: 'weekday', add: 0, source: 'd' };
    expect(cond(compare('!=', weekday, num(0), 'd.getDay()', '0'))).toMatchObject({ kind: 'calendar', field: 'weekday', op: '!==', value: 0 });
  });
});

describe('compare: the clock as ISO text', () => {
  const text: Value = { kind: 'clockText', source: 'new Date().toISOString()' };

  it('compares with a date string like with the instant it names', () => {
    expect(compare('>', text, str('2027-03-01'), 'new Date().toISOString()', "'2027-03-01'")).toEqual({
      kind: 'condition', cond: { kind: 'time', at: END, trueAfter: true, dateText: "'2027-03-01'", clockText: 'new Date().toISOString()' },
    });
    expect(timeOf(compare('<', text, str('2027-03-01T12:00:00Z'), 'a', 'b'))).toEqual({ at: Date.UTC(2027, 2, 1, 12), trueAfter: false });
    expect(timeOf(compare('<', str('2027-03-01'), text, 'b', 'a'))).toEqual({ at: END, trueAfter: true });
  });

  it('rejects equality, non-dates, implausible dates and non-strings', () => {
    expect(compare('===', text, str('2027-03-01'), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', text, str('later'), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', text, str('1970-01-01'), 'a', 'b')).toEqual(UNKNOWN);
    expect(compare('>', text, num(END), 'a', 'b')).toEqual(UNKNOWN);
  });
});

describe('compare: sign values', () => {
  const after = signOf(now(), instant(END), 'compareAsc(now, END)'); // sign(now - END)
  const before = signOf(instant(END), now(), 'compareAsc(END, now)'); // sign(END - now)

  it('signOf records the sign of the difference, and needs the clock', () => {
    expect(after).toEqual({ kind: 'sign', lin: { now: 1, build: 0, c: -END }, source: 'compareAsc(now, END)' });
    expect(signOf(arithmetic('sub', now(), instant(END)), undefined, 'Math.sign(...)')).toMatchObject({ kind: 'sign', lin: { now: 1, c: -END } });
    expect(signOf(instant(END), instant(END + 1), 't')).toEqual(UNKNOWN);
    expect(signOf(str('x'), undefined, 't')).toEqual(UNKNOWN);
  });

  it.each<[RelOp, number, boolean]>([
    ['>', 0, true], ['>=', 0, true], ['<', 0, false], ['<=', 0, false],
    ['===', 1, true], ['==', 1, true], ['===', -1, false], ['!==', 1, false], ['!==', -1, true],
    ['>=', 1, true], ['<', 1, false], ['<=', -1, false], ['>', -1, true],
  ])('sign(now - END) %s %i is true after END: %s', (op, n, trueAfter) => {
    expect(timeOf(compare(op, after, num(n), 'a', 'b'))).toEqual({ at: END, trueAfter });
  });

  it('reverses with the operands of the difference and with flipped comparison operands', () => {
    expect(timeOf(compare('===', before, num(1), 'a', 'b'))).toEqual({ at: END, trueAfter: false });
    expect(timeOf(compare('===', num(1), after, 'b', 'a'))).toEqual({ at: END, trueAfter: true });
    expect(timeOf(compare('<', num(0), after, 'b', 'a'))).toEqual({ at: END, trueAfter: true });
  });

  it.each<[RelOp, number]>([['===', 0], ['!==', 0], ['>', 1], ['<', -1], ['>=', 2]])('sign %s %i is not a trigger', (op, n) => {
    expect(compare(op, after, num(n), 'a', 'b')).toEqual(UNKNOWN);
  });
});

describe('relation (library comparison helpers)', () => {
  it('compares date objects as numbers', () => {
    expect(timeOf(relation('>', nowObject, instant(END, true), 'now', 'END'))).toEqual({ at: END, trueAfter: true });
    expect(timeOf(relation('<', instant(END, true), nowObject, 'END', 'now'))).toEqual({ at: END, trueAfter: true });
    expect(timeOf(relation('<=', nowObject, instant(END, true), 'now', 'END'))).toEqual({ at: END, trueAfter: false });
  });
});

describe('resolveValue: deferred operations re-applied at link time', () => {
  const exports: Record<string, Value> = {
    END: instant(END),
    END_TEXT: str('2027-03-01'),
    YEAR: num(2027),
    DAYS: num(30),
    FORMAT: str('DD/MM/YYYY'),
    default: { kind: 'object', props: { END: instant(END) } },
  };
  const resolver = (from: string, name: string): Value => (from === 'src/constants' ? exports[name] ?? UNKNOWN : UNKNOWN);

  const cases: [string, (v: (name: string) => Value) => Value][] = [
    ['add', (v) => arithmetic('add', v('END'), num(30 * DAY))],
    ['sub (clock - import)', (v) => arithmetic('sub', now(), v('END'))],
    ['mul', (v) => arithmetic('mul', v('DAYS'), num(DAY))],
    ['div', (v) => arithmetic('div', v('END'), num(1000))],
    ['mod', (v) => arithmetic('mod', v('YEAR'), num(4))],
    ['neg', (v) => negate(v('END'))],
    ['toNumber', (v) => toNumber(v('END'))],
    ['toDate of text', (v) => toDate(v('END_TEXT'))],
    ['toDate with an imported format', (v) => toDate(str('01/03/2027'), v('FORMAT'))],
    ['fromParts', (v) => fromParts([v('YEAR'), num(2), num(1)], 0, 'new Date(YEAR, 2, 1)', true)],
    ['fromParts month base 1', (v) => fromParts([v('YEAR'), num(3), num(1)], 1, 'DateTime.local(YEAR, 3, 1)', true)],
    ['field', (v) => field(v('END'), 'month', 1, true)],
    ['calendarAdd', (v) => calendarAdd(toDate(v('END')), v('DAYS'), 'day', -1)],
    ['member of default', (v) => member(v('default'), 'END')],
    ['fallback', (v) => fallback(v('END'), num(0), true)],
    ['compare', (v) => compare('>', now(), v('END'), 'Date.now()', 'END')],
    ['compare flipped', (v) => compare('<', v('END'), now(), 'END', 'Date.now()')],
    ['not compare', (v) => not(compare('<', now(), v('END'), 'Date.now()', 'END'))],
    ['signOf', (v) => signOf(now(), v('END'), 'compareAsc(now, END)')],
    ['compare of signOf', (v) => compare('===', signOf(now(), v('END'), 's'), num(1), 's', '1')],
    ['compare of a deferred sum', (v) => compare('>', now(), arithmetic('add', v('END'), num(30 * DAY)), 'a', 'b')],
    ['year compare', (v) => compare('>=', year, v('YEAR'), 'y', 'YEAR')],
  ];

  it.each(cases)('%s resolves to the value of the direct operation', (_label, build) => {
    const deferred = build(imp);
    expect(deferred.kind).toBe('deferred');
    const direct = build((name) => exports[name]!);
    expect(direct.kind).not.toBe('unknown');
    expect(resolveValue(deferred, resolver)).toEqual(direct);
  });

  it('resolves an import itself and the props of an object', () => {
    expect(resolveValue(imp('END'), resolver)).toEqual(instant(END));
    expect(resolveValue({ kind: 'object', props: { a: imp('YEAR'), b: num(1) } }, resolver)).toEqual({ kind: 'object', props: { a: num(2027), b: num(1) } });
  });

  it('gives unknown when an import stays unresolved', () => {
    const deferred = compare('>', now(), { kind: 'import', from: 'src/elsewhere', name: 'END' }, 'a', 'b');
    const stillPending = (): Value => ({ kind: 'import', from: 'src/other', name: 'X' });
    expect(resolveValue(deferred, () => UNKNOWN)).toEqual(UNKNOWN);
    expect(resolveValue(deferred, stillPending)).toEqual(UNKNOWN);
  });

  it('applyOp dispatches every recorded op name', () => {
    expect(applyOp('pos', [instant(END, true)])).toEqual(instant(END, false));
    expect(applyOp('or', [UNKNOWN, num(1), bool(false)])).toEqual(num(1));
    expect(applyOp('member', [{ kind: 'object', props: { x: num(1) } }, str('x')])).toEqual(num(1));
    expect(applyOp('calendarAdd', [instant(END), num(1), str('day'), num(-1)])).toMatchObject({ ms: END - DAY });
    expect(applyOp('field', [instant(END), str('year'), num(0), bool(true)])).toEqual(num(2027));
  });
});

describe('conditionDateText', () => {
  it('is the readable date of a time condition, empty otherwise', () => {
    expect(conditionDateText(cond(compare('>', now(), instant(END), 'a', 'b')))).toBe('2027-03-01');
    expect(conditionDateText(cond(compare('>', now(), instant(END + 3_600_000), 'a', 'b')))).toBe('2027-03-01T01:00:00Z');
    expect(conditionDateText({ kind: 'calendar', field: 'month', op: '===', value: 11, clockText: 'm' })).toBe('');
    expect(conditionDateText({ kind: 'time', at: null, buildOffsetMs: DAY, trueAfter: true, dateText: 'd', clockText: 'c' })).toBe('');
  });
});
