/**
 * Fuzzing the per-file pipeline: random and mutated sources through analyseJsFile (both modes),
 * analyseTextFile and the link step (toFinding, fingerprints). Nothing may throw: a bad file comes
 * back as a FileError value. Facts must stay plain data (they cross worker threads and the cache).
 * A rule that throws is caught by the engine and reported as a `rule` error; the fuzzer counts
 * that as a bug too, unless it is a stack overflow on nesting too deep to analyse.
 *
 * Deterministic: case i of seed S uses its own seed (printed when it fails), so one case can be
 * replayed alone: TIMEBOMB_FUZZ_SEED=<case seed> TIMEBOMB_FUZZ_CASES=1 npx vitest run tests/fuzz.test.ts
 * More cases: TIMEBOMB_FUZZ_CASES=100000 (the default is a few thousand, for the normal suite).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../rules/index.js';
import { compileVocabulary } from '../src/analysis/vocabulary.js';
import { loadVocabulary } from '../src/config/vocabulary.js';
import type { FileFacts } from '../src/engine/facts.js';
import { compareFindings, fingerprintFindings, importResolver, resolveModuleKey, toFinding } from '../src/engine/link.js';
import type { JsRule, TextRule } from '../src/engine/rule-api.js';
import { analyseJsFile } from '../src/engine/run-js-file.js';
import { analyseTextFile } from '../src/engine/run-text-file.js';
import type { Finding } from '../src/engine/types.js';

const ROOT = join(import.meta.dirname, '..');
const CASES = Number(process.env.TIMEBOMB_FUZZ_CASES ?? 2500);
const SEED = Number(process.env.TIMEBOMB_FUZZ_SEED ?? 0x7b0b);
const NOW = Date.UTC(2026, 10, 24);
/** A case slower than this is reported too: it would stall a scan. */
const SLOW_MS = 10_000;

const vocabulary = compileVocabulary(loadVocabulary());
const jsRules = catalogue.filter((r): r is JsRule => r.target === 'js');
const textRules = catalogue.filter((r): r is TextRule => r.target === 'text');

const CODE_EXT = ['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts'];
const codeFiles = fg.sync(['test-fixtures/**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'], { cwd: ROOT, dot: true }).sort();
const textFiles = fg.sync(['test-fixtures/**/*'], { cwd: ROOT, dot: true }).sort()
  .filter((f) => !CODE_EXT.some((e) => f.endsWith(e)) && textRules.some((r) => r.files.test(basename(f))));
