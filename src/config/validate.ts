/**
 * Checks a config value against the shipped JSON schema (src/config/timebomb-config.schema.json)
 * with ajv, then what a schema cannot say (real dates). Errors come back as one readable line
 * each, naming the place in the file: `allowlist[0]: missing required key "reason"`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { lazyLibrary } from '../lazy-library.js';
import type { FailOn, Severity } from '../engine/types.js';
import { isIsoDate } from '../engine/suppressions.js';
import { packageRoot } from '../package-root.js';

const ajvLibrary = lazyLibrary<{ Ajv: typeof AjvClass }>('ajv');

export interface ConfigAllowlistEntry {
  path: string;
  rule: string;
  reason: string;
  until?: string;
}

/** The config file's contents, as the schema describes them. */
export interface TimebombConfig {
  $schema?: string;
  rules?: Record<string, Severity | 'off'>;
  include?: string[];
  exclude?: string[];
  failOn?: FailOn;
  profiles?: Record<string, { defines?: Record<string, string | number | boolean | null>; configFiles?: string[]; buildDate?: string }>;
  allowlist?: ConfigAllowlistEntry[];
  baseline?: string;
}

export const CONFIG_SCHEMA_PATH = join('src', 'config', 'timebomb-config.schema.json');

export function loadConfigSchema(root: string = packageRoot()): object {
  return JSON.parse(readFileSync(join(root, CONFIG_SCHEMA_PATH), 'utf8')) as object;
}

export type ConfigValidation = { ok: true; config: TimebombConfig } | { ok: false; problems: string[] };

/** The schema compiled by ajv (compiling takes a moment: a caller checking many values compiles once). */
export function compileConfigSchema(schema: object = loadConfigSchema()): ValidateFunction<TimebombConfig> {
  const { Ajv } = ajvLibrary();
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  return ajv.compile<TimebombConfig>(schema);
}

/** Validates a parsed config value; `problems` are readable lines, in the order of the file. */
export function validateConfig(data: unknown, check: ValidateFunction<TimebombConfig> = compileConfigSchema()): ConfigValidation {
  if (!check(data)) return { ok: false, problems: describeErrors(check.errors ?? []) };
  const problems: string[] = [];
  data.allowlist?.forEach((e, i) => {
    if (e.until !== undefined && !isIsoDate(e.until)) problems.push(`allowlist[${i}].until: "${e.until}" is not a real date (YYYY-MM-DD)`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: data };
}

/** `/allowlist/0/reason` -> `allowlist[0].reason`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '(top level)';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? (acc ? `${acc}.${part}` : part) : `${acc}[${JSON.stringify(part)}]`), '');
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeError(e: ErrorObject): string | undefined {
  const at = pointerToPath(e.instancePath);
  const parent = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  const hint = parent.description ? ` (${parent.description})` : '';
  switch (e.keyword) {
    case 'required':
      return `${at}: missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties': {
      const known = Object.keys(parent.properties ?? {}).filter((k) => k !== '$schema');
      return `${at}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"${known.length ? ` (known keys: ${known.join(', ')})` : ''}`;
    }
    case 'enum':
      return `${at}: ${shown(e.data)} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => String(v)).join(', ')}`;
    case 'type':
      return `${at}: must be ${(e.params as { type: string | string[] }).type.toString().replace(/,/g, ' or ')}, not ${shown(e.data)}`;
    case 'propertyNames':
      return undefined; // the nested error names the key itself
    case 'pattern':
      if (e.propertyName !== undefined) {
        return `${at}: key "${e.propertyName}" is not valid${at === 'rules' ? ' (a rule id looks like js/hardcoded-expiry)' : ''}`;
      }
      return `${at}: ${shown(e.data)} is not valid${hint}`;
    case 'minLength':
      return `${at}: must not be empty${hint}`;
    default:
      return `${at}: ${e.message ?? 'is not valid'}`;
  }
}

export function describeErrors(errors: ErrorObject[]): string[] {
  const lines: string[] = [];
  for (const e of errors) {
    const line = describeError(e);
    if (line !== undefined && !lines.includes(line)) lines.push(line);
  }
  return lines;
}
