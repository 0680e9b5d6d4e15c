/**
 * Finds and reads the config file. Data only: JSON, YAML (the `yaml` package, data types only)
 * or the "timebomb" key of package.json; nothing in it is ever executed.
 *
 * Search: in the working directory only (not its parents, so what applies in CI is obvious),
 * `.timebombrc.json`, `.timebombrc.yaml`, `.timebombrc.yml`, then the "timebomb" key of
 * `package.json`. More than one of them is an error. `--config <file>` names one instead, and
 * `--config-from-ref <ref>` reads the same names from a git revision.
 */
import { isAbsolute, join, posix, relative } from 'node:path';
import type * as Yaml from 'yaml';
import { lazyLibrary } from '../lazy-library.js';
import type { AllowlistEntry } from '../engine/allowlist.js';
import type { IO } from '../engine/io.js';
import { ConfigError } from './errors.js';
import { validateConfig, type TimebombConfig } from './validate.js';

const yamlLibrary = lazyLibrary<typeof Yaml>('yaml');

export const CONFIG_FILE_NAMES = ['.timebombrc.json', '.timebombrc.yaml', '.timebombrc.yml'];
export const PACKAGE_JSON_KEY = 'timebomb';

export interface LoadedConfig {
  /** The file as named in messages and suppression sources: `.timebombrc.json`, `origin/main:.timebombrc.json`. */
  file: string;
  /** Directory holding the file, POSIX, relative to the working directory ('' for the working directory). */
  dir: string;
  config: TimebombConfig;
}

/** Where config files are read from: the working tree, or a git revision. */
export interface ConfigSource {
  /** Text of a file (POSIX path relative to the working directory), or undefined when there is none. */
  read(path: string): Promise<string | undefined>;
  /** How a path of this source is named in messages. */
  describe(path: string): string;
}

export function workingTreeSource(io: IO): ConfigSource {
  return {
    read: async (path) => {
      const abs = isAbsolute(path) ? path : join(io.cwd, ...path.split('/'));
      const st = await io.stat(abs);
      if (!st) return undefined;
      if (!st.isFile) throw new ConfigError(`config ${path}: not a file`);
      try {
        return (await io.readFile(abs)).toString('utf8');
      } catch (error) {
        throw new ConfigError(`cannot read config ${path}: ${(error as Error).message}`);
      }
    },
    describe: (path) => path,
  };
}

export function refSource(ref: string, read: (path: string) => Promise<string | undefined>): ConfigSource {
  return { read, describe: (path) => `${ref}:${path}` };
}

/** A path given by the user, as a POSIX path relative to the working directory. */
export function relativePosix(cwd: string, path: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  return posix.normalize(rel.split('\\').join('/'));
}

/** The config found by the search, or undefined when there is none. */
export async function findConfig(source: ConfigSource): Promise<LoadedConfig | undefined> {
  const found: { path: string; text: string }[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const text = await source.read(name);
    if (text !== undefined) found.push({ path: name, text });
  }
  const pkgText = await source.read('package.json');
  if (pkgText !== undefined) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(stripBom(pkgText));
    } catch {
      pkg = undefined; // not ours to judge: a package.json we cannot read holds no config for us
    }
    if (isObject(pkg) && Object.hasOwn(pkg, PACKAGE_JSON_KEY)) found.push({ path: 'package.json', text: pkgText });
  }
  if (found.length > 1) {
    throw new ConfigError(`several config files: ${found.map((f) => source.describe(f.path)).join(', ')}; keep one, or name one with --config`);
  }
  const only = found[0];
  return only ? parseConfig(only.text, only.path, source.describe(only.path)) : undefined;
}

/** The config named by `--config` (relative to the working directory); it must exist. */
export async function loadConfigFile(source: ConfigSource, path: string): Promise<LoadedConfig> {
  const text = await source.read(path);
  if (text === undefined) throw new ConfigError(`config file ${source.describe(path)} not found`);
  return parseConfig(text, path, source.describe(path));
}

/**
 * Parses and validates a config's text. The format follows the name: `.json` is JSON
 * (`package.json`: its "timebomb" key), anything else is YAML (a superset of JSON).
 */
export function parseConfig(text: string, path: string, shownAs: string = path): LoadedConfig {
  const name = posix.basename(path);
  let data: unknown;
  if (name === 'package.json' || name.endsWith('.json')) {
    try {
      data = JSON.parse(stripBom(text));
    } catch (error) {
      throw new ConfigError(`invalid config ${shownAs}: not valid JSON: ${(error as Error).message}`);
    }
    if (name === 'package.json') {
      if (!isObject(data) || !Object.hasOwn(data, PACKAGE_JSON_KEY)) throw new ConfigError(`invalid config ${shownAs}: no "${PACKAGE_JSON_KEY}" key`);
      data = data[PACKAGE_JSON_KEY];
    }
  } else {
    const doc = yamlLibrary().parseDocument(stripBom(text), { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) throw new ConfigError(`invalid config ${shownAs}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]!.replace(/:\s*$/, '')}`);
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  }
  const checked = validateConfig(data);
  if (!checked.ok) {
    throw new ConfigError(`invalid config ${shownAs}:\n${checked.problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const dir = posix.dirname(path);
  return { file: shownAs, dir: dir === '.' ? '' : dir, config: checked.config };
}

/** Rule ids named in the config that no rule has: a typo would silently do nothing. */
export function checkRuleIds(loaded: LoadedConfig, known: Iterable<string>): void {
  const ids = new Set(known);
  const problems: string[] = [];
  for (const id of Object.keys(loaded.config.rules ?? {})) if (!ids.has(id)) problems.push(`rules: unknown rule "${id}"`);
  loaded.config.allowlist?.forEach((e, i) => {
    if (e.rule !== '*' && !ids.has(e.rule)) problems.push(`allowlist[${i}].rule: unknown rule "${e.rule}"`);
  });
  if (problems.length > 0) {
    throw new ConfigError(`invalid config ${loaded.file}:\n${problems.map((p) => `  ${p}`).join('\n')}\n  known rules: ${[...ids].sort().join(', ')}`);
  }
}

/** The allowlist with its globs made relative to the working directory. */
export function allowlistOf(loaded: LoadedConfig): AllowlistEntry[] {
  return (loaded.config.allowlist ?? []).map((e) => ({
    path: loaded.dir ? posix.join(loaded.dir, e.path) : e.path.replace(/^\.\//, ''),
    rule: e.rule,
    reason: e.reason.trim(),
    ...(e.until !== undefined ? { until: e.until } : {}),
    source: loaded.file,
  }));
}

/** The config's baseline path, relative to the working directory. */
export function baselinePathOf(loaded: LoadedConfig): string | undefined {
  const b = loaded.config.baseline;
  return b === undefined ? undefined : loaded.dir ? posix.join(loaded.dir, b) : posix.normalize(b);
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
