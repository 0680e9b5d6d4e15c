/**
 * Config text -> entries, by file name: the one entry point for rules and for readers of release
 * configuration (`.env.production` defines). Data only: nothing is executed, included or expanded.
 */
import { parseEnv } from './env.js';
import { parseIni } from './ini.js';
import { parseJson } from './json.js';
import { parseProperties } from './properties.js';
import { parseToml } from './toml.js';
import type { ConfigFormat, ParseResult } from './types.js';
import { parseYaml } from './yaml.js';

export type { ConfigEntry, ConfigFormat, ConfigParseError, ParseResult, ScalarValue } from './types.js';
export { parseEnv, parseIni, parseJson, parseProperties, parseToml, parseYaml };

const PARSERS: Record<ConfigFormat, (text: string) => ParseResult> = {
  json: parseJson, yaml: parseYaml, toml: parseToml, env: parseEnv, properties: parseProperties, ini: parseIni,
};

/**
 * The format a file name says it has: `.json .jsonc` (JSON5 is not read), `.yaml .yml`,
 * `.toml`, `.env` / `.env.*` / `*.env`, `.properties`, `.ini .cfg`. Undefined for anything else.
 */
export function configFormatOf(fileName: string): ConfigFormat | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  if (/\.(?:json|jsonc|code-workspace|webmanifest)$/.test(base)) return 'json';
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (base.endsWith('.toml')) return 'toml';
  if (/^\.env(?:\..+)?$/.test(base) || base.endsWith('.env')) return 'env';
  if (base.endsWith('.properties')) return 'properties';
  if (/\.(?:ini|cfg)$/.test(base)) return 'ini';
  return undefined;
}

/** Parses config text by its file name; undefined when the name is not a config format. */
export function parseConfigText(fileName: string, text: string): ParseResult | undefined {
  const format = configFormatOf(fileName);
  return format === undefined ? undefined : PARSERS[format](text);
}
