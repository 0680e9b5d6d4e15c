/**
 * TOML. smol-toml reads the values (and is the judge of validity) but keeps no positions, so a
 * small tokenizer of our own walks the same text for where each key and value is written:
 * `[tables]`, `[[arrays.of.tables]]` (numbered like arrays), dotted and quoted keys, inline
 * tables, arrays and every string form. Each located leaf takes its value from smol-toml's
 * result by path, so escapes and number forms are smol-toml's business.
 */
import type * as SmolToml from 'smol-toml';
import { lazyLibrary } from '../lazy-library.js';
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ParseResult, ScalarValue } from './types.js';

const smolToml = lazyLibrary<typeof SmolToml>('smol-toml');

export function parseToml(input: string): ParseResult {
  return guarded('toml', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    let data: unknown;
    try {
      data = smolToml().parse(text, { integersAsBigInt: 'asNeeded' });
    } catch (error) {
      if (error instanceof smolToml().TomlError) {
        return failure('toml', { message: error.message.split('\n')[0]!, line: error.line, column: error.column });
      }
      throw error;
    }
    const located = locateToml(text);
    if (!Array.isArray(located)) return failure('toml', { message: located.message, ...lines.position(located.offset) });
    const entries: ConfigEntry[] = [];
    for (const leaf of located) {
      const value = scalar(lookup(data, leaf.path));
      if (value === undefined) continue;
      entries.push({
        path: leaf.path,
        key: leaf.path[leaf.path.length - 1]!,
        value,
        keySpan: lines.span(leaf.key[0], leaf.key[1]),
        valueSpan: lines.span(leaf.value[0], leaf.value[1]),
      });
    }
    return { ok: true, format: 'toml', entries };
  });
}

export interface LocatedLeaf {
  path: string[];
  key: [number, number];
  value: [number, number];
}

function lookup(data: unknown, path: string[]): unknown {
  let node = data;
  for (const step of path) {
    if (Array.isArray(node)) node = node[Number(step)];
    else if (node !== null && typeof node === 'object' && !(node instanceof Date)) node = (node as Record<string, unknown>)[step];
    else return undefined;
  }
  return node;
}

function scalar(value: unknown): ScalarValue | undefined {
  if (value instanceof smolToml().TomlDate) return value.toISOString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

const BARE_KEY = /[A-Za-z0-9_-]+/y;
const BARE_VALUE = /[^\s,\]}#]+/y;
/** TOML allows a space between the date and the time of a date-time. */
const TIME_AFTER_SPACE = / \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?/iy;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

class Confused extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

/**
 * Where every leaf of a valid TOML text is written. Returns an error value (never throws) when
 * the text is something the tokenizer does not follow.
 */
