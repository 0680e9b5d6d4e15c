/**
 * The CLI side of suppressions, config and baseline: turns the flags into scan options (reading
 * the config and the baseline, from the working tree or from a git revision), and after the scan
 * writes or prunes the baseline and reports stale entries. Any problem throws an Error whose
 * message names the file; the CLI prints it and exits 2.
 *
 * Precedence: command-line flags, then the config file, then the defaults. `--include` and
 * `--exclude` replace the config's lists; `rules` severities from the config apply unless the
 * program sets its own.
 */
import { isAbsolute, resolve } from 'node:path';
import type { ScanOptions } from '../api/options.js';
import {
  baselineCandidates, baselineEntryOf, parseBaseline, readBaseline, rebaseline, serializeBaseline, type LoadedBaseline,
} from '../engine/baseline.js';
import type { IO } from '../engine/io.js';
import { compareFindings } from '../engine/link.js';
import type { ScanResult } from '../engine/types.js';
import { ConfigError } from '../config/errors.js';
import { gitRefReader, type RefReader } from '../config/git-ref.js';
import {
  allowlistOf, baselinePathOf, checkRuleIds, findConfig, loadConfigFile, refSource, relativePosix, workingTreeSource,
  type LoadedConfig,
} from '../config/load.js';
import { SUPPRESSION_RULES } from '../engine/suppressions.js';

/** The scan flags this module reads (commander's names). */
export interface SuppressionFlags {
  /** `--config <file>`, or false with `--no-config`. */
  config?: string | false;
  configFromRef?: string;
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  /** False with `--no-inline-suppressions`. */
  inlineSuppressions?: boolean;
  reportUnusedSuppressions?: boolean;
}

export interface SuppressionSetup {
  config?: LoadedConfig;
  /**
   * The baseline, when one is used: loaded when it comes from a git revision, else its path, which
   * the scan reads through its own IO (with --staged: from the git index).
   */
  baseline?: LoadedBaseline | string;
  /** Working-tree path (relative to cwd) of the baseline in use, for --prune-baseline. */
  baselinePath?: string;
  writeBaseline?: string;
  prune: boolean;
  inlineSuppressions: boolean;
  reportUnusedSuppressions: boolean;
}

export interface SetupDeps {
  /** Opens a git revision for reading (tests pass a fake). */
  openRef?: (ref: string, cwd: string) => Promise<RefReader>;
}

/** Reads the config and the baseline the flags ask for. */
export async function prepareSuppressions(flags: SuppressionFlags, io: IO, deps: SetupDeps = {}): Promise<SuppressionSetup> {
  const ref = flags.configFromRef;
  const readAtRef = ref !== undefined ? await (deps.openRef ?? gitRefReader)(ref, io.cwd) : undefined;
  const source = ref !== undefined && readAtRef ? refSource(ref, readAtRef) : workingTreeSource(io);

  let config: LoadedConfig | undefined;
  if (typeof flags.config === 'string') config = await loadConfigFile(source, relativePosix(io.cwd, flags.config));
  else if (flags.config !== false) config = await findConfig(source);

  const baselinePath = flags.baseline !== undefined ? relativePosix(io.cwd, flags.baseline) : config ? baselinePathOf(config) : undefined;
  const writeBaseline = flags.writeBaseline !== undefined ? relativePosix(io.cwd, flags.writeBaseline) : undefined;
  const prune = flags.pruneBaseline === true;
  if (prune && baselinePath === undefined) {
    throw new ConfigError('--prune-baseline needs a baseline: --baseline <file>, or "baseline" in the config file');
  }

  let baseline: LoadedBaseline | string | undefined;
  if (baselinePath !== undefined) {
    if (ref !== undefined && readAtRef) {
      const shown = `${ref}:${baselinePath}`;
      const text = await readAtRef(baselinePath);
      if (text === undefined) {
        // The target branch has no baseline yet: nothing is known, so nothing is silenced.
        io.stderr.write(`timebomb: note: ${shown} does not exist; no finding is baselined\n`);
        baseline = { file: shown, entries: [] };
      } else {
        baseline = parseBaseline(text, shown);
      }
    } else if (writeBaseline === undefined || (await io.stat(absolute(io, baselinePath))) !== undefined) {
      baseline = baselinePath;
    }
  }

  return {
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
    ...(baselinePath !== undefined ? { baselinePath } : {}),
    ...(writeBaseline !== undefined ? { writeBaseline } : {}),
    prune,
    inlineSuppressions: flags.inlineSuppressions !== false,
    reportUnusedSuppressions: flags.reportUnusedSuppressions === true,
  };
}

