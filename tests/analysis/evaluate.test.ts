import { describe, expect, it } from 'vitest';
import { collectExports } from '../../src/analysis/js/exports.js';
import { moduleKeyResolver } from '../../src/analysis/js/module-keys.js';
import { resolveValue } from '../../src/analysis/ops.js';
import { DAY } from '../../src/analysis/time.js';
import type { Value } from '../../src/analysis/value.js';
import { condition, evaluate, instantMs, load } from './helpers.js';

const END = Date.UTC(2027, 2, 1);
const NOW = { now: 1, build: 0, c: 0 };
const unknown: Value = { kind: 'unknown' };

describe('the current time', () => {
  it.each([
    ['Date.now()', `Date.now()`, false],
    ['new Date()', `new Date()`, true],
    ['+new Date()', `+new Date()`, false],
    ['Number(new Date())', `Number(new Date())`, false],
    ['new Date().getTime()', `new Date().getTime()`, false],
    ['new Date().valueOf()', `new Date().valueOf()`, false],
    ['performance.timeOrigin + performance.now()', `performance.timeOrigin + performance.now()`, false],
    ['performance.now() + performance.timeOrigin', `performance.now() + performance.timeOrigin`, false],
    ['moment()', `import moment from 'moment'; moment()`, true],
    ['moment.utc()', `import moment from 'moment'; moment.utc()`, true],
    ['moment() under another default name', `import m from 'moment'; m()`, true],
    ['moment from require', `const moment = require('moment'); moment()`, true],
    ['dayjs()', `import dayjs from 'dayjs'; dayjs()`, true],
    ['DateTime.now() from luxon', `import { DateTime } from 'luxon'; DateTime.now()`, true],
    ['DateTime.local() without arguments', `import { DateTime } from 'luxon'; DateTime.local()`, true],
    ['aliased luxon import', `import { DateTime as DT } from 'luxon'; DT.now()`, true],
    ['luxon namespace import', `import * as L from 'luxon'; L.DateTime.now()`, true],
    ['luxon from a destructured require', `const { DateTime } = require('luxon'); DateTime.now()`, true],
    ['Temporal.Now.instant()', `Temporal.Now.instant()`, true],
    ['local const arrow function', `const now = () => Date.now(); now()`, false],
    ['local function declaration', `function now() { return Date.now(); } now()`, false],
    ['helper with set-up statements before its return', `function now() { log(); return Date.now(); } now()`, false],
    ['local function with an unused parameter', `function now(unused) { return new Date(); } now(1)`, true],
    ['const holding new Date()', `const today = new Date(); today`, true],
    ['function called through .call', `function now() { return Date.now(); } now.call(null)`, false],
  ])('%s', (_label, code, object) => {
    expect(evaluate(code)).toMatchObject({ kind: 'clock', lin: NOW, object });
  });

  it('keeps the clock text as written for messages', () => {
    expect(evaluate(`import { DateTime as DT } from 'luxon'; DT.now()`)).toMatchObject({ source: 'DT.now()' });
  });

  it.each([
    ['a shadowed Date', `const Date = { now: () => 5 }; Date.now()`],
    ['a local module called moment', `import moment from './moment'; moment()`],
    ['a local function called moment that uses its parameter', `const moment = (x) => x; moment()`],
    ['an async helper', `async function now() { return Date.now(); } now()`],
    ['a helper with an early return', `function now() { if (mocked) return 0; return Date.now(); } now()`],
    ['a helper whose result depends on its parameter', `function at(ms) { return new Date(ms); } at(5)`],
  ])('is not recognised through %s', (_label, code) => {
    expect(evaluate(code).kind).not.toBe('clock');
  });
});

