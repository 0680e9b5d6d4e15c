/**
 * Pure operations over values. Evaluators of every language call these; when an operand is an
 * unresolved import the operation is recorded as a deferred value and re-applied at link time
 * with the same function, so per-file and cross-file results agree by construction.
 */
import { parseDateText, parseWithFormat, instantFromParts } from './dates.js';
import {
  addCalendar, isPlausibleInstant, isPlausibleYear, startOfYear, toReadableDate, unitMs,
  type TimeUnit,
} from './time.js';
import {
  UNKNOWN, addLinear, isPending, linearIsConstant, scaleLinear, toLinear,
  type CalendarField, type Condition, type DeferredOp, type Linear, type Value,
} from './value.js';

const str = (value: string): Value => ({ kind: 'string', value });

function anyPending(args: Value[]): boolean {
  return args.some(isPending);
}

function deferred(op: DeferredOp, args: Value[]): Value {
  return { kind: 'deferred', op, args };
}

function textOf(v: Value | undefined): string {
  return v && v.kind === 'string' ? v.value : '';
}

function numberOf(v: Value | undefined): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** Wraps a linear form back into the most specific value kind. */
function fromLinear(lin: Linear, hint: { instant: boolean; object: boolean; source: string; buildSource?: string }): Value {
  if (linearIsConstant(lin)) {
    if (hint.instant) return { kind: 'instant', ms: lin.c, origin: { text: hint.source }, object: hint.object };
    return { kind: 'number', value: lin.c };
  }
  return { kind: 'clock', lin, object: hint.object, source: hint.source, ...(hint.buildSource ? { buildSource: hint.buildSource } : {}) };
}

function clockSource(...vals: Value[]): string {
  for (const v of vals) if (v.kind === 'clock' || v.kind === 'sign') return v.source;
  return '';
}

function buildSource(...vals: Value[]): string | undefined {
  for (const v of vals) if ((v.kind === 'clock' || v.kind === 'sign') && v.buildSource) return v.buildSource;
  return undefined;
}

export function arithmetic(op: 'add' | 'sub' | 'mul' | 'div' | 'mod', a: Value, b: Value): Value {
  if (anyPending([a, b])) return deferred(op, [a, b]);
  // getFullYear() + 1, getYear() + 1900, getMonth() + 1: still the same calendar field.
  if ((op === 'add' || op === 'sub') && a.kind === 'calendar' && b.kind === 'number') return { ...a, add: a.add + (op === 'add' ? b.value : -b.value) };
  if (op === 'add' && b.kind === 'calendar' && a.kind === 'number') return { ...b, add: b.add + a.value };
  if (op === 'add' && (a.kind === 'string' || b.kind === 'string')) {
    const sa = scalarText(a);
    const sb = scalarText(b);
    return sa !== undefined && sb !== undefined ? str(sa + sb) : UNKNOWN;
  }
  const la = toLinear(a);
  const lb = toLinear(b);
  if (!la || !lb) return UNKNOWN;
  const instantIn = a.kind === 'instant' || b.kind === 'instant';
  const source = clockSource(a, b);
  const build = buildSource(a, b);
  switch (op) {
    case 'add':
    case 'sub': {
      const lin = addLinear(la, lb, op === 'add' ? 1 : -1);
      // instant ± duration stays an instant; instant - instant is a duration (a number).
      const bothInstants = a.kind === 'instant' && b.kind === 'instant';
      const objectIn = (a.kind === 'instant' && a.object) || (a.kind === 'clock' && a.object);
      return fromLinear(lin, { instant: instantIn && !bothInstants, object: objectIn && op === 'add' && b.kind === 'number', source, ...(build ? { buildSource: build } : {}) });
    }
    case 'mul': {
      if (linearIsConstant(la)) return fromLinear(scaleLinear(lb, la.c), { instant: false, object: false, source, ...(build ? { buildSource: build } : {}) });
      if (linearIsConstant(lb)) return fromLinear(scaleLinear(la, lb.c), { instant: false, object: false, source, ...(build ? { buildSource: build } : {}) });
      return UNKNOWN;
    }
    case 'div': {
      if (!linearIsConstant(lb) || lb.c === 0) return UNKNOWN;
      return fromLinear(scaleLinear(la, 1 / lb.c), { instant: false, object: false, source, ...(build ? { buildSource: build } : {}) });
    }
    case 'mod':
      return linearIsConstant(la) && linearIsConstant(lb) && lb.c !== 0 ? { kind: 'number', value: la.c % lb.c } : UNKNOWN;
  }
}

