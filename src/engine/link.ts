/**
 * The link phase: resolves triggers whose operands are imports through the export tables of the
 * files they import (transitively), then turns reports into findings. Nothing is re-parsed.
 */
import { createHash } from 'node:crypto';
import { parseDateText } from '../analysis/dates.js';
import { decideGuard, type DefineLookup, type GuardFact, type ValueResolver } from '../analysis/guard.js';
import { moduleKeyCandidates } from '../analysis/js/module-keys.js';
import { resolveValue } from '../analysis/ops.js';
import { daysBetween, describeDays, toIso, toReadableDate } from '../analysis/time.js';
import { UNKNOWN, type Value } from '../analysis/value.js';
import type { FileFacts, PendingReport } from './facts.js';
import type { Finding, Severity } from './types.js';
import { compareText } from './text-order.js';

/** Finds the facts of the file a module key names (known, or loaded on demand). */
export type FactsLookup = (file: string) => FileFacts | undefined;

/** Every module key a value refers to, for loading dependencies before resolution. */
export function importKeysOf(v: Value, out: Set<string> = new Set()): Set<string> {
  if (v.kind === 'import') out.add(v.from);
  else if (v.kind === 'deferred') for (const a of v.args) importKeysOf(a, out);
  else if (v.kind === 'object') {
    for (const p of Object.values(v.props)) importKeysOf(p, out);
    for (const p of v.spreads ?? []) importKeysOf(p, out);
  }
  else if (v.kind === 'function') importKeysOf(v.returns, out);
  return out;
}

/** The file a module key resolves to among `exists`, in resolution order. */
export function resolveModuleKey(key: string, exists: (file: string) => boolean): string | undefined {
  return moduleKeyCandidates(key).find(exists);
}

/** Builds an import resolver over a set of facts; cycles and depth are bounded. */
export function importResolver(lookup: FactsLookup, fileOfKey: (key: string) => string | undefined) {
  const resolving = new Set<string>();
  const resolve = (key: string, name: string, depth = 0): Value => {
    const file = fileOfKey(key);
    const facts = file ? lookup(file) : undefined;
    if (!facts || depth > 20) return UNKNOWN;
    const id = `${facts.file}\0${name}`;
    if (resolving.has(id)) return UNKNOWN;
    resolving.add(id);
    try {
      if (name === '*') {
        const props: Record<string, Value> = {};
        for (const star of facts.starExports) {
          const inner = resolve(star, '*', depth + 1);
          if (inner.kind === 'object') Object.assign(props, inner.props);
        }
        for (const [k, v] of Object.entries(facts.exports)) props[k] = resolveValue(v, (f, n) => resolve(f, n, depth + 1));
        return { kind: 'object', props };
      }
      const own = facts.exports[name];
      if (own) return resolveValue(own, (f, n) => resolve(f, n, depth + 1));
      // CommonJS: a named import is a property of module.exports (which may spread others).
      const moduleExports = facts.exports.default;
      if (moduleExports?.kind === 'object' && name !== 'default') {
        const whole = resolveValue(moduleExports, (f, n) => resolve(f, n, depth + 1));
        if (whole.kind === 'object' && whole.props[name]) return whole.props[name]!;
      }
      for (const star of facts.starExports) {
        if (name === 'default') break;
        const v = resolve(star, name, depth + 1);
        if (v.kind !== 'unknown') return v;
      }
      return UNKNOWN;
    } finally {
      resolving.delete(id);
    }
  };
  return (key: string, name: string) => resolve(key, name);
}

export interface FindingContext {
  now: number;
  /**
   * The configured severity of a rule, when set ('off' drops its findings). Asked with the rule
   * the finding ends up under: a report rerouted to js/build-age takes that rule's setting.
   */
  severityFor?: (ruleId: string) => Severity | 'off' | undefined;
  /** The release's compile-time values visible from this file (defines, profile, .env.production). */
  defines?: DefineLookup;
  /** The build instant when known (`--build-date`), and where it came from. */
  buildDate?: { at: number; source: string };
}

const DAY_MS = 86_400_000;

/**
 * A pending report with its trigger resolved becomes a finding; one whose trigger does not
 * resolve to a clock condition is dropped (the operand was not a fixed date after all), and so
 * is one whose final rule is turned off.
 */