describe('fixed instants', () => {
  it.each([
    ['an ISO string', `new Date('2027-03-01')`, END],
    ['an RFC 2822 string', `new Date('Mon, 01 Mar 2027 00:00:00 GMT')`, END],
    ['an offset date-time', `new Date('2027-03-01T00:00:00+02:00')`, Date.UTC(2027, 1, 28, 22)],
    ['new Date(y, m, d) with a zero-based month', `new Date(2027, 2, 1)`, END],
    ['new Date(y, m, d, h, mi)', `new Date(2027, 2, 1, 10, 30)`, Date.UTC(2027, 2, 1, 10, 30)],
    ['new Date(y, m) with month overflow', `new Date(2027, 12)`, Date.UTC(2028, 0, 1)],
    ['Date.UTC', `Date.UTC(2027, 2, 1)`, END],
    ['Date.parse of ISO text', `Date.parse('2027-03-01')`, END],
    ['Date.parse of month-name text', `Date.parse('March 1, 2027')`, END],
    ['an epoch in ms', `new Date(1803859200000)`, END],
    ['an epoch with numeric separators', `new Date(1_803_859_200_000)`, END],
    ['moment(text)', `import moment from 'moment'; moment('2027-03-01')`, END],
    ['moment(text, format)', `import moment from 'moment'; moment('01/03/2027', 'DD/MM/YYYY')`, END],
    ['moment.unix(seconds)', `import moment from 'moment'; moment.unix(1803859200)`, END],
    ['dayjs(text)', `import dayjs from 'dayjs'; dayjs('2027-03-01')`, END],
    ['DateTime.fromISO', `import { DateTime } from 'luxon'; DateTime.fromISO('2027-03-01')`, END],
    ['DateTime.local(2027, 3, 1) with a one-based month', `import { DateTime } from 'luxon'; DateTime.local(2027, 3, 1)`, END],
    ['DateTime.utc(2027, 3, 1, 12)', `import { DateTime } from 'luxon'; DateTime.utc(2027, 3, 1, 12)`, Date.UTC(2027, 2, 1, 12)],
    ['DateTime.fromObject', `import { DateTime } from 'luxon'; DateTime.fromObject({ year: 2027, month: 3, day: 1 })`, END],
    ['parseISO', `import { parseISO } from 'date-fns'; parseISO('2027-03-01')`, END],
    ['date-fns namespace import', `import * as fns from 'date-fns'; fns.parseISO('2027-03-01')`, END],
    ['date-fns parse with a format', `import { parse } from 'date-fns'; parse('01/03/2027', 'dd/MM/yyyy', new Date())`, END],
    ['Temporal.Instant.from', `Temporal.Instant.from('2027-03-01T00:00:00Z')`, END],
    ['addMonths clamps the day', `import { addMonths } from 'date-fns'; addMonths(new Date('2027-01-31'), 1)`, Date.UTC(2027, 1, 28)],
    ['addDays', `import { addDays } from 'date-fns'; addDays(new Date('2027-01-30'), 30)`, END],
    ['moment add(1, "month")', `import moment from 'moment'; moment('2027-01-31').add(1, 'month')`, Date.UTC(2027, 1, 28)],
    ['luxon plus({ months })', `import { DateTime } from 'luxon'; DateTime.fromISO('2027-01-31').plus({ months: 1 })`, Date.UTC(2027, 1, 28)],
    ['.getTime() of an instant', `new Date('2027-03-01').getTime()`, END],
  ])('%s', (_label, code, ms) => {
    expect(instantMs(code)).toBe(ms);
  });

  it('marks date objects and epoch numbers apart', () => {
    expect(evaluate(`new Date(2027, 2, 1)`)).toMatchObject({ kind: 'instant', object: true });
    expect(evaluate(`Date.UTC(2027, 2, 1)`)).toMatchObject({ kind: 'instant', object: false });
    expect(evaluate(`new Date('2027-03-01').getTime()`)).toMatchObject({ kind: 'instant', object: false });
  });

  it('keeps the literal as the origin', () => {
    expect(evaluate(`new Date('2027-03-01')`)).toEqual({ kind: 'instant', ms: END, origin: { text: '"2027-03-01"' }, object: true });
    expect(evaluate(`Date.UTC(2027, 2, 1)`)).toEqual({ kind: 'instant', ms: END, origin: { text: 'Date.UTC(2027, 2, 1)' }, object: false });
  });

  it.each([
    ['an invalid calendar date', `new Date('2027-02-30')`],
    ['free text', `new Date('hello')`],
    ['NaN', `new Date(NaN)`],
    ['a two-digit year', `new Date(27, 2, 1)`],
    ['an unknown argument', `new Date(input)`],
  ])('is unknown for %s', (_label, code) => {
    expect(evaluate(code)).toEqual(unknown);
  });
});

