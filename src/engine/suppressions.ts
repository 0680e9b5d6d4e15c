/**
 * Inline suppressions: directives written in comments of the scanned files.
 *
 *   // timebomb-ignore-next-line <rule-id>[, <rule-id>...] -- [until YYYY-MM-DD] <reason>
 *   // timebomb-ignore-line      <rule-id>[, <rule-id>...] -- [until YYYY-MM-DD] <reason>
 *   // timebomb-ignore-file      <rule-id>[, <rule-id>...] -- [until YYYY-MM-DD] <reason>
 *
 * `*` names every rule. The directive must open its comment (`//`, `/*`, JSX `{/*`, or `#` in
 * YAML/TOML/.env/shell-like files) and sits on one line. A directive without a reason, without a
 * rule id or with a malformed `until` suppresses nothing and becomes a finding itself.
 *
 * Pure: text in, directives out; findings in, findings and suppressed findings out.
 */
import { posix } from 'node:path';
import type { RuleMetaData } from './rule-meta.js';
import type { Finding, Severity, SuppressedFinding } from './types.js';

export const SUPPRESSION_WITHOUT_REASON = 'timebomb/suppression-without-reason';
export const INVALID_SUPPRESSION = 'timebomb/invalid-suppression';
export const UNUSED_SUPPRESSION = 'timebomb/unused-suppression';

/** The engine's own rules about suppressions, for reporters (SARIF rule descriptors) and config validation. */
export const SUPPRESSION_RULES: RuleMetaData[] = [
  {
    id: INVALID_SUPPRESSION,
    defaultSeverity: 'warning',
    description: 'A timebomb-ignore directive that cannot be read (no rule id, unknown form, bad until date) suppresses nothing.',
    messages: { invalid: 'Invalid suppression, suppresses nothing: {{why}}' },
    tags: ['suppression'],
    precision: 'very-high',
  },
  {
    id: SUPPRESSION_WITHOUT_REASON,
    defaultSeverity: 'warning',
    description: 'A timebomb-ignore directive without a reason after " -- " suppresses nothing.',
    messages: { missing: 'Suppression without a reason suppresses nothing: write "{{directive}} {{rules}} -- <why this is safe>"' },
    tags: ['suppression'],
    precision: 'very-high',
  },
  {
    id: UNUSED_SUPPRESSION,
    defaultSeverity: 'warning',
    description: 'A timebomb-ignore directive that suppressed no finding (reported with --report-unused-suppressions).',
    messages: { unused: 'Unused suppression: {{why}}' },
    tags: ['suppression'],
    precision: 'very-high',
  },
];

export type DirectiveKind = 'next-line' | 'line' | 'file';

interface DirectiveText {
  /** 1-based line of the comment and column of its opener; endColumn just after the directive. */
  line: number;
  column: number;
  endColumn: number;
  /** The directive as written (from the comment opener), for messages and fingerprints. */
  text: string;
  /** The whole source line, as a finding's snippet. */
  lineText: string;
}

export interface Directive extends DirectiveText {
  kind: DirectiveKind;
  /** Rule ids, or ['*'] for every rule. */
  rules: string[];
  reason: string;
  /** YYYY-MM-DD: the last day (UTC) on which the directive applies. */
  until?: string;
}

export interface DirectiveProblem extends DirectiveText {
  ruleId: typeof SUPPRESSION_WITHOUT_REASON | typeof INVALID_SUPPRESSION;
  message: string;
}

export interface FileDirectives {
  file: string;
  directives: Directive[];
  problems: DirectiveProblem[];
}

export type CommentStyle = 'c' | 'hash';

const HASH_EXTENSIONS = new Set([
  '.yaml', '.yml', '.toml', '.env', '.sh', '.bash', '.zsh', '.ksh', '.fish', '.ini', '.cfg', '.conf',
  '.properties', '.py', '.rb', '.pl', '.tf', '.hcl', '.dockerfile', '.mk',
]);
const HASH_NAMES = /^(?:\.env(?:\..+)?|dockerfile(?:\..+)?|makefile|gemfile|rakefile|procfile|\.npmrc|\.yarnrc|\.editorconfig|\.gitignore|\.dockerignore)$/i;

/** `#` comments for YAML, TOML, .env and shell-like files (by name); `//` and `/* *\/` for the rest. */
export function commentStyleFor(file: string): CommentStyle {
  const name = posix.basename(file.replace(/\\/g, '/'));
  if (HASH_NAMES.test(name)) return 'hash';
  return HASH_EXTENSIONS.has(posix.extname(name).toLowerCase()) ? 'hash' : 'c';
}

