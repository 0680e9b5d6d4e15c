/** Test support: the span of the n-th occurrence of a needle, counted by hand from the text. */
import type { Span } from '../../src/engine/rule-api.js';

export function spanAt(text: string, needle: string, occurrence = 0): Span {
  const visible = text.replace(/^\uFEFF/, '');
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = visible.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" #${occurrence} not in text`);
  }
  const before = visible.slice(0, index).split('\n');
  const inside = needle.split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + needle.length : inside[inside.length - 1]!.length + 1;
  return { line, column, endLine, endColumn };
}
