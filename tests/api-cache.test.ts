/**
 * `--cache` through the API: a warm scan gives exactly what a cold one gives (every fixture,
 * every report format), a changed constant reaches the unchanged files that import it, results
 * that depend on the exact --now are recomputed, and nothing is written without the option.
 */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, scan } from '../src/api/index.js';
import type { ScanOptions, ScanProgress } from '../src/api/options.js';
import { nodeIO } from '../src/cli/node-io.js';
import type { IO } from '../src/engine/io.js';
import { defineRule, type TextRule } from '../src/engine/rule-api.js';
import { SUPPRESSION_RULES } from '../src/engine/suppressions.js';
import type { ScanResult } from '../src/engine/types.js';
import { REPORTER_NAMES } from '../src/reporters/index.js';
import { reporters } from './helpers/reporters.js';
import { FIXTURE_NOW, REPO } from './helpers/fixtures.js';

const NODE_IO = nodeIO();
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-cache-'));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The real IO in `cwd`, counting the files read (by path). */
function countingIO(cwd: string) {
  const base = { ...NODE_IO, cwd };
  const reads: string[] = [];
  const notes: string[] = [];
  const io: IO = {
    ...base,
    stderr: { write: (t) => void notes.push(t), isTTY: false },
    readFile: (p) => {
      reads.push(p);
      return base.readFile(p);
    },
  };
  return { io, reads, notes };
}

/** Every report format of a result, with the run time (which differs run to run) fixed. */
function allFormats(result: ScanResult): Record<string, string> {
  const fixed = { ...result, stats: { ...result.stats, durationMs: 1234 } };
  const ctx = { rules: [...catalogue.map((r) => r.meta), ...SUPPRESSION_RULES], color: false, quiet: false, cwd: REPO };
  return Object.fromEntries(REPORTER_NAMES.map((name) => [name, reporters[name](fixed, ctx)]));
}

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(scratch, 'p-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
    // Old enough for the stat fast path (files written in the last seconds are hashed instead).
    await utimes(join(dir, rel), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
  }
  return dir;
}