const corpus = {
  code: codeFiles.map((f) => ({ file: f, bytes: readFileSync(join(ROOT, f)) })),
  text: textFiles.map((f) => ({ file: f, bytes: readFileSync(join(ROOT, f)) })),
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

const TOKENS = [
  'if', 'else', 'return', 'throw', 'new', 'const', 'let', 'var', 'function', 'class', 'extends', 'static', 'get', 'set',
  'import', 'export', 'default', 'from', 'as', 'async', 'await', 'yield', 'function*', 'while', 'for', 'of', 'in', 'do',
  'switch', 'case', 'break', 'continue', 'try', 'catch', 'finally', 'typeof', 'instanceof', 'void', 'delete', 'this', 'super',
  'null', 'undefined', 'true', 'false', 'NaN', 'Infinity', 'enum', 'interface', 'type', 'declare', 'namespace', 'readonly',
  'as const', 'satisfies', 'keyof', 'abstract', '#priv', '@decorator', 'module.exports', 'exports.x', 'require("./dates")',
  "require('./x')", "import('./y')", 'Object.freeze', '{', '}', '(', ')', '[', ']', ';', ',', '.', '...', '?.', '??', '?', ':',
  '=>', '=', '==', '===', '!=', '!==', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '**', '&&', '||', '!', '~', '&', '|',
  '^', '<<', '>>', '>>>', '+=', '-=', '??=', '++', '--', '`', '${', '`${x}`', '/a+b/gi', '//', '/*', '*/', '\n', ' ', '\t',
  '<div>', '</div>', '<>', '</>', '<App prop={', '/>', 'Date', 'Date.now()', 'new Date()', 'new Date(2027, 2, 1)',
  "Date.parse('2027-03-01')", 'Date.UTC(2027, 2, 1)', '.getTime()', '.getFullYear()', 'getUTCFullYear()', '.getMonth()',
  'performance.now()', 'moment()', "moment('2027-03-01')", 'dayjs()', '.isAfter(', '.isBefore(', 'DateTime.now()',
  "DateTime.fromISO('2027-03-01')", 'Temporal.Now.instant()', "'2027-03-01'", '"2027-03-01T00:00:00Z"', "'March 1, 2027'",
  "'03/01/2027'", '1798761600000', '1798761600', '2027', '2100', '1999', '0', '-1', '1e308', '0x7fffffff', '123n', '1_000',
  '864e5', '30 * 24 * 60 * 60 * 1000', "'expired'", "'trial'", "'beta'", "'licence'", 'process.exit(1)', 'window.close()',
  "throw new Error('trial expired')", "alert('expired')", 'EXPIRY', 'TRIAL_END', 'BETA_ENDS', 'now', 'cutoff', 'isExpired()',
  '// timebomb-ignore-next-line js/hardcoded-expiry -- reason', '/* timebomb-ignore-file * -- until 2027-01-31 x */',
  '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '\u2028', '\uFEFF', '\u200B', '\u202E', '\uD800', '\uDFFF',
  '😀', 'é', 'ℵ', '\\u0032\\u0030\\u0032\\u0037', '\\x32', 'String.fromCharCode(50, 48)', 'atob("MjAyNw==")',
];

const ODD_UNICODE = ['\uFEFF', '\u2028', '\u2029', '\u200B', '\u202E', '\uD800', '\uDC00', '\uFFFD', '\u0000', '\r', '\r\n', '😀', '\u{10FFFF}'];

/** A mutation of `src`: each is what a corrupt, truncated, merged or hostile file may look like. */
function mutate(rng: Rng, src: string): { text: string; what: string } {
  const at = () => int(rng, src.length + 1);
  switch (int(rng, 10)) {
    case 0: {
      // Byte flips, then decoded as the scan decodes (invalid UTF-8 replaced).
      const bytes = Buffer.from(src);
      for (let i = 0, n = 1 + int(rng, 8); i < n && bytes.length > 0; i++) bytes[int(rng, bytes.length)] = int(rng, 256);
      return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), what: 'byte flips' };
    }
    case 1:
      return { text: src.slice(0, at()), what: 'truncated' };
    case 2: {
      const a = at();
      const b = Math.min(src.length, a + int(rng, 400));
      const c = at();
      return { text: src.slice(0, c) + src.slice(a, b) + src.slice(c), what: 'duplicated span' };
    }
    case 3: {
      const a = at();
      return { text: src.slice(0, a) + src.slice(a + 1 + int(rng, 200)), what: 'deleted span' };
    }
    case 4: {
      let text = src;
      for (let i = 0, n = 1 + int(rng, 6); i < n; i++) {
        const p = int(rng, text.length + 1);
        text = text.slice(0, p) + ` ${pick(rng, TOKENS)} ` + text.slice(p);
      }
      return { text, what: 'inserted tokens' };
    }
    case 5: {
      // An expression wrapped in deep nesting somewhere in the file.
      const depth = pick(rng, [50, 500, 3000, 20000]);
      const [open, close] = pick(rng, [['[', ']'], ['(', ')'], ['{a:', '}'], ['f(', ')'], ['!', ''], ['a?b:', ''], ['x+', ''], ['`${', '}`'], ['<a>', '</a>']] as const);
      const p = at();
      return { text: `${src.slice(0, p)}\nconst deep = ${open.repeat(depth)}Date.now()${close.repeat(depth)};\n${src.slice(p)}`, what: `nesting ${depth} ${open}` };
    }
    case 6: {
      const huge = pick(rng, [
        () => `'${'2'.repeat(200_000)}'`, () => '9'.repeat(5000), () => `1${'0'.repeat(400)}n`, () => `/${'a|'.repeat(5000)}a/`,
        () => `\`${'${x}'.repeat(2000)}\``, () => `'${'2027-03-01 '.repeat(5000)}'`, () => `[${'1798761600000,'.repeat(3000)}]`,
        () => `{${Array.from({ length: 2000 }, (_, i) => `k${i}: '2027-03-${String(1 + (i % 28)).padStart(2, '0')}'`).join(',')}}`,
      ])();
      const p = at();
      return { text: `${src.slice(0, p)}\nconst HUGE = ${huge};\n${src.slice(p)}`, what: 'huge literal' };
    }
    case 7: {
      let text = src;
      for (let i = 0, n = 1 + int(rng, 10); i < n; i++) {
        const p = int(rng, text.length + 1);
        text = text.slice(0, p) + pick(rng, ODD_UNICODE) + text.slice(p);
      }
      return { text, what: 'odd unicode' };
    }
    case 8: {
      // Two halves of different files glued together.
      const other = pick(rng, corpus.code).bytes.toString('utf8');
      return { text: src.slice(0, at()) + other.slice(int(rng, other.length + 1)), what: 'spliced' };
    }
    default: {
      // Line endings rewritten, indentation shuffled.
      const eol = pick(rng, ['\r\n', '\r', '\u2028', '\n\n']);
      return { text: src.replace(/\n/g, eol), what: `line endings ${JSON.stringify(eol)}` };
    }
  }
}

