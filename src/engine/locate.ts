/** Positions, converted once: Babel lines are 1-based and columns 0-based; findings are 1-based. */
import type * as t from '@babel/types';
import type { Span } from './facts.js';

export function spanOf(node: t.Node): Span {
  const loc = node.loc;
  if (!loc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

const MAX_SNIPPET_LINES = 3;
const MAX_SNIPPET_CHARS = 300;
/** A span starting this far into a long line is shown from its middle, with this much before it. */
const WINDOW_AFTER = 240;
const WINDOW_LEAD = 100;

/** A finding's snippet, and where its first line's shown part starts when that is not column 1. */
export interface Snippet {
  text: string;
  /** The 1-based column of the first character after the leading `…`; absent when the line is shown from its start. */
  column?: number;
}

/**
 * The source lines a span covers (at most three, each cut to 300 characters). When the span
 * starts deep in a long line (a minified bundle's one line) and `windowed`, that line is shown
 * from 100 characters before the span, after a `…`, so the snippet holds what the finding is about.
 */
export function snippetAt(source: string, span: Span, windowed = true): Snippet {
  const lines: string[] = [];
  let column: number | undefined;
  let lineNo = 1;
  let start = 0;
  const last = Math.min(span.endLine, span.line + MAX_SNIPPET_LINES - 1);
  while (lineNo <= last && start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    if (lineNo >= span.line) {
      const line = source.slice(start, end).replace(/\r$/, '');
      if (line.length <= MAX_SNIPPET_CHARS) lines.push(line);
      else if (windowed && lineNo === span.line && span.column - 1 > WINDOW_AFTER) {
        const from = span.column - 1 - WINDOW_LEAD;
        column = from + 1;
        lines.push(`…${line.slice(from, from + MAX_SNIPPET_CHARS)}${from + MAX_SNIPPET_CHARS < line.length ? '…' : ''}`);
      } else lines.push(line.slice(0, MAX_SNIPPET_CHARS) + '…');
    }
    start = end + 1;
    lineNo++;
  }
  return { text: lines.join('\n'), ...(column !== undefined ? { column } : {}) };
}

/**
 * The source lines a span covers (at most three), each cut to its first 300 characters: what a
 * text finding's fingerprint is made from when its rule names no matched text, so it stays as it was.
 */
export function snippetOf(source: string, span: Span): string {
  return snippetAt(source, span, false).text;
}
