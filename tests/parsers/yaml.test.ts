import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parsers/yaml.js';
import { spanAt } from './spans.js';

describe('parseYaml', () => {
  it('reads every document of a stream, with its index', () => {
    const text = 'kind: ConfigMap\n---\nlicense:\n  expires: "2027-03-01"\n  seats: 5\nservers:\n  - host: a\n  - b\n---\n# empty\n---\nlast: true\n';
    const r = parseYaml(text);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => [e.document, e.path.join('.'), e.value])).toEqual([
      [0, 'kind', 'ConfigMap'], [1, 'license.expires', '2027-03-01'], [1, 'license.seats', 5],
      [1, 'servers.0.host', 'a'], [1, 'servers.1', 'b'], [3, 'last', true],
    ]);
    const expires = r.entries[1]!;
    expect(expires.keySpan).toEqual(spanAt(text, 'expires'));
    expect(expires.valueSpan).toEqual(spanAt(text, '"2027-03-01"'));
    // An item's key span is the item.
    expect(r.entries[4]!.keySpan).toEqual({ line: 8, column: 5, endLine: 8, endColumn: 6 });
  });

  it('keeps YAML 1.2 core types: dates and yes/no stay strings; nulls and flow collections', () => {
    const text = 'd: 2027-03-01\ny: yes\nn: ~\nempty:\nf: {a: [1, 2.5]}\nq: \'single\'\n';
    const r = parseYaml(text);
    expect(r.entries.map((e) => [e.path.join('.'), e.value])).toEqual([
      ['d', '2027-03-01'], ['y', 'yes'], ['n', null], ['empty', null], ['f.a.0', 1], ['f.a.1', 2.5], ['q', 'single'],
    ]);
    expect(r.entries[3]!.keySpan).toEqual(spanAt(text, 'empty'));
  });

  it('does not follow aliases or merge keys, and reads block scalars', () => {
    const text = 'base: &b {x: 1}\ncopy: *b\nmerged:\n  <<: *b\n  y: 2\ntext: |\n  line one\n  line two\n';
    const r = parseYaml(text);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => e.path.join('.'))).toEqual(['base.x', 'merged.y', 'text']);
    expect(r.entries[2]!.value).toBe('line one\nline two\n');
    expect(r.entries[2]!.valueSpan.line).toBe(6);
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFFa: 1\r\nlicense:\r\n  expires: 2027-03-01\r\n';
    const r = parseYaml(text);
    expect(r.ok).toBe(true);
    expect(r.entries[0]!.keySpan).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(r.entries[1]!.keySpan).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 10 });
    expect(r.entries[1]!.valueSpan).toEqual({ line: 3, column: 12, endLine: 3, endColumn: 22 });
    expect(r.entries[1]!.value).toBe('2027-03-01');
  });

  it('returns broken input as an error value, never throws', () => {
    const r = parseYaml('ok: 1\nbad: [1, 2\nnext: 3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(2);
    for (const bad of ['a: b: c', 'key: "unterminated', '- a\nb: c', '\t- tab']) expect(parseYaml(bad).ok, bad).toBe(false);
    // A Helm placeholder is a flow map used as a key: no scalar entry comes of it.
    expect(parseYaml('replicas: {{ .Values.replicas }}\n').entries).toEqual([]);
    expect(parseYaml('').entries).toEqual([]);
    expect(parseYaml('# only a comment\n').ok).toBe(true);
  });

  it('reads huge and deep input', () => {
    const big = Array.from({ length: 10_000 }, (_, i) => `k${i}:\n  expires: 2027-03-01\n`).join('');
    const r = parseYaml(big);
    expect(r.ok).toBe(true);
    expect(r.entries).toHaveLength(10_000);
    expect(r.entries[9_999]!.keySpan.line).toBe(20_000);
    const deep = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const d = parseYaml(deep);
    if (d.ok) expect(d.entries[0]!.path).toHaveLength(5_000);
    else expect(d.error.message.length).toBeGreaterThan(0);
  });
});