export function toFinding(report: PendingReport, file: string, resolveImport: (key: string, name: string) => Value, ctx: FindingContext): Omit<Finding, 'fingerprint'> | undefined {
  const data: Record<string, string | number> = { guardState: '', ...report.data };
  let trigger: Finding['trigger'] = null;
  let severity = report.severity;
  let ruleId = report.ruleId;
  let template = report.template;
  if (report.trigger) {
    const resolved = resolveValue(report.trigger, resolveImport);
    if (resolved.kind !== 'condition') return undefined;
    const cond = resolved.cond;
    if (cond.kind === 'time') {
      data.clock = cond.clockText;
      data.fixed = cond.dateText;
      if (cond.at !== null) {
        const days = daysBetween(ctx.now, cond.at);
        trigger = { date: toIso(cond.at), daysFromNow: days };
        data.date = toReadableDate(cond.at);
        data.days = days;
        data.when = describeDays(days);
        data.fires = cond.at <= ctx.now ? 'Fired on' : 'Fires on';
        data.age = `on ${data.date} (${data.when})`;
      } else if (cond.buildOffsetMs !== undefined) {
        if (report.buildRelative) ({ ruleId, template, severity } = report.buildRelative);
        const afterBuild = Math.round(cond.buildOffsetMs / DAY_MS);
        data.afterBuild = afterBuild;
        data.build = cond.buildText ?? 'the build';
        const build = buildInstant(cond.buildText, ctx);
        if (build) {
          const at = build.at + cond.buildOffsetMs;
          const days = daysBetween(ctx.now, at);
          trigger = { date: toIso(at), daysFromNow: days, daysAfterBuild: afterBuild };
          data.date = toReadableDate(at);
          data.days = days;
          data.when = describeDays(days);
          data.fires = at <= ctx.now ? 'Fired on' : 'Fires on';
          data.builtOn = `built on ${toReadableDate(build.at)} (${build.source})`;
          data.age = `${afterBuild} days after the build, on ${data.date} (${data.when}; ${data.builtOn})`;
        } else {
          data.fires = 'Fires';
          data.date = `${afterBuild} days after the build`;
          data.when = 'build date unknown: pass --build-date to get the day';
          data.builtOn = 'build date unknown: pass --build-date to get the day';
          data.age = `${afterBuild} days after the build (${data.builtOn})`;
        }
      }
    } else {
      data.clock = cond.clockText;
    }
  }
  if (report.guards) {
    const judged = judgeGuards(report.guards, ctx.defines ?? (() => undefined), (v) => resolveValue(v, resolveImport));
    if (judged) {
      severity = judged.severity;
      data.guardState = judged.text;
    }
  }
  const configured = ctx.severityFor?.(ruleId);
  if (configured === 'off') return undefined;
  return {
    ruleId,
    severity: configured ?? severity,
    message: fillTemplate(template, data),
    file,
    line: report.span.line,
    column: report.span.column,
    endLine: report.span.endLine,
    endColumn: report.span.endColumn,
    trigger,
    snippet: report.snippet,
    ...(report.snippetColumn !== undefined ? { snippetColumn: report.snippetColumn } : {}),
  };
}

/**
 * Decides a finding's guards against the release: a guard false in the release makes the
 * finding a note (the code cannot run); a pre-release guard true in the release makes it an
 * error (the pre-release check ships switched on). Undecided guards change nothing.
 */
export function judgeGuards(guards: GuardFact[], defines: DefineLookup, resolve?: ValueResolver): { severity: Severity; text: string } | undefined {
  let on: { guard: GuardFact; because: string[] } | undefined;
  for (const guard of guards) {
    const verdict = decideGuard(guard.expr, defines, resolve);
    if (verdict.value === false) {
      return { severity: 'note', text: ` Not reachable in this release: ${guard.text} is false${explain(verdict.because)}.` };
    }
    if (verdict.value === true && guard.prerelease && !on) on = { guard, because: verdict.because };
  }
  if (on) return { severity: 'error', text: ` The pre-release guard ${on.guard.text} is on in this release${explain(on.because)}.` };
  return undefined;
}

function explain(because: string[]): string {
  return because.length > 0 ? ` (${because.join('; ')})` : ' (fixed in the source)';
}

/** The build instant: a define of the build-time name (`__BUILD_TIME__=1767225600000`), else `--build-date`. */
function buildInstant(buildText: string | undefined, ctx: FindingContext): { at: number; source: string } | undefined {
  const found = buildText !== undefined ? ctx.defines?.(buildText) : undefined;
  if (found) {
    const v = found.value;
    const at = typeof v === 'number' ? (v < 1e11 ? v * 1000 : v) : typeof v === 'string' ? parseDefineDate(v) : undefined;
    if (at !== undefined) return { at, source: `${buildText} from ${found.source}` };
  }
  return ctx.buildDate;
}

function parseDefineDate(text: string): number | undefined {
  if (/^\d{9,13}$/.test(text)) {
    const n = Number(text);
    return n < 1e11 ? n * 1000 : n;
  }
  return parseDateText(text);
}

export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => (data[key] === undefined ? '' : String(data[key])));
}

/**
 * Fingerprints never use line numbers: rule, path, normalised matched text and the occurrence
 * index of that text in the file, so inserting lines above a finding keeps its fingerprint.
 */
export function fingerprintFindings<T extends Omit<Finding, 'fingerprint'> & { matched: string }>(findings: T[]): (Omit<T, 'matched'> & { fingerprint: string })[] {
  const seen = new Map<string, number>();
  return findings.map(({ matched, ...f }) => {
    const base = `${f.ruleId}\0${f.file}\0${matched}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32);
    return { ...f, fingerprint };
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
