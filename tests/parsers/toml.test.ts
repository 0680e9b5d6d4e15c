import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { locateToml, parseToml } from '../../src/parsers/toml.js';
import { spanAt } from './spans.js';

const CARGO_LIKE = `# Cargo-like
[package]
name = "licd"   # the daemon
version = "1.4.0"

[package.metadata.licence]
"expires-at" = 2027-03-01
'not.after' = "2027-06-30T00:00:00Z"
site . region = 'eu'

[[bin]]
name = "licd"

[[bin]]
name = "licctl"
[bin.settings]
trial.end = 1798761600

[[bin.extra]]
x = 1
`;

/** Every leaf path of smol-toml's result, to compare with what the locator finds. */
function leaves(v: unknown, path: string[] = [], out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, String(i)], out));
  else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
  else out.push(path.join('\u0001'));
  return out;
}

/** Spacing, quoting and string forms the key locator must follow. */
const TRICKY = [
  '[ j . "ʞ" . \'l\' ]\nx = 1\n[[ a ]]\nb = 2\n[[ a ]]\nb = 3\n',
  'a = { }\nb = [ ]\nc = [ { x = 1 }, { y = [ 1, [2, 3] ] } ]\n',
  'str = "with # hash and \\" quote"\nlit = \'C:\\\\path # not comment\'\nml = """a\\\n  b"""\n',
  'x."y z".w = 1\nx.v = 2\n[x.more]\nq = true\n',
  'dt1 = 1979-05-27T07:32:00-08:00\ndt2 = 1979-05-27 07:32:00.999999\nt = 07:32:00\nd = 1979-05-27\nf = -inf\nn = nan\nh = 0xDEAD_BEEF\ni = 1_000\n',
  '[a.b.c]\nd = 1\n[a]\ne = 2\n[[a.list]]\nz = 1\n[a.list.sub]\nw = 1\n',
  'key = """\nline [not.a.table]\n  x = 1\n"""\n[after]\nk = 1\n',
  'arr = [\n  # comment\n  "a", # c\n  "b",\n]\n',
  '"" = 1\n\'quoted key\' = 2\n"a.b" = { "c.d" = 3 }\n',
  'k = """quote "" inside and at end """""\nm = \'\'\'lit \'\' end\'\'\'\'\'\n',
];

describe('parseToml', () => {
  it('locates every leaf smol-toml reads, in documents with tricky spacing, quoting and strings', () => {
    for (const doc of TRICKY) {
      const r = parseToml(doc);
      expect(r.ok, doc).toBe(true);
      expect(r.entries.map((e) => e.path.join('\u0001')).sort(), doc).toEqual(leaves(parse(doc)).sort());
    }
  });

  it('locates keys under tables, arrays of tables, dotted and quoted keys', () => {
    const r = parseToml(CARGO_LIKE);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => [e.path, e.value])).toEqual([
      [['package', 'name'], 'licd'],
      [['package', 'version'], '1.4.0'],
      [['package', 'metadata', 'licence', 'expires-at'], '2027-03-01'],
      [['package', 'metadata', 'licence', 'not.after'], '2027-06-30T00:00:00Z'],
      [['package', 'metadata', 'licence', 'site', 'region'], 'eu'],
      [['bin', '0', 'name'], 'licd'],
      [['bin', '1', 'name'], 'licctl'],
      [['bin', '1', 'settings', 'trial', 'end'], 1798761600],
      [['bin', '1', 'extra', '0', 'x'], 1],
    ]);
    const byKey = (k: string) => r.entries.find((e) => e.key === k)!;
    expect(byKey('expires-at').keySpan).toEqual(spanAt(CARGO_LIKE, '"expires-at"'));
    expect(byKey('expires-at').valueSpan).toEqual(spanAt(CARGO_LIKE, '2027-03-01'));
    expect(byKey('not.after').keySpan).toEqual(spanAt(CARGO_LIKE, "'not.after'"));
    // A dotted key's span is the whole key as written.
    expect(byKey('region').keySpan).toEqual(spanAt(CARGO_LIKE, 'site . region'));
    expect(byKey('end').keySpan).toEqual(spanAt(CARGO_LIKE, 'trial.end'));
    expect(byKey('end').valueSpan).toEqual(spanAt(CARGO_LIKE, '1798761600'));
    expect(r.entries[6]!.valueSpan).toEqual(spanAt(CARGO_LIKE, '"licctl"'));
  });

  it('reads inline tables, arrays, multi-line strings and date-times with a space', () => {
    const text = 'a = { b = 1, c = { d = [1, "two", { e = true }] } }\nm = """\nx = "not a key"\n"""\nl = \'\'\'\n[not.a.table]\n\'\'\'\narr = [\n  1979-05-27 07:32:00Z, # comment ]\n  2,\n]\nafter = "ok"\n';
    const r = parseToml(text);
    expect(r.ok).toBe(true);
    expect(r.entries.map((e) => e.path.join('.'))).toEqual(['a.b', 'a.c.d.0', 'a.c.d.1', 'a.c.d.2.e', 'm', 'l', 'arr.0', 'arr.1', 'after']);
    expect(r.entries.find((e) => e.key === 'after')!.keySpan).toEqual(spanAt(text, 'after'));
    expect(r.entries[6]!.valueSpan).toEqual(spanAt(text, '1979-05-27 07:32:00Z'));
    expect(r.entries[6]!.value).toBe('1979-05-27T07:32:00.000Z');
    expect(r.entries[4]!.value).toBe('x = "not a key"\n');
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const text = '\uFEFF[license]\r\nexpires = 2027-03-01 # ends\r\n';
    const r = parseToml(text);
    expect(r.ok).toBe(true);
    expect(r.entries[0]!.keySpan).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 8 });
    expect(r.entries[0]!.valueSpan).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 21 });
  });

  it('returns broken input as an error value with smol-toml\'s position, never throws', () => {
    const r = parseToml('[a]\nb = \nc = 1\n');
    expect(r).toMatchObject({ ok: false, error: { line: 2 } });
    for (const bad of ['a = "unterminated', '[a\nb=1', 'a = 1\na = 2', 'x = [1,', '= 1']) expect(parseToml(bad).ok, bad).toBe(false);
    // The tokenizer on its own also answers with a value for text it cannot follow.
    expect(locateToml('a = ')).toMatchObject({ message: expect.stringContaining('could not locate') });
    expect(parseToml('').entries).toEqual([]);
  });

  it('reads huge and deep input', () => {
    const big = Array.from({ length: 5_000 }, (_, i) => `[[item]]\nid = ${i}\nexpires = 2027-03-01\n`).join('');
    const r = parseToml(big);
    expect(r.ok).toBe(true);
    expect(r.entries).toHaveLength(10_000);
    expect(r.entries[9_999]!.path).toEqual(['item', '4999', 'expires']);
    const deep = parseToml(`a = ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(deep.ok).toBe(false);
  });
});
