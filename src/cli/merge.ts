/**
 * `timebomb merge <results...>`: one report from the results of several scans, typically the
 * shards of a CI matrix (`timebomb scan --shard i/n -f json -o shard-i.json`).
 *
 * Inputs are timebomb JSON results or timebomb SARIF logs, all of one kind. Findings and
 * suppressed findings are deduplicated by fingerprint, file errors by file, phase and message,
 * stale baseline entries by fingerprint; everything is sorted exactly as one scan sorts it, so n
 * merged shards give the report of the unsharded scan. `filesScanned` is the sum, `durationMs`
 * the longest input's. Inputs must share the same `now`: day counts from different reference
 * dates cannot be mixed.
 *
 * A SARIF log carries everything a finding holds except its snippet (the source line), which
 * text, markdown and HTML reports then show without a code frame; JSON results are lossless.
 */
import { isAbsolute, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareEntries } from '../engine/baseline.js';
import type { IO } from '../engine/io.js';
import { compareFindings } from '../engine/link.js';
import type {
  BaselineEntry, FileError, FileErrorPhase, Finding, ScanResult, Severity, SuppressedFinding, Suppression,
} from '../engine/types.js';
import type { RuleMetaData } from '../engine/rule-meta.js';
import { FILE_ERROR_PHASES, type FailOn } from '../engine/types.js';
import { FINGERPRINT_KEY } from '../reporters/sarif.js';
import { useColor } from './color.js';
import { EXIT_USAGE, exitCodeFor } from './exit-code.js';
import { emitReports, planReports, type ReportFlags } from './reports.js';
import { compareFileErrors } from '../engine/text-order.js';

export type ResultKind = 'json' | 'sarif';

export interface LoadedResult {
  path: string;
  kind: ResultKind;
  result: ScanResult;
}

/** A problem with the inputs; the CLI prints the message and exits 2. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** Reads and recognises every input; throws a MergeError naming the first bad one. */
export async function loadResults(paths: string[], io: IO): Promise<LoadedResult[]> {
  const loaded: LoadedResult[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = (await io.readFile(isAbsolute(path) ? path : resolve(io.cwd, path))).toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new MergeError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    loaded.push({ path, ...parseResult(text.replace(/^\uFEFF/, ''), path) });
  }
  const kinds = new Set(loaded.map((l) => l.kind));
  if (kinds.size > 1) {
    const list = (kind: ResultKind) => loaded.filter((l) => l.kind === kind).map((l) => l.path).join(', ');
    throw new MergeError(`cannot merge JSON results (${list('json')}) with SARIF logs (${list('sarif')}): give one kind`);
  }
  return loaded;
}