/** Rule ids the config may name: the catalogue's and the engine's own suppression rules. */
export function checkConfigRules(setup: SuppressionSetup, catalogueIds: string[]): void {
  if (setup.config) checkRuleIds(setup.config, [...catalogueIds, ...SUPPRESSION_RULES.map((r) => r.id)]);
}

/**
 * The scan options with the config applied where the command line left a value open:
 * `cliGave` says which of include/exclude/failOn came from the command line.
 */
export function withSuppressions(
  options: ScanOptions, setup: SuppressionSetup, cliGave: { include: boolean; exclude: boolean; failOn: boolean },
): ScanOptions {
  const c = setup.config?.config ?? {};
  return {
    ...options,
    include: cliGave.include || c.include === undefined ? options.include : [...c.include],
    exclude: cliGave.exclude || c.exclude === undefined ? options.exclude : [...c.exclude],
    failOn: cliGave.failOn || c.failOn === undefined ? options.failOn : c.failOn,
    ruleSeverity: { ...(c.rules ?? {}), ...options.ruleSeverity },
    inlineSuppressions: setup.inlineSuppressions,
    reportUnusedSuppressions: setup.reportUnusedSuppressions,
    allowlist: setup.config ? allowlistOf(setup.config) : [],
    ...(setup.baseline ? { baseline: setup.baseline } : {}),
  };
}

/**
 * After the scan: `--write-baseline` records the findings and applies the new baseline to the
 * result (so that run passes); `--prune-baseline` rewrites the baseline without stale entries;
 * otherwise stale entries are listed on stderr (unless quiet or JSON, which carries them).
 */
export async function finishSuppressions(
  result: ScanResult, setup: SuppressionSetup, io: IO, opts: { quiet: boolean; stdoutFormat?: string },
): Promise<ScanResult> {
  if (setup.writeBaseline !== undefined) {
    const entries = baselineCandidates(result).map(baselineEntryOf);
    await write(io, setup.writeBaseline, serializeBaseline(entries));
    io.stderr.write(`timebomb: wrote ${count(entries.length, 'finding')} to baseline ${setup.writeBaseline}\n`);
    return rebaseline(result, { file: setup.writeBaseline, entries }, compareFindings);
  }
  const stale = result.baseline?.stale ?? [];
  if (stale.length === 0) return result;
  if (setup.prune && setup.baseline !== undefined && setup.baselinePath !== undefined) {
    const gone = new Set(stale.map((e) => e.fingerprint));
    const loaded = typeof setup.baseline === 'string' ? await readBaseline(io, setup.baseline) : setup.baseline;
    const kept = loaded.entries.filter((e) => !gone.has(e.fingerprint));
    await write(io, setup.baselinePath, serializeBaseline(kept));
    io.stderr.write(`timebomb: removed ${count(stale.length, 'stale entry', 'stale entries')} from baseline ${setup.baselinePath}\n`);
    return result;
  }
  if (!opts.quiet && opts.stdoutFormat !== 'json') {
    const lines = stale.map((e) => `  ${e.file}  ${e.ruleId}  ${e.fingerprint.slice(0, 12)}  ${e.message}`);
    io.stderr.write(
      `timebomb: ${count(stale.length, 'stale baseline entry', 'stale baseline entries')} in ${result.baseline!.file} ` +
        `(no finding matches them any more; --prune-baseline removes them):\n${lines.join('\n')}\n`,
    );
  }
  return result;
}

async function write(io: IO, path: string, content: string): Promise<void> {
  try {
    await io.writeFile(absolute(io, path), content);
  } catch (error) {
    throw new ConfigError(`cannot write baseline ${path}: ${(error as Error).message}`);
  }
}

function absolute(io: IO, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
