/**
 * Shared by the config rules (not a rule itself): which files are config files, which of them
 * hold the product's own settings, and their entries with the key words the vocabulary matches.
 * Parsing is data only (src/parsers): nothing in a config file is executed or expanded.
 */
import { identifierWords, type CompiledConfigKeys } from '../../src/analysis/vocabulary.js';
import type { TextRuleContext } from '../../src/engine/rule-api.js';
import { configFormatOf, parseConfigText, type ConfigEntry, type ConfigFormat } from '../../src/parsers/index.js';

/**
 * Config files by base name: JSON/JSONC, YAML, TOML, .env*, .properties, INI. Lock files are
 * excluded here, so discovery never reads them (their dates are publish times of dependencies):
 * package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, packages.lock.json, *-lock.json ...;
 * yarn.lock, Cargo.lock, composer.lock, Gemfile.lock, poetry.lock, bun.lock, flake.lock have an
 * extension no config rule reads.
 */
export const CONFIG_FILES =
  /^(?!(?:package-lock|npm-shrinkwrap|project\.assets)\.json$|.*[.-]lock(?:file)?\.(?:json|jsonc|ya?ml|toml)$)(?:.*\.(?:json|jsonc|ya?ml|toml|properties|ini|cfg)|\.env(?:\..+)?|.+\.env)$/i;

/** JSON or YAML over this size is a data dump, not configuration: not parsed (see the rule docs). */
export const MAX_DATA_FILE = 1_000_000;

export interface KeyedEntry extends ConfigEntry {
  /** identifierWords of the key, or of the array's key for an array item (`sunset_dates[0]`). */
  leafWords: string;
  /** identifierWords of the named key above the leaf ('' at the top level). */
  parentWords: string;
  /** Every named key of the path as words, for context words (`license`, `headers`). */
  pathWords: string[];
  /** `license.expires`, `servers[0].host`: how messages show the key. */
  keyText: string;
  format: ConfigFormat;
}

export interface ConfigFile {
  format: ConfigFormat;
  entries: KeyedEntry[];
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Tool configs, changelogs, examples, translations, CI definitions: not the product's settings. */
export function isSkippedFile(file: string, keys: CompiledConfigKeys): boolean {
  return keys.skipFileName.test(baseName(file)) || keys.skipPath.test(file);
}

/** Parses a config file into keyed entries; undefined when it is skipped or does not parse. */
export function readConfigFile(ctx: Pick<TextRuleContext<string>, 'file' | 'source' | 'vocabulary'>): ConfigFile | undefined {
  const keys = ctx.vocabulary.configKeys;
  if (isSkippedFile(ctx.file, keys)) return undefined;
  const base = baseName(ctx.file);
  const format = configFormatOf(base);
  if (format === undefined || ((format === 'json' || format === 'yaml') && ctx.source.length > MAX_DATA_FILE)) return undefined;
  const result = parseConfigText(base, ctx.source);
  if (!result || !result.ok) return undefined;
  let entries: ConfigEntry[] = withEnvironmentLists(result.entries);
  if (base.toLowerCase() === 'package.json') entries = entries.filter((e) => !keys.packageJsonFields.has(e.path[0]!));
  entries = withoutSchemas(entries, keys);
  return { format: result.format, entries: entries.map((e) => keyed(e, result.format)) };
}

function keyed(entry: ConfigEntry, format: ConfigFormat): KeyedEntry {
  const { path } = entry;
  const named = path.filter((p) => !isIndex(p));
  const above = path[path.length - 2];
  let leaf = '';
  let parent: string;
  if (!isIndex(entry.key)) {
    leaf = entry.key;
    parent = named[named.length - 2] ?? '';
  } else if (above !== undefined && !isIndex(above)) {
    // An array item takes the name of its array when it sits directly in it.
    leaf = above;
    parent = named[named.length - 2] ?? '';
  } else {
    parent = named[named.length - 1] ?? '';
  }
  return {
    ...entry,
    leafWords: identifierWords(leaf),
    parentWords: identifierWords(parent),
    pathWords: named.map(identifierWords),
    keyText: keyText(path),
    format,
  };
}

function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

function keyText(path: string[]): string {
  if (path.length === 1) return path[0]!;
  let out = '';
  for (const segment of path) {
    if (isIndex(segment)) out += `[${segment}]`;
    else out += (out === '' ? '' : '.') + (/[.\s]/.test(segment) ? JSON.stringify(segment) : segment);
  }
  return out;
}

/**
 * `environment: ["BETA=1"]` (Docker Compose) and `env: [{ name: BETA, value: "1" }]`
 * (Kubernetes) are key/value pairs written as data: each becomes an entry of its own.
 */
function withEnvironmentLists(entries: ConfigEntry[]): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  const names = new Map<string, ConfigEntry>();
  for (const e of entries) {
    if (e.key === 'name' && typeof e.value === 'string') names.set(e.path.slice(0, -1).join('\0'), e);
  }
  for (const e of entries) {
    const parent = e.path[e.path.length - 2];
    const m = typeof e.value === 'string' && isIndex(e.key) && parent !== undefined && /^(?:environment|env)$/i.test(parent)
      ? /^([A-Za-z_][A-Za-z0-9_.]*)=(.*)$/s.exec(e.value) : null;
    if (m) {
      out.push({ ...e, path: [...e.path.slice(0, -1), m[1]!], key: m[1]!, value: m[2]! });
      continue;
    }
    const name = e.key === 'value' ? names.get(e.path.slice(0, -1).join('\0')) : undefined;
    if (name && e.path.some((p) => /^env$/i.test(p))) {
      // `env[0].value` under `name: X` is the variable X of that list: `env.X`.
      const list = isIndex(e.path[e.path.length - 2] ?? '') ? e.path.slice(0, -2) : e.path.slice(0, -1);
      out.push({ ...e, path: [...list, String(name.value)], key: String(name.value), keySpan: name.valueSpan });
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * JSON Schema, OpenAPI and AsyncAPI documents describe fields (`"expires": {"type": "string",
 * "format": "date", "example": "2027-03-01"}`); they do not set them.
 */
function withoutSchemas(entries: ConfigEntry[], keys: CompiledConfigKeys): ConfigEntry[] {
  const schemaDocuments = new Set<number | undefined>();
  const rootKeys = new Map<number | undefined, Set<string>>();
  for (const e of entries) {
    const root = e.path[0]!;
    if (!rootKeys.has(e.document)) rootKeys.set(e.document, new Set());
    rootKeys.get(e.document)!.add(root);
    if (keys.schemaRootKeys.has(root) && e.path.length === 1) schemaDocuments.add(e.document);
    if (root === '$schema' && e.path.length === 1 && typeof e.value === 'string' && /json-schema\.org/i.test(e.value)) {
      schemaDocuments.add(e.document);
    }
  }
  for (const [document, roots] of rootKeys) {
    if (roots.has('type') && (roots.has('properties') || roots.has('definitions') || roots.has('$defs'))) schemaDocuments.add(document);
  }
  return entries.filter((e) => !schemaDocuments.has(e.document) && !e.path.some((p) => keys.schemaContainerKeys.has(p)));
}
