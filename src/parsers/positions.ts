/**
 * Offsets -> 1-based line/column, shared by every config parser. Lines end at `\n` only, so a
 * CRLF file keeps the same columns as its LF twin (the `\r` is the last character of a line).
 * A leading byte-order mark is not part of the text: parsers drop it first, so column 1 is the
 * first visible character, as editors count.
 */
import type { ConfigFormat, ConfigParseError, ParseResult, Span } from './types.js';

const BOM = '\uFEFF';

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The span of the text from `start` (inclusive) to `end` (exclusive). */
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

export function failure(format: ConfigFormat, error: ConfigParseError, entries: ParseResult['entries'] = []): ParseResult {
  return { ok: false, format, error, entries };
}

/** A parser that threw (a stack overflow on absurdly deep input) still returns a value. */
export function guarded(format: ConfigFormat, parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof RangeError ? 'nesting too deep to read' : error instanceof Error ? error.message : String(error);
    return failure(format, { message, line: 1, column: 1 });
  }
}
