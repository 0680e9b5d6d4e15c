/**
 * `timebomb merge`: reading inputs, deduplicating by fingerprint, sorting as a scan sorts, SARIF
 * read back into results, and the command's exit codes, with an in-memory IO.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadResults, mergeResults, parseResult, type LoadedResult } from '../../src/cli/merge.js';
import { runWith, type CliDeps } from '../../src/cli/program.js';
import { compareFindings } from '../../src/engine/link.js';
import type { CatalogueEntry } from '../../src/engine/rule-meta.js';
import type { ScanResult } from '../../src/engine/types.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { sarifErrors } from '../reporters/sarif-schema.js';
import { FULL_RULES, finding, result, suppressedFinding } from '../reporters/sample.js';
import { fakeIO } from './fake-io.js';

const a1 = finding({ file: 'src/a.ts', line: 3, fingerprint: 'fa1' });
const a2 = finding({ file: 'src/a.ts', line: 9, column: 2, severity: 'warning', fingerprint: 'fa2' });
const b1 = finding({ file: 'src/b.ts', line: 1, fingerprint: 'fb1', trigger: null, ruleId: 'js/calendar-check', severity: 'note' });
const z1 = finding({ file: 'z/last.ts', line: 1, fingerprint: 'fz1' });
const shard1 = result([a2, z1], {
  errors: [{ file: 'src/x.js', phase: 'parse', message: 'Unexpected token (1:1)' }, { file: 'src/y.js', phase: 'worker', message: 'analysis worker crashed: boom' }, { file: 'locked', phase: 'read', message: 'EACCES' }],
  suppressed: [suppressedFinding({ file: 'src/c.ts', fingerprint: 'sc' })],
  stats: { filesScanned: 10, durationMs: 300 },
});
const shard2 = result([b1, a1], {
  errors: [{ file: 'locked', phase: 'read', message: 'EACCES' }],
  suppressed: [suppressedFinding({ file: 'src/a.ts', line: 1, fingerprint: 'sa' }, { kind: 'config', source: '.timebombrc.json' })],
  stats: { filesScanned: 7, durationMs: 120 },
});

const loaded = (...results: ScanResult[]): LoadedResult[] => results.map((r, i) => ({ path: `r${i}.json`, kind: 'json', result: r }));

describe('mergeResults', () => {
  it('unions findings, suppressed findings and errors, sorted as a scan sorts them', () => {
    const { result: merged, warnings } = mergeResults(loaded(shard1, shard2));
    expect(warnings).toEqual([]);
    expect(merged.findings.map((f) => f.fingerprint)).toEqual(['fa1', 'fa2', 'fb1', 'fz1']);
    expect(merged.suppressed.map((f) => f.fingerprint)).toEqual(['sa', 'sc']);
    expect(merged.errors).toEqual([
      { file: 'locked', phase: 'read', message: 'EACCES' },
      { file: 'src/x.js', phase: 'parse', message: 'Unexpected token (1:1)' },
      { file: 'src/y.js', phase: 'worker', message: 'analysis worker crashed: boom' },
    ]);
    expect(merged.stats).toEqual({ filesScanned: 17, durationMs: 300 });
    expect(merged.now).toBe(shard1.now);
  });

  it('keeps one finding per fingerprint (the same result merged twice is itself)', () => {
    const once = mergeResults(loaded(shard1, shard2)).result;
    const twice = mergeResults(loaded(shard1, shard2, shard2, shard1)).result;
    expect(twice.findings).toEqual(once.findings);
    expect(twice.suppressed).toEqual(once.suppressed);
    expect(twice.errors).toEqual(once.errors);
  });

  it('merges stale baseline entries by fingerprint, in baseline order', () => {
    const entry = (file: string, fingerprint: string) => ({ fingerprint, ruleId: 'js/hardcoded-expiry', file, message: 'm', trigger: null });
    const r1 = result([], { baseline: { file: 'baseline.json', stale: [entry('b.ts', '2'), entry('gone.ts', '9')] } });
    const r2 = result([], { baseline: { file: 'baseline.json', stale: [entry('a.ts', '1'), entry('gone.ts', '9')] } });
    expect(mergeResults(loaded(r1, r2)).result.baseline).toEqual({
      file: 'baseline.json', stale: [entry('a.ts', '1'), entry('b.ts', '2'), entry('gone.ts', '9')],
    });
    expect(mergeResults(loaded(result([]))).result.baseline).toBeUndefined();
  });

  it('refuses results scanned with different --now dates, and warns about different versions', () => {
    expect(() => mergeResults(loaded(shard1, result([], { now: '2027-01-01T00:00:00.000Z' })))).toThrow(
      /r0\.json was scanned with --now 2026-01-25T00:00:00\.000Z but r1\.json with 2027-01-01T00:00:00\.000Z/,
    );
    const { warnings } = mergeResults(loaded(shard1, result([], { tool: { name: 'timebomb', version: '0.2.0' } })));
    expect(warnings).toEqual(['r1.json comes from timebomb 0.2.0, r0.json from 0.1.0']);
  });
});

describe('reading inputs', () => {
  const ctx = { rules: FULL_RULES, color: false, cwd: '/work/repo' };

  it('reads a SARIF log back into the result it was written from (all but snippets)', () => {
    const original = mergeResults(loaded(shard1, shard2)).result;
    original.findings.push(finding({ file: '../outside/o.ts', fingerprint: 'out', line: 2 }), finding({ file: 'dir with space/ü#.ts', fingerprint: 'enc', line: 4 }));
    original.findings.sort(compareFindings);
    original.suppressed[0] = suppressedFinding({ file: 'src/a.ts', line: 1, fingerprint: 'sa' }, { until: '2027-01-31' });
    const back = parseResult(sarifReporter(original, ctx), 'x.sarif');
    expect(back.kind).toBe('sarif');
    const noSnippet = <T extends { snippet: string }>(f: T) => ({ ...f, snippet: '' });
    expect(back.result.findings).toEqual(original.findings.map(noSnippet));
    expect(back.result.suppressed).toEqual(original.suppressed.map(noSnippet));
    expect(back.result.errors).toEqual(original.errors);
    expect(back.result.now).toBe(original.now);
    expect(back.result.stats.filesScanned).toBe(original.stats.filesScanned);
    // And written again, the SARIF is the same document.
    expect(sarifReporter(back.result, ctx)).toBe(sarifReporter({ ...original, findings: original.findings.map(noSnippet), suppressed: original.suppressed.map(noSnippet) }, ctx));
  });

  it('recognises JSON results, also behind a byte-order mark', async () => {
    expect(parseResult(jsonReporter(shard1, ctx), 'r.json')).toEqual({ kind: 'json', result: shard1 });
    const io = fakeIO({ files: { '/project/bom.json': '\uFEFF' + JSON.stringify(shard2) } });
    expect(await loadResults(['bom.json'], io)).toEqual([{ path: 'bom.json', kind: 'json', result: shard2 }]);
  });

  it.each([
    ['not json', /bad\.json is not JSON .*expected a timebomb JSON result or SARIF log/],
    ['{"version":1,"findings":[]}', /neither a timebomb JSON result \(--format json\) nor a SARIF log/],
    ['[1,2]', /neither a timebomb JSON result/],
    [JSON.stringify({ ...shard1, version: 2 }), /JSON result version 2 is not supported/],
    [JSON.stringify({ ...shard1, errors: undefined }), /not a complete timebomb JSON result \(no "errors" list\)/],
    [JSON.stringify({ ...shard1, findings: [{ file: 'a' }] }), /a finding without file, line or fingerprint/],
    ['{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"eslint"}},"results":[]}]}', /not a timebomb SARIF log \(run 0 comes from "eslint"\)/],
    ['{"version":"2.1.0","runs":[]}', /not a timebomb SARIF log \(no run\)/],
  ])('rejects %s', (text, message) => {
    expect(() => parseResult(text, 'bad.json')).toThrow(message);
  });

  it('refuses a mix of JSON and SARIF, and unreadable files, naming them', async () => {
    const io = fakeIO({ files: { '/project/a.json': jsonReporter(shard1, ctx), '/project/b.sarif': sarifReporter(shard2, ctx) } });
    await expect(loadResults(['a.json', 'b.sarif'], io)).rejects.toThrow('cannot merge JSON results (a.json) with SARIF logs (b.sarif): give one kind');
    await expect(loadResults(['a.json', 'missing.json'], io)).rejects.toThrow('cannot read missing.json: no such file');
  });
});

describe('timebomb merge (CLI)', () => {
  const catalogue: CatalogueEntry[] = FULL_RULES.map((meta) => ({ meta }));
  const deps: CliDeps<CatalogueEntry> = {
    load: vi.fn(async () => ({ catalogue, scan: async () => { throw new Error('merge never scans'); } })),
    version: '0.1.0',
    rulesDir: '/pkg/rules',
  };
  const files = () => ({
    '/project/s1.json': jsonReporter(shard1, { rules: [], color: false }),
    '/project/s2.json': jsonReporter(shard2, { rules: [], color: false }),
  });

  it('prints the merged report and exits as a scan of everything would', async () => {
    const io = fakeIO({ files: files() });
    expect(await runWith(['merge', 's1.json', 's2.json', '-f', 'json'], io, deps)).toBe(1);
    const merged = JSON.parse(io.out) as ScanResult;
    expect(merged.findings.map((f) => f.fingerprint)).toEqual(['fa1', 'fa2', 'fb1', 'fz1']);
    expect(io.err).toBe('');
    expect(await runWith(['merge', 's1.json', 's2.json', '--fail-on', 'none'], fakeIO({ files: files() }), deps)).toBe(0);
    expect(await runWith(['merge', 's1.json', '--fail-on', 'warning', '-q'], fakeIO({ files: files() }), deps)).toBe(1);
    expect(await runWith(['merge', 's2.json', '--strict', '--fail-on', 'none'], fakeIO({ files: files() }), deps)).toBe(2);
  });

  it('writes SARIF and other formats to files like scan does', async () => {
    const io = fakeIO({ files: files() });
    const code = await runWith(['merge', 's1.json', 's2.json', '-f', 'sarif', '-o', 'all.sarif', '--output-markdown', 'audit.md'], io, deps);
    expect(code).toBe(1);
    expect(io.out).toBe('');
    const sarif = JSON.parse(io.written.get('/project/all.sarif')!) as { runs: { results: unknown[] }[] };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(6);
    expect(io.written.get('/project/audit.md')).toContain('src/a.ts');
  });

  it.each([
    [['merge', 's1.json', 'nope.json'], 'timebomb: cannot read nope.json: no such file\n'],
    [['merge', 's1.json', 's2.json', '-f', 'json,sarif'], /only one format can go to stdout/],
    [['merge'], /missing required argument 'results'/],
  ])('exits 2 on %j', async (argv, message) => {
    const io = fakeIO({ files: files() });
    expect(await runWith(argv, io, deps)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });
});

describe('the README sharding example', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Sharding a monorepo across CI jobs'));
  const workflow = parseYaml(/```yaml\n([\s\S]*?)```/.exec(section)![1]!) as {
    jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { run?: string; uses?: string }[] }>;
  };

  it('is a workflow whose shard jobs and merge job fit together', () => {
    const shards = workflow.jobs.scan!.strategy!.matrix.shard;
    const scanRun = workflow.jobs.scan!.steps.find((s) => s.run?.includes('timebomb scan'))!.run!;
    expect(scanRun).toContain(`--shard \${{ matrix.shard }}/${shards.length}`);
    expect(scanRun).toMatch(/-f json -o timebomb-\$\{\{ matrix.shard \}\}\.json/);
    expect(workflow.jobs.merge!.needs).toBe('scan');
  });

  it('runs its merge command as written', async () => {
    const mergeRun = workflow.jobs.merge!.steps.find((s) => s.run?.includes('timebomb merge'))!.run!;
    const argv = mergeRun.replace(/^npx timebomb /, '').split(/\s+/).flatMap((a) => (a === 'timebomb-*.json' ? ['timebomb-1.json', 'timebomb-2.json'] : [a]));
    const io = fakeIO({
      files: {
        '/project/timebomb-1.json': jsonReporter(shard1, { rules: [], color: false }),
        '/project/timebomb-2.json': jsonReporter(shard2, { rules: [], color: false }),
      },
    });
    const deps: CliDeps<CatalogueEntry> = {
      load: async () => ({ catalogue: FULL_RULES.map((meta) => ({ meta })), scan: async () => { throw new Error('never'); } }),
      version: '0.1.0',
      rulesDir: '/pkg/rules',
    };
    expect(await runWith(argv, io, deps)).toBe(1);
    expect(sarifErrors(JSON.parse(io.written.get('/project/timebomb.sarif')!))).toEqual([]);
    expect(io.written.get('/project/timebomb.md')).toContain('src/a.ts');
  });
});
