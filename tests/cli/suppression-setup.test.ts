import { describe, expect, it } from 'vitest';
import { defaultScanOptions } from '../../src/api/options.js';
import { finishSuppressions, prepareSuppressions, withSuppressions } from '../../src/cli/suppression-setup.js';
import { serializeBaseline } from '../../src/engine/baseline.js';
import type { BaselineEntry, Finding, ScanResult } from '../../src/engine/types.js';
import { fakeIO } from './fake-io.js';

const entry = (file: string, fingerprint: string): BaselineEntry => ({ fingerprint, ruleId: 'js/hardcoded-expiry', file, message: 'm', trigger: null });
const BASELINE = serializeBaseline([entry('src/a.js', 'aa'), entry('src/b.js', 'bb')]);
const RC = JSON.stringify({
  failOn: 'warning', include: ['src/**'], exclude: ['src/gen/**'], rules: { 'js/calendar-check': 'off' }, baseline: 'timebomb-baseline.json',
  allowlist: [{ path: 'src/legacy/**', rule: '*', reason: 'dead code' }],
});

function finding(file: string, fingerprint: string): Finding {
  return {
    ruleId: 'js/hardcoded-expiry', severity: 'error', message: 'Fires on 2027-03-01 (in 97 days): throws', file, line: 1, column: 1,
    endLine: 1, endColumn: 2, trigger: null, fingerprint, snippet: '',
  };
}

function result(over: Partial<ScanResult> = {}): ScanResult {
  return {
    version: 1, tool: { name: 'timebomb', version: '0' }, now: '2026-11-24T00:00:00.000Z', findings: [], suppressed: [], errors: [],
    stats: { filesScanned: 2, durationMs: 1 }, ...over,
  };
}

describe('prepareSuppressions + withSuppressions', () => {
  it('applies the config where the command line is silent, and lets flags win', async () => {
    const io = fakeIO({ files: { '/project/.timebombrc.json': RC, '/project/timebomb-baseline.json': BASELINE } });
    const setup = await prepareSuppressions({}, io);
    expect(setup.config?.file).toBe('.timebombrc.json');
    expect(setup.baseline).toBe('timebomb-baseline.json');
    const base = defaultScanOptions(0);
    const fromConfig = withSuppressions(base, setup, { include: false, exclude: false, failOn: false });
    expect(fromConfig).toMatchObject({
      include: ['src/**'], exclude: ['src/gen/**'], failOn: 'warning', ruleSeverity: { 'js/calendar-check': 'off' },
      inlineSuppressions: true, reportUnusedSuppressions: false,
      allowlist: [{ path: 'src/legacy/**', rule: '*', reason: 'dead code', source: '.timebombrc.json' }],
      baseline: 'timebomb-baseline.json',
    });
    const fromFlags = withSuppressions({ ...base, include: ['lib/**'], exclude: [], failOn: 'error' }, setup, { include: true, exclude: true, failOn: true });
    expect(fromFlags).toMatchObject({ include: ['lib/**'], exclude: [], failOn: 'error' });
  });

  it('--no-config, --config <file>, --baseline and --no-inline-suppressions', async () => {
    const io = fakeIO({ files: { '/project/.timebombrc.json': RC, '/project/ci/tb.yaml': 'failOn: none\n', '/project/other.json': BASELINE } });
    const none = await prepareSuppressions({ config: false, inlineSuppressions: false, reportUnusedSuppressions: true }, io);
    expect(none).toEqual({ prune: false, inlineSuppressions: false, reportUnusedSuppressions: true });
    const named = await prepareSuppressions({ config: 'ci/tb.yaml', baseline: 'other.json' }, io);
    expect(named.config).toMatchObject({ file: 'ci/tb.yaml', dir: 'ci', config: { failOn: 'none' } });
    expect(named.baseline).toBe('other.json');
    await expect(prepareSuppressions({ config: 'nope.json' }, io)).rejects.toThrow('config file nope.json not found');
  });

  it('a baseline this run writes need not exist yet', async () => {
    const io = fakeIO();
    const writing = await prepareSuppressions({ baseline: 'b.json', writeBaseline: 'b.json' }, io);
    expect(writing).toMatchObject({ baselinePath: 'b.json', writeBaseline: 'b.json' });
    expect(writing.baseline).toBeUndefined();
    await expect(prepareSuppressions({ pruneBaseline: true }, io)).rejects.toThrow(/--prune-baseline needs a baseline/);
  });

  it('--config-from-ref reads the config and the baseline at the ref, never the working tree', async () => {
    const io = fakeIO({ files: { '/project/.timebombrc.json': '{"allowlist":[{"path":"**","rule":"*","reason":"mine"}]}' } });
    const atRef: Record<string, string> = { 'package.json': JSON.stringify({ timebomb: { baseline: 'timebomb-baseline.json' } }), 'timebomb-baseline.json': BASELINE };
    const opened: string[] = [];
    const openRef = async (ref: string) => (opened.push(ref), async (p: string) => atRef[p]);
    const setup = await prepareSuppressions({ configFromRef: 'origin/main' }, io, { openRef });
    expect(opened).toEqual(['origin/main']);
    expect(setup.config?.file).toBe('origin/main:package.json');
    expect(setup.config?.config.allowlist).toBeUndefined();
    expect(setup.baseline).toMatchObject({ file: 'origin/main:timebomb-baseline.json', entries: [{ fingerprint: 'aa' }, { fingerprint: 'bb' }] });

    const noBaseline = await prepareSuppressions({ configFromRef: 'main', baseline: 'missing.json' }, io, { openRef: async () => async () => undefined });
    expect(noBaseline.baseline).toEqual({ file: 'main:missing.json', entries: [] });
    expect(io.err).toContain('timebomb: note: main:missing.json does not exist; no finding is baselined');
  });
});