describe('constants and bindings', () => {
  it.each([
    ['a const', `const END = '2027-03-01'; new Date(END)`],
    ['a let that is never reassigned', `let END = '2027-03-01'; new Date(END)`],
    ['a var that is never reassigned', `var END = '2027-03-01'; new Date(END)`],
    ['a numeric const epoch', `const LAUNCH_MS = 1803859200000; new Date(LAUNCH_MS)`],
    ['a chain of consts', `const A = '2027-03-01'; const B = A; const C = B; new Date(C)`],
    ['a const object property', `const C = { end: '2027-03-01' }; new Date(C.end)`],
    ['a computed property with a string key', `const C = { end: '2027-03-01' }; new Date(C['end'])`],
    ['a nested const object', `const C = { trial: { end: '2027-03-01' } }; new Date(C.trial.end)`],
    ['an object spread', `const A = { end: '2027-03-01' }; const C = { ...A }; new Date(C.end)`],
    ['`as const`', `const C = { end: '2027-03-01' } as const; new Date(C.end)`],
    ['a satisfies clause', `const C = { end: '2027-03-01' } satisfies Record<string, string>; new Date(C.end)`],
    ['an array element', `const LIST = ['2027-03-01']; new Date(LIST[0])`],
    ['a string enum', `enum Dates { End = '2027-03-01' } new Date(Dates.End)`],
    ['a numeric enum', `enum Dates { End = 1803859200000 } new Date(Dates.End)`],
    ['an exported enum', `export enum Dates { End = '2027-03-01' } new Date(Dates.End)`],
    ['a static class property', `class K { static END = '2027-03-01'; } new Date(K.END)`],
    ['string concatenation', `const Y = '2027'; new Date(Y + '-03-01')`],
    ['number + string concatenation', `const Y = 2027; new Date(Y + '-03-' + '01')`],
    ['a template literal', 'const M = "03"; new Date(`2027-${M}-01`)'],
    ['object destructuring', `const { end } = { end: '2027-03-01' }; new Date(end)`],
    ['object destructuring with a default', `const { end = '2027-03-01' } = {}; new Date(end)`],
    ['renamed nested destructuring', `const { a: { b: when } } = { a: { b: '2027-03-01' } }; new Date(when)`],
    ['array destructuring with a default', `const [, second = '2027-03-01'] = []; new Date(second)`],
    ['a ?? fallback when the left side is unknown', `const END = process.env.END ?? '2027-03-01'; new Date(END)`],
    ['a || fallback when the left side is unknown', `const END = process.env.END || '2027-03-01'; new Date(END)`],
    ['a getter on a const object', `const C = { get end() { return '2027-03-01'; } }; new Date(C.end)`],
  ])('follows %s', (_label, code) => {
    expect(instantMs(code)).toBe(END);
  });

  it('does not follow a let that is reassigned anywhere', () => {
    expect(evaluate(`let END = '2027-03-01'; END = load(); new Date(END)`)).toEqual(unknown);
    expect(evaluate(`let END = '2027-03-01'; function f() { END = '2028-01-01'; } new Date(END)`)).toEqual(unknown);
    expect(evaluate(`let END; END = '2027-03-01'; new Date(END)`)).toEqual(unknown);
  });

  it('computes EXPIRY + 30 * DAY', () => {
    expect(instantMs(`const DAY = 24 * 60 * 60 * 1000; const EXPIRY = Date.UTC(2027, 2, 1); EXPIRY + 30 * DAY`)).toBe(END + 30 * DAY);
    expect(instantMs(`const DAY = 864e5; const EXPIRY = new Date('2027-03-01'); EXPIRY.getTime() + 30 * DAY`)).toBe(END + 30 * DAY);
  });

  it('computes durations and plain numbers', () => {
    expect(evaluate(`const DAY = 864e5; 90 * DAY`)).toEqual({ kind: 'number', value: 90 * DAY });
    expect(evaluate(`2 ** 10`)).toEqual({ kind: 'number', value: 1024 });
    expect(evaluate(`const n = Date.now(); const later = n + 1000; later - n`)).toEqual({ kind: 'number', value: 1000 });
  });

  it('survives a cycle between bindings', () => {
    expect(evaluate(`const a = b + 1; const b = a + 1; a`)).toEqual(unknown);
  });
});