export function locateToml(text: string): LocatedLeaf[] | { message: string; offset: number } {
  const leaves: LocatedLeaf[] = [];
  let pos = 0;
  /** Current element index of each array of tables, by resolved path. */
  const arrayIndex = new Map<string, number>();
  let table: string[] = [];

  const fail = (message: string): never => {
    throw new Confused(pos, message);
  };
  const skipSpaces = () => {
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  };
  const skipComment = () => {
    if (text[pos] === '#') while (pos < text.length && text[pos] !== '\n') pos++;
  };
  const skipBlank = () => {
    for (;;) {
      skipSpaces();
      skipComment();
      if (text[pos] === '\n' || text[pos] === '\r') pos++;
      else return;
    }
  };
  const expect = (token: string) => {
    if (!text.startsWith(token, pos)) fail(`expected ${token}`);
    pos += token.length;
  };

  const basicString = (): string => {
    pos++;
    let out = '';
    while (pos < text.length && text[pos] !== '"') {
      const c = text[pos]!;
      if (c === '\\') {
        const e = text[pos + 1]!;
        if (e === 'u' || e === 'U') {
          const n = e === 'u' ? 4 : 8;
          out += String.fromCodePoint(parseInt(text.slice(pos + 2, pos + 2 + n), 16));
          pos += 2 + n;
          continue;
        }
        out += ESCAPES[e] ?? e;
        pos += 2;
        continue;
      }
      out += c;
      pos++;
    }
    expect('"');
    return out;
  };
  const literalString = (): string => {
    const end = text.indexOf("'", pos + 1);
    if (end < 0) fail('unterminated string');
    const out = text.slice(pos + 1, end);
    pos = end + 1;
    return out;
  };

  /** A dotted key: `a`, `a.b`, `"a.b".c`, `'x' . y`. */
  const key = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      if (text[pos] === '"') parts.push(basicString());
      else if (text[pos] === "'") parts.push(literalString());
      else {
        BARE_KEY.lastIndex = pos;
        const m = BARE_KEY.exec(text);
        if (!m) fail('expected a key');
        parts.push(m![0]);
        pos += m![0].length;
      }
      const afterPart = pos;
      skipSpaces();
      if (text[pos] === '.') {
        pos++;
        continue;
      }
      pos = afterPart;
      return parts;
    }
  };

  /** Appends the current index of every array of tables the path passes through. */
  const resolve = (keys: string[], newArrayElement: boolean): string[] => {
    const out: string[] = [];
    keys.forEach((k, i) => {
      out.push(k);
      const index = arrayIndex.get(out.join('\0'));
      if (index !== undefined && !(newArrayElement && i === keys.length - 1)) out.push(String(index));
    });
    return out;
  };

  const multiline = (delimiter: string): void => {
    pos += 3;
    for (;;) {
      const end = text.indexOf(delimiter, pos);
      if (end < 0) fail('unterminated string');
      if (delimiter === '"""') {
        // A delimiter preceded by an odd number of backslashes is escaped.
        let slashes = 0;
        for (let i = end - 1; text[i] === '\\'; i--) slashes++;
        if (slashes % 2 === 1) {
          pos = end + 1;
          continue;
        }
      }
      pos = end + 3;
      // Up to two quotes right before the closing delimiter belong to the content.
      for (let extra = 0; extra < 2 && text[pos] === delimiter[0]; extra++) pos++;
      return;
    }
  };

  const value = (path: string[], keyRange: [number, number] | undefined): void => {
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      for (;;) {
        skipBlank();
        if (text[pos] === '}') { pos++; return; }
        const keyStart = pos;
        const keys = key();
        const keyEnd = pos;
        skipSpaces();
        expect('=');
        skipSpaces();
        value([...path, ...keys], [keyStart, keyEnd]);
        skipBlank();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== '}') fail('expected , or }');
      }
    }
    if (c === '[') {
      pos++;
      for (let i = 0; ; i++) {
        skipBlank();
        if (text[pos] === ']') { pos++; return; }
        value([...path, String(i)], undefined);
        skipBlank();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== ']') fail('expected , or ]');
      }
    }
    if (text.startsWith('"""', pos)) multiline('"""');
    else if (text.startsWith("'''", pos)) multiline("'''");
    else if (c === '"') basicString();
    else if (c === "'") literalString();
    else {
      BARE_VALUE.lastIndex = pos;
      const m = BARE_VALUE.exec(text);
      if (!m) fail('expected a value');
      pos += m![0].length;
      if (/^\d{4}-\d{2}-\d{2}$/.test(m![0])) {
        TIME_AFTER_SPACE.lastIndex = pos;
        const t = TIME_AFTER_SPACE.exec(text);
        if (t) pos += t[0].length;
      }
    }
    leaves.push({ path, key: keyRange ?? [start, pos], value: [start, pos] });
  };

  try {
    for (;;) {
      skipBlank();
      if (pos >= text.length) break;
      if (text.startsWith('[[', pos)) {
        pos += 2;
        const resolved = resolve(key(), true);
        skipSpaces();
        expect(']]');
        const id = resolved.join('\0');
        const index = (arrayIndex.get(id) ?? -1) + 1;
        arrayIndex.set(id, index);
        table = [...resolved, String(index)];
      } else if (text[pos] === '[') {
        pos++;
        table = resolve(key(), false);
        skipSpaces();
        expect(']');
      } else {
        const keyStart = pos;
        const keys = key();
        const keyEnd = pos;
        skipSpaces();
        expect('=');
        skipSpaces();
        value([...table, ...keys], [keyStart, keyEnd]);
      }
      skipSpaces();
      skipComment();
      if (pos < text.length && text[pos] !== '\n' && text[pos] !== '\r') fail('expected the end of the line');
    }
  } catch (error) {
    if (error instanceof Confused) return { message: `could not locate keys: ${error.message}`, offset: Math.min(error.offset, text.length) };
    throw error;
  }
  return leaves;
}