describe('finishSuppressions', () => {
  it('--write-baseline writes the active findings, sorted, and applies them to this run', async () => {
    const io = fakeIO();
    const setup = await prepareSuppressions({ writeBaseline: 'timebomb-baseline.json' }, io);
    const out = await finishSuppressions(result({ findings: [finding('src/b.js', 'bb'), finding('src/a.js', 'aa')] }), setup, io, { quiet: false });
    const written = io.written.get('/project/timebomb-baseline.json')!;
    expect(JSON.parse(written).findings.map((e: BaselineEntry) => e.fingerprint)).toEqual(['aa', 'bb']);
    expect(JSON.parse(written).findings[0].message).toBe('Fires on 2027-03-01: throws');
    expect(out.findings).toEqual([]);
    expect(out.suppressed.map((s) => s.suppression.kind)).toEqual(['baseline', 'baseline']);
    expect(io.err).toBe('timebomb: wrote 2 findings to baseline timebomb-baseline.json\n');
  });

  it('lists stale entries on stderr for text, not for JSON or quiet, and --prune-baseline removes them', async () => {
    const files = { '/project/timebomb-baseline.json': BASELINE };
    const stale = result({ baseline: { file: 'timebomb-baseline.json', stale: [entry('src/b.js', 'bb')] } });

    const text = fakeIO({ files });
    await finishSuppressions(stale, await prepareSuppressions({ baseline: 'timebomb-baseline.json' }, text), text, { quiet: false, stdoutFormat: 'text' });
    expect(text.err).toBe(
      'timebomb: 1 stale baseline entry in timebomb-baseline.json (no finding matches them any more; --prune-baseline removes them):\n' +
        '  src/b.js  js/hardcoded-expiry  bb  m\n',
    );
    expect(text.written.size).toBe(0);

    for (const opts of [{ quiet: false, stdoutFormat: 'json' }, { quiet: true, stdoutFormat: 'text' }]) {
      const io = fakeIO({ files });
      await finishSuppressions(stale, await prepareSuppressions({ baseline: 'timebomb-baseline.json' }, io), io, opts);
      expect(io.err).toBe('');
    }

    const prune = fakeIO({ files });
    await finishSuppressions(stale, await prepareSuppressions({ baseline: 'timebomb-baseline.json', pruneBaseline: true }, prune), prune, { quiet: false });
    expect(prune.written.get('/project/timebomb-baseline.json')).toBe(serializeBaseline([entry('src/a.js', 'aa')]));
    expect(prune.err).toBe('timebomb: removed 1 stale entry from baseline timebomb-baseline.json\n');
  });
});
