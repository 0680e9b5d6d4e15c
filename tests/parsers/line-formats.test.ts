/** The line-based formats: .env, .properties, INI. */
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/parsers/env.js';
import { parseIni } from '../../src/parsers/ini.js';
import { parseProperties } from '../../src/parsers/properties.js';
import { spanAt } from './spans.js';

const pairs = (r: { entries: { path: string[]; value: unknown }[] }) => r.entries.map((e) => [e.path.join('.'), e.value]);

describe('parseEnv', () => {
  it('reads KEY=VALUE with export, quotes, escapes and comments', () => {
    const text = '# production\nexport API_URL=https://api.example.com/#top # trailing\nBETA = "1"\nNAME=\'a # b\\n\'\nMSG="line\\none"\nMULTI="first\nsecond"\nEMPTY=\nexport ex=2\n';
    const r = parseEnv(text);
    expect(r.ok).toBe(true);
    expect(pairs(r)).toEqual([
      ['API_URL', 'https://api.example.com/#top'], ['BETA', '1'], ['NAME', 'a # b\\n'], ['MSG', 'line\none'],
      ['MULTI', 'first\nsecond'], ['EMPTY', ''], ['ex', '2'],
    ]);
    expect(r.entries[0]!.keySpan).toEqual(spanAt(text, 'API_URL'));
    expect(r.entries[0]!.valueSpan).toEqual(spanAt(text, 'https://api.example.com/#top'));
    expect(r.entries[1]!.valueSpan).toEqual(spanAt(text, '"1"'));
    expect(r.entries[4]!.valueSpan).toEqual(spanAt(text, '"first\nsecond"'));
    // `export ex=2`: the key is found after the prefix, not inside the word "export".
    expect(r.entries[6]!.keySpan).toEqual({ line: 9, column: 8, endLine: 9, endColumn: 10 });
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const r = parseEnv('\uFEFFA=1\r\nENABLE_BUILD_EXPIRY=true\r\n');
    expect(pairs(r)).toEqual([['A', '1'], ['ENABLE_BUILD_EXPIRY', 'true']]);
    expect(r.entries[1]!.valueSpan).toEqual({ line: 2, column: 21, endLine: 2, endColumn: 25 });
  });

  it('returns broken input as an error value', () => {
    expect(parseEnv('A=1\nnot a pair\n')).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
    expect(parseEnv('A="open\nB=2\n')).toMatchObject({ ok: false, error: { line: 1, column: 3 } });
    expect(parseEnv("A='no close\nB=2\n").ok).toBe(false);
    expect(parseEnv('A="x" y\n').ok).toBe(false);
    expect(parseEnv('').entries).toEqual([]);
  });

  it('reads huge input', () => {
    const r = parseEnv(Array.from({ length: 50_000 }, (_, i) => `KEY_${i}=${i}\n`).join(''));
    expect(r.entries).toHaveLength(50_000);
    expect(r.entries[49_999]!.keySpan.line).toBe(50_000);
  });
});

describe('parseProperties', () => {
  it('reads = : and space separators, comments, escapes and continuation lines', () => {
    const text = '# comment\n! also\nlicense.expires=2027-03-01\napp.channel : beta\nplain value here\nlist = one, \\\n       two, \\\n       three\nescaped\\ key = \\u0041\\tz\n  indented=yes\n';
    const r = parseProperties(text);
    expect(r.ok).toBe(true);
    expect(pairs(r)).toEqual([
      ['license.expires', '2027-03-01'], ['app.channel', 'beta'], ['plain', 'value here'], ['list', 'one, two, three'],
      ['escaped key', 'A\tz'], ['indented', 'yes'],
    ]);
    expect(r.entries[0]!.keySpan).toEqual(spanAt(text, 'license.expires'));
    expect(r.entries[0]!.valueSpan).toEqual(spanAt(text, '2027-03-01'));
    expect(r.entries[1]!.valueSpan).toEqual(spanAt(text, 'beta'));
    expect(r.entries[3]!.valueSpan).toEqual({ ...spanAt(text, 'one'), endLine: 8, endColumn: 13 });
    expect(r.entries[5]!.keySpan).toEqual(spanAt(text, 'indented'));
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const r = parseProperties('\uFEFFa=1\r\nlong=x\\\r\n  y\r\nb=2\r\n');
    expect(pairs(r)).toEqual([['a', '1'], ['long', 'xy'], ['b', '2']]);
    expect(r.entries[2]!.keySpan).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 2 });
  });

  it('returns a malformed escape as an error value', () => {
    expect(parseProperties('ok=1\nbad=\\u12G4\n')).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
    expect(parseProperties('').entries).toEqual([]);
  });

  it('reads huge input', () => {
    const r = parseProperties(Array.from({ length: 50_000 }, (_, i) => `key.${i}=${i}\n`).join(''));
    expect(r.entries).toHaveLength(50_000);
  });
});

describe('parseIni', () => {
  it('reads sections, = and : pairs, comments, quotes, bare keys and continuation lines', () => {
    const text = '; top\nname = app\n[license]\nexpires = 2027-03-01 ; inline\nnote: "a ; b"\n# comment\nflag\n[paths]\nsearch =\n  /usr/lib\n  /opt/lib\n';
    const r = parseIni(text);
    expect(r.ok).toBe(true);
    expect(pairs(r)).toEqual([
      ['name', 'app'], ['license.expires', '2027-03-01'], ['license.note', 'a ; b'], ['license.flag', null], ['paths.search', '/usr/lib\n/opt/lib'],
    ]);
    expect(r.entries[1]!.keySpan).toEqual(spanAt(text, 'expires'));
    expect(r.entries[1]!.valueSpan).toEqual(spanAt(text, '2027-03-01'));
    expect(r.entries[4]!.valueSpan).toMatchObject({ endLine: 11, endColumn: 11 });
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const r = parseIni('\uFEFF[a]\r\nb=1\r\n');
    expect(r.entries[0]).toMatchObject({ path: ['a', 'b'], value: '1', keySpan: { line: 2, column: 1 }, valueSpan: { line: 2, column: 3, endColumn: 4 } });
  });

  it('returns broken input as an error value', () => {
    expect(parseIni('[ok]\na=1\n[broken\nb=2\n')).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
    expect(parseIni('= value\n')).toMatchObject({ ok: false, error: { line: 1 } });
    expect(parseIni('').entries).toEqual([]);
  });

  it('reads huge input', () => {
    const r = parseIni(Array.from({ length: 20_000 }, (_, i) => `[s${i}]\nk = ${i}\n`).join(''));
    expect(r.entries).toHaveLength(20_000);
    expect(r.entries[19_999]!.path).toEqual(['s19999', 'k']);
  });
});