describe('scan with a cache', () => {
  it('gives every fixture exactly the cold result, in every format, from a warm cache', async () => {
    const cacheFile = join(scratch, 'fixtures.cache');
    const options: Partial<ScanOptions> = { paths: ['test-fixtures'], now: FIXTURE_NOW, includeTests: true, threads: 1 };
    const plain = await scan(options, { ...NODE_IO, cwd: REPO });
    const cold = await scan({ ...options, cache: cacheFile }, { ...NODE_IO, cwd: REPO });
    const warm = countingIO(REPO);
    const warmResult = await scan({ ...options, cache: cacheFile }, warm.io);

    expect(plain.findings.length).toBeGreaterThan(200);
    expect(allFormats(cold)).toEqual(allFormats(plain));
    expect(allFormats(warmResult)).toEqual(allFormats(plain));
    // The warm scan read its cache, and hardly any fixture (only those whose stat changed).
    expect(warm.reads.filter((p) => p.includes('test-fixtures')).length).toBeLessThan(plain.stats.filesScanned / 10);
    expect(warm.notes).toEqual([]);
  }, 240_000);

  it('resolves a changed constant into an unchanged importing file on a warm run', async () => {
    const dir = await project({
      'src/limits.ts': "export const TRIAL_ENDS = '2027-01-01';\n",
      'src/gate.ts': [
        "import { TRIAL_ENDS } from './limits';",
        'export function assertTrial() {',
        "  if (Date.now() > new Date(TRIAL_ENDS).getTime()) throw new Error('Trial expired');",
        '}',
        '',
      ].join('\n'),
    });
    const options: Partial<ScanOptions> = { now: FIXTURE_NOW, cache: '.timebombcache' };
    const cold = await scan(options, { ...NODE_IO, cwd: dir });
    const gate = (r: ScanResult) => r.findings.find((f) => f.file === 'src/gate.ts');
    expect(gate(cold)?.trigger?.date).toBe('2027-01-01T00:00:00.000Z');

    await writeFile(join(dir, 'src/limits.ts'), "export const TRIAL_ENDS = '2028-06-01';\n");
    const warm = countingIO(dir);
    const result = await scan(options, warm.io);
    expect(gate(result)?.trigger?.date).toBe('2028-06-01T00:00:00.000Z');
    // gate.ts itself came from the cache; only the changed file was read.
    expect(warm.reads.some((p) => p.endsWith('gate.ts'))).toBe(false);
    expect(warm.reads.some((p) => p.endsWith('limits.ts'))).toBe(true);
    expect(allFormats(result)).toEqual(allFormats(await scan({ now: FIXTURE_NOW }, { ...NODE_IO, cwd: dir })));
  });

  it('reuses the file list of an unchanged tree, and sees files added to or removed from it', async () => {
    const bomb = (name: string) => `export const ${name} = () => Date.now() > Date.parse('2027-03-01');\n`;
    const dir = await project({ 'src/a.ts': bomb('a'), 'src/util/b.ts': 'export const b = 1;\n', 'lib/c.js': 'module.exports = 2;\n' });
    for (const d of ['src/util', 'src', 'lib', '.']) await utimes(join(dir, d), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    // A clock ahead of the file system's: the tree counts as settled (not changed in the last moments).
    const io: IO = { ...NODE_IO, cwd: dir, clock: () => Date.now() + 10_000 };
    const options: Partial<ScanOptions> = { now: FIXTURE_NOW, cache: '.timebombcache' };
    const files = (r: ScanResult) => r.findings.map((f) => f.file);
    const uncached = async () => allFormats(await scan({ now: FIXTURE_NOW }, { ...NODE_IO, cwd: dir }));

    expect(files(await scan(options, io))).toEqual(['src/a.ts']);
    const kept = deserialize(await readFile(join(dir, '.timebombcache'))) as { discovery?: { files: string }[] };
    expect(kept.discovery?.map((m) => m.files.split('\0'))).toEqual([['lib/c.js', 'src/a.ts', 'src/util/b.ts']]);
    expect(allFormats(await scan(options, io))).toEqual(await uncached());

    await writeFile(join(dir, 'src/util/new.ts'), bomb('n'));
    expect(files(await scan(options, io))).toEqual(['src/a.ts', 'src/util/new.ts']);
    await rm(join(dir, 'src/a.ts'));
    const warm = await scan(options, io);
    expect(files(warm)).toEqual(['src/util/new.ts']);
    expect(allFormats(warm)).toEqual(await uncached());
  });

  it('keeps the file list and prefilter choice of scans that take turns with two sets of paths: the cache is not written again', async () => {
    const bomb = (name: string) => `export const ${name} = () => Date.now() > Date.parse('2027-03-01');\n`;
    const dir = await project({ 'src/a.ts': bomb('a'), 'lib/c.js': bomb('c'), 'lib/d.js': 'module.exports = 2;\n' });
    for (const d of ['src', 'lib', '.']) await utimes(join(dir, d), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    const io: IO = { ...NODE_IO, cwd: dir, clock: () => Date.now() + 10_000 };
    const cached = (path: string) => scan({ now: FIXTURE_NOW, cache: '.timebombcache', paths: [path] }, io);
    const cacheBytes = () => readFile(join(dir, '.timebombcache'));
    for (const path of ['src', 'lib']) await cached(path);
    await cached('src');
    const settled = await cacheBytes();
    const kept = deserialize(settled) as { discovery: { key: string }[]; decisions: { files: string[] }[] };
    expect([kept.discovery.length, kept.decisions.map((d) => d.files).sort()]).toEqual([2, [['lib/c.js'], ['src/a.ts']]]);
    for (const path of ['lib', 'src', 'lib']) {
      const result = await cached(path);
      expect(result.findings.map((f) => f.file)).toEqual([path === 'src' ? 'src/a.ts' : 'lib/c.js']);
      expect(allFormats(result)).toEqual(allFormats(await scan({ now: FIXTURE_NOW, paths: [path] }, { ...NODE_IO, cwd: dir })));
      expect((await cacheBytes()).equals(settled)).toBe(true);
    }
  });

  it('recomputes what read the exact --now, and reuses what did not, within the day', async () => {
    const checked: string[] = [];
    const stampRule: TextRule = defineRule({
      target: 'text',
      meta: { id: 'test/stamp', defaultSeverity: 'warning', description: 'test rule', messages: { at: 'seen at {{hour}}', fixed: 'fixed' } },
      files: /\.stamp$/,
      check(ctx) {
        checked.push(ctx.file);
        const span = { line: 1, column: 1, endLine: 1, endColumn: 2 };
        if (ctx.source.includes('clock')) ctx.report({ span, messageId: 'at', data: { hour: new Date(ctx.now).getUTCHours() } });
        else ctx.report({ span, messageId: 'fixed' });
      },
    });
    const dir = await project({ 'a.stamp': 'clock', 'b.stamp': 'plain' });
    const options: Partial<ScanOptions> = { cache: '.timebombcache' };
    const io = { ...NODE_IO, cwd: dir };
    await scan({ ...options, now: FIXTURE_NOW }, io, [stampRule]);
    checked.length = 0;
    const later = await scan({ ...options, now: FIXTURE_NOW + 15 * 3600_000 }, io, [stampRule]);
    expect(later.findings.map((f) => f.message)).toEqual(['seen at 15', 'fixed']);
    expect(checked).toEqual(['a.stamp']);
    // Another day: nothing is reused.
    checked.length = 0;
    await scan({ ...options, now: FIXTURE_NOW + 24 * 3600_000 }, io, [stampRule]);
    expect(checked.sort()).toEqual(['a.stamp', 'b.stamp']);
  });

  it('writes nothing into the scanned tree without the option', async () => {
    const dir = await project({ 'src/a.js': 'export const a = Date.now();\n' });
    await scan({ now: FIXTURE_NOW }, { ...NODE_IO, cwd: dir });
    expect(await readdir(dir)).toEqual(['src']);
    await scan({ now: FIXTURE_NOW, cache: '.timebombcache' }, { ...NODE_IO, cwd: dir });
    expect((await readdir(dir)).sort()).toEqual(['.timebombcache', 'src']);
  });

  it('replaces a corrupt cache with a note and gives the same result', async () => {
    const dir = await project({ 'src/gate.js': "if (Date.now() > Date.parse('2027-01-01')) throw new Error('expired');\n" });
    await writeFile(join(dir, '.timebombcache'), 'garbage that is no cache');
    const first = countingIO(dir);
    const result = await scan({ now: FIXTURE_NOW, cache: '.timebombcache' }, first.io);
    expect(first.notes.join('')).toMatch(/cache .* is corrupt; replacing it/);
    expect(result.findings.map((f) => f.file)).toEqual(['src/gate.js']);
    const second = countingIO(dir);
    expect(allFormats(await scan({ now: FIXTURE_NOW, cache: '.timebombcache' }, second.io))).toEqual(allFormats(result));
    expect(second.notes).toEqual([]);
    expect((await readFile(join(dir, '.timebombcache'))).length).toBeGreaterThan(0);
  });
});

describe('scan with a damaged cache', () => {
  it('reads again the files whose records do not decode, with the same result', async () => {
    const dir = await project({
      'src/limits.ts': "export const TRIAL_ENDS = '2027-01-01';\n",
      'src/gate.ts': "import { TRIAL_ENDS } from './limits';\nif (Date.now() > Date.parse(TRIAL_ENDS)) throw new Error('Trial expired');\n",
      'src/plain.ts': 'export const x = 1;\n',
    });
    const options: Partial<ScanOptions> = { now: FIXTURE_NOW, cache: '.timebombcache' };
    const cold = await scan(options, { ...NODE_IO, cwd: dir });
    // Every record garbled, the arrays that index them intact.
    const file = join(dir, '.timebombcache');
    const content = deserialize(await readFile(file)) as { records: Uint8Array };
    content.records.fill(0xff);
    await writeFile(file, serialize(content));
    expect(allFormats(await scan(options, { ...NODE_IO, cwd: dir }))).toEqual(allFormats(cold));
    // The records that did not decode were dropped, and are cached again by the next run.
    expect(allFormats(await scan(options, { ...NODE_IO, cwd: dir }))).toEqual(allFormats(cold));
    const repaired = countingIO(dir);
    expect(allFormats(await scan(options, repaired.io))).toEqual(allFormats(cold));
    expect(repaired.reads.filter((p) => p.includes('/src/'))).toEqual([]);
  });
});

describe('scan progress', () => {
  it('reports reading and analysing, file by file, up to the totals', async () => {
    const events: ScanProgress[] = [];
    const result = await scan({ paths: ['test-fixtures/demo'], now: FIXTURE_NOW, onProgress: (p) => events.push({ ...p }) }, { ...NODE_IO, cwd: REPO });
    const reading = events.filter((e) => e.phase === 'reading');
    const analysing = events.filter((e) => e.phase === 'analysing');
    expect(reading.map((e) => e.done)).toEqual(reading.map((_, i) => i + 1));
    expect(reading.at(-1)!.done).toBe(reading[0]!.total);
    expect(analysing.length).toBeGreaterThan(0);
    expect(analysing.at(-1)!.done).toBe(analysing[0]!.total);
    // Reading comes first, then analysing.
    expect(events.findIndex((e) => e.phase === 'analysing')).toBe(reading.length);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
