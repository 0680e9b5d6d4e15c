import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultScanOptions } from '../../src/api/options.js';
import { scan } from '../../src/api/scan.js';
import { nodeIO } from '../../src/cli/node-io.js';
import {
  BaselineError, applyBaseline, baselineCandidates, baselineEntryOf, messageExcerpt, parseBaseline, readBaseline, rebaseline,
  serializeBaseline, type LoadedBaseline,
} from '../../src/engine/baseline.js';
import { compareFindings } from '../../src/engine/link.js';
import type { BaselineEntry, Finding, ScanResult } from '../../src/engine/types.js';
import { catalogue } from '../../rules/index.js';
import { FIXTURES, FIXTURE_NOW } from '../helpers/fixtures.js';

function finding(file: string, fingerprint: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'js/hardcoded-expiry', severity: 'error', message: 'Fires on 2027-03-01 (in 97 days): throws "beta expired"', file,
    line: 3, column: 1, endLine: 3, endColumn: 9, trigger: { date: '2027-03-01T00:00:00.000Z', daysFromNow: 97 },
    fingerprint, snippet: 'x', ...over,
  };
}

const entry = (file: string, fingerprint: string): BaselineEntry => ({ fingerprint, ruleId: 'js/hardcoded-expiry', file, message: 'm', trigger: null });

