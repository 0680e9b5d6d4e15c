/**
 * Guards: the conditions a trigger sits behind (`if (IS_BETA && Date.now() > END)`), as plain
 * data over compile-time names. The per-file phase records them without knowing the release;
 * the link phase decides them against the release's defines (`__BETA__=false`), so a cache of
 * per-file facts stays valid when a profile or define changes.
 */
import type { DefineValue } from './release.js';
import type { Value } from './value.js';

export type GuardExpr =
  /** Known in the source itself: `const IS_BETA = true`. */
  | { kind: 'const'; value: boolean }
  /** The truthiness of a compile-time name: `__BETA__`, `process.env.BETA`, `import.meta.env.VITE_EAP`. */
  | { kind: 'define'; name: string }
  /** A name compared with strings: `process.env.CHANNEL === 'beta'`, `['beta', 'rc'].includes(CHANNEL)`. */
  | { kind: 'equals'; name: string; values: string[] }
  /** A name tested against a pattern: `version.includes('-beta')`, `/-(alpha|beta)/.test(VERSION)`. */
  | { kind: 'matches'; name: string; pattern: string; flags: string }
  /**
   * A value imported from another file (`import { IS_BETA } from './build-flags'`), tested for
   * truthiness, membership or a pattern once the link phase has resolved it.
   */
  | { kind: 'value'; value: Value; values?: string[]; pattern?: string; flags?: string }
  | { kind: 'not'; arg: GuardExpr }
  | { kind: 'and' | 'or'; args: GuardExpr[] }
  | { kind: 'unknown' };

export interface GuardFact {
  /** The guard as written, for messages: `IS_BETA`, `channel === 'beta'`. */
  text: string;
  /** What must hold for the trigger to matter (negations already applied). */
  expr: GuardExpr;
  /** It tests for a pre-release build (a beta flag, a pre-release channel or version). */
  prerelease: boolean;
}

/** A define's value as the guard sees it, with where it came from. */
export interface DefineLookup {
  (name: string): { value: DefineValue; source: string } | undefined;
}

export interface GuardVerdict {
  /** true / false when decided, undefined when it depends on run time. */
  value: boolean | undefined;
  /** The names that decided it, with their values and sources: `__BETA__ = false (--define)`. */
  because: string[];
}

/** Resolves a value that waits for imports (the link phase's resolver). */
export type ValueResolver = (v: Value) => Value;

export function decideGuard(expr: GuardExpr, lookup: DefineLookup, resolve: ValueResolver = (v) => v): GuardVerdict {
  const because: string[] = [];
  const value = decide(expr);
  return { value, because };

  function decide(e: GuardExpr): boolean | undefined {
    switch (e.kind) {
      case 'const': return e.value;
      case 'unknown': return undefined;
      case 'not': {
        const v = decide(e.arg);
        return v === undefined ? undefined : !v;
      }
      case 'and': {
        let result: boolean | undefined = true;
        for (const a of e.args) {
          const v = decide(a);
          if (v === false) return false;
          if (v === undefined) result = undefined;
        }
        return result;
      }
      case 'or': {
        let result: boolean | undefined = false;
        for (const a of e.args) {
          const v = decide(a);
          if (v === true) return true;
          if (v === undefined) result = undefined;
        }
        return result;
      }
      case 'value': {
        const v = resolve(e.value);
        const scalar = v.kind === 'boolean' || v.kind === 'string' || v.kind === 'number' ? v.value : v.kind === 'nullish' ? null : undefined;
        if (scalar === undefined) return undefined;
        because.push(`imported value ${JSON.stringify(scalar)}`);
        if (e.values) return e.values.includes(String(scalar));
        if (e.pattern !== undefined) return safeTest(e.pattern, e.flags ?? '', String(scalar));
        return truthy(scalar);
      }
      case 'define': case 'equals': case 'matches': {
        const found = lookup(e.name);
        if (!found) return undefined;
        because.push(`${e.name} = ${JSON.stringify(found.value)} ${found.source.startsWith('--') || found.source.startsWith('profile ') ? 'from' : 'in'} ${found.source}`);
        const v = found.value;
        if (e.kind === 'define') return truthy(v);
        const text = v === null ? '' : String(v);
        if (e.kind === 'equals') return e.values.includes(text);
        try {
          return new RegExp(e.pattern, e.flags).test(text);
        } catch {
          return undefined;
        }
      }
    }
  }
}

function safeTest(pattern: string, flags: string, text: string): boolean | undefined {
  try {
    return new RegExp(pattern, flags).test(text);
  } catch {
    return undefined;
  }
}

/** Truthiness as the bundled code would see the replaced value ("false" from an .env file is a string). */
function truthy(v: DefineValue): boolean {
  if (typeof v === 'string') return v !== '' && !/^(?:false|0|no|off)$/i.test(v);
  return Boolean(v);
}

export function notGuard(e: GuardExpr): GuardExpr {
  if (e.kind === 'const') return { kind: 'const', value: !e.value };
  if (e.kind === 'not') return e.arg;
  if (e.kind === 'unknown') return e;
  return { kind: 'not', arg: e };
}

/** The imported values a guard reads, for loading their files before the link. */
export function guardValues(e: GuardExpr): Value[] {
  switch (e.kind) {
    case 'value': return [e.value];
    case 'not': return guardValues(e.arg);
    case 'and': case 'or': return e.args.flatMap(guardValues);
    default: return [];
  }
}

/** The names a guard reads (for deciding whether any define could matter). */
export function guardNames(e: GuardExpr): string[] {
  switch (e.kind) {
    case 'define': case 'equals': case 'matches': return [e.name];
    case 'not': return guardNames(e.arg);
    case 'and': case 'or': return e.args.flatMap(guardNames);
    default: return [];
  }
}
