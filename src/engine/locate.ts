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

/** The source lines a span covers (at most three, each cut to 300 characters). */
export function snippetOf(source: string, span: Span): string {
  const lines: string[] = [];
  let lineNo = 1;
  let start = 0;
  const last = Math.min(span.endLine, span.line + MAX_SNIPPET_LINES - 1);
  while (lineNo <= last && start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    if (lineNo >= span.line) {
      const line = source.slice(start, end).replace(/\r$/, '');
      lines.push(line.length > MAX_SNIPPET_CHARS ? line.slice(0, MAX_SNIPPET_CHARS) + '…' : line);
    }
    start = end + 1;
    lineNo++;
  }
  return lines.join('\n');
}