/** A timebomb JSON result or SARIF log, as a ScanResult. */
export function parseResult(text: string, path: string): { kind: ResultKind; result: ScanResult } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${path} is not JSON (${(error as Error).message}); expected a timebomb JSON result or SARIF log`);
  }
  if (isObject(data) && Array.isArray(data.runs)) return { kind: 'sarif', result: fromSarif(data, path) };
  if (isObject(data) && isObject(data.tool) && data.tool.name === 'timebomb' && Array.isArray(data.findings)) {
    if (data.version !== 1) throw new MergeError(`${path}: JSON result version ${JSON.stringify(data.version)} is not supported (expected 1)`);
    return { kind: 'json', result: checkJsonResult(data, path) };
  }
  throw new MergeError(`${path} is neither a timebomb JSON result (--format json) nor a SARIF log (--format sarif)`);
}

function checkJsonResult(data: Record<string, unknown>, path: string): ScanResult {
  const bad = (what: string) => new MergeError(`${path}: not a complete timebomb JSON result (${what})`);
  if (typeof data.now !== 'string') throw bad('no "now"');
  for (const key of ['findings', 'suppressed', 'errors'] as const) if (!Array.isArray(data[key])) throw bad(`no "${key}" list`);
  if (!isObject(data.stats) || typeof data.stats.filesScanned !== 'number') throw bad('no "stats"');
  for (const f of [...(data.findings as unknown[]), ...(data.suppressed as unknown[])]) {
    if (!isObject(f) || typeof f.fingerprint !== 'string' || typeof f.file !== 'string' || typeof f.line !== 'number') throw bad('a finding without file, line or fingerprint');
  }
  return data as unknown as ScanResult;
}

/** Combines results: deduplicated, sorted as a scan sorts. Throws when they do not belong together. */
export function mergeResults(inputs: LoadedResult[]): { result: ScanResult; warnings: string[] } {
  if (inputs.length === 0) throw new MergeError('nothing to merge');
  const first = inputs[0]!;
  const warnings: string[] = [];
  for (const other of inputs.slice(1)) {
    if (other.result.now !== first.result.now) {
      throw new MergeError(`${first.path} was scanned with --now ${first.result.now} but ${other.path} with ${other.result.now}: scan every shard with the same --now`);
    }
    if (other.result.tool.version !== first.result.tool.version) {
      warnings.push(`${other.path} comes from timebomb ${other.result.tool.version}, ${first.path} from ${first.result.tool.version}`);
    }
  }
  const results = inputs.map((i) => i.result);
  const findings = uniqueBy(results.flatMap((r) => r.findings), (f) => f.fingerprint).sort(compareFindings);
  const suppressed = uniqueBy(results.flatMap((r) => r.suppressed), (f) => f.fingerprint).sort(compareFindings);
  const errors = uniqueBy(results.flatMap((r) => r.errors), (e) => `${e.file}\0${e.phase}\0${e.message}`).sort(compareFileErrors);
  const baselines = results.flatMap((r) => (r.baseline ? [r.baseline] : []));
  const result: ScanResult = {
    version: 1,
    tool: first.result.tool,
    now: first.result.now,
    findings,
    suppressed,
    errors,
    stats: {
      filesScanned: results.reduce((n, r) => n + r.stats.filesScanned, 0),
      durationMs: Math.max(...results.map((r) => r.stats.durationMs)),
    },
    ...(baselines.length > 0
      ? { baseline: { file: baselines[0]!.file, stale: uniqueBy(baselines.flatMap((b) => b.stale), (e: BaselineEntry) => e.fingerprint).sort(compareEntries) } }
      : {}),
  };
  return { result, warnings };
}



function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// SARIF -> ScanResult: the inverse of src/reporters/sarif.ts for what it writes.

function fromSarif(log: Record<string, unknown>, path: string): ScanResult {
  const bad = (what: string) => new MergeError(`${path}: not a timebomb SARIF log (${what})`);
  const runs = log.runs as unknown[];
  if (runs.length === 0) throw bad('no run');
  const parts: ScanResult[] = runs.map((run, i) => {
    if (!isObject(run) || !isObject(run.tool) || !isObject(run.tool.driver)) throw bad(`run ${i} has no tool`);
    const driver = run.tool.driver;
    if (driver.name !== 'timebomb') throw bad(`run ${i} comes from ${JSON.stringify(driver.name)}`);
    const invocation = Array.isArray(run.invocations) && isObject(run.invocations[0]) ? run.invocations[0] : {};
    const props = isObject(invocation.properties) ? invocation.properties : {};
    if (typeof props.now !== 'string') throw bad(`run ${i} has no invocations[0].properties.now`);
    const srcroot = isObject(run.originalUriBaseIds) && isObject(run.originalUriBaseIds['%SRCROOT%']) ? run.originalUriBaseIds['%SRCROOT%'].uri : undefined;
    const fileOf = (location: unknown) => fileOfLocation(location, typeof srcroot === 'string' ? srcroot : undefined);
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    for (const r of Array.isArray(run.results) ? run.results : []) {
      if (!isObject(r)) continue;
      const finding = findingOf(r, fileOf);
      if (!finding) throw bad(`a result without a location or a ${FINGERPRINT_KEY} fingerprint`);
      const s = Array.isArray(r.suppressions) && isObject(r.suppressions[0]) ? suppressionOf(r.suppressions[0]) : undefined;
      if (s) suppressed.push({ ...finding, suppression: s });
      else findings.push(finding);
    }
    const notifications = Array.isArray(invocation.toolExecutionNotifications) ? invocation.toolExecutionNotifications : [];
    const errors = notifications.filter(isObject).map((n) => errorOf(n, fileOf));
    return {
      version: 1,
      tool: { name: 'timebomb', version: typeof driver.version === 'string' ? driver.version : 'unknown' },
      now: props.now,
      findings,
      suppressed,
      errors,
      stats: { filesScanned: typeof props.filesScanned === 'number' ? props.filesScanned : 0, durationMs: 0 },
    } satisfies ScanResult;
  });
  if (parts.length === 1) return parts[0]!;
  return mergeResults(parts.map((result) => ({ path, kind: 'sarif' as const, result }))).result;
}

function findingOf(r: Record<string, unknown>, fileOf: (location: unknown) => string | undefined): Finding | undefined {
  const location = Array.isArray(r.locations) ? r.locations[0] : undefined;
  const file = fileOf(location);
  const region = isObject(location) && isObject(location.physicalLocation) && isObject(location.physicalLocation.region) ? location.physicalLocation.region : {};
  const fingerprint = isObject(r.partialFingerprints) ? r.partialFingerprints[FINGERPRINT_KEY] : undefined;
  if (file === undefined || typeof fingerprint !== 'string' || typeof r.ruleId !== 'string') return undefined;
  const props = isObject(r.properties) ? r.properties : {};
  const line = num(region.startLine, 1);
  const column = num(region.startColumn, 1);
  // Key order as scan() builds findings, so JSON written from a merged SARIF reads the same.
  return {
    ruleId: r.ruleId,
    severity: (r.level === 'error' || r.level === 'warning' ? r.level : 'note') satisfies Severity,
    message: isObject(r.message) && typeof r.message.text === 'string' ? r.message.text : '',
    file,
    line,
    column,
    endLine: num(region.endLine, line),
    endColumn: num(region.endColumn, column),
    trigger: typeof props.triggerDate === 'string' ? { date: props.triggerDate, daysFromNow: num(props.daysFromNow, 0) } : null,
    snippet: '',
    fingerprint,
  };
}

function suppressionOf(s: Record<string, unknown>): Suppression {
  const props = isObject(s.properties) ? s.properties : {};
  const kind = props.timebombKind === 'inline' || props.timebombKind === 'config' || props.timebombKind === 'baseline'
    ? props.timebombKind : s.kind === 'inSource' ? 'inline' : 'config';
  return {
    kind,
    reason: typeof s.justification === 'string' ? s.justification : '',
    ...(typeof props.until === 'string' ? { until: props.until } : {}),
    source: typeof props.source === 'string' ? props.source : '',
  };
}

function errorOf(n: Record<string, unknown>, fileOf: (location: unknown) => string | undefined): FileError {
  const props = isObject(n.properties) ? n.properties : {};
  const phase = ((FILE_ERROR_PHASES as readonly string[]).includes(props.phase as string) ? props.phase : 'read') as FileErrorPhase;
  const text = isObject(n.message) && typeof n.message.text === 'string' ? n.message.text : '';
  return {
    file: fileOf(Array.isArray(n.locations) ? n.locations[0] : undefined) ?? '.',
    phase,
    message: text.startsWith(`${phase}: `) ? text.slice(phase.length + 2) : text,
  };
}

/** A location's file as the scan named it: POSIX, relative to the scan's working directory. */
function fileOfLocation(location: unknown, srcroot: string | undefined): string | undefined {
  if (!isObject(location) || !isObject(location.physicalLocation) || !isObject(location.physicalLocation.artifactLocation)) return undefined;
  const artifact = location.physicalLocation.artifactLocation;
  if (typeof artifact.uri !== 'string') return undefined;
  const uri = artifact.uri;
  if (artifact.uriBaseId === '%SRCROOT%') return uri.split('/').map(decodeURIComponent).join('/');
  if (uri.startsWith('file:')) {
    const absolute = fileURLToPath(uri).split('\\').join('/');
    if (srcroot === undefined || !srcroot.startsWith('file:')) return absolute;
    const root = fileURLToPath(srcroot).split('\\').join('/');
    return posix.relative(root, absolute) || '.';
  }
  return uri.split('/').map(decodeURIComponent).join('/');
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface MergeFlags extends ReportFlags {
  failOn: FailOn;
  strict?: boolean;
  quiet?: boolean;
  color: boolean;
}

/** The `merge` command: inputs -> one report, with the exit code a scan of everything would give. */
export async function mergeCommand(paths: string[], flags: MergeFlags, io: IO, rules: RuleMetaData[], rulesDir: string): Promise<number> {
  const plan = planReports(flags, io.cwd);
  if ('error' in plan) {
    io.stderr.write(`timebomb: ${plan.error}\n`);
    return EXIT_USAGE;
  }
  let merged: ScanResult;
  try {
    const { result, warnings } = mergeResults(await loadResults(paths, io));
    for (const w of warnings) io.stderr.write(`timebomb: warning: ${w}\n`);
    merged = result;
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    io.stderr.write(`timebomb: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const written = await emitReports(plan, merged, io, {
    rules,
    color: useColor({ flag: flags.color, env: io.env, isTTY: io.stdout.isTTY, toFile: plan.stdout === undefined }),
    quiet: flags.quiet === true,
    rulesDir,
  });
  if (!written) return EXIT_USAGE;
  return exitCodeFor(merged, flags.failOn, flags.strict === true);
}
