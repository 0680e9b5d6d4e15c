/**
 * JSON and JSONC (comments, trailing commas: tsconfig, VS Code settings, many tool configs) with
 * jsonc-parser. Its visitor API reports the offset of every key and value and builds no tree,
 * which keeps large files cheap (parseTree is several times slower on megabyte files).
 */
import type * as JsoncParser from 'jsonc-parser';
import { lazyLibrary } from '../lazy-library.js';
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ConfigParseError, ParseResult } from './types.js';

const jsoncParser = lazyLibrary<typeof JsoncParser>('jsonc-parser');

interface Frame {
  kind: 'object' | 'array';
  /** This container's own element of the path (undefined for the root). */
  segment: string | undefined;
  /** Object: the property being read, and where its key is written. Array: the next index. */
  key: string;
  keyRange: [number, number];
  nextIndex: number;
}

export function parseJson(input: string): ParseResult {
  return guarded('json', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    const entries: ConfigEntry[] = [];
    const frames: Frame[] = [];
    const path: string[] = [];
    let error: ConfigParseError | undefined;

    /** The path element and key position of the value that starts now (undefined at the root). */
    const place = (offset: number, length: number): { segment: string; keyRange: [number, number] } | undefined => {
      const top = frames[frames.length - 1];
      if (!top) return undefined;
      if (top.kind === 'array') return { segment: String(top.nextIndex++), keyRange: [offset, offset + length] };
      return { segment: top.key, keyRange: top.keyRange };
    };
    const open = (kind: Frame['kind'], offset: number, length: number) => {
      const at = place(offset, length);
      if (at) path.push(at.segment);
      frames.push({ kind, segment: at?.segment, key: '', keyRange: [offset, offset], nextIndex: 0 });
    };
    const close = () => {
      const frame = frames.pop();
      if (frame?.segment !== undefined) path.pop();
    };

    const jsonc = jsoncParser();
    jsonc.visit(text, {
      onObjectBegin: (offset, length) => open('object', offset, length),
      onArrayBegin: (offset, length) => open('array', offset, length),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (property, offset, length) => {
        const top = frames[frames.length - 1];
        if (top) {
          top.key = property;
          top.keyRange = [offset, offset + length];
        }
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const at = place(offset, length);
        if (!at) return;
        entries.push({
          path: [...path, at.segment],
          key: at.segment,
          value: value as string | number | boolean | null,
          keySpan: lines.span(at.keyRange[0], at.keyRange[1]),
          valueSpan: lines.span(offset, offset + length),
        });
      },
      onError: (code, offset) => {
        error ??= { message: jsonc.printParseErrorCode(code), ...lines.position(offset) };
      },
    }, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });

    return error ? failure('json', error, entries) : { ok: true, format: 'json', entries };
  });
}
