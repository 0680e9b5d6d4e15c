/**
 * Java `.properties` as `Properties.load` reads them: `key=value`, `key: value` or `key value`;
 * `#` and `!` comment lines; a line ending in an odd number of backslashes continues on the next
 * (whose leading whitespace is dropped); `\t \n \r \f \uXXXX` escapes, any other `\x` is `x`.
 */
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ParseResult } from './types.js';

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f' };

export function parseProperties(input: string): ParseResult {
  return guarded('properties', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    const entries: ConfigEntry[] = [];
    let pos = 0;
    while (pos < text.length) {
      // One logical line: [start, end) over the text, continuation backslashes included.
      let end = lineEndAt(text, pos);
      const first = text.slice(pos, end);
      const indent = first.search(/[^ \t\f]/);
      if (indent < 0 || first[indent] === '#' || first[indent] === '!') {
        pos = nextLine(text, end);
        continue;
      }
      const start = pos + indent;
      while (endsWithContinuation(text, pos, end) && end < text.length) {
        pos = nextLine(text, end);
        end = lineEndAt(text, pos);
      }
      const logical = text.slice(start, end);
      const keyEnd = keyEndOf(logical);
      let valueOffset = keyEnd;
      while (valueOffset < logical.length && /[ \t\f]/.test(logical[valueOffset]!)) valueOffset++;
      if (logical[valueOffset] === '=' || logical[valueOffset] === ':') valueOffset++;
      while (valueOffset < logical.length && /[ \t\f]/.test(logical[valueOffset]!)) valueOffset++;
      const key = unescape(logical.slice(0, keyEnd));
      const value = unescape(logical.slice(valueOffset));
      if (key === undefined || value === undefined) {
        return failure('properties', { message: 'malformed \\uXXXX escape', ...lines.position(start) }, entries);
      }
      const valueEnd = start + logical.length;
      entries.push({
        path: [key],
        key,
        value,
        keySpan: lines.span(start, start + keyEnd),
        valueSpan: lines.span(start + Math.min(valueOffset, logical.length), Math.max(start + valueOffset, valueEnd)),
      });
      pos = nextLine(text, end);
    }
    return { ok: true, format: 'properties', entries };
  });
}

/** End of the physical line at `pos`, before any `\r\n` or `\n`. */
function lineEndAt(text: string, pos: number): number {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, end: number): number {
  if (text[end] === '\r') end++;
  return end + 1;
}

function endsWithContinuation(text: string, start: number, end: number): boolean {
  let slashes = 0;
  for (let i = end - 1; i >= start && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** The key ends at the first unescaped `=`, `:` or whitespace. */
function keyEndOf(logical: string): number {
  for (let i = 0; i < logical.length; i++) {
    const c = logical[i]!;
    if (c === '\\') i++;
    else if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') return i;
  }
  return logical.length;
}

/** Resolves escapes and joins continuation lines; undefined for a malformed `\u`. */
function unescape(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) break;
    if (next === '\r' || next === '\n') {
      // Continuation: skip the line break and the next line's leading whitespace.
      i += next === '\r' && raw[i + 2] === '\n' ? 2 : 1;
      while (/[ \t\f]/.test(raw[i + 1] ?? '')) i++;
      continue;
    }
    if (next === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += ESCAPES[next] ?? next;
    i++;
  }
  return out;
}
