/**
 * A small code frame from a finding's snippet (the source text of its line(s)): real line
 * numbers, `>` on the finding's first line and `^^^` under its columns. Built here rather than
 * with @babel/code-frame because the reporter only has the snippet, not the file, and because
 * it must escape control characters and cut minified one-line files down to a readable window.
 */
import { escapeControl } from './escape.js';

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

export interface FrameTarget {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  snippet: string;
  /** The column of the first line's first character after a leading `…` (a long line shown from its middle). */
  snippetColumn?: number;
}

/** Lines of the finding shown at most; the rest is elided. */
const MAX_LINES = 3;
/** Characters of one line shown at most, around the marked columns. */
const MAX_WIDTH = 160;
/** Characters kept before the marker when a long line is cut. */
const LEAD = 40;

export function codeFrame(target: FrameTarget, style: FrameStyle): string[] {
  if (target.snippet === '') return [];
  const raw = target.snippet.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const shown = raw.slice(0, MAX_LINES);
  const lastShown = target.line + shown.length - 1;
  const width = String(lastShown).length;
  const out: string[] = [];

  shown.forEach((text, i) => {
    const number = target.line + i;
    // Columns are 1-based; endColumn is just after the last character. A first line shown from
    // its middle starts with `…` at index 0 and the character of column snippetColumn at 1.
    const shift = i === 0 && target.snippetColumn !== undefined ? target.snippetColumn - 2 : 0;
    const from = i === 0 ? Math.max(0, target.column - 1 - shift) : firstNonBlank(text);
    const to = number === target.endLine ? Math.max(from + 1, target.endColumn - 1 - shift) : Math.max(from + 1, text.length);
    const view = window(text, from, to);
    const mark = i === 0 ? '>' : ' ';
    out.push(`${style.gutter(`  ${mark} ${String(number).padStart(width)} |`)}${view.text === '' ? '' : ` ${view.text}`}`);
    if (i === 0) {
      out.push(`${style.gutter(`    ${' '.repeat(width)} |`)} ${view.pad}${style.marker('^'.repeat(view.markLength))}`);
    }
  });
  if (raw.length > shown.length) out.push(style.gutter(`    ${' '.repeat(width)} | …`));
  return out;
}

function firstNonBlank(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

interface WindowedLine {
  text: string;
  /** Whitespace that puts the marker under `from` (tabs kept, so it lines up as the text does). */
  pad: string;
  markLength: number;
}

/** Escapes the line and, when too long, cuts it to a window around [from, to). */
function window(rawText: string, from: number, to: number): WindowedLine {
  const text = escapeControl(rawText);
  // Positions in the escaped text: escapes are longer than the characters they stand for.
  let start = escapeControl(rawText.slice(0, from)).length;
  let end = Math.max(start + 1, escapeControl(rawText.slice(0, to)).length);
  let shown = text;
  let offset = 0;
  if (text.length > MAX_WIDTH) {
    const cut = Math.max(0, Math.min(start - LEAD, text.length - MAX_WIDTH));
    shown = (cut > 0 ? '…' : '') + text.slice(cut, cut + MAX_WIDTH) + (cut + MAX_WIDTH < text.length ? '…' : '');
    offset = cut - (cut > 0 ? 1 : 0);
    start -= offset;
    end = Math.min(end - offset, shown.length);
  }
  const pad = shown.slice(0, Math.min(start, shown.length)).replace(/[^\t]/g, ' ');
  return { text: shown, pad, markLength: Math.max(1, end - start) };
}
