/**
 * Which way a condition turns when the clock passes its date, known before the date itself is:
 * `Date.now() > IMPORTED_END` is true after the date whatever IMPORTED_END turns out to be.
 * The guard analysis needs this in the per-file phase; the date is resolved at link time.
 */
import type { Value } from './value.js';

/** Sign of the clock's coefficient in a numeric value: +1 grows with time, -1 shrinks, 0 none. */
export function clockSign(v: Value): number {
  switch (v.kind) {
    case 'clock': return Math.sign(v.lin.now);
    case 'calendar': return v.field === 'year' ? 1 : 0;
    case 'clockText': return 1;
    case 'sign': return Math.sign(v.lin.now);
    case 'deferred': {
      const [a, b] = v.args;
      switch (v.op) {
        case 'add': return clockSign(a!) || clockSign(b!);
        case 'sub': return clockSign(a!) || -clockSign(b!);
        case 'mul': return clockSign(a!) * numberSign(b!) || clockSign(b!) * numberSign(a!);
        case 'div': return clockSign(a!) * numberSign(b!);
        case 'neg': return -clockSign(a!);
        case 'pos': case 'toDate': case 'calendarAdd': return clockSign(a!);
        case 'toNumber':
          // signOf(a, b) is recorded as toNumber('sign', text, a, b)
          if (a?.kind === 'string' && a.value === 'sign') return clockSign(v.args[2]!) || -clockSign(v.args[3] ?? { kind: 'unknown' });
          return clockSign(a!);
        case 'field': return (b?.kind === 'string' && b.value === 'year') ? clockSign(a!) : 0;
        // An imported helper called without arguments (`nowSeconds()`): most likely a clock
        // reading. Only the provisional polarity relies on this; link time decides.
        case 'call': return 1;
        default: return 0;
      }
    }
    default: return 0;
  }
}

/** Scale factors not known yet (an imported DAY_MS) are taken as positive durations. */
function numberSign(v: Value): number {
  if (v.kind === 'import' || v.kind === 'deferred') return 1;
  return v.kind === 'number' ? Math.sign(v.value) : 0;
}

/**
 * True when the condition holds after its date, false when before, undefined when this value
 * is not (or not yet recognisably) a clock condition.
 */
export function conditionTrueAfter(v: Value): boolean | undefined {
  if (v.kind === 'condition') return v.cond.kind === 'time' ? v.cond.trueAfter : undefined;
  if (v.kind !== 'deferred') return undefined;
  if (v.op === 'not') {
    const inner = conditionTrueAfter(v.args[0]!);
    return inner === undefined ? undefined : !inner;
  }
  if (v.op !== 'compare') return undefined;
  const op = v.args[0]?.kind === 'string' ? v.args[0].value : '';
  const sign = clockSign(v.args[1]!) || -clockSign(v.args[2]!);
  if (sign === 0) return undefined;
  if (op === '>' || op === '>=') return sign > 0;
  if (op === '<' || op === '<=') return sign < 0;
  if (op === '===' || op === '==' || op === '!==' || op === '!=') return true;
  return undefined;
}