function tokenSoup(rng: Rng): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + int(rng, 300); i < n; i++) parts.push(pick(rng, TOKENS));
  return parts.join(rng() < 0.5 ? ' ' : '');
}

interface Case {
  file: string;
  source: string;
  kind: 'code' | 'text';
  mode: 'full' | 'exports';
  what: string;
}

function makeCase(seed: number): Case {
  const rng = prng(seed);
  const roll = rng();
  const mode = rng() < 0.2 ? 'exports' : 'full';
  if (roll < 0.2) return { file: `src/soup${pick(rng, CODE_EXT)}`, source: tokenSoup(rng), kind: 'code', mode, what: 'token soup' };
  if (roll < 0.3 && corpus.text.length > 0) {
    const base = pick(rng, corpus.text);
    const m = mutate(rng, base.bytes.toString('utf8'));
    return { file: base.file, source: m.text, kind: 'text', mode, what: m.what };
  }
  const base = pick(rng, corpus.code);
  let text = base.bytes.toString('utf8');
  const whats: string[] = [];
  for (let i = 0, n = 1 + int(rng, 3); i < n; i++) {
    const m = mutate(rng, text);
    text = m.text;
    whats.push(m.what);
  }
  // Sometimes read as another dialect (TSX as plain JS, JS as TypeScript).
  const file = rng() < 0.15 ? base.file.replace(/\.[^.]+$/, pick(rng, CODE_EXT)) : base.file;
  return { file, source: text, kind: 'code', mode, what: whats.join(', ') };
}

/** A FileError that stands for a bug: anything but an honest parse error or nesting too deep. */
function isInternalError(e: { phase: string; message: string }): boolean {
  return e.phase === 'rule' && !/too deeply nested|Maximum call stack/.test(e.message);
}

/** Runs one case through the pipeline; returns what went wrong, or undefined. */
function runCase(c: Case): string | undefined {
  const started = performance.now();
  const all: FileFacts[] = [];
  try {
    if (c.kind === 'code') {
      // A file is analysed in full, or (reached through an import) for its exports only.
      all.push(analyseJsFile({ file: c.file, source: c.source, rules: jsRules, vocabulary, mode: c.mode, aliases: [{ prefix: '@/', exact: false, targets: ['src/'] }] }));
    } else {
      const bytes = Buffer.from(c.source);
      all.push(analyseTextFile({ file: c.file, source: c.source, bytes, now: NOW, horizonEnd: NOW + 2 * 365 * 86_400_000, releaseConfig: true, profile: 'release', rules: textRules, vocabulary }));
    }
    const facts = all[0]!;
    // Facts cross worker threads and go into the cache: plain data only.
    structuredClone(all);
    // The link step over this file alone (its imports resolve to nothing, or to itself).
    const lookup = (f: string) => (f === facts.file ? facts : undefined);
    const resolve = importResolver(lookup, (key) => resolveModuleKey(key, (f) => f === facts.file));
    const pending: (Omit<Finding, 'fingerprint'> & { matched: string })[] = [];
    for (const report of facts.reports) {
      const finding = toFinding(report, facts.file, resolve, { now: NOW });
      if (finding) pending.push({ ...finding, matched: report.matched });
    }
    fingerprintFindings(pending).sort(compareFindings);
    const internal = all.flatMap((f) => f.errors).filter(isInternalError);
    if (internal.length > 0) return `rule error: ${internal[0]!.message}`;
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n')}` : String(error)}`;
  }
  const ms = performance.now() - started;
  return ms > SLOW_MS ? `took ${Math.round(ms)} ms` : undefined;
}

describe('fuzzing the per-file pipeline', () => {
  it('has a corpus to mutate', () => {
    expect(corpus.code.length).toBeGreaterThan(100);
    expect(corpus.text.length).toBeGreaterThan(5);
    expect(jsRules.length).toBeGreaterThan(1);
    expect(textRules.length).toBeGreaterThan(0);
  });

  it(`survives ${CASES} random and mutated sources (seed ${SEED})`, () => {
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const seed = (SEED + Math.imul(i, 0x9e3779b9)) >>> 0;
      const c = makeCase(seed);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      const problem = runCase(c);
      if (problem) {
        failures.push(`case seed ${seed} (TIMEBOMB_FUZZ_SEED=${seed} TIMEBOMB_FUZZ_CASES=1): ${c.file} [${c.what}], ${c.source.length} chars: ${problem}`);
        if (failures.length >= 20) break;
      }
    }
    if (failures.length > 0) console.error(failures.join('\n\n'));
    expect(failures).toEqual([]);
    expect(kinds.get('code')).toBeGreaterThan(0);
  }, 600_000);
});