/** Cheap test before extraction: most files hold no directive at all. */
export function mayHoldDirectives(text: string): boolean {
  return text.includes('timebomb-ignore');
}

const C_OPENER = /(\/\/|\/\*)[ \t*]*(timebomb-ignore[\w-]*)/g;
const HASH_OPENER = /(#)[ \t]*(timebomb-ignore[\w-]*)/g;
const KINDS: Record<string, DirectiveKind> = {
  'timebomb-ignore-next-line': 'next-line',
  'timebomb-ignore-line': 'line',
  'timebomb-ignore-file': 'file',
};
/** Same line terminators as the parser, so directive lines and finding lines agree. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
const RULE_ID = /^(?:\*|[A-Za-z0-9@_.-]+(?:\/[A-Za-z0-9@_.-]+)*)$/;
const SEPARATOR = /(?:^|\s)--(?=\s|$)/;
const UNTIL = /^until\s+(\d\S*?)[,:;.]?(?:\s+([\s\S]*))?$/;

/** Every directive in a file's text (also the malformed ones, as problems). */
export function extractDirectives(file: string, text: string, style: CommentStyle = commentStyleFor(file)): FileDirectives {
  const out: FileDirectives = { file, directives: [], problems: [] };
  if (!mayHoldDirectives(text)) return out;
  const opener = style === 'hash' ? HASH_OPENER : C_OPENER;
  const lines = text.split(LINE_BREAK);
  lines.forEach((lineText, index) => {
    if (!lineText.includes('timebomb-ignore')) return;
    for (const m of lineText.matchAll(opener)) {
      const start = m.index;
      const afterKeyword = start + m[0].length;
      let end = lineText.length;
      if (m[1] === '/*') {
        const close = lineText.indexOf('*/', afterKeyword);
        if (close >= 0) end = close;
      }
      const where: DirectiveText = {
        line: index + 1,
        column: start + 1,
        endColumn: end + 1,
        text: lineText.slice(start, end).trim(),
        lineText,
      };
      const parsed = parseDirective(m[2]!, lineText.slice(afterKeyword, end));
      if ('problem' in parsed) out.problems.push({ ...where, ruleId: parsed.problem, message: parsed.message });
      else out.directives.push({ ...where, ...parsed });
    }
  });
  return out;
}

type Parsed =
  | { kind: DirectiveKind; rules: string[]; reason: string; until?: string }
  | { problem: DirectiveProblem['ruleId']; message: string };

/** Parses what follows the keyword: `<rule-ids> -- [until YYYY-MM-DD] <reason>`. */
export function parseDirective(keyword: string, body: string): Parsed {
  const kind = KINDS[keyword];
  if (!kind) {
    return invalid(`unknown directive "${keyword}"; write timebomb-ignore-next-line, timebomb-ignore-line or timebomb-ignore-file`);
  }
  const sep = SEPARATOR.exec(body);
  const rulesPart = sep ? body.slice(0, sep.index) : body;
  let reason = sep ? body.slice(sep.index + sep[0].length).trim() : '';
  const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
  let until: string | undefined;
  const u = UNTIL.exec(reason);
  if (u) {
    until = u[1]!;
    reason = (u[2] ?? '').trim();
  }
  if (reason === '') {
    const named = rules.length === 0 ? '<rule-id>' : sep ? rules.join(', ') : rules[0];
    return {
      problem: SUPPRESSION_WITHOUT_REASON,
      message: `Suppression without a reason suppresses nothing: write "${keyword} ${named} -- <why this is safe>"`,
    };
  }
  if (rules.length === 0) return invalid(`${keyword} names no rule; write a rule id (or * for every rule) before " -- "`);
  const bad = rules.filter((r) => !RULE_ID.test(r));
  if (bad.length > 0) return invalid(`"${bad[0]}" is not a rule id`);
  if (until !== undefined && !isIsoDate(until)) return invalid(`"until ${until}" is not a date written YYYY-MM-DD`);
  return { kind, rules: rules.includes('*') ? ['*'] : [...new Set(rules)], reason, ...(until !== undefined ? { until } : {}) };
}

function invalid(why: string): Parsed {
  return { problem: INVALID_SUPPRESSION, message: `Invalid suppression, suppresses nothing: ${why}` };
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * A suppression with `until` applies up to and including that day (UTC): from 00:00 UTC the
 * next day on, it has expired and suppresses nothing.
 */
export function isSuppressionActive(until: string | undefined, now: number): boolean {
  if (until === undefined) return true;
  const [y, m, d] = until.split('-').map(Number) as [number, number, number];
  return now < Date.UTC(y, m - 1, d + 1);
}

export function ruleMatches(rules: string[], ruleId: string): boolean {
  return rules.includes('*') || rules.includes(ruleId);
}

/** Findings of the engine's own suppression rules are never silenced by inline directives. */
export function isSuppressionRule(ruleId: string): boolean {
  return ruleId.startsWith('timebomb/');
}

function directiveCovers(d: Directive, f: Finding): boolean {
  if (!ruleMatches(d.rules, f.ruleId)) return false;
  if (d.kind === 'file') return true;
  const target = d.kind === 'next-line' ? d.line + 1 : d.line;
  return target >= f.line && target <= Math.max(f.line, f.endLine);
}

export interface UnusedDirective {
  file: string;
  directive: Directive;
  /** Rule ids of the directive that matched nothing (['*'] for a wildcard). */
  unusedRules: string[];
  expired: boolean;
}

export interface InlineOutcome {
  active: Finding[];
  suppressed: SuppressedFinding[];
  unused: UnusedDirective[];
}

/**
 * Moves findings covered by an active directive of their file to `suppressed` (kind 'inline').
 * Line directives win over file directives, so the reason shown is the closest one.
 */
export function applyInlineDirectives(findings: Finding[], files: FileDirectives[], now: number): InlineOutcome {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const used = new Map<Directive, Set<string>>();
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const directives = isSuppressionRule(finding.ruleId) ? undefined : byFile.get(finding.file)?.directives;
    const candidates = (directives ?? []).filter((d) => isSuppressionActive(d.until, now) && directiveCovers(d, finding));
    const chosen = candidates.find((d) => d.kind !== 'file') ?? candidates[0];
    if (!chosen) {
      active.push(finding);
      continue;
    }
    for (const d of candidates) {
      const set = used.get(d) ?? new Set<string>();
      set.add(d.rules.includes('*') ? '*' : finding.ruleId);
      used.set(d, set);
    }
    suppressed.push({
      ...finding,
      suppression: {
        kind: 'inline',
        reason: chosen.reason,
        ...(chosen.until !== undefined ? { until: chosen.until } : {}),
        source: `${finding.file}:${chosen.line}`,
      },
    });
  }
  const unused: UnusedDirective[] = [];
  for (const file of files) {
    for (const d of file.directives) {
      const expired = !isSuppressionActive(d.until, now);
      const hit = used.get(d);
      const unusedRules = d.rules.filter((r) => !hit?.has(r));
      if (expired || unusedRules.length > 0) unused.push({ file: file.file, directive: d, unusedRules: expired ? d.rules : unusedRules, expired });
    }
  }
  return { active, suppressed, unused };
}

/** A finding about a directive, before fingerprinting (`matched` is the directive text). */
export type DirectiveFinding = Omit<Finding, 'fingerprint'> & { matched: string };

/** Findings for malformed directives and, when asked, for unused ones. */
export function directiveFindings(
  files: FileDirectives[], unused: UnusedDirective[], opts: { reportUnused: boolean; ruleSeverity?: Record<string, Severity | 'off'> },
): DirectiveFinding[] {
  const out: DirectiveFinding[] = [];
  const severityOf = (ruleId: string): Severity | undefined => {
    const s = opts.ruleSeverity?.[ruleId];
    return s === 'off' ? undefined : s ?? 'warning';
  };
  const push = (file: string, where: DirectiveText, ruleId: string, message: string) => {
    const severity = severityOf(ruleId);
    if (!severity) return;
    out.push({
      ruleId, severity, message, file,
      line: where.line, column: where.column, endLine: where.line, endColumn: where.endColumn,
      trigger: null, snippet: where.lineText.slice(0, 300), matched: where.text,
    });
  };
  for (const file of files) for (const p of file.problems) push(file.file, p, p.ruleId, p.message);
  if (opts.reportUnused) {
    for (const u of unused) {
      const d = u.directive;
      const names = u.unusedRules.join(', ');
      const scope = d.kind === 'file' ? 'in this file' : `on line ${d.kind === 'next-line' ? d.line + 1 : d.line}`;
      const why = u.expired
        ? `it expired after ${d.until}; remove it or fix the time bomb it covered`
        : `no ${names === '*' ? '' : `${names} `}finding ${scope}; remove ${u.unusedRules.length < d.rules.length ? 'the unused rule ids' : 'it'}`;
      push(u.file, d, UNUSED_SUPPRESSION, `Unused suppression: ${why}`);
    }
  }
  return out;
}