describe('baseline file', () => {
  it('is sorted by file then fingerprint, deduplicated, two-space JSON with a trailing newline', () => {
    const text = serializeBaseline([entry('src/b.js', '02'), entry('src/a.js', 'ff'), entry('src/b.js', '01'), entry('src/a.js', '0a'), entry('src/b.js', '01')]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "findings": [\n    {\n      "fingerprint"');
    const parsed = parseBaseline(text, 'b.json');
    expect(parsed.entries.map((e) => `${e.file}:${e.fingerprint}`)).toEqual(['src/a.js:0a', 'src/a.js:ff', 'src/b.js:01', 'src/b.js:02']);
    // Same entries in any order: the same bytes.
    expect(serializeBaseline([...parsed.entries].reverse())).toBe(text);
  });

  it('records fingerprint, rule, file, a message excerpt without the day count, and the trigger date', () => {
    const f = finding('src/a.js', 'abc', { message: 'Fired on 2025-08-12 (fired 469 days ago): behaviour changes once Date.now() passes X.' });
    expect(baselineEntryOf(f)).toEqual({
      fingerprint: 'abc', ruleId: 'js/hardcoded-expiry', file: 'src/a.js',
      message: 'Fires on 2025-08-12: behaviour changes once Date.now() passes X.', trigger: '2027-03-01T00:00:00.000Z',
    });
    // the same finding judged on another day gives the same entry
    expect(messageExcerpt('Fires on 2027-03-01 (in 97 days): throws')).toBe(messageExcerpt('Fires on 2027-03-01 (in 1 day): throws'));
    expect(messageExcerpt('Fires on 2027-03-01 (today): throws')).toBe('Fires on 2027-03-01: throws');
    expect(messageExcerpt('x'.repeat(400))).toHaveLength(160);
    expect(baselineEntryOf(finding('a', 'b', { trigger: null })).trigger).toBeNull();
  });

  it('rejects malformed files with the file name and the reason', () => {
    expect(() => parseBaseline('{', 'base.json')).toThrow(/invalid baseline base.json: not JSON/);
    expect(() => parseBaseline('[]', 'base.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"version":2,"findings":[]}', 'base.json')).toThrow(/"version" must be 1/);
    expect(() => parseBaseline('{"version":1,"findings":[{"ruleId":"r","file":"f"}]}', 'base.json')).toThrow(/findings\[0\]\.fingerprint/);
    expect(parseBaseline('\uFEFF{"version":1,"findings":[{"fingerprint":"a","ruleId":"r","file":"f"}]}', 'b').entries)
      .toEqual([{ fingerprint: 'a', ruleId: 'r', file: 'f', message: '', trigger: null }]);
  });

  it('names a missing file and how to create it', async () => {
    await expect(readBaseline({ ...nodeIO(), cwd: tmpdir() }, 'no-such-baseline.json')).rejects.toThrow(
      /baseline no-such-baseline.json not found \(create it with --write-baseline no-such-baseline.json\)/,
    );
  });
});

describe('applyBaseline', () => {
  const baseline: LoadedBaseline = { file: 'timebomb-baseline.json', entries: [entry('src/a.js', 'known'), entry('src/a.js', 'fixed'), entry('lib/x.js', 'other')] };

  it('suppresses known fingerprints and lists stale entries of scanned files only', () => {
    const known = finding('src/a.js', 'known');
    const fresh = finding('src/a.js', 'new');
    const out = applyBaseline([known, fresh], baseline, (f) => f.startsWith('src/'));
    expect(out.active).toEqual([fresh]);
    expect(out.suppressed).toEqual([{ ...known, suppression: { kind: 'baseline', reason: 'baseline', source: 'timebomb-baseline.json' } }]);
    expect(out.stale.map((e) => e.fingerprint)).toEqual(['fixed']);
  });

  it('rebaseline swaps the baseline of a result for a new one', () => {
    const result: ScanResult = {
      version: 1, tool: { name: 'timebomb', version: '0' }, now: '', errors: [], stats: { filesScanned: 1, durationMs: 0 },
      findings: [finding('src/b.js', 'new')],
      suppressed: [
        { ...finding('src/a.js', 'known'), suppression: { kind: 'baseline', reason: 'baseline', source: 'old.json' } },
        { ...finding('src/a.js', 'inl', { line: 9 }), suppression: { kind: 'inline', reason: 'r', source: 'src/a.js:8' } },
      ],
      baseline: { file: 'old.json', stale: [entry('src/a.js', 'fixed')] },
    };
    const candidates = baselineCandidates(result);
    expect(candidates.map((f) => f.fingerprint)).toEqual(['new', 'known']);
    const next = rebaseline(result, { file: 'new.json', entries: candidates.map(baselineEntryOf) }, compareFindings);
    expect(next.findings).toEqual([]);
    expect(next.suppressed.map((s) => [s.fingerprint, s.suppression.kind, s.suppression.source])).toEqual([
      ['known', 'baseline', 'new.json'], ['inl', 'inline', 'src/a.js:8'], ['new', 'baseline', 'new.json'],
    ]);
    expect(next.baseline).toEqual({ file: 'new.json', stale: [] });
  });
});

describe('baseline in a scan (temp copy of the demo fixture)', () => {
  let dir: string;
  const io = () => ({ ...nodeIO(), cwd: dir });
  const run = (over: Parameters<typeof scan>[0] extends infer O ? Partial<O> : never = {}) =>
    scan({ ...defaultScanOptions(FIXTURE_NOW), ...over }, io(), catalogue);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'timebomb-baseline-'));
    await cp(join(FIXTURES, 'demo'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a finding keeps its fingerprint when 20 lines are inserted above it', async () => {
    const before = await run();
    const power = before.findings.filter((f) => f.file === 'src/vm/power.js');
    expect(power.length).toBeGreaterThan(0);
    const path = join(dir, 'src/vm/power.js');
    const text = await readFile(path, 'utf8');
    await writeFile(path, `${Array.from({ length: 20 }, (_, i) => `// inserted line ${i + 1}`).join('\n')}\n${text}`);
    const after = await run();
    const moved = after.findings.filter((f) => f.file === 'src/vm/power.js');
    expect(moved.map((f) => f.line)).toEqual(power.map((f) => f.line + 20));
    expect(moved.map((f) => f.fingerprint)).toEqual(power.map((f) => f.fingerprint));
    expect(after.findings.map((f) => f.fingerprint).sort()).toEqual(before.findings.map((f) => f.fingerprint).sort());
  });

  it('a baseline of the current findings silences them; a new time bomb stays active; a removed one is stale', async () => {
    const first = await run();
    expect(first.findings.length).toBeGreaterThan(1);
    await writeFile(join(dir, 'timebomb-baseline.json'), serializeBaseline(first.findings.map(baselineEntryOf)));
    const known = await run({ baseline: 'timebomb-baseline.json' });
    expect(known.findings).toEqual([]);
    expect(known.suppressed.map((s) => s.fingerprint).sort()).toEqual(first.findings.map((f) => f.fingerprint).sort());
    expect(known.baseline).toEqual({ file: 'timebomb-baseline.json', stale: [] });

    await writeFile(join(dir, 'src/new-trial.js'), "export function trialOver() {\n  if (Date.now() > Date.parse('2027-06-01')) throw new Error('trial expired');\n}\n");
    const removed = first.findings[0]!;
    await rm(join(dir, removed.file));
    const later = await run({ baseline: 'timebomb-baseline.json' });
    expect(later.findings.map((f) => f.file)).toEqual(['src/new-trial.js']);
    expect(later.baseline!.stale.map((e) => e.file)).toContain(removed.file);

    // A scan of part of the tree does not call the rest of the baseline stale.
    const partial = await run({ paths: ['src/vm'], baseline: 'timebomb-baseline.json' });
    expect(partial.baseline!.stale.every((e) => e.file.startsWith('src/vm/'))).toBe(true);
  });

  it('entries of a file that no longer parses, or that this run excludes, are not stale', async () => {
    const first = await run();
    await writeFile(join(dir, 'timebomb-baseline.json'), serializeBaseline(first.findings.map(baselineEntryOf)));
    const broken = first.findings.find((f) => f.file === 'src/vm/power.js')!;
    await writeFile(join(dir, broken.file), "if (Date.now() > Date.parse('2027-03-01') {{{ (\n");
    const excluded = first.findings.find((f) => f.file !== broken.file)!;
    const later = await run({ baseline: 'timebomb-baseline.json', exclude: [excluded.file] });
    expect(later.errors.map((e) => e.file)).toContain(broken.file);
    expect(later.baseline!.stale).toEqual([]);
  });
});
