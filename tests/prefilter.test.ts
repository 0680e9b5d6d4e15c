/**
 * The prefilter may skip work, never findings: every fixture project gives the same findings
 * with the text prefilter on and off.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../src/analysis/vocabulary.js';
import { defaultScanOptions } from '../src/api/options.js';
import { scan } from '../src/api/scan.js';
import { nodeIO } from '../src/cli/node-io.js';
import { loadVocabulary } from '../src/config/vocabulary.js';
import { needsAnalysis, onCommentLine, stripComments, textFacts, vocabularyTokens, type TextFacts } from '../src/engine/prefilter.js';
import type { ScanResult } from '../src/engine/types.js';
import { catalogue } from '../rules/index.js';
import { FIXTURE_NOW, REPO, fixtureProjects } from './helpers/fixtures.js';

describe('prefilter', () => {
  for (const project of fixtureProjects()) {
    it(`${project}: same findings with and without the prefilter`, async () => {
      const io = { ...nodeIO(), cwd: REPO };
      const options = { ...defaultScanOptions(FIXTURE_NOW), paths: [`test-fixtures/${project}`], includeTests: true };
      const filtered = await scan(options, io, catalogue);
      const unfiltered = await scan(options, io, catalogue, { prefilter: false });
      const key = (r: typeof filtered) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`);
      expect(key(filtered)).toEqual(key(unfiltered));
    });
  }

  it('strips comments but keeps strings that look like comments', () => {
    const code = "const a = '// not a comment'; // gone 2027\n/* gone 2028 */ const b = \"/* kept */\";";
    const stripped = stripComments(code);
    expect(stripped).toContain("'// not a comment'");
    expect(stripped).toContain('"/* kept */"');
    expect(stripped).not.toContain('2027');
    expect(stripped).not.toContain('2028');
  });

  it('sees a clock, a fixed time and relative imports', () => {
    const facts = textFacts("import { END } from './constants';\nconst x = require('../y');\nif (Date.now() > END) stop();");
    expect(facts).toEqual({ clock: true, fixed: false, fixedNearClock: false, specifiers: ['./constants', '../y'], reexports: false, prereleaseExpiry: false });
    expect(textFacts("if (IS_BETA && licence.betaExpired) app.quit();").prereleaseExpiry).toBe(true);
    expect(textFacts("export * from './dates';").reexports).toBe(true);
    expect(textFacts("const END = '20' + '27-' + '03-01';").fixed).toBe(true);
  });
  it('counts only expressions that read the clock as a clock', () => {
    for (const clock of ['Date.now()', 'new Date()', 'new Date;', 'Date()', 'moment()', 'moment.utc()', 'dayjs()', 'DateTime.now()',
      'Temporal.Now.instant()', 'performance.timeOrigin + performance.now()', 'isPast(d)', 'constructNow(undefined)', 'd.diffNow()',
      "import mt from 'moment-timezone'", "const { isAfter } = require('date-fns')"]) {
      expect(textFacts(clock).clock, clock).toBe(true);
    }
    // Calendar reads and ISO text of a value from elsewhere: a clock only if that value is one.
    for (const other of ['d.getFullYear() > 2026', 'new Date(value)', 'x.toISOString()', 'getDate()', 'useState(0)', 'clock.now()', 'this.isFuture']) {
      expect(textFacts(other).clock, other).toBe(false);
    }
  });

  it('takes a build-instant name for the fixed side of a build-age check', () => {
    for (const name of ['__BUILD_TIME__', 'buildDate', 'BUILT_AT', 'compiledAt', 'process.env.RELEASE_TIMESTAMP']) {
      expect(textFacts(`if (Date.now() - ${name} > 90 * DAY) stop();`).fixedNearClock, name).toBe(true);
    }
  });

  it('ignores tokens on comment lines, not code after a closed comment', () => {
    const docs = '/**\n * @example\n * isToday(new Date(2014, 9, 6))\n * @typedef {import("./Compilation")} Compilation\n */\n// Date.now() in 2027\nexport const x = 1;';
    expect(textFacts(docs)).toMatchObject({ clock: false, fixed: false, specifiers: [] });
    const after = "/* header */ import { END } from './end'; const t = Date.now(); // note\n";
    expect(textFacts(after)).toMatchObject({ clock: true, specifiers: ['./end'] });
    // `a\n * b` is a multiplication, not a comment line.
    const code = 'const ms = days\n  * 1798761600000;';
    expect(onCommentLine(code, code.indexOf('1798'))).toBe(false);
    expect(textFacts(code).fixed).toBe(true);
  });

  it('judges a clock and a fixed time in one bundle by their distance, also when it imports', () => {
    const filler = 'x = x + 1;\n'.repeat(10_000);
    const bundle = `var t = Date.now();\n${filler}var y = 2030;\nrequire('./helper');`;
    const helper = 'module.exports = function helper() { return 1; };';
    const facts = new Map<string, TextFacts>([['bundle.js', textFacts(bundle)], ['helper.js', textFacts(helper)]]);
    expect(facts.get('bundle.js')).toMatchObject({ clock: true, fixed: true, fixedNearClock: false });
    const resolve = (_from: string, spec: string) => (spec === './helper' ? 'helper.js' : undefined);
    expect(needsAnalysis('bundle.js', (f) => facts.get(f), resolve)).toBe(false);
    // The helper holding a fixed time makes the bundle a candidate again.
    facts.set('helper.js', textFacts("module.exports = { END: '2030-01-01' };"));
    expect(needsAnalysis('bundle.js', (f) => facts.get(f), resolve)).toBe(true);
  });

  describe('in a bundle (over 64 KB), what counts as a fixed time next to a clock', () => {
    const filler = 'x = x + 1;\n'.repeat(8_000);
    /** `near` within a few lines of a clock reading, in a large file. */
    const near = (snippet: string) => textFacts(`${filler}${snippet}\n${filler}`).fixedNearClock;

    it('a date built from a literal or named year, not from variables a date library passes along', () => {
      expect(near('if (Date.now() > Date.UTC(2027, 2, 1)) stop();')).toBe(true);
      expect(near('var END_YEAR = 2027;\nif (Date.now() > Date.UTC(END_YEAR, 0, 1)) stop();')).toBe(true);
      expect(near('function utc(y, m, d) { return new Date(Date.UTC(y, m, d)); }\nvar now = Date.now();')).toBe(false);
    });

    it('a year compared, assigned or returned; not a term of arithmetic or a branch of a ternary', () => {
      expect(near('if (new Date().getFullYear() >= 2027) stop();')).toBe(true);
      expect(near('var cfg = { endYear: 2027 };\nif (new Date().getFullYear() > cfg.endYear) stop();')).toBe(true);
      expect(near('var y = d.getFullYear();\nreturn y + (y > 68 ? 1900 : 2000);')).toBe(false);
      expect(near('var y = d.getFullYear(); setTimeout(f, 2000);')).toBe(false);
    });

    it('a build-instant name, not a longer word that starts like one; int limits are no epochs', () => {
      expect(near('if (Date.now() - buildTimestamp > 90 * DAY) stop();')).toBe(true);
      expect(near('var t = Date.now(); handleBuildDone(); bundleTimeout = 5;')).toBe(false);
      expect(near('var t = Date.now(); if (n > 2147483648) n = 0;')).toBe(false);
    });

    it('a date library class name alone is no clock reading (DateTime.now() is)', () => {
      expect(near('cache = DateTime.fromMillis(1555555555555);')).toBe(false);
      expect(near('if (DateTime.now() > DateTime.fromMillis(1798761600000)) stop();')).toBe(true);
    });
  });
});

