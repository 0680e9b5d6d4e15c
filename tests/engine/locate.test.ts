/**
 * A finding's snippet: the lines its span covers, cut to 300 characters each. A span that starts
 * deep in a long line (a minified bundle is one line) is shown from 100 characters before it,
 * with the column where the shown part starts, so the code frame can put its carets there.
 */
import { describe, expect, it } from 'vitest';
import { snippetAt, snippetOf } from '../../src/engine/locate.js';

const span = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('snippetAt', () => {
  it('gives short lines whole, and at most three of them', () => {
    const source = 'const a = 1;\nif (Date.now() > END) {\n  quit();\n  more();\n}\n';
    expect(snippetAt(source, span(2, 5, 2, 21))).toEqual({ text: 'if (Date.now() > END) {' });
    expect(snippetAt(source, span(2, 1, 5, 2))).toEqual({ text: 'if (Date.now() > END) {\n  quit();\n  more();' });
  });

  it('cuts a long line to its first 300 characters when the span starts within the first 240', () => {
    const line = `${'x'.repeat(200)}Date.now() > END${'y'.repeat(1000)}`;
    expect(snippetAt(line, span(1, 201, 1, 217))).toEqual({ text: `${line.slice(0, 300)}…` });
  });

  it('shows a long line from 100 characters before a span that starts deeper, with that column', () => {
    const line = `${'x'.repeat(5000)}Date.now() > END${'y'.repeat(5000)}`;
    const shown = snippetAt(`first line\r\n${line}\r\nlast line`, span(2, 5001, 2, 5017));
    expect(shown).toEqual({ text: `…${line.slice(4900, 5200)}…`, column: 4901 });
    // The character at the span's column is at 1 + (column - shown.column) in the text.
    expect(shown.text.slice(1 + 5001 - 4901, 1 + 5017 - 4901)).toBe('Date.now() > END');
  });

  it('leaves off the closing … when the window reaches the end of the line', () => {
    const line = `${'x'.repeat(5000)}Date.now() > END`;
    expect(snippetAt(line, span(1, 5001, 1, 5017))).toEqual({ text: `…${line.slice(4900)}`, column: 4901 });
  });

  it('keeps snippetOf, which text findings fingerprint, to the first 300 characters', () => {
    const line = `${'x'.repeat(5000)}expires: 2027-01-01`;
    expect(snippetOf(line, span(1, 5001, 1, 5020))).toBe(`${line.slice(0, 300)}…`);
  });
});
