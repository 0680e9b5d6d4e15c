/**
 * Sharding changes where the work runs, never the report: a tree scanned as n shards and merged
 * gives the unsharded scan's JSON result (except its duration) and the same SARIF document.
 * Once through the built CLI on a small project whose time bomb takes its clock and its date from
 * files of two other shards, once in-process over every fixture project.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, scan } from '../../src/api/index.js';
import { mergeResults, parseResult } from '../../src/cli/merge.js';
import { nodeIO } from '../../src/cli/node-io.js';
import { shardOf } from '../../src/discovery/shard.js';
import { SUPPRESSION_RULES } from '../../src/engine/suppressions.js';
import type { ScanResult } from '../../src/engine/types.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { ROOT, ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';
import { sarifErrors } from '../reporters/sarif-schema.js';

const NOW = ['--now', '2026-11-24'];
const SHARDS = 3;

const PROJECT: Record<string, string> = {
  // The trigger is here; its clock and its date come from files of the two other shards.
  'src/app/trial.js': `import { nowSec } from '../lib/clock.js';
import { TRIAL_END } from '../lib/constants.js';

export function assertTrial() {
  if (nowSec() > TRIAL_END) throw new Error('trial expired');
}
`,
  'src/lib/clock.js': 'export const nowSec = () => Math.floor(Date.now() / 1000);\n',
  'src/lib/constants.js': 'export const TRIAL_END = Date.UTC(2027, 2, 1) / 1000;\n',
  'src/app/beta.ts': `export function betaGate(): void {
  // timebomb-ignore-next-line js/hardcoded-expiry -- internal beta channel only, removed in REL-42
  if (Date.now() > Date.parse('2027-06-01')) throw new Error('beta expired');
}
// timebomb-ignore-next-line js/calendar-check -- covers nothing
export const x = 1;
`,
  'src/app/banner.js': "export const showBanner = () => new Date().getFullYear() >= 2028 && console.log('sunset');\n",
  'src/app/broken.js': "if (Date.now() > 1798761600000) {\n  throw new Error('expired');\n",
  'src/pkg/a.js': "import { END } from './b.js';\nexport const ok = () => Date.now() < END || process.exit(1);\n",
  'src/pkg/b.js': "export const END = new Date('2026-12-24T00:00:00Z').getTime();\n",
  'src/pkg/c.js': "export const licence = () => { if (new Date() > new Date(2030, 0, 1)) throw new Error('licence expired'); };\n",
  'src/old/gone.js': "if (Date.now() > 1798761600000) throw new Error('expired');\n",
};

/** On disk when the baseline is written; the rest of the project comes after. */
const BASELINED = ['src/old/gone.js', 'src/pkg/c.js'];

let dir: string;

async function put(files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), PROJECT[file]!);
  }
}

async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return runBuiltCli(args, dir, env);
}

