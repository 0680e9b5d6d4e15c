/**
 * YAML, every document of a multi-document stream (`---`), with the `yaml` package's node ranges.
 * The YAML 1.2 core schema is used, so `2027-03-01` and `yes` stay strings. Aliases are not
 * followed (an alias bomb costs nothing) and merge keys (`<<`) are skipped: the entries are what
 * is written, where it is written.
 */
import type * as Yaml from 'yaml';
import type { Node } from 'yaml';
import { lazyLibrary } from '../lazy-library.js';
import { failure, guarded, LineIndex, stripBom } from './positions.js';
import type { ConfigEntry, ConfigParseError, ParseResult, ScalarValue } from './types.js';

const yamlLibrary = lazyLibrary<typeof Yaml>('yaml');

export function parseYaml(input: string): ParseResult {
  return guarded('yaml', () => {
    const text = stripBom(input);
    const lines = new LineIndex(text);
    const documents = yamlLibrary().parseAllDocuments(text, { uniqueKeys: false });
    const entries: ConfigEntry[] = [];
    let error: ConfigParseError | undefined;
    // An empty stream is an empty result, not an error.
    const list = Array.isArray(documents) ? documents : [];
    list.forEach((doc, index) => {
      const first = doc.errors[0];
      if (first) {
        error ??= { message: first.message.split('\n')[0]!, ...lines.position(first.pos[0]) };
        return;
      }
      walk(doc.contents as Node | null, index, lines, entries);
    });
    return error ? failure('yaml', error, entries) : { ok: true, format: 'yaml', entries };
  });
}

interface Pending {
  node: Node | null;
  path: string[];
  /** Where the key is written: [start, end) offsets. */
  key: [number, number];
}

function walk(root: Node | null, document: number, lines: LineIndex, out: ConfigEntry[]): void {
  const stack: Pending[] = [{ node: root, path: [], key: [0, 0] }];
  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    const children: Pending[] = [];
    if (yamlLibrary().isMap(node)) {
      for (const pair of node.items) {
        if (!yamlLibrary().isPair(pair) || !yamlLibrary().isScalar(pair.key) || !pair.key.range) continue;
        const name = pair.key.value;
        if (name === '<<' || (typeof name !== 'string' && typeof name !== 'number' && typeof name !== 'boolean')) continue;
        const keyRange: [number, number] = [pair.key.range[0], pair.key.range[1]];
        const value = pair.value as Node | null;
        // `key:` with nothing after it: a null value that sits at the end of its key.
        children.push({ node: value ?? null, path: [...path, String(name)], key: keyRange });
      }
    } else if (yamlLibrary().isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as Node | null)?.range;
        children.push({ node: item as Node | null, path: [...path, String(i)], key: range ? [range[0], range[1]] : key });
      });
    } else if (path.length > 0 && !yamlLibrary().isAlias(node)) {
      const value = yamlLibrary().isScalar(node) ? scalar(node.value) : node === null ? null : undefined;
      if (value !== undefined) {
        const range = node?.range;
        out.push({
          path,
          key: path[path.length - 1]!,
          value,
          keySpan: lines.span(key[0], key[1]),
          valueSpan: range ? lines.span(range[0], range[1]) : lines.span(key[1], key[1]),
          document,
        });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function scalar(value: unknown): ScalarValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  // Binary and other tagged values are not config text.
  return undefined;
}
