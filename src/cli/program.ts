/**
 * argv -> exit code, with every dependency passed in: the IO, the version, where rule docs
 * live, and a loader for the engine and catalogue (loaded only by commands that need them, so
 * `--help`, `--version` and usage errors never pay for, or fail on, loading the analysis).
 */
import { releaseSetup } from './release-setup.js';
import { join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ScanOptions } from '../api/options.js';
import { DEFAULT_MAX_FILE_SIZE } from '../api/options.js';
import { parseShard, type Shard } from '../discovery/shard.js';
import type { MergeFlags } from './merge.js';
import type { IO } from '../engine/io.js';
import type { CatalogueEntry } from '../engine/rule-meta.js';
import type { FailOn, ScanResult } from '../engine/types.js';
import { REPORTER_NAMES } from '../reporters/index.js';
import { useColor } from './color.js';
import { EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-code.js';
import { parseNow } from './parse-now.js';
import { cacheFilePath } from './cache-location.js';
import { progressLine, progressWanted } from './progress.js';
import { parseByteSize } from './byte-size.js';
import { SUPPRESSION_RULES } from '../engine/suppressions.js';
import { checkConfigRules, finishSuppressions, prepareSuppressions, withSuppressions, type SuppressionFlags } from './suppression-setup.js';
import { emitReports, parseFormatList, planReports, type ReportFlags } from './reports.js';
import { compareText } from '../engine/text-order.js';

export interface Engine<R extends CatalogueEntry> {
  scan(options: ScanOptions, io: IO, catalogue: R[]): Promise<ScanResult>;
  catalogue: R[];
}

export interface CliDeps<R extends CatalogueEntry> {
  load(): Promise<Engine<R>>;
  version: string;
  /** Directory holding `<rule id>.md` docs. */
  rulesDir: string;
}

export const EXIT_CODES_HELP = `
Exit codes:
  0  no findings at or above --fail-on (default: error)
  1  findings at or above --fail-on
  2  usage error, bad configuration, or the scan could not run
     (for example a given path does not exist, or --strict and a file could not be scanned)
`;

const FAIL_ON: FailOn[] = ['error', 'warning', 'note', 'none'];

interface ScanFlags extends ReportFlags, SuppressionFlags {
  now?: number;
  failOn: FailOn;
  /** Repeatable and boolean flags are undefined when absent: no default cluttering --help. */
  include?: string[];
  exclude?: string[];
  gitignore: boolean;
  includeTests?: boolean;
  quiet?: boolean;
  color: boolean;
  strict?: boolean;
  maxFileSize: number;
  changedSince?: string;
  staged?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
  threads?: number;
  define?: string[];
  profile?: string;
  buildDate?: string;
  horizon?: string;
  /** Set by the action: --fail-on was given (so it beats the config's failOn). */
  failOnGiven?: boolean;
}

export async function runWith<R extends CatalogueEntry>(argv: string[], io: IO, deps: CliDeps<R>): Promise<number> {
  let exitCode: number = EXIT_OK;
  const program = buildProgram(io, deps, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed its message (or the help / version text).
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr.write(`timebomb: ${err instanceof Error ? err.message : String(err)}\n`);
    if (io.env.TIMEBOMB_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT_USAGE;
  }
}

function buildProgram<R extends CatalogueEntry>(io: IO, deps: CliDeps<R>, setExit: (code: number) => void): Command {
  const program = new Command();
  // Set before adding subcommands: they copy these settings when created.
  program
    .name('timebomb')
    .description('Find time bombs: code that stops working after a fixed date.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Deterministic help, whatever the terminal width of the machine running it.
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .version(deps.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('scan')
    .description('scan files and directories for time bombs')
    .argument('[paths...]', 'files or directories to scan', ['.'])
    .addOption(
      new Option('-f, --format <formats>', `report format, or several separated by commas (${REPORTER_NAMES.join(', ')})`)
        .argParser(parseFormatList)
        .default(['text'], 'text'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format)')
    .option('--output-text <file>', 'also write the text report to a file')
    .option('--output-json <file>', 'also write the JSON result to a file')
    .option('--output-sarif <file>', 'also write SARIF 2.1.0 (GitHub code scanning) to a file')
    .option('--output-github <file>', 'also write GitHub Actions annotations to a file')
    .option('--output-markdown <file>', 'also write the markdown release audit to a file')
    .option('--output-html <file>', 'also write the HTML release audit (timeline, filterable list) to a file')
    .option('--now <date>', "reference date for 'today' (YYYY-MM-DD = 00:00 UTC, or an ISO instant)", parseNowOption)
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'),
    )
    .option('--include <glob>', 'only scan files matching this glob (repeatable; relative to each path)', collect)
    .option('--exclude <glob>', 'skip files matching this glob (repeatable; relative to each path)', collect)
    .option('--no-gitignore', 'do not honour .gitignore files')
    .option('--include-tests', 'also scan tests, mocks and fixtures (skipped by default)')
    .option('-q, --quiet', 'print findings only: no summary, no progress line')
    .option('--no-color', 'no colour (also off with NO_COLOR or when stdout is not a terminal)')
    .option('--strict', 'exit 2 when any file could not be read or parsed')
    .option('--cache', 'reuse the results of unchanged files from a cache file (default .timebombcache) and update it')
    .option('--cache-location <path>', 'the cache file, or a directory to keep .timebombcache in (with --cache)')
    .option('--max-file-size <size>', 'skip larger files, reporting them (4096, 512k, 10mb...)', parseByteCount, DEFAULT_MAX_FILE_SIZE)
    .option('--threads <n>', `threads that analyse files, 1 to ${MAX_THREADS}; 1 = no worker threads (default: the available cores, at most 8)`, parseThreads)
    .addOption(
      new Option('--changed-since <git-ref>', 'only files changed since the merge-base of HEAD and <git-ref>, and untracked files')
        .conflicts('staged'),
    )
    .option('--staged', 'only staged files, read from the git index (for a pre-commit hook)')
    .addOption(
      new Option('--shard <i>/<n>', 'analyse only shard i of n (a CI matrix job; combine the results with `timebomb merge`)')
        .argParser(parseShardOption)
        .conflicts(['writeBaseline', 'pruneBaseline']),
    )
    .option('--profile <name>', 'judge the code as this release profile of the config file (its defines, release config files, build date)')
    .option('--define <name=value>', 'a compile-time value of the release, esbuild-style (repeatable): __BETA__=false, process.env.NODE_ENV=production', collect)
    .option('--build-date <date>', 'the build date of the release (YYYY-MM-DD): build-age checks report the day they fire')
    .option('--horizon <duration|date>', 'certificates expiring before this are errors: a duration from --now (90d, 18m, 2y) or a date; default 2y')
    .option('--config <file>', 'config file to use (default: .timebombrc.json/.yaml/.yml or "timebomb" in package.json, in the working directory)')
    .option('--no-config', 'use no config file')
    .option('--config-from-ref <git-ref>', 'read the config and baseline as they are at this git revision (e.g. the target branch)')
    .option('--baseline <file>', 'known findings: report them as suppressed and do not fail on them')
    .option('--write-baseline <file>', 'record the current findings as the baseline (and use it for this run)')
    .option('--prune-baseline', 'rewrite the baseline without its stale entries')
    .option('--no-inline-suppressions', 'ignore timebomb-ignore comments (for audits)')
    .option('--report-unused-suppressions', 'report timebomb-ignore comments that suppress nothing')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (paths: string[], flags: ScanFlags, cmd: Command) =>
      setExit(await scanCommand(paths, { ...flags, failOnGiven: cmd.getOptionValueSource('failOn') === 'cli' }, io, deps)));

  const merge = program
    .command('merge')
    .description('combine JSON results or SARIF logs of several scans (e.g. --shard jobs) into one report')
    .argument('<results...>', 'timebomb JSON results (--format json) or SARIF logs, all of one kind')
    .addOption(
      new Option('-f, --format <formats>', `report format, or several separated by commas (${REPORTER_NAMES.join(', ')})`)
        .argParser(parseFormatList)
        .default(['text'], 'text'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format)');
  for (const name of REPORTER_NAMES) merge.option(`--output-${name} <file>`, `also write the ${name} report to a file`);
  merge
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(FAIL_ON).default('error'),
    )
    .option('--strict', 'exit 2 when any input lists a file that could not be read or parsed')
    .option('-q, --quiet', 'print findings only, no summary')
    .option('--no-color', 'no colour (also off with NO_COLOR or when stdout is not a terminal)')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (results: string[], flags: MergeFlags) => {
      // Loaded here: a scan never needs the merge command.
      const [{ catalogue }, { mergeCommand }] = await Promise.all([deps.load(), import('./merge.js')]);
      setExit(await mergeCommand(results, flags, io, [...catalogue.map((r) => r.meta), ...SUPPRESSION_RULES], deps.rulesDir));
    });

  program
    .command('rules')
    .description('list every rule with its default severity')
    .action(async () => setExit(await rulesCommand(io, deps)));

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<id>', 'rule id, e.g. js/hardcoded-expiry')
    .action(async (id: string) => setExit(await explainCommand(id, io, deps)));

  return program;
}

async function scanCommand<R extends CatalogueEntry>(
  paths: string[], flags: ScanFlags, io: IO, deps: CliDeps<R>,
): Promise<number> {
  // Where each report goes is checked before anything is scanned.
  const plan = planReports(flags, io.cwd);
  if ('error' in plan) {
    io.stderr.write(`timebomb: ${plan.error}\n`);
    return EXIT_USAGE;
  }
  // A path that does not exist is a mistake in the command, not "nothing found".
  const missing: string[] = [];
  for (const p of paths) if ((await io.stat(resolve(io.cwd, p))) === undefined) missing.push(p);
  if (missing.length > 0) {
    for (const p of missing) io.stderr.write(`timebomb: no such file or directory: ${p}\n`);
    return EXIT_USAGE;
  }

  const setup = await prepareSuppressions(flags, io);
  const options: ScanOptions = withSuppressions({
    paths,
    now: flags.now ?? io.clock(),
    include: flags.include ?? [],
    exclude: flags.exclude ?? [],
    gitignore: flags.gitignore,
    includeTests: flags.includeTests === true,
    ruleSeverity: {},
    maxFileSize: flags.maxFileSize,
    failOn: flags.failOn,
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
  }, setup, { include: flags.include !== undefined, exclude: flags.exclude !== undefined, failOn: flags.failOnGiven === true });
  let scanIO = io;
  if (flags.changedSince !== undefined || flags.staged === true) {
    try {
      const { diffScope } = await import('../discovery/diff-scope.js');
      const scope = await diffScope(io, flags.staged === true ? { staged: true } : { changedSince: flags.changedSince! });
      options.onlyFiles = scope.onlyFiles;
      scanIO = scope.io;
    } catch (err) {
      io.stderr.write(`timebomb: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT_USAGE;
    }
  }
  const releaseOptions = releaseSetup(flags, setup.config, options.now);
  if (releaseOptions.release) options.release = releaseOptions.release;
  if (releaseOptions.horizonEnd !== undefined) options.horizonEnd = releaseOptions.horizonEnd;
  if (flags.cache === true) options.cache = await cacheFilePath(io, flags.cacheLocation);
  const engine = await deps.load();
  checkConfigRules(setup, engine.catalogue.map((r) => r.meta.id));
  const progress = progressWanted({ env: io.env, stderrIsTTY: io.stderr.isTTY, stdoutIsTTY: io.stdout.isTTY, quiet: flags.quiet === true })
    ? progressLine(io.stderr) : undefined;
  if (progress) {
    options.onProgress = (p) => progress.update(p);
    // Whatever the scan says on stderr starts on a clean line.
    const stderr = scanIO.stderr;
    scanIO = { ...scanIO, stderr: { ...stderr, write: (text) => { progress.clear(); stderr.write(text); } } };
  }
  let scanned: ScanResult;
  try {
    scanned = await engine.scan(options, scanIO, engine.catalogue);
  } finally {
    progress?.clear();
  }
  const result = await finishSuppressions(scanned, setup, io, { quiet: flags.quiet === true, stdoutFormat: plan.stdout });

  const written = await emitReports(plan, result, io, {
    rules: [...engine.catalogue.map((r) => r.meta), ...SUPPRESSION_RULES],
    color: useColor({ flag: flags.color, env: io.env, isTTY: io.stdout.isTTY, toFile: plan.stdout === undefined }),
    quiet: flags.quiet === true,
    rulesDir: deps.rulesDir,
    ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
  });
  if (!written) return EXIT_USAGE;
  return exitCodeFor(result, options.failOn, flags.strict === true);
}

async function rulesCommand<R extends CatalogueEntry>(io: IO, deps: CliDeps<R>): Promise<number> {
  const { catalogue } = await deps.load();
  const rows = catalogue.map((r) => r.meta).sort((a, b) => compareText(a.id, b.id));
  const table = [['RULE', 'SEVERITY', 'DESCRIPTION'], ...rows.map((m) => [m.id, m.defaultSeverity, m.description])];
  const widths = [0, 1].map((col) => Math.max(...table.map((row) => row[col]!.length)));
  io.stdout.write(table.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`.trimEnd()).join('\n') + '\n');
  return EXIT_OK;
}

async function explainCommand<R extends CatalogueEntry>(id: string, io: IO, deps: CliDeps<R>): Promise<number> {
  const { catalogue } = await deps.load();
  const ids = catalogue.map((r) => r.meta.id).sort();
  // Only known ids become paths: `explain ../../etc/passwd` reads nothing.
  if (!ids.includes(id)) {
    io.stderr.write(`timebomb: unknown rule '${id}'. Known rules:\n${ids.map((k) => `  ${k}\n`).join('')}`);
    return EXIT_USAGE;
  }
  let doc: string;
  try {
    doc = (await io.readFile(join(deps.rulesDir, `${id}.md`))).toString('utf8');
  } catch (err) {
    io.stderr.write(`timebomb: no documentation for ${id}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }
  io.stdout.write(doc.endsWith('\n') ? doc : `${doc}\n`);
  return EXIT_OK;
}

function parseNowOption(value: string): number {
  const parsed = parseNow(value);
  if (!parsed.ok) throw new InvalidArgumentError(parsed.reason + '.');
  return parsed.ms;
}

function parseShardOption(value: string): Shard {
  const parsed = parseShard(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error + '.');
  return parsed;
}

/** A bound on --threads: each thread loads its own Babel and rules (tens of MB). */
const MAX_THREADS = 64;

function parseThreads(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) throw new InvalidArgumentError(`Expected a whole number from 1 to ${MAX_THREADS}.`);
  return n;
}

function parseByteCount(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('Expected a size such as 1048576, 512k or 10mb.');
  return bytes;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
