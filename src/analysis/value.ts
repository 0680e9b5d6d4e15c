/**
 * The language-neutral value domain of the evaluators. Every value is plain serialisable data, so
 * per-file facts can cross worker boundaries and live in a cache.
 *
 * Time-dependent numbers are linear forms `now*NOW + build*BUILD + c` in milliseconds, where NOW
 * is the wall clock at run time and BUILD the build instant. A comparison of two such forms is a
 * trigger when the difference depends on NOW and on nothing else unknown.
 */

export interface Linear {
  now: number;
  build: number;
  c: number;
}

export type CalendarField = 'year' | 'month' | 'date' | 'weekday' | 'hours' | 'minutes';

/** Where a fixed instant came from, for messages: the literal text and how it was written. */
export interface Origin {
  text: string;
}

export type Value =
  /** A plain number, string or boolean known at analysis time. */
  | { kind: 'number'; value: number; origin?: Origin }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'nullish' }
  /** A fixed point in time (a date literal, Date.UTC(...), an epoch that is used as a date). */
  | { kind: 'instant'; ms: number; origin: Origin; object: boolean }
  /** A number or date object whose value depends on the clock: Date.now(), new Date(), NOW - BUILD... */
  | { kind: 'clock'; lin: Linear; object: boolean; source: string; buildSource?: string }
  /** A calendar component of the current time: new Date().getFullYear() + add. */
  | { kind: 'calendar'; field: CalendarField; add: number; source: string }
  /** The current time as an ISO string (new Date().toISOString(), optionally sliced). */
  | { kind: 'clockText'; source: string }
  /** Math.sign(lin) / compareAsc(a, b): -1, 0 or 1 depending on the sign of a linear form. */
  | { kind: 'sign'; lin: Linear; source: string; buildSource?: string }
  /** A boolean that changes with the clock (the result of a comparison). */
  | { kind: 'condition'; cond: Condition }
  /** `spreads` are imported objects spread into this one, merged (before props) at link time. */
  | { kind: 'object'; props: Record<string, Value>; spreads?: Value[] }
  /** A file-local function whose body we can evaluate (no parameters used). */
  | { kind: 'function'; returns: Value }
  /** A reference to an export of another module, resolved at link time. */
  | { kind: 'import'; from: string; name: string }
  /** An operation over values of which at least one is an unresolved import. */
  | { kind: 'deferred'; op: DeferredOp; args: Value[] }
  | { kind: 'unknown' };

/**
 * A condition over the clock. `at` is the instant the condition changes, `trueAfter` tells
 * whether it is true after `at` (Date.now() > END) or before (Date.now() < END).
 * `buildOffsetMs` is set for build-age checks whose build instant is not known: the condition
 * changes `buildOffsetMs` after the build.
 */
export type Condition =
  | {
      kind: 'time';
      at: number | null;
      buildOffsetMs?: number;
      trueAfter: boolean;
      /** The fixed side as written, and the clock side as written, for messages. */
      dateText: string;
      clockText: string;
      buildText?: string;
    }
  | { kind: 'calendar'; field: CalendarField; op: string; value: number; clockText: string };

export type DeferredOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'neg' | 'pos' | 'member' | 'toDate' | 'toNumber'
  | 'compare' | 'not' | 'calendarAdd' | 'field' | 'or' | 'call' | 'lookup';

export const UNKNOWN: Value = { kind: 'unknown' };

export function num(value: number): Value {
  return { kind: 'number', value };
}

export function isUnknown(v: Value): boolean {
  return v.kind === 'unknown';
}

export function isPending(v: Value): boolean {
  return v.kind === 'import' || v.kind === 'deferred' || (v.kind === 'object' && !!v.spreads?.length);
}

/** The linear form of a numeric-ish value, or undefined when it is not a number in time. */
export function toLinear(v: Value): Linear | undefined {
  switch (v.kind) {
    case 'number': return { now: 0, build: 0, c: v.value };
    case 'instant': return { now: 0, build: 0, c: v.ms };
    case 'clock': return v.lin;
    case 'boolean': return { now: 0, build: 0, c: v.value ? 1 : 0 };
    default: return undefined;
  }
}

export function linearIsConstant(l: Linear): boolean {
  return l.now === 0 && l.build === 0;
}

export function addLinear(a: Linear, b: Linear, sign = 1): Linear {
  return { now: a.now + sign * b.now, build: a.build + sign * b.build, c: a.c + sign * b.c };
}

export function scaleLinear(a: Linear, k: number): Linear {
  return { now: a.now * k, build: a.build * k, c: a.c * k };
}

/** Serialises a value as a short human text for messages (never the whole object). */
export function describeValue(v: Value): string {
  switch (v.kind) {
    case 'number': return String(v.value);
    case 'string': return JSON.stringify(v.value.length > 40 ? v.value.slice(0, 40) + '…' : v.value);
    case 'boolean': return String(v.value);
    case 'instant': return v.origin.text;
    case 'clock': return v.source;
    default: return v.kind;
  }
}

/**
 * Whether a value may carry a reading of the clock to whoever uses it: a clock-dependent value, a
 * function returning one, an object holding one, or anything still waiting for an import.
 */
export function carriesClock(v: Value, depth = 0): boolean {
  switch (v.kind) {
    case 'clock': case 'calendar': case 'clockText': case 'sign': case 'condition':
    case 'import': case 'deferred':
      return true;
    case 'function':
      return depth > 8 || carriesClock(v.returns, depth + 1);
    case 'object':
      return depth > 8 || (v.spreads?.length ?? 0) > 0 || Object.values(v.props).some((p) => carriesClock(p, depth + 1));
    default:
      return false;
  }
}