describe('imports of the scanned project', () => {
  it.each([
    ['a named import', `import { END } from './constants'; END`, { kind: 'import', from: 'src/constants', name: 'END' }],
    ['a renamed import', `import { END as STOP } from './constants'; STOP`, { kind: 'import', from: 'src/constants', name: 'END' }],
    ['a default import', `import C from './constants'; C`, { kind: 'import', from: 'src/constants', name: 'default' }],
    ['a namespace member', `import * as C from './constants'; C.END`, { kind: 'import', from: 'src/constants', name: 'END' }],
    ['a parent-directory import', `import { END } from '../config/dates'; END`, { kind: 'import', from: 'config/dates', name: 'END' }],
    ['a require member', `const C = require('./constants'); C.END`, { kind: 'import', from: 'src/constants', name: 'END' }],
    ['a destructured require', `const { END } = require('./constants'); END`, { kind: 'import', from: 'src/constants', name: 'END' }],
  ])('%s becomes an import value', (_label, code, expected) => {
    expect(evaluate(code)).toEqual(expected);
  });

  it('leaves package imports unknown', () => {
    expect(evaluate(`import { END } from 'some-package'; END`)).toEqual(unknown);
    expect(evaluate(`const { END } = require('some-package'); END`)).toEqual(unknown);
  });

  it('defers operations over imports', () => {
    expect(evaluate(`import C from './constants'; C.END`)).toEqual({
      kind: 'deferred', op: 'member', args: [{ kind: 'import', from: 'src/constants', name: 'default' }, { kind: 'string', value: 'END' }],
    });
    expect(evaluate(`import { END } from './constants'; new Date(END)`)).toEqual({
      kind: 'deferred', op: 'toDate', args: [{ kind: 'import', from: 'src/constants', name: 'END' }],
    });
    expect(evaluate(`import { END } from './constants'; Date.now() > END`)).toMatchObject({ kind: 'deferred', op: 'compare' });
  });
});

describe('deferred values resolve to what direct evaluation gives', () => {
  const constants = `
    export const END = Date.UTC(2027, 2, 1);
    export const END_TEXT = '2027-03-01';
    export const YEAR = 2027;
    export const DAY = 864e5;
    export const SECONDS = 1803859200;
    const config = { trial: { ends: '2027-03-01' } };
    export default config;
  `;
  const c = load(constants);
  const table = collectExports(c.program, c.evaluator, moduleKeyResolver('src/constants.ts')).exports;
  const resolver = (from: string, name: string): Value => {
    if (from !== 'src/constants') return unknown;
    if (name === '*') return { kind: 'object', props: table };
    return table[name] ?? unknown;
  };
  const local = constants.replace(/export default config;/, '').replace(/export /g, '');

  it.each([
    ['Date.now() > END', `Date.now() > END`],
    ['END <= Date.now()', `END <= Date.now()`],
    ['new Date() < new Date(END_TEXT)', `new Date() < new Date(END_TEXT)`],
    ['Date.now() > END + 30 * DAY', `Date.now() > END + 30 * DAY`],
    ['Date.now() - END > 7 * DAY', `Date.now() - END > 7 * DAY`],
    ['Date.now() / 1000 > SECONDS', `Date.now() / 1000 > SECONDS`],
    ['new Date().getFullYear() >= YEAR', `new Date().getFullYear() >= YEAR`],
    ['new Date(YEAR, 2, 1) < new Date()', `new Date(YEAR, 2, 1) < new Date()`],
    ['!(Date.now() < END)', `!(Date.now() < END)`],
  ])('%s', (_label, expr) => {
    const deferred = evaluate(`import { END, END_TEXT, YEAR, DAY, SECONDS } from './constants'; ${expr}`);
    expect(deferred.kind).toBe('deferred');
    const direct = evaluate(`${local}; ${expr}`);
    expect(direct.kind).toBe('condition');
    expect(resolveValue(deferred, resolver)).toEqual(direct);
  });

  it('through a namespace import and a default export object', () => {
    const viaNamespace = resolveValue(evaluate(`import * as C from './constants'; Date.now() > C.END`), resolver);
    expect(viaNamespace).toEqual({ kind: 'condition', cond: { kind: 'time', at: END, trueAfter: true, dateText: 'C.END', clockText: 'Date.now()' } });
    const viaDefault = resolveValue(evaluate(`import config from './constants'; new Date() > new Date(config.trial.ends)`), resolver);
    expect(viaDefault).toMatchObject({ kind: 'condition', cond: { kind: 'time', at: END, trueAfter: true } });
  });
});

