/**
 * Files chosen only because they import a clock wait for their clock providers: `clockProviders`
 * names the imported files whose text reads the clock, `exportsCarryClock` tells from a
 * provider's analysed exports whether it can hand the clock on, and the scan analyses the
 * waiting file only if one can.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVocabulary } from '../src/analysis/vocabulary.js';
import { defaultScanOptions, type ScanProgress } from '../src/api/options.js';
import { scan } from '../src/api/scan.js';
import { nodeIO } from '../src/cli/node-io.js';
import { loadVocabulary } from '../src/config/vocabulary.js';
import { exportsCarryClock, type FileFacts } from '../src/engine/facts.js';
import { clockProviders, needsAnalysis, onlyModuleLinks, textFacts, type TextFacts } from '../src/engine/prefilter.js';
import { analyseJsFile } from '../src/engine/run-js-file.js';
import { catalogue } from '../rules/index.js';
import { FIXTURE_NOW } from './helpers/fixtures.js';

/** Text facts of an in-memory project, with relative specifiers resolved as a bundler would (.ts, /index.ts). */
function project(files: Record<string, string>) {
  const facts = new Map<string, TextFacts>(Object.entries(files).map(([f, source]) => [f, textFacts(source)]));
  const factsOf = (f: string) => facts.get(f);
  const resolve = (from: string, spec: string) => {
    if (!spec.startsWith('.')) return undefined;
    const base = posix.join(posix.dirname(from), spec);
    return [base, `${base}.ts`, `${base}/index.ts`].find((f) => facts.has(f));
  };
  return { files: Object.keys(files), factsOf, resolve, providers: (f: string) => clockProviders(f, factsOf, resolve) };
}

describe('clockProviders', () => {
  it('names the imported file with the clock, not the one with the date', () => {
    const p = project({
      'consts.ts': "export const END = Date.parse('2027-03-01');\n",
      'clock.ts': 'export const nowMs = () => Date.now();\n',
      'check.ts': "import { END } from './consts';\nimport { nowMs } from './clock';\nexport const over = () => nowMs() > END;\n",
    });
    expect(p.providers('check.ts')).toEqual(['clock.ts']);
  });

  it('follows re-exporting indexes, several levels down, and names each clock file once', () => {
    const p = project({
      'app.ts': "import { now, END, later } from './lib';\nimport { tick } from './lib/nested';\nexport const x = now() > END && later();\n",
      'lib/index.ts': "export * from './time';\nexport { END } from './dates';\nexport * from './nested';\n",
      'lib/time.ts': 'export const now = () => Date.now();\n',
      'lib/dates.ts': "export const END = Date.parse('2027-03-01');\n",
      'lib/nested/index.ts': "export { later, tick } from './clock';\n",
      'lib/nested/clock.ts': 'export const later = () => new Date();\nexport const tick = () => Date.now();\n',
    });
    expect(p.providers('app.ts')).toEqual(['lib/nested/clock.ts', 'lib/time.ts']);
  });

  it('follows a module that derives its exports from an import, one step', () => {
    const p = project({
      'app.ts': "import { deadlinePassed } from './helper';\nexport const y = deadlinePassed(Date.parse('2027-01-01'));\n",
      'helper.ts': "import { nowMs } from './clock';\nexport const deadlinePassed = (end: number) => nowMs() > end;\n",
      'clock.ts': 'export const nowMs = () => Date.now();\n',
    });
    expect(p.providers('app.ts')).toEqual(['clock.ts']);
  });

  it('is empty when no import reads the clock, and undefined for a file with a clock of its own', () => {
    const p = project({
      'a.ts': "import { END } from './consts';\nexport const late = END + 1;\n",
      'b.ts': "import { END } from './consts';\nexport const over = Date.now() > END;\n",
      'beta.ts': "import { END } from './consts';\nif (IS_BETA && expired(END)) app.quit();\n",
      'consts.ts': "export const END = Date.parse('2027-03-01');\n",
    });
    expect(p.providers('a.ts')).toEqual([]);
    expect(p.providers('b.ts')).toBeUndefined();
    // A blocking pre-release expiry path needs no clock: it is analysed outright, not made to wait.
    expect(p.providers('beta.ts')).toBeUndefined();
  });

  it('gives a provider to every file the prefilter chooses without a clock of its own', () => {
    const p = project({
      'consts.ts': "export const END = Date.parse('2027-03-01');\n",
      'clock.ts': 'export const nowMs = () => Date.now();\n',
      'index.ts': "export * from './clock';\nexport * from './consts';\n",
      'viaIndex.ts': "import { nowMs, END } from './index';\nexport const a = nowMs() > END;\n",
      'direct.ts': "import { nowMs } from './clock';\nexport const b = nowMs() > Date.UTC(2027, 0, 1);\n",
      'helper.ts': "import { nowMs } from './clock';\nexport const since = (t: number) => nowMs() - t;\n",
      'derived.ts': "import { since } from './helper';\nimport { END } from './consts';\nexport const c = since(END) > 0;\n",
    });
    let chosenWithoutClock = 0;
    for (const file of p.files) {
      const own = p.factsOf(file)!;
      if (own.clock || own.prereleaseExpiry || !needsAnalysis(file, p.factsOf, p.resolve)) continue;
      chosenWithoutClock++;
      expect(p.providers(file)!.length, file).toBeGreaterThan(0);
    }
    expect(chosenWithoutClock).toBeGreaterThanOrEqual(3);
  });
});

