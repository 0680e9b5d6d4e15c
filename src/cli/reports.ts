/**
 * Several formats from one scan: `--format text,sarif` names the formats, `--output-<format>
 * <file>` sends one of them to a file, `--output <file>` sends the single remaining one to a file.
 * At most one format goes to stdout: two reports interleaved on one stream help nobody.
 *
 *   timebomb scan --output-sarif timebomb.sarif           text on stdout, SARIF in a file
 *   timebomb scan -f github --output-html audit.html      annotations on stdout, HTML in a file
 *   timebomb scan -f sarif -o timebomb.sarif              SARIF in a file, nothing on stdout
 *
 * The plan is checked before anything is scanned, so a mistake costs nothing.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { IO } from '../engine/io.js';
import type { RuleMetaData } from '../engine/rule-meta.js';
import type { ScanResult } from '../engine/types.js';
import { isReporterName, loadReporter, REPORTER_NAMES, type ReporterContext, type ReporterName } from '../reporters/index.js';

/** `--output-sarif` and friends, as commander names them on the flags object. */
export const OUTPUT_FLAG: Record<ReporterName, `output${string}`> = {
  text: 'outputText',
  json: 'outputJson',
  sarif: 'outputSarif',
  github: 'outputGithub',
  markdown: 'outputMarkdown',
  html: 'outputHtml',
};

export type ReportFlags = {
  format: ReporterName[];
  output?: string;
} & Partial<Record<(typeof OUTPUT_FLAG)[ReporterName], string>>;

/** Commander argParser for `--format`: a comma-separated list of known formats, without repeats. */
export function parseFormatList(value: string): ReporterName[] {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new InvalidArgumentError(`Expected one or more of ${REPORTER_NAMES.join(', ')}.`);
  const out: ReporterName[] = [];
  for (const name of names) {
    if (!isReporterName(name)) {
      throw new InvalidArgumentError(`Unknown format '${name}'. Formats: ${REPORTER_NAMES.join(', ')} (comma-separated for several).`);
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

export interface ReportPlan {
  /** The format printed on stdout, if any. */
  stdout: ReporterName | undefined;
  /** Formats written to files, as given on the command line (relative to the working directory). */
  files: { format: ReporterName; path: string }[];
}

/** What goes where, or the reason the combination makes no sense. */
export function planReports(flags: ReportFlags, cwd: string): ReportPlan | { error: string } {
  const files: ReportPlan['files'] = [];
  for (const format of REPORTER_NAMES) {
    const path = flags[OUTPUT_FLAG[format]];
    if (path !== undefined) files.push({ format, path });
  }
  const unrouted = flags.format.filter((f) => flags[OUTPUT_FLAG[f]] === undefined);
  let stdout: ReporterName | undefined;
  if (flags.output !== undefined) {
    if (unrouted.length !== 1) {
      return {
        error:
          unrouted.length === 0
            ? '--output has no format left to write: every format in --format has its own --output-<format>'
            : `--output writes one format, but --format names ${unrouted.join(', ')}; use --output-<format> <file> for each`,
      };
    }
    files.push({ format: unrouted[0]!, path: flags.output });
  } else if (unrouted.length > 1) {
    return {
      error: `only one format can go to stdout, but --format names ${unrouted.join(', ')}; write the others with --output-<format> <file>`,
    };
  } else {
    stdout = unrouted[0];
  }
  const seen = new Map<string, ReporterName>();
  for (const f of files) {
    const target = absolute(f.path, cwd);
    const other = seen.get(target);
    if (other !== undefined) return { error: `${f.path} is the output of both ${other} and ${f.format}` };
    seen.set(target, f.format);
  }
  return { stdout, files };
}

export interface EmitOptions {
  rules: RuleMetaData[];
  /** Colour for the report on stdout (files never get colour). */
  color: boolean;
  quiet: boolean;
  /** Directory holding `<rule id>.md`; read only when SARIF is among the formats. */
  rulesDir: string;
  profile?: string;
}

/**
 * Renders every planned format from the same result, prints the stdout one, and writes the files
 * atomically. Returns false (after saying why on stderr) when a file could not be written.
 */
export async function emitReports(plan: ReportPlan, result: ScanResult, io: IO, opts: EmitOptions): Promise<boolean> {
  const formats = [...(plan.stdout ? [plan.stdout] : []), ...plan.files.map((f) => f.format)];
  const ruleDocs = formats.includes('sarif') ? await readRuleDocs(opts.rules, opts.rulesDir, io) : undefined;
  const ctx = (color: boolean): ReporterContext => ({
    rules: opts.rules,
    color,
    quiet: opts.quiet,
    cwd: io.cwd,
    ...(ruleDocs !== undefined ? { ruleDocs } : {}),
    ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
  });

  if (plan.stdout !== undefined) io.stdout.write((await loadReporter(plan.stdout))(result, ctx(opts.color)));
  let ok = true;
  for (const f of plan.files) {
    try {
      await io.writeFile(absolute(f.path, io.cwd), (await loadReporter(f.format))(result, ctx(false)));
    } catch (err) {
      io.stderr.write(`timebomb: cannot write ${f.path}: ${err instanceof Error ? err.message : String(err)}\n`);
      ok = false;
    }
  }
  return ok;
}

/** Each rule's `rules/<id>.md`; a rule without a doc simply has none. Ids come from the catalogue. */
async function readRuleDocs(rules: RuleMetaData[], rulesDir: string, io: IO): Promise<Record<string, string>> {
  const docs: Record<string, string> = {};
  for (const rule of rules) {
    try {
      docs[rule.id] = (await io.readFile(join(rulesDir, `${rule.id}.md`))).toString('utf8');
    } catch {
      // no doc: the descriptor falls back to the description
    }
  }
  return docs;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