function scalarText(v: Value): string | undefined {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'boolean') return String(v.value);
  return undefined;
}

export function negate(a: Value): Value {
  if (isPending(a)) return deferred('neg', [a]);
  const l = toLinear(a);
  if (!l || a.kind === 'boolean') return UNKNOWN;
  return fromLinear(scaleLinear(l, -1), { instant: false, object: false, source: clockSource(a) });
}

/** `+x`, `Number(x)`, `x.getTime()`, `x.valueOf()`: a date object becomes its epoch number. */
export function toNumber(a: Value): Value {
  if (isPending(a)) return deferred('toNumber', [a]);
  switch (a.kind) {
    case 'instant': return { ...a, object: false };
    case 'clock': return { ...a, object: false };
    case 'number': return a;
    case 'string': {
      const n = numberOf(a);
      return n === undefined ? UNKNOWN : { kind: 'number', value: n };
    }
    case 'boolean': return { kind: 'number', value: a.value ? 1 : 0 };
    default: return UNKNOWN;
  }
}

/** `new Date(x)`, `moment(x)`, `dayjs(x)`, `parseISO(x)`, `DateTime.fromISO(x)`...: a date object. */
export function toDate(a: Value, format?: Value): Value {
  if (anyPending(format ? [a, format] : [a])) return deferred('toDate', format ? [a, format] : [a]);
  switch (a.kind) {
    case 'number':
      return Number.isFinite(a.value) ? { kind: 'instant', ms: a.value, origin: { text: String(a.value) }, object: true } : UNKNOWN;
    case 'instant':
      return { ...a, object: true };
    case 'clock':
      return { ...a, object: true };
    case 'string': {
      const ms = format && format.kind === 'string' ? parseWithFormat(a.value, format.value) : parseDateText(a.value);
      return ms === undefined ? UNKNOWN : { kind: 'instant', ms, origin: { text: JSON.stringify(a.value) }, object: true };
    }
    default:
      return UNKNOWN;
  }
}

/**
 * `new Date(y, m, d, ...)` and `Date.UTC(...)`: month is zero-based. `monthBase` is 1 for
 * libraries that count months from one (luxon, Temporal, date-fns `new Date` is zero-based).
 */
export function fromParts(args: Value[], monthBase: 0 | 1, text: string, object: boolean): Value {
  if (anyPending(args)) return deferred('toDate', [str('parts'), str(String(monthBase)), str(text), { kind: 'boolean', value: object }, ...args]);
  const nums = args.map(numberOf);
  if (nums.length === 0 || nums.some((n) => n === undefined)) return UNKNOWN;
  const [y, m = monthBase, d = 1, h = 0, mi = 0, s = 0, ms = 0] = nums as number[];
  // Date's own overflow rules (month 12 = next January) are deterministic in UTC.
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return UNKNOWN;
  const at = Date.UTC(y, m - monthBase, d, h, mi, s, ms);
  return Number.isFinite(at) ? { kind: 'instant', ms: at, origin: { text }, object } : UNKNOWN;
}

/** A calendar field of a date value: getFullYear(), getMonth(), moment().year(), luxon .year. */
export function field(date: Value, name: CalendarField, add: number, utc: boolean): Value {
  if (isPending(date)) return deferred('field', [date, str(name), { kind: 'number', value: add }, { kind: 'boolean', value: utc }]);
  if (date.kind === 'instant') {
    const d = new Date(date.ms);
    const value = name === 'year' ? d.getUTCFullYear() : name === 'month' ? d.getUTCMonth() : name === 'date' ? d.getUTCDate()
      : name === 'weekday' ? d.getUTCDay() : name === 'hours' ? d.getUTCHours() : d.getUTCMinutes();
    return { kind: 'number', value: value + add };
  }
  if (date.kind === 'clock' && date.lin.now === 1 && date.lin.build === 0 && date.lin.c === 0) {
    return { kind: 'calendar', field: name, add, source: date.source };
  }
  return UNKNOWN;
}