describe('comparisons of the clock with a fixed time', () => {
  it('gives the instant and the direction with the texts as written', () => {
    expect(condition(`const END = Date.UTC(2027, 2, 1); Date.now() > END`)).toEqual({
      kind: 'time', at: END, trueAfter: true, dateText: 'END', clockText: 'Date.now()',
    });
    expect(condition(`new Date('2027-03-01') < new Date()`)).toEqual({
      kind: 'time', at: END, trueAfter: true, dateText: "new Date('2027-03-01')", clockText: 'new Date()',
    });
  });

  it.each([
    ['seconds against Date.now() / 1000', `Date.now() / 1000 > 1803859200`, END, true],
    ['seconds through Math.floor', `const EXP = 1803859200; Math.floor(Date.now() / 1000) > EXP`, END, true],
    ['an offset from a fixed date', `const DAY = 864e5; Date.now() - new Date('2027-03-01').getTime() > 30 * DAY`, END + 30 * DAY, true],
    ['a remaining-time check', `new Date('2027-03-01').getTime() - Date.now() < 0`, END, true],
    ['a const clock', `const now = Date.now(); now >= Date.UTC(2027, 2, 1)`, END, true],
    ['TS wrappers', `(Date.now() as number) < (Date.UTC(2027, 2, 1) satisfies number)`, END, false],
    ['moment isAfter', `import moment from 'moment'; moment().isAfter('2027-03-01')`, END, true],
    ['moment isBefore', `import moment from 'moment'; moment().isBefore(moment('2027-03-01'))`, END, false],
    ['date-fns isAfter', `import { isAfter } from 'date-fns'; isAfter(new Date(), new Date('2027-03-01'))`, END, true],
    ['date-fns aliased isAfter', `import { isAfter as after } from 'date-fns'; after(new Date(), '2027-03-01')`, END, true],
    ['date-fns isPast', `import { isPast } from 'date-fns'; isPast(new Date('2027-03-01'))`, END, true],
    ['date-fns compareAsc', `import { compareAsc } from 'date-fns'; compareAsc(new Date(), new Date('2027-03-01')) === 1`, END, true],
    ['Math.sign of the difference', `Math.sign(Date.UTC(2027, 2, 1) - Date.now()) === -1`, END, true],
    ['dayjs diff in days', `import dayjs from 'dayjs'; dayjs().diff('2027-03-01', 'day') > 0`, END, true],
    ['luxon DateTime objects', `import { DateTime } from 'luxon'; DateTime.now() > DateTime.fromISO('2027-03-01')`, END, true],
    ['Temporal epochMilliseconds', `Temporal.Now.instant().epochMilliseconds > Date.UTC(2027, 2, 1)`, END, true],
    ['the clock as ISO text', `new Date().toISOString() > '2027-03-01'`, END, true],
    ['a sliced ISO text', `new Date().toISOString().slice(0, 10) >= '2027-03-01'`, END, true],
    ['a negated comparison', `!(Date.now() > Date.UTC(2027, 2, 1))`, END, false],
    ['a condition stored in a const', `const expired = Date.now() > Date.UTC(2027, 2, 1); expired`, END, true],
  ])('%s', (_label, code, at, trueAfter) => {
    expect(condition(code)).toMatchObject({ kind: 'time', at, trueAfter });
  });

  it.each([
    ['getFullYear() > 2026', `new Date().getFullYear() > 2026`, true],
    ['2027 <= getFullYear()', `2027 <= new Date().getFullYear()`, true],
    ['getFullYear() < 2027', `new Date().getFullYear() < 2027`, false],
    ['getFullYear() === 2027', `new Date().getFullYear() === 2027`, true],
    ['getFullYear() !== 2026', `new Date().getFullYear() !== 2026`, true],
    ['getYear() > 126', `new Date().getYear() > 126`, true],
    ['getUTCFullYear() >= 2027', `new Date().getUTCFullYear() >= 2027`, true],
    ['dayjs().year() > 2026', `import dayjs from 'dayjs'; dayjs().year() > 2026`, true],
    ['luxon .year >= 2027', `import { DateTime } from 'luxon'; DateTime.now().year >= 2027`, true],
    ['date-fns getYear(new Date()) >= 2027', `import { getYear } from 'date-fns'; getYear(new Date()) >= 2027`, true],
  ])('year check %s changes on 1 January 2027', (_label, code, trueAfter) => {
    expect(condition(code)).toMatchObject({ kind: 'time', at: Date.UTC(2027, 0, 1), trueAfter });
  });

  it('keeps month and weekday checks as calendar conditions', () => {
    expect(condition(`new Date().getMonth() === 11`)).toEqual({ kind: 'calendar', field: 'month', op: '===', value: 11, clockText: 'new Date().getMonth()' });
    expect(condition(`new Date().getDay() == 0`)).toMatchObject({ kind: 'calendar', field: 'weekday', op: '===', value: 0 });
    expect(condition(`import { DateTime } from 'luxon'; DateTime.now().month === 12`)).toMatchObject({ kind: 'calendar', field: 'month', value: 11 });
  });
});

