/**
 * What every config parser returns: a flat list of leaf entries with exact positions. Config is
 * data: parsers read text and never execute, include or interpolate anything.
 */
import type { Span } from '../engine/rule-api.js';

export type { Span };

export type ConfigFormat = 'json' | 'yaml' | 'toml' | 'env' | 'properties' | 'ini';

export type ScalarValue = string | number | boolean | null;

/** One leaf value (a scalar) of a config file. */
export interface ConfigEntry {
  /** Section/object keys from the root down to the leaf; array indices as strings (`['servers', '0', 'host']`). */
  path: string[];
  /** The last element of `path`: the key the value is written under (an index for array items). */
  key: string;
  /**
   * The value as the format types it. Formats without types (.env, .properties, INI) give strings;
   * TOML dates give their ISO text (`2027-03-01`, `2027-03-01T10:00:00.000Z`).
   */
  value: ScalarValue;
  /** Where the key is written (for an array item, the item itself; for a dotted TOML key, the whole key). */
  keySpan: Span;
  /** Where the value is written, quotes included. */
  valueSpan: Span;
  /** YAML only: the 0-based index of the document in a multi-document stream. */
  document?: number;
}

export interface ConfigParseError {
  message: string;
  /** 1-based, like Span. */
  line: number;
  column: number;
}

/**
 * Errors are values: a broken file gives `ok: false` (with whatever entries could be read before
 * the error, which callers should not trust) and never throws.
 */
export type ParseResult =
  | { ok: true; format: ConfigFormat; entries: ConfigEntry[] }
  | { ok: false; format: ConfigFormat; error: ConfigParseError; entries: ConfigEntry[] };