const vocabulary = compileVocabulary(loadVocabulary());
const exportsOf = (source: string, file = 'src/provider.ts'): FileFacts => analyseJsFile({ file, source, rules: [], vocabulary, mode: 'exports' });

describe('exportsCarryClock', () => {
  const carrying: [string, string][] = [
    ['a clock helper', 'export const nowMs = () => Date.now();\n'],
    ['a function declaration returning the clock', 'export function today(): Date { return new Date(); }\n'],
    ['a clock constant', 'export const STARTED_AT = Date.now();\n'],
    ['an object holding a clock helper', 'export const systemClock = { now: (): number => Date.now(), zone: "UTC" };\n'],
    ['a default export of a clock helper', 'export default () => Date.now();\n'],
    ['a re-export of another module', "export * from './time';\n"],
  ];
  for (const [what, source] of carrying) {
    it(`is true for ${what}`, () => {
      const facts = exportsOf(source);
      expect(facts.errors).toEqual([]);
      expect(exportsCarryClock(facts)).toBe(true);
    });
  }

  it('is true for a module that could not be analysed', () => {
    const facts = exportsOf('export const broken = {{{ Date.now(\n');
    expect(facts.errors.length).toBeGreaterThan(0);
    expect(exportsCarryClock(facts)).toBe(true);
  });

  it('is false for constants only, dates included', () => {
    const facts = exportsOf([
      "export const END = new Date('2027-03-01T00:00:00Z');",
      "export const END_MS = Date.parse('2027-03-01T00:00:00Z');",
      'export const MAX_DAYS = 30;',
      "export const NAME = 'beta';",
      'export const LIMITS = { end: END, days: MAX_DAYS };',
      '',
    ].join('\n'));
    expect(facts.errors).toEqual([]);
    expect(Object.keys(facts.exports).sort()).toEqual(['END', 'END_MS', 'LIMITS', 'MAX_DAYS', 'NAME']);
    expect(exportsCarryClock(facts)).toBe(false);
  });

  it('is false when the clock is read inside the module but not exported', () => {
    const facts = exportsOf([
      'function stamp(): number { return Date.now(); }',
      'setInterval(() => console.log(stamp()), 1000);',
      "export const VERSION = '1.4.2';",
      'export function greet(name: string): string { return `hi ${name}`; }',
      '',
    ].join('\n'));
    expect(facts.errors).toEqual([]);
    expect(exportsCarryClock(facts)).toBe(false);
  });

  // An overload signature (TSDeclareFunction) binds nothing: the exported implementation is the value.
  it('is true for an overloaded exported clock helper', () => {
    const facts = exportsOf([
      'export function nowMs(): number;',
      'export function nowMs(unit: "ms"): number;',
      'export function nowMs(): number { return Date.now(); }',
      '',
    ].join('\n'));
    expect(exportsCarryClock(facts)).toBe(true);
  });
});