const withoutDuration = (r: ScanResult) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'timebomb-shards-'));
  await put(BASELINED);
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('--shard and merge through the built CLI', () => {
  it('merges n shards into exactly the unsharded JSON and SARIF, with the same exit code', async () => {
    // The cross-shard case this test is about: trigger, clock and date in three different shards.
    expect(new Set(['src/app/trial.js', 'src/lib/clock.js', 'src/lib/constants.js'].map((f) => shardOf(f, SHARDS))).size).toBe(3);
    // A baseline with an entry for a file deleted since: stale in exactly one shard.
    // Only src/ is scanned: the reports written next to it are not part of the project.
    expect((await cli(['scan', 'src', ...NOW, '--write-baseline', 'baseline.json', '-q', '--fail-on', 'none'])).code).toBe(0);
    await put(Object.keys(PROJECT).filter((f) => !BASELINED.includes(f)));
    await rm(join(dir, 'src/old/gone.js'));

    const common = ['src', ...NOW, '--baseline', 'baseline.json', '--report-unused-suppressions'];
    const whole = await cli(['scan', ...common, '-f', 'json', '-o', 'all.json', '--output-sarif', 'all.sarif']);
    expect(whole.code).toBe(1);
    const shardCodes: (number | null)[] = [];
    for (let i = 1; i <= SHARDS; i++) {
      const r = await cli(['scan', ...common, '--shard', `${i}/${SHARDS}`, '-f', 'json', '-o', `s${i}.json`, '--output-sarif', `s${i}.sarif`]);
      // Only the shard that owns the deleted file lists its stale baseline entry.
      expect(r.stderr).not.toMatch(/^timebomb: (?!1 stale baseline entry in baseline\.json)/m);
      expect(r.stderr.includes('src/old/gone.js')).toBe(shardOf('src/old/gone.js', SHARDS) === i);
      shardCodes.push(r.code);
    }
    const jsonMerge = await cli(['merge', ...Array.from({ length: SHARDS }, (_, i) => `s${i + 1}.json`), '-f', 'json', '-o', 'merged.json']);
    const sarifMerge = await cli(['merge', ...Array.from({ length: SHARDS }, (_, i) => `s${i + 1}.sarif`), '--format', 'sarif', '--output', 'merged.sarif']);
    expect([jsonMerge.stderr, sarifMerge.stderr]).toEqual(['', '']);
    expect([jsonMerge.code, sarifMerge.code]).toEqual([whole.code, whole.code]);

    const all = JSON.parse(await readFile(join(dir, 'all.json'), 'utf8')) as ScanResult;
    const merged = JSON.parse(await readFile(join(dir, 'merged.json'), 'utf8')) as ScanResult;
    expect(withoutDuration(merged)).toEqual(withoutDuration(all));
    // The unsharded result holds every case the merge must carry over.
    expect(all.findings.map((f) => f.file)).toEqual(expect.arrayContaining(['src/app/trial.js', 'src/pkg/a.js', 'src/app/beta.ts']));
    expect(all.findings.find((f) => f.file === 'src/app/trial.js')?.trigger?.date).toBe('2027-03-01T00:00:00.000Z');
    expect(all.suppressed.map((s) => [s.file, s.suppression.kind])).toEqual([['src/app/beta.ts', 'inline'], ['src/pkg/c.js', 'baseline']]);
    expect(all.errors.map((e) => [e.file, e.phase])).toEqual([['src/app/broken.js', 'parse']]);
    expect(all.baseline?.stale.map((e) => e.file)).toEqual(['src/old/gone.js']);
    expect(all.stats.filesScanned).toBe(Object.keys(PROJECT).length - 1);

    // Each shard reported only its own files; the trial check was found by the shard that owns it.
    const trialShard = shardOf('src/app/trial.js', SHARDS);
    for (let i = 1; i <= SHARDS; i++) {
      const part = JSON.parse(await readFile(join(dir, `s${i}.json`), 'utf8')) as ScanResult;
      for (const f of [...part.findings, ...part.suppressed]) expect(shardOf(f.file, SHARDS)).toBe(i);
      expect(part.findings.some((f) => f.file === 'src/app/trial.js')).toBe(i === trialShard);
    }
    expect(shardCodes).toContain(1);

    const allSarif = await readFile(join(dir, 'all.sarif'), 'utf8');
    const mergedSarif = await readFile(join(dir, 'merged.sarif'), 'utf8');
    expect(sarifErrors(JSON.parse(mergedSarif))).toEqual([]);
    expect(mergedSarif).toBe(allSarif);
  }, 120_000);
});

describe('--shard over every fixture project (in-process)', () => {
  it('gives, merged, the unsharded result and SARIF', async () => {
    const io = { ...nodeIO(), cwd: ROOT };
    const options = { paths: ['test-fixtures'], now: Date.UTC(2026, 10, 24), includeTests: true, threads: 1 };
    const whole = await scan(options, io);
    const parts: ScanResult[] = [];
    for (let index = 1; index <= SHARDS; index++) parts.push(await scan({ ...options, shard: { index, count: SHARDS } }, io));
    expect(whole.findings.length).toBeGreaterThan(200);
    for (const part of parts) expect(part.findings.length).toBeLessThan(whole.findings.length);

    const merged = mergeResults(parts.map((result, i) => ({ path: `s${i + 1}.json`, kind: 'json' as const, result }))).result;
    expect(withoutDuration(merged)).toEqual(withoutDuration(whole));

    const ctx = { rules: [...catalogue.map((r) => r.meta), ...SUPPRESSION_RULES], color: false, cwd: ROOT };
    const fromSarif = mergeResults(parts.map((result, i) => ({ path: `s${i + 1}.sarif`, ...parseResult(sarifReporter(result, ctx), `s${i + 1}.sarif`) }))).result;
    const sarif = sarifReporter(fromSarif, ctx);
    expect(sarifErrors(JSON.parse(sarif))).toEqual([]);
    expect(sarif).toBe(sarifReporter(whole, ctx));
  }, 120_000);
});
