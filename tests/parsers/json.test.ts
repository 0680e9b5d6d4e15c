import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/parsers/json.js';
import { spanAt } from './spans.js';

describe('parseJson', () => {
  it('flattens objects and arrays into leaf entries with key and value spans', () => {
    const text = '{\n  "license": { "expires": "2027-03-01", "seats": 5 },\n  "servers": [ { "host": "a" }, true ],\n  "none": null\n}\n';
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => [e.path.join('.'), e.value])).toEqual([
      ['license.expires', '2027-03-01'], ['license.seats', 5], ['servers.0.host', 'a'], ['servers.1', true], ['none', null],
    ]);
    const [expires, , host, item] = r.entries;
    expect(expires!.key).toBe('expires');
    expect(expires!.keySpan).toEqual(spanAt(text, '"expires"'));
    expect(expires!.valueSpan).toEqual(spanAt(text, '"2027-03-01"'));
    expect(host!.keySpan).toEqual(spanAt(text, '"host"'));
    // An array item has no key of its own: its key is its index, written where the item is.
    expect(item!.key).toBe('1');
    expect(item!.keySpan).toEqual(spanAt(text, 'true'));
    expect(r.entries.every((e) => e.document === undefined)).toBe(true);
  });

  it('reads JSONC: comments and trailing commas', () => {
    const text = '// settings\n{\n  /* block */ "beta": true, // on\n  "list": [1, 2,],\n}\n';
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => e.path.join('.'))).toEqual(['beta', 'list.0', 'list.1']);
    expect(r.entries[0]!.keySpan).toEqual(spanAt(text, '"beta"'));
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFF{\r\n  "a": 1,\r\n  "expires": "2027-03-01"\r\n}\r\n';
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    // Column 1 is the first visible character: the BOM is not counted.
    expect(r.entries[0]!.keySpan).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 6 });
    expect(r.entries[1]!.valueSpan).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 26 });
    expect(parseJson('\uFEFF"x"').ok).toBe(true);
  });

  it('returns broken input as an error value with a position, never throws', () => {
    const r = parseJson('{\n  "a": 1,\n  "b": \n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ line: 4, column: 1 });
    expect(r.error.message).toMatch(/ValueExpected/);
    for (const bad of ['{', '{"a" 1}', 'nope', '{"a": [1, 2}', '\u0000']) expect(parseJson(bad).ok, bad).toBe(false);
    expect(parseJson('').ok).toBe(true);
    expect(parseJson('').entries).toEqual([]);
  });

  it('reads huge input and survives absurdly deep input', () => {
    const big = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, expires: '2027-03-01' })) });
    const r = parseJson(big);
    expect(r.ok).toBe(true);
    expect(r.entries).toHaveLength(40_000);
    expect(r.entries[39_999]!.path).toEqual(["items", "19999", "expires"]);
    // Deep nesting that the parser can read gives every level in the path.
    const deep = `${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`;
    const d = parseJson(deep);
    expect(d.ok).toBe(true);
    expect(d.entries[0]!.path).toHaveLength(2_000);
    // Deeper than any stack: an error value, not a crash.
    const absurd = parseJson(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(absurd.ok).toBe(false);
  });
});