/** Adds an amount of a unit to a date value (moment#add, addDays, luxon plus...). */
export function calendarAdd(date: Value, amount: Value, unit: TimeUnit, sign: 1 | -1): Value {
  if (anyPending([date, amount])) return deferred('calendarAdd', [date, amount, str(unit), { kind: 'number', value: sign }]);
  const n = numberOf(amount);
  if (n === undefined) return UNKNOWN;
  if (date.kind === 'instant') return { ...date, ms: addCalendar(date.ms, sign * n, unit) };
  if (date.kind === 'clock') return { ...date, lin: { ...date.lin, c: date.lin.c + sign * n * unitMs(unit) } };
  return UNKNOWN;
}

export function member(obj: Value, prop: string): Value {
  // A property of a module namespace (`import * as C`, `require('./c')`) is that module's export.
  if (obj.kind === 'import' && obj.name === '*') return { kind: 'import', from: obj.from, name: prop };
  if (obj.kind === 'object' && Object.prototype.hasOwnProperty.call(obj.props, prop)) return obj.props[prop]!;
  if (isPending(obj)) return deferred('member', [obj, str(prop)]);
  if (obj.kind === 'object') return Object.prototype.hasOwnProperty.call(obj.props, prop) ? obj.props[prop]! : UNKNOWN;
  if (obj.kind === 'string' && prop === 'length') return { kind: 'number', value: obj.value.length };
  return UNKNOWN;
}

/** `a || b` / `a ?? b`: the fallback is used when the left side is not known at analysis time. */
export function fallback(a: Value, b: Value, nullishOnly: boolean): Value {
  if (isPending(a)) return deferred('or', [a, b, { kind: 'boolean', value: nullishOnly }]);
  if (a.kind === 'unknown' || a.kind === 'nullish') return b;
  if (!nullishOnly && ((a.kind === 'string' && a.value === '') || (a.kind === 'number' && a.value === 0) || (a.kind === 'boolean' && !a.value))) return b;
  return a;
}

export function not(a: Value): Value {
  if (isPending(a)) return deferred('not', [a]);
  if (a.kind === 'boolean') return { kind: 'boolean', value: !a.value };
  if (a.kind === 'condition') return { kind: 'condition', cond: negateCondition(a.cond) };
  return UNKNOWN;
}

export function negateCondition(c: Condition): Condition {
  if (c.kind === 'time') return { ...c, trueAfter: !c.trueAfter };
  const inverse: Record<string, string> = { '===': '!==', '!==': '===', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };
  return { ...c, op: inverse[c.op] ?? c.op };
}

export type RelOp = '<' | '<=' | '>' | '>=' | '==' | '===' | '!=' | '!==';
const FLIP: Record<RelOp, RelOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '===': '===', '!=': '!=', '!==': '!==' };

/**
 * `left op right` where one side depends on the clock and the other is fixed. Returns a
 * condition value, or unknown when this is not a comparison of the clock with a fixed time.
 */
export function compare(op: RelOp, left: Value, right: Value, leftText: string, rightText: string): Value {
  if (anyPending([left, right])) return deferred('compare', [str(op), left, right, str(leftText), str(rightText)]);
  // Put the clock-dependent side on the left.
  if (dependsOnClock(right) && !dependsOnClock(left)) return compare(FLIP[op], right, left, rightText, leftText);
  const cond = compareClockLeft(op, left, right, leftText, rightText);
  return cond ? { kind: 'condition', cond } : UNKNOWN;
}

function dependsOnClock(v: Value): boolean {
  return v.kind === 'clock' || v.kind === 'calendar' || v.kind === 'clockText' || v.kind === 'sign';
}

