/**
 * `.env` files as dotenv and Docker Compose read them: `KEY=VALUE`, an optional `export ` prefix,
 * single quotes (literal), double quotes (`\n`, `\t`, `\"`, `\\` escapes; may span lines),
 * backticks, and `#` comments (a whole line, or after whitespace following an unquoted value).
 * Nothing is expanded: `${OTHER}` stays as written.
 */
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ParseResult } from './types.js';

const LINE = /([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:=|:[ \t])[ \t]*/y;
const DOUBLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };

export function parseEnv(input: string): ParseResult {
  return guarded('env', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    const entries: ConfigEntry[] = [];
    let pos = 0;
    while (pos < text.length) {
      let lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(pos, lineEnd).replace(/\r$/, '');
      if (/^\s*(?:#.*)?$/.test(line)) {
        pos = lineEnd + 1;
        continue;
      }
      LINE.lastIndex = pos;
      const m = LINE.exec(text);
      if (!m || m.index !== pos || m[0].includes('\n')) {
        return failure('env', { message: 'expected KEY=VALUE', ...lines.position(pos + line.search(/\S/)) }, entries);
      }
      const name = m[2]!;
      const keyStart = pos + m[1]!.length;
      const valueStart = pos + m[0].length;
      const quote = text[valueStart];
      let value: string;
      let valueEnd: number;
      if (quote === '"' || quote === "'" || quote === '`') {
        const close = closingQuote(text, valueStart, quote);
        if (close < 0) return failure('env', { message: `unterminated ${quote} quote`, ...lines.position(valueStart) }, entries);
        const raw = text.slice(valueStart + 1, close);
        value = quote === '"' ? raw.replace(/\\(.)/g, (s, c: string) => DOUBLE_ESCAPES[c] ?? s) : raw;
        valueEnd = close + 1;
        const rest = text.indexOf('\n', valueEnd);
        const tail = text.slice(valueEnd, rest < 0 ? text.length : rest).replace(/\r$/, '');
        if (!/^\s*(?:#.*)?$/.test(tail)) return failure('env', { message: 'unexpected text after the closing quote', ...lines.position(valueEnd) }, entries);
        lineEnd = rest < 0 ? text.length : rest;
      } else {
        const rawLine = text.slice(valueStart, pos + line.length);
        // `#` starts a comment only after whitespace: `URL=https://x/#top` keeps its anchor.
        const comment = rawLine.search(/(?:^|[ \t])#/);
        const raw = comment < 0 ? rawLine : rawLine.slice(0, comment);
        value = raw.trimEnd();
        valueEnd = valueStart + value.length;
      }
      entries.push({
        path: [name],
        key: name,
        value,
        keySpan: lines.span(keyStart, keyStart + name.length),
        valueSpan: lines.span(valueStart, valueEnd),
      });
      pos = lineEnd + 1;
    }
    return { ok: true, format: 'env', entries };
  });
}

function closingQuote(text: string, open: number, quote: string): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote !== "'") i++;
    else if (text[i] === quote) return i;
    // Single quotes do not span lines.
    else if (text[i] === '\n' && quote === "'") return -1;
  }
  return -1;
}