describe('scan: a file waiting for its clock providers', () => {
  /** A big constants module: one date among many plain values. */
  const bigConstants = [
    "export const RELEASE_DATE = '2026-06-01';",
    ...Array.from({ length: 200 }, (_, i) => `export const SETTING_${i} = ${i * 3};`),
    ...Array.from({ length: 50 }, (_, i) => `export const LABEL_${i} = 'label ${i}';`),
    '',
  ].join('\n');

  function writeProject(internalExportsClock: boolean): string {
    const dir = mkdtempSync(join(tmpdir(), 'tb-providers-'));
    const files: Record<string, string> = {
      'consts.ts': "export const LAUNCH_END = Date.parse('2027-03-01T00:00:00Z');\n",
      'clock.ts': 'export const nowMs = () => Date.now();\n',
      'check.ts': [
        "import { LAUNCH_END } from './consts';",
        "import { nowMs } from './clock';",
        '',
        'export function assertLicence(): void {',
        '  if (nowMs() > LAUNCH_END) {',
        "    throw new Error('Licence period is over');",
        '  }',
        '}',
        '',
      ].join('\n'),
      'big-constants.ts': bigConstants,
      'internal.ts': [
        `${internalExportsClock ? 'export ' : ''}function stamp(): number { return Date.now(); }`,
        'setInterval(() => console.log(stamp()), 1000);',
        "export const VERSION = '1.4.2';",
        'export function greet(name: string): string { return `hi ${name}`; }',
        '',
      ].join('\n'),
      'other.ts': [
        "import { RELEASE_DATE, SETTING_3 } from './big-constants';",
        "import { VERSION, greet } from './internal';",
        '',
        'export const label = `${VERSION} (${RELEASE_DATE})`;',
        'export const pageSize = SETTING_3 * 2;',
        'greet(label);',
        '',
      ].join('\n'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  async function scanProject(dir: string) {
    const progress: ScanProgress[] = [];
    const result = await scan(
      { ...defaultScanOptions(FIXTURE_NOW), paths: ['.'], threads: 1, onProgress: (p) => progress.push({ ...p }) },
      { ...nodeIO(), cwd: dir },
      catalogue,
    );
    const analysing = progress.filter((p) => p.phase === 'analysing');
    const last = analysing[analysing.length - 1];
    return { result, analysedTotal: last?.total ?? 0, analysedDone: last?.done ?? 0 };
  }

  it('analyses the file whose provider exports the clock, and not the one whose provider keeps it', async () => {
    const dir = writeProject(false);
    // Both check.ts and other.ts are chosen for imports only, and wait for their clock providers.
    const p = project(Object.fromEntries(['consts.ts', 'clock.ts', 'check.ts', 'big-constants.ts', 'internal.ts', 'other.ts'].map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
    expect(p.providers('check.ts')).toEqual(['clock.ts']);
    expect(p.providers('other.ts')).toEqual(['internal.ts']);
    expect(needsAnalysis('other.ts', p.factsOf, p.resolve)).toBe(true);

    const { result, analysedTotal, analysedDone } = await scanProject(dir);
    expect(result.errors).toEqual([]);
    const check = result.findings.filter((f) => f.file === 'check.ts');
    expect(check).toHaveLength(1);
    expect(check[0]).toMatchObject({ line: 5, trigger: { date: '2027-03-01T00:00:00.000Z', daysFromNow: 97 } });
    expect(result.findings.filter((f) => f.file !== 'check.ts')).toEqual([]);
    // Analysed: the two providers (for their exports) and check.ts; other.ts waited and was dropped.
    expect(analysedDone).toBe(analysedTotal);
    expect(analysedTotal).toBe(3);

    // The same project with internal.ts exporting its clock: other.ts is analysed too (and still
    // compares nothing), so the file left out above was other.ts, for want of an exported clock.
    const exporting = await scanProject(writeProject(true));
    expect(exporting.result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`));
    expect(exporting.analysedTotal).toBe(analysedTotal + 1);
  });
});

describe('index files: code that only imports and re-exports', () => {
  it('knows a file of module links from one that computes something', () => {
    const links = [
      "module.exports = require('./lodash');",
      "'use strict';\n// re-exports\nexport * from './a.js';\nexport * as b from './b';\nexport { x, y as z } from './c';\nexport type { T } from './t';\n",
      "import a from './a'; import { b, c as d } from './b'; import * as e from './e'; import './side-effect';\nexport { a, b, d, e };",
      "/* 2027-03-01 in a licence header */\nexport { default } from './x'\n//# sourceMappingURL=index.js.map",
      "import { from } from './from';\nexport { from };",
    ];
    for (const source of links) expect(onlyModuleLinks(source), source).toBe(true);
    const code = [
      "'use strict';\n",
      "import a from './a';\nconst x = a();",
      "export * from './a';\nif (Date.now() > END) stop();",
      "export const END = '2027-03-01';",
      "import x = require('./x');",
      "import data from './a.json' with { type: 'json' };",
      "module.exports = require('./a');\nmodule.exports.extra = Date.now();",
      "exports.a = require('./a');",
      // Statements inside a comment are not statements.
      "// export * from './a';\nstop();",
      "/* export * from './a'; */ stop();",
    ];
    for (const source of code) expect(onlyModuleLinks(source), source).toBe(false);
  });

  it('reads past thousands of comments and stops at the first code (no backtracking blow-up)', () => {
    const comments = Array.from({ length: 3000 }, (_, i) => `/* note ${i} */ // line ${i}\n`).join('');
    expect(onlyModuleLinks(`${comments}export * from './a';\n${comments}`)).toBe(true);
    expect(onlyModuleLinks(`${comments}export * from './a';\n${comments}stop();`)).toBe(false);
    expect(onlyModuleLinks(`export * from './a';\n${comments}/* never closed`)).toBe(false);
  });

  it('does not choose an index file that imports both a clock and a date, and still finds the trigger behind it', async () => {
    const files: Record<string, string> = {
      'consts.ts': "export const LAUNCH_END = Date.parse('2027-03-01T00:00:00Z');\n",
      'clock.ts': 'export const nowMs = () => Date.now();\n',
      'index.ts': "export * from './consts';\nexport { nowMs } from './clock';\n",
      'check.ts': "import { LAUNCH_END, nowMs } from './index';\n\nexport function assertLicence(): void {\n  if (nowMs() > LAUNCH_END) throw new Error('Licence period is over');\n}\n",
    };
    const p = project(files);
    expect(p.factsOf('index.ts')).toMatchObject({ linksOnly: true, reexports: true });
    expect(needsAnalysis('index.ts', p.factsOf, p.resolve)).toBe(false);
    expect(needsAnalysis('check.ts', p.factsOf, p.resolve)).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'tb-index-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const progress: ScanProgress[] = [];
    const result = await scan(
      { ...defaultScanOptions(FIXTURE_NOW), paths: ['.'], threads: 1, onProgress: (p) => progress.push({ ...p }) },
      { ...nodeIO(), cwd: dir },
      catalogue,
    );
    const unfiltered = await scan({ ...defaultScanOptions(FIXTURE_NOW), paths: ['.'], threads: 1 }, { ...nodeIO(), cwd: dir }, catalogue, { prefilter: false });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.trigger?.date}`)).toEqual(['check.ts:4 2027-03-01T00:00:00.000Z']);
    expect(result.findings).toEqual(unfiltered.findings);
    // Analysed: clock.ts for its exports, then check.ts, which waited for it; not index.ts.
    const analysing = progress.filter((e) => e.phase === 'analysing');
    expect(analysing[analysing.length - 1]).toMatchObject({ done: 2, total: 2 });
  });
});