function compareClockLeft(op: RelOp, left: Value, right: Value, leftText: string, rightText: string): Condition | undefined {
  const equality = op === '==' || op === '===' || op === '!=' || op === '!==';
  if (left.kind === 'calendar') {
    const n = numberOf(right);
    if (n === undefined || !Number.isInteger(n)) return undefined;
    if (left.field === 'year') return yearCondition(op, n - left.add, leftText, rightText);
    return { kind: 'calendar', field: left.field, op: normaliseEq(op), value: n - left.add, clockText: leftText };
  }
  if (left.kind === 'clockText') {
    if (right.kind !== 'string' || equality) return undefined;
    const at = parseDateText(right.value);
    if (at === undefined || !isPlausibleInstant(at)) return undefined;
    return timeCondition(op, 1, at, leftText, rightText);
  }
  if (left.kind === 'sign') {
    // sign(D) compared with -1, 0 or 1 is D compared with 0.
    const n = numberOf(right);
    if (n === undefined) return undefined;
    const eqOp = normaliseEq(op);
    let rel: RelOp | undefined;
    if (eqOp === '===') rel = n > 0 ? '>' : n < 0 ? '<' : undefined;
    else if (eqOp === '!==') rel = n > 0 ? '<=' : n < 0 ? '>=' : undefined;
    else if (n === 0 || (n === 1 && (op === '>=' || op === '<')) || (n === -1 && (op === '<=' || op === '>'))) {
      rel = n === 0 ? op : op === '>=' ? '>' : op === '<' ? '<=' : op === '<=' ? '<' : '>=';
    }
    if (!rel) return undefined;
    return linearCondition(rel, left.lin, leftText, rightText, left.buildSource);
  }
  if (equality) return undefined; // the clock equals an exact millisecond: not a trigger
  const l = toLinear(left);
  const r = toLinear(right);
  if (!l || !r || right.kind === 'boolean' || left.kind === 'boolean') return undefined;
  if (l.now === 0) return undefined;
  const d = addLinear(l, r, -1);
  return linearCondition(op, d, leftText, rightText, buildSource(left, right));
}

function normaliseEq(op: RelOp): string {
  return op === '==' ? '===' : op === '!=' ? '!==' : op;
}

/** `d op 0` where d = now*NOW + build*BUILD + c. */
function linearCondition(op: RelOp, d: Linear, clockText: string, dateText: string, buildText?: string): Condition | undefined {
  if (d.now === 0) return undefined;
  const positive = d.now > 0;
  const greater = op === '>' || op === '>=';
  const trueAfter = greater ? positive : !positive;
  if (d.build !== 0) {
    // Build-age check: NOW - BUILD compared with a duration. Only the balanced form is meaningful.
    if (Math.abs(d.build + d.now) > 1e-9 * Math.abs(d.now)) return undefined;
    const offset = -d.c / d.now;
    if (!(offset > 0 && offset < 100 * 366 * 86_400_000)) return undefined;
    return { kind: 'time', at: null, buildOffsetMs: Math.round(offset), trueAfter, dateText, clockText, ...(buildText ? { buildText } : {}) };
  }
  const at = Math.round(-d.c / d.now);
  if (!isPlausibleInstant(at)) return undefined;
  return { kind: 'time', at, trueAfter, dateText, clockText };
}

function timeCondition(op: RelOp, sign: 1 | -1, at: number, clockText: string, dateText: string): Condition {
  const greater = op === '>' || op === '>=';
  return { kind: 'time', at, trueAfter: sign > 0 ? greater : !greater, dateText, clockText };
}

function yearCondition(op: RelOp, year: number, clockText: string, dateText: string): Condition | undefined {
  if (!isPlausibleYear(year)) return undefined;
  const eq = normaliseEq(op);
  const base = { kind: 'time' as const, dateText: `${dateText} (year)`, clockText };
  switch (eq) {
    case '>': return { ...base, at: startOfYear(year + 1), trueAfter: true };
    case '>=': return { ...base, at: startOfYear(year), trueAfter: true };
    case '<': return { ...base, at: startOfYear(year), trueAfter: false };
    case '<=': return { ...base, at: startOfYear(year + 1), trueAfter: false };
    // `year === 2027` becomes true on 1 January 2027; `year !== 2026` becomes true when 2026 ends.
    case '===': return { ...base, at: startOfYear(year), trueAfter: true };
    case '!==': return { ...base, at: startOfYear(year + 1), trueAfter: true };
    default: return undefined;
  }
}

/** Math.sign(x), compareAsc(a, b), Temporal.X.compare(a, b): the sign of a linear form. */
export function signOf(a: Value, b: Value | undefined, text: string): Value {
  const args = b ? [a, b] : [a];
  if (anyPending(args)) return deferred('toNumber', [str('sign'), str(text), ...args]);
  const la = toLinear(a);
  const lb = b ? toLinear(b) : { now: 0, build: 0, c: 0 };
  if (!la || !lb) return UNKNOWN;
  const lin = addLinear(la, lb, -1);
  if (lin.now === 0) return UNKNOWN;
  const build = buildSource(a, ...(b ? [b] : []));
  return { kind: 'sign', lin, source: text, ...(build ? { buildSource: build } : {}) };
}

