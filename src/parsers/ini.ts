/**
 * INI files (`settings.ini`, `setup.cfg`, php.ini, Windows-style configs): `[section]` headers,
 * `key = value` or `key: value`, `;` and `#` comment lines and inline comments after whitespace,
 * quoted values unwrapped, a bare `key` as a null value, and indented lines continuing the value
 * above them (Python configparser). A section name is one path element, as written.
 */
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ParseResult } from './types.js';

export function parseIni(input: string): ParseResult {
  return guarded('ini', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    const entries: ConfigEntry[] = [];
    let section: string[] = [];
    let last: ConfigEntry | undefined;
    let pos = 0;
    while (pos <= text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const line = text.slice(pos, end).replace(/\r$/, '');
      const indent = line.search(/\S/);
      const next = end + 1;
      if (indent < 0 || line[indent] === ';' || line[indent] === '#') {
        // A blank line ends a multi-line value; a comment line does not.
        if (indent < 0) last = undefined;
        pos = next;
        continue;
      }
      if (indent > 0 && last && typeof last.value === 'string') {
        const piece = stripInlineComment(line.slice(indent));
        last.value = last.value === '' ? piece : `${last.value}\n${piece}`;
        const pieceSpan = lines.span(pos + indent, pos + indent + piece.length);
        last.valueSpan = { ...last.valueSpan, endLine: pieceSpan.endLine, endColumn: pieceSpan.endColumn };
        pos = next;
        continue;
      }
      if (line[indent] === '[') {
        const close = line.indexOf(']', indent);
        if (close < 0 || !/^\s*(?:[;#].*)?$/.test(line.slice(close + 1))) {
          return failure('ini', { message: 'unterminated [section] header', ...lines.position(pos + indent) }, entries);
        }
        section = [line.slice(indent + 1, close).trim()];
        last = undefined;
        pos = next;
        continue;
      }
      const sep = line.slice(indent).search(/[=:]/);
      const keyText = (sep < 0 ? line.slice(indent) : line.slice(indent, indent + sep)).trimEnd();
      if (keyText === '') return failure('ini', { message: 'expected a key', ...lines.position(pos + indent) }, entries);
      const keyStart = pos + indent;
      const keySpan = lines.span(keyStart, keyStart + keyText.length);
      if (sep < 0) {
        entries.push({ path: [...section, keyText], key: keyText, value: null, keySpan, valueSpan: lines.span(keyStart + keyText.length, keyStart + keyText.length) });
        last = undefined;
      } else {
        let valueStart = indent + sep + 1;
        while (line[valueStart] === ' ' || line[valueStart] === '\t') valueStart++;
        const raw = stripInlineComment(line.slice(valueStart));
        const quoted = /^(["'])(.*)\1$/.exec(raw);
        last = {
          path: [...section, keyText],
          key: keyText,
          value: quoted ? quoted[2]! : raw,
          keySpan,
          valueSpan: lines.span(pos + valueStart, pos + valueStart + raw.length),
        };
        entries.push(last);
      }
      pos = next;
    }
    return { ok: true, format: 'ini', entries };
  });
}

function stripInlineComment(value: string): string {
  if (/^(["']).*\1\s*(?:[;#].*)?$/.test(value)) return value.replace(/^((["']).*\2)\s*(?:[;#].*)?$/, '$1');
  const comment = value.search(/\s[;#]/);
  return (comment < 0 ? value : value.slice(0, comment)).trimEnd();
}