describe('prefilter and an extended vocabulary', () => {
  /** The shipped vocabulary with a clock library, a compare function and a build-instant name added. */
  function extended(): Vocabulary {
    const v = loadVocabulary();
    return {
      ...v,
      dateApis: {
        ...v.dateApis,
        packages: { ...v.dateApis.packages, 'chrono-kit': null },
        clockCalls: { ...v.dateApis.clockCalls, 'Clock.now': 'number' },
        compareFunctions: { ...v.dateApis.compareFunctions, hasLapsed: { op: '>', args: ['now', 0] } },
      },
      release: { ...v.release, buildInstantWords: [...v.release.buildInstantWords, '\\bship (?:time|date)\\b'] },
    };
  }

  it('adds no tokens for the shipped vocabulary: the written ones cover it', () => {
    expect(vocabularyTokens(loadVocabulary())).toEqual({});
  });

  it('adds the clock calls, packages, clock-reading compare functions and build-instant names a user adds', () => {
    const tokens = vocabularyTokens(extended());
    const clock = (source: string) => textFacts(source, tokens).clock;
    expect([clock('const t = Clock.now();'), clock("import { at } from 'chrono-kit';"), clock('if (hasLapsed(END)) stop();')]).toEqual([true, true, true]);
    expect([clock('const t = Clock.now;'), clock('const t = myClock.now();'), clock("import 'chrono-kit-extra';")]).toEqual([false, false, false]);
    expect([textFacts('Clock.now();').clock, textFacts('x = SHIP_TIME;').fixed]).toEqual([false, false]);
    const fixed = (source: string) => textFacts(source, tokens).fixed;
    expect([fixed('x = SHIP_TIME;'), fixed('x = config.shipDate;'), fixed('x = import.meta.env.VITE_SHIP_TIME_MS;')]).toEqual([true, true, true]);
    // Names whose words differ, as the analysis would not take them either.
    expect([fixed('x = shipping;'), fixed('x = SHIPTIME;'), fixed('x = shipTimeout;')]).toEqual([false, false, false]);
  });

  it('keeps the findings that the added vocabulary makes: same with and without the prefilter', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'timebomb-vocab-'));
    try {
      await mkdir(join(dir, 'src'));
      await writeFile(join(dir, 'src/trial.js'), "export function check() {\n  if (Clock.now() > 1798761600000) throw new Error('trial expired');\n}\n");
      await writeFile(join(dir, 'src/age.js'), "const DAY = 86400000;\nexport function fresh() {\n  if (Date.now() - SHIP_TIME > 90 * DAY) throw new Error('This build has expired');\n}\n");
      const io = { ...nodeIO(), cwd: dir };
      const options = { ...defaultScanOptions(FIXTURE_NOW), threads: 1 };
      const key = (r: ScanResult) => r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);
      const vocabulary = extended();
      const filtered = key(await scan(options, io, catalogue, { vocabulary }));
      expect(filtered).toEqual(key(await scan(options, io, catalogue, { vocabulary, prefilter: false })));
      expect(filtered).toEqual(['src/age.js:3 js/build-age', 'src/trial.js:2 js/hardcoded-expiry']);
      // The shipped vocabulary knows neither name.
      expect(key(await scan(options, io, catalogue, { prefilter: false }))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