describe('relative-time look-alikes are not conditions', () => {
  it.each([
    ['elapsed time since a start', `const start = Date.now(); Date.now() - start > 5000`],
    ['a deadline relative to now, against an unknown', `Date.now() + 864e5 > x`],
    ['a token expiry from a payload', `payload.exp * 1000 < Date.now()`],
    ['a cache age', `Date.now() - entry.createdAt > TTL`],
    ['the clock equal to an exact millisecond', `Date.now() === 1803859200000`],
    ['ISO text equal to a date', `new Date().toISOString() === '2027-03-01'`],
    ['epoch seconds compared with milliseconds', `Date.now() > 1803859200`],
    ['a zero sentinel', `Date.now() > 0`],
    ['a -1 sentinel', `Date.now() > -1`],
    ['Infinity', `Date.now() < Infinity`],
    ['Number.MAX_SAFE_INTEGER', `Date.now() < Number.MAX_SAFE_INTEGER`],
    ['a small number', `Date.now() >= 0x1A3F`],
    ['an implausible year', `new Date().getFullYear() < 1990`],
    ['the clock against a raw string', `Date.now() > '2027-03-01'`],
    ['two fixed dates', `new Date('2027-03-01') > new Date('2026-01-01')`],
    ['a user function that happens to be called isAfter', `function isAfter(a, b) { return a > b; } isAfter(new Date(), new Date('2027-03-01'))`],
  ])('%s', (_label, code) => {
    expect(evaluate(code).kind).not.toBe('condition');
    expect(evaluate(code).kind).not.toBe('deferred');
  });

  it('compares a BigInt epoch like a number (JS compares them mathematically)', () => {
    const v = evaluate(`BigInt(Date.now()) > 1803859200000n`);
    expect(v).toMatchObject({ kind: 'condition', cond: { kind: 'time', at: Date.UTC(2027, 2, 1), trueAfter: true } });
  });
});
