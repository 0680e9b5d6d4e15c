/**
 * Pre-release guards of a clock comparison: which forms are recognised, what they read, and how
 * a release's defines decide them.
 */
import { describe, expect, it } from 'vitest';
import { decideGuard, type GuardFact } from '../../src/analysis/guard.js';
import { inspectClockSite } from '../../src/analysis/js/clock-site.js';
import { collectGuards } from '../../src/analysis/js/guards.js';
import { analyseGuard } from '../../src/analysis/js/context.js';
import { conditionPath, load, vocab } from './helpers.js';

function guardsOf(source: string): GuardFact[] {
  const s = load(source);
  const { path, trueAfter } = conditionPath(s);
  const g = analyseGuard(path, trueAfter, vocab, s.evaluator.text, source);
  return collectGuards(path, g.coGuards, s.evaluator, vocab);
}

function prereleaseOf(source: string): GuardFact | undefined {
  return guardsOf(source).find((g) => g.prerelease);
}

const decide = (g: GuardFact | undefined, defines: Record<string, string | number | boolean | null>) =>
  decideGuard(g!.expr, (name) => (name in defines ? { value: defines[name]!, source: '--define' } : undefined)).value;

describe('pre-release guards', () => {
  it('a build-time flag joined with &&', () => {
    const g = prereleaseOf(`if (__BETA__ && Date.now() > Date.parse('2027-03-01')) throw new Error('beta over'); // <-`);
    expect(g).toMatchObject({ text: '__BETA__', expr: { kind: 'define', name: '__BETA__' } });
    expect(decide(g, { __BETA__: false })).toBe(false);
    expect(decide(g, { __BETA__: true })).toBe(true);
    expect(decide(g, {})).toBeUndefined();
  });

  it('an enclosing if on a channel read from import.meta.env', () => {
    const g = prereleaseOf(`
      if (import.meta.env.VITE_RELEASE_CHANNEL === 'canary') {
        if (Date.now() > 1798761600000) app.quit(); // <-
      }`);
    expect(g?.expr).toEqual({ kind: 'equals', name: 'import.meta.env.VITE_RELEASE_CHANNEL', values: ['canary'] });
    expect(decide(g, { 'import.meta.env.VITE_RELEASE_CHANNEL': 'stable' })).toBe(false);
  });

  it('an early return when not a beta, through a const alias of process.env', () => {
    const g = prereleaseOf(`
      const IS_BETA = process.env.BUILD_CHANNEL === 'beta';
      export function check() {
        if (!IS_BETA) return;
        if (Date.now() > new Date('2027-01-01').getTime()) process.exit(1); // <-
      }`);
    expect(g?.text).toBe('IS_BETA');
    expect(decide(g, { 'process.env.BUILD_CHANNEL': 'beta' })).toBe(true);
    expect(decide(g, { 'process.env.BUILD_CHANNEL': 'stable' })).toBe(false);
  });

  it('a constant fixed in the source decides itself', () => {
    expect(decide(prereleaseOf(`const PRERELEASE = false;\nif (PRERELEASE && Date.now() > 1798761600000) quit(); // <-`), {})).toBe(false);
    expect(decide(prereleaseOf(`const PRERELEASE = true;\nif (PRERELEASE && Date.now() > 1798761600000) quit(); // <-`), {})).toBe(true);
  });

  it('version checks: includes, regular expressions, indexOf and semver.prerelease', () => {
    const forms = [
      `if (pkg.version.includes('-beta') && Date.now() > 1798761600000) quit(); // <-`,
      `if (/-(alpha|beta|rc)/.test(APP_VERSION) && Date.now() > 1798761600000) quit(); // <-`,
      `if (VERSION.indexOf('-rc') !== -1 && Date.now() > 1798761600000) quit(); // <-`,
      `import semver from 'semver';\nif (semver.prerelease(version) && Date.now() > 1798761600000) quit(); // <-`,
    ];
    for (const source of forms) expect(prereleaseOf(source), source).toBeDefined();
    const rx = prereleaseOf(forms[1]!);
    expect(decide(rx, { APP_VERSION: '3.0.0-beta.2' })).toBe(true);
    expect(decide(rx, { APP_VERSION: '3.0.0' })).toBe(false);
    // A version fixed in the source is decided without defines.
    expect(decide(prereleaseOf(`const VERSION = '2.1.0';\nif (VERSION.includes('-beta') && Date.now() > 1798761600000) quit(); // <-`), {})).toBe(false);
  });

  it('a channel list and every call of the function holding the check', () => {
    expect(prereleaseOf(`if (['beta', 'nightly'].includes(process.env.CHANNEL) && Date.now() > 1798761600000) quit(); // <-`)?.expr)
      .toEqual({ kind: 'equals', name: 'process.env.CHANNEL', values: ['beta', 'nightly'] });
    const g = prereleaseOf(`
      function enforceExpiry() {
        if (Date.now() > 1798761600000) throw new Error('expired'); // <-
      }
      if (__INSIDER__) enforceExpiry();
      export function later() { if (__INSIDER__) { enforceExpiry(); } }`);
    expect(g?.text).toBe('__INSIDER__');
  });

  it('not pre-release: other guards, channel values that are not pre-release, a call site without the guard', () => {
    expect(prereleaseOf(`if (process.env.NODE_ENV === 'production' && Date.now() > 1798761600000) quit(); // <-`)).toBeUndefined();
    expect(prereleaseOf(`if (channel === 'stable' && Date.now() > 1798761600000) quit(); // <-`)).toBeUndefined();
    expect(prereleaseOf(`if (user.plan === 'beta' && Date.now() > 1798761600000) quit(); // <-`)).toBeUndefined();
    expect(prereleaseOf(`
      function enforceExpiry() { if (Date.now() > 1798761600000) throw new Error('expired'); } // <-
      if (__BETA__) enforceExpiry();
      enforceExpiry();`)).toBeUndefined();
  });

  it('a non-pre-release guard over a define is kept, so a release can rule it out', () => {
    const [g] = guardsOf(`if (process.env.NODE_ENV !== 'production' && Date.now() > 1798761600000) quit(); // <-`);
    expect(g?.prerelease).toBe(false);
    expect(decide(g, { 'process.env.NODE_ENV': 'production' })).toBe(false);
  });
});

