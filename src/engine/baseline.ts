/**
 * The baseline: a file of known findings, matched by fingerprint. Findings it lists are reported
 * as suppressed (kind 'baseline') and never fail a scan; entries that no finding matches any
 * more are stale. The file is sorted by path then fingerprint, holds no timestamp and no day
 * count, so it only changes when the findings do.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { IO } from './io.js';
import type { BaselineEntry, Finding, ScanResult, SuppressedFinding } from './types.js';
import { compareText } from './text-order.js';

export const BASELINE_VERSION = 1;
const MESSAGE_EXCERPT = 160;

/** A baseline read into memory; `file` is how it is named in reports. */
export interface LoadedBaseline {
  file: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

/** The entry recorded for a finding. */
export function baselineEntryOf(f: Pick<Finding, 'fingerprint' | 'ruleId' | 'file' | 'message' | 'trigger'>): BaselineEntry {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: messageExcerpt(f.message), trigger: f.trigger?.date ?? null };
}

/** The message without what changes every day ("Fired"/"Fires", "(in 97 days)"), shortened. */
export function messageExcerpt(message: string): string {
  const stable = message
    .replace(/^Fire[sd] on /, 'Fires on ')
    .replace(/\s*\((?:today|in \d+ days?|fired \d+ days? ago)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return stable.length > MESSAGE_EXCERPT ? `${stable.slice(0, MESSAGE_EXCERPT - 1)}…` : stable;
}

export function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareText(a.file, b.file) || compareText(a.fingerprint, b.fingerprint);
}

/** Sorted, one fingerprint once, two-space JSON with a trailing newline: stable in git. */
export function serializeBaseline(entries: BaselineEntry[]): string {
  const seen = new Set<string>();
  const unique = [...entries].sort(compareEntries).filter((e) => !seen.has(e.fingerprint) && seen.add(e.fingerprint));
  const body = {
    version: BASELINE_VERSION,
    findings: unique.map((e) => ({ fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file, message: e.message, trigger: e.trigger })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Reads and checks a baseline's text; a malformed file is a BaselineError naming it. */
export function parseBaseline(text: string, file: string): LoadedBaseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError(`invalid baseline ${file}: not JSON (${(error as Error).message})`);
  }
  const problem = (why: string) => new BaselineError(`invalid baseline ${file}: ${why}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw problem('expected an object with "version" and "findings"');
  const obj = data as Record<string, unknown>;
  if (obj.version !== BASELINE_VERSION) throw problem(`"version" must be ${BASELINE_VERSION}`);
  if (!Array.isArray(obj.findings)) throw problem('"findings" must be an array');
  const entries: BaselineEntry[] = obj.findings.map((raw, i) => {
    const e = raw as Record<string, unknown>;
    if (typeof e !== 'object' || e === null) throw problem(`findings[${i}] must be an object`);
    for (const key of ['fingerprint', 'ruleId', 'file'] as const) {
      if (typeof e[key] !== 'string' || e[key] === '') throw problem(`findings[${i}].${key} must be a non-empty string`);
    }
    if (e.message !== undefined && typeof e.message !== 'string') throw problem(`findings[${i}].message must be a string`);
    if (e.trigger !== undefined && e.trigger !== null && typeof e.trigger !== 'string') throw problem(`findings[${i}].trigger must be a string or null`);
    return {
      fingerprint: e.fingerprint as string, ruleId: e.ruleId as string, file: e.file as string,
      message: (e.message as string | undefined) ?? '', trigger: (e.trigger as string | null | undefined) ?? null,
    };
  });
  return { file, entries };
}

/** Reads a baseline file through the IO (path relative to io.cwd). */
export async function readBaseline(io: IO, path: string): Promise<LoadedBaseline> {
  const abs = isAbsolute(path) ? path : join(io.cwd, path);
  let text: string;
  try {
    text = (await io.readFile(abs)).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT'
      ? `baseline ${path} not found (create it with --write-baseline ${path})`
      : `cannot read baseline ${path}: ${(error as Error).message}`);
  }
  return parseBaseline(text, path);
}

export interface BaselineOutcome {
  active: Finding[];
  suppressed: SuppressedFinding[];
  /** Entries for scanned files that matched no finding. */
  stale: BaselineEntry[];
}

/**
 * Moves findings whose fingerprint the baseline lists to `suppressed` (kind 'baseline'). An
 * entry for a file outside this scan (a partial or diff-aware scan) is neither used nor stale.
 */
export function applyBaseline(findings: Finding[], baseline: LoadedBaseline, scanned: (file: string) => boolean): BaselineOutcome {
  const known = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
  const matched = new Set<string>();
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    if (!known.has(f.fingerprint)) {
      active.push(f);
      continue;
    }
    matched.add(f.fingerprint);
    suppressed.push({ ...f, suppression: { kind: 'baseline', reason: 'baseline', source: baseline.file } });
  }
  const stale = [...known.values()].filter((e) => !matched.has(e.fingerprint) && scanned(e.file)).sort(compareEntries);
  return { active, suppressed, stale };
}

/** The findings a new baseline records: everything active once inline and config suppressions apply. */
export function baselineCandidates(result: Pick<ScanResult, 'findings' | 'suppressed'>): Finding[] {
  const unsuppress = ({ suppression: _s, ...f }: SuppressedFinding): Finding => f;
  return [...result.findings, ...result.suppressed.filter((s) => s.suppression.kind === 'baseline').map(unsuppress)];
}

/**
 * The result as if it had been scanned with `baseline` instead of the one it was scanned with
 * (used right after `--write-baseline`, so the run that writes a baseline also applies it).
 */
export function rebaseline(result: ScanResult, baseline: LoadedBaseline, compare: (a: Finding, b: Finding) => number): ScanResult {
  const outcome = applyBaseline(baselineCandidates(result), baseline, () => false);
  const others = result.suppressed.filter((s) => s.suppression.kind !== 'baseline');
  return {
    ...result,
    findings: outcome.active.sort(compare),
    suppressed: [...others, ...outcome.suppressed].sort(compare),
    baseline: { file: baseline.file, stale: [] },
  };
}

export interface ScanScope {
  /** The paths given to the scan (relative to io.cwd or absolute). */
  paths: string[];
  /** Files the scan read and analysed without error (POSIX, relative to io.cwd). */
  scanned: Set<string>;
  /** A diff-aware scan's file list: only these files are in scope. */
  only?: Set<string>;
}

/**
 * Which baseline entries this scan can judge: files it read without error, and files under a
 * scanned path that no longer exist (deleted: their entries are stale). Files outside the scan,
 * excluded, or that failed to read or parse are left alone, so a partial scan, a diff-aware scan
 * or a parse error never makes `--prune-baseline` drop entries it could not check.
 */
export async function baselineScope(io: IO, baseline: LoadedBaseline, scope: ScanScope): Promise<(file: string) => boolean> {
  const roots = scope.paths.map((p) => relative(io.cwd, resolve(io.cwd, p)).split(sep).join('/'));
  const under = (file: string) => roots.some((r) => r === '' || file === r || file.startsWith(`${r}/`));
  const judged = new Set<string>();
  for (const file of new Set(baseline.entries.map((e) => e.file))) {
    if (scope.only) {
      if (scope.only.has(file) && (scope.scanned.has(file) || (await deleted(io, file)))) judged.add(file);
    } else if (scope.scanned.has(file)) {
      judged.add(file);
    } else if (under(file) && (await deleted(io, file))) {
      judged.add(file);
    }
  }
  return (file) => judged.has(file);
}

/** The file is gone; one that cannot be checked (permission denied) is not taken for deleted. */
async function deleted(io: IO, file: string): Promise<boolean> {
  try {
    return (await io.stat(join(io.cwd, file))) === undefined;
  } catch {
    return false;
  }
}