/** A library comparison helper: isAfter(a, b) is `a > b`, isSameOrBefore(a, b) is `a <= b`. */
export function relation(op: RelOp, a: Value, b: Value, aText: string, bText: string): Value {
  return compare(op, toNumber(a), toNumber(b), aText, bText);
}

/**
 * Re-applies a deferred operation once its operands are resolved. `resolve` maps an import
 * to its value (possibly unknown).
 */
export function resolveValue(v: Value, resolveImport: (from: string, name: string) => Value, depth = 0): Value {
  if (depth > 40) return UNKNOWN;
  if (v.kind === 'import') return resolveImport(v.from, v.name);
  if (v.kind === 'object') {
    const props: Record<string, Value> = {};
    for (const spread of v.spreads ?? []) {
      const merged = resolveValue(spread, resolveImport, depth + 1);
      if (merged.kind === 'object') Object.assign(props, merged.props);
    }
    for (const [k, p] of Object.entries(v.props)) props[k] = resolveValue(p, resolveImport, depth + 1);
    return { kind: 'object', props };
  }
  if (v.kind === 'function') return { kind: 'function', returns: resolveValue(v.returns, resolveImport, depth + 1) };
  if (v.kind !== 'deferred') return v;
  const args = v.args.map((a) => resolveValue(a, resolveImport, depth + 1));
  if (anyPending(args)) return UNKNOWN; // an import that could not be resolved
  return applyOp(v.op, args);
}

export function applyOp(op: DeferredOp, args: Value[]): Value {
  const a = args[0] ?? UNKNOWN;
  const b = args[1] ?? UNKNOWN;
  switch (op) {
    case 'add': case 'sub': case 'mul': case 'div': case 'mod':
      return arithmetic(op, a, b);
    case 'neg': return negate(a);
    case 'pos': return toNumber(a);
    case 'member': return member(a, textOf(b));
    case 'toNumber':
      if (a.kind === 'string' && a.value === 'sign') return signOf(args[2] ?? UNKNOWN, args[3], textOf(b));
      return toNumber(a);
    case 'toDate':
      if (a.kind === 'string' && a.value === 'parts' && args.length >= 4) {
        const object = args[3]!.kind === 'boolean' && (args[3] as { value: boolean }).value;
        return fromParts(args.slice(4), textOf(b) === '1' ? 1 : 0, textOf(args[2]), object);
      }
      return toDate(a, args[1]);
    case 'compare':
      return compare(textOf(a) as RelOp, b, args[2] ?? UNKNOWN, textOf(args[3]), textOf(args[4]));
    case 'not': return not(a);
    case 'calendarAdd': return calendarAdd(a, b, textOf(args[2]) as TimeUnit, numberOf(args[3]) === -1 ? -1 : 1);
    case 'field': return field(a, textOf(b) as CalendarField, numberOf(args[2]) ?? 0, args[3]?.kind === 'boolean' && args[3].value);
    case 'or': return fallback(a, b, args[2]?.kind === 'boolean' && args[2].value);
    case 'call': return callValue(a);
    case 'lookup': return anyEntry(a);
  }
}

/**
 * `TABLE[key]` with a key known only at run time: when every entry of the table is a fixed date,
 * the lookup is one of them, and the earliest stands for all (the first to fire).
 */
export function anyEntry(table: Value): Value {
  if (isPending(table)) return deferred('lookup', [table]);
  if (table.kind !== 'object') return UNKNOWN;
  const entries = Object.values(table.props);
  if (entries.length === 0 || entries.length > 50) return UNKNOWN;
  let best: { v: Value; at: number } | undefined;
  for (const v of entries) {
    const d = toDate(v);
    if (d.kind !== 'instant') return UNKNOWN;
    if (!best || d.ms < best.at) best = { v, at: d.ms };
  }
  return best!.v;
}

/** Calling a function value gives what it returns (functions we model take no arguments). */
export function callValue(fn: Value): Value {
  if (isPending(fn)) return deferred('call', [fn]);
  return fn.kind === 'function' ? fn.returns : UNKNOWN;
}

/** Human text of the instant a condition changes at, for messages. */
export function conditionDateText(c: Condition): string {
  return c.kind === 'time' && c.at !== null ? toReadableDate(c.at) : '';
}

export { instantFromParts };
