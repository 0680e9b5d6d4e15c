/**
 * The official SARIF 2.1.0 schema (OASIS errata 01), kept beside the repository in
 * ../shared/schemas, compiled once with ajv. The schema is draft-04 (`id`, draft-04 `$schema`);
 * its keywords are all ones draft-07 reads the same way, so it is compiled as draft-07 after
 * renaming `id` to `$id` and dropping the draft-04 `$schema` that ajv 8 does not ship.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const SARIF_SCHEMA_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'schemas', 'sarif-schema-2.1.0.json');

let compiled: ValidateFunction | undefined;

export function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  if (typeof schema.id === 'string') {
    schema.$id = schema.id;
    delete schema.id;
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}

/** Validation errors, readable in a failed assertion; [] when the document is valid. */
export function sarifErrors(document: unknown): string[] {
  const validate = sarifValidator();
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