describe('build-age sites', () => {
  it('the current time minus a build-time define, against a duration', () => {
    const s = load(`const DAY = 864e5;\nif (Date.now() - __BUILD_TIME__ > 90 * DAY) alert('too old'); // <-`);
    const site = inspectClockSite(conditionPath(s).path, { evaluator: s.evaluator, vocabulary: vocab, source: s.source });
    expect(site?.buildAge).toBe(true);
    expect(site?.value).toMatchObject({ kind: 'condition', cond: { at: null, buildOffsetMs: 90 * 864e5, buildText: '__BUILD_TIME__' } });
  });

  it('through new Date() of an env variable and a local const', () => {
    const s = load(`const built = new Date(import.meta.env.VITE_BUILD_DATE);\nif (Date.now() - built.getTime() > 30 * 86400000) lock(); // <-`);
    const site = inspectClockSite(conditionPath(s).path, { evaluator: s.evaluator, vocabulary: vocab, source: s.source });
    expect(site?.buildAge).toBe(true);
  });

  it('offsets under a day are timing, not expiry; a bound runtime value is not a build instant', () => {
    const s1 = load(`if (Date.now() - __BUILD_TIME__ < 60000) console.log('fresh build'); // <-`);
    expect(() => conditionPath(s1)).not.toThrow();
    expect(inspectClockSite(conditionPath(s1).path, { evaluator: s1.evaluator, vocabulary: vocab, source: s1.source })).toBeUndefined();
    const s2 = load(`function stale(cache) { return Date.now() - cache.buildTime > 3600000 * 24 * 7; } // <-`);
    expect(() => conditionPath(s2)).toThrow(/no clock condition/);
  });
});
