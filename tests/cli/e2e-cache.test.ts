/**
 * End to end: `timebomb scan --cache` through the built CLI. A cold and a warm run write the same
 * reports in every format; the cache file appears only with --cache; a corrupt one is replaced
 * with a note; --strict still counts file errors on a warm run.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';

const NOW = ['--now', '2026-11-24'];
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'html'] as const;
let scratch: string;
let demo: string;

function timebomb(args: string[], cwd: string) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return runBuiltCli(args, cwd, env);
}

/** Every format of one run, written to files, with the run time (different each run) blanked. */
async function reportsOf(cwd: string, extra: string[]): Promise<{ code: number | null; stderr: string; reports: Record<string, string> }> {
  const out = await mkdtemp(join(scratch, 'out-'));
  const args = ['scan', '.', ...NOW, '--format', 'text', ...FORMATS.flatMap((f) => [`--output-${f}`, join(out, `report.${f}`)]), ...extra];
  const run = await timebomb(args, cwd);
  const reports: Record<string, string> = { stdout: run.stdout };
  for (const f of FORMATS) reports[f] = await readFile(join(out, `report.${f}`), 'utf8');
  for (const [k, v] of Object.entries(reports)) reports[k] = v.replace(/"durationMs": ?\d+/g, '"durationMs":0').replace(/\d+\.\d\d s\b/g, 'N s');
  return { code: run.code, stderr: run.stderr, reports };
}

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-e2e-cache-'));
  demo = join(scratch, 'demo');
  await cp(join(ROOT, 'test-fixtures/demo'), demo, { recursive: true });
  // Old enough for the stat fast path.
  const past = new Date(Date.now() - 3600_000);
  for (const f of await fg('**/*', { cwd: demo, absolute: true, dot: true })) await utimes(f, past, past);
}, 300_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('timebomb scan --cache (built CLI)', () => {
  it('writes no cache file without --cache', async () => {
    const before = (await readdir(demo)).sort();
    const run = await timebomb(['scan', '.', ...NOW, '--cache-location', 'x.cache'], demo);
    expect(run.code).toBe(1);
    expect((await readdir(demo)).sort()).toEqual(before);
  });

  it('gives the same reports, in every format, cold and warm', async () => {
    const plain = await reportsOf(demo, []);
    const cold = await reportsOf(demo, ['--cache']);
    expect((await readdir(demo))).toContain('.timebombcache');
    const warm = await reportsOf(demo, ['--cache']);
    expect(plain.reports.json).toContain('"ruleId"');
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect(warm.stderr).toBe('');
  });

  it('replaces a corrupt cache with a note on stderr and the same reports', async () => {
    const plain = await reportsOf(demo, []);
    await writeFile(join(demo, '.timebombcache'), 'not a cache');
    const run = await reportsOf(demo, ['--cache']);
    expect(run.stderr).toMatch(/^timebomb: the cache .*\.timebombcache is corrupt; replacing it\n$/);
    expect(run.reports).toEqual(plain.reports);
    expect(run.code).toBe(plain.code);
    const after = await reportsOf(demo, ['--cache']);
    expect(after.stderr).toBe('');
  });

  it('keeps the cache where --cache-location says, and still fails --strict on a file error when warm', async () => {
    const project = join(scratch, 'strict');
    await cp(demo, project, { recursive: true });
    await rm(join(project, '.timebombcache'), { force: true });
    // Cut short mid-call: the file cannot be parsed (and so may hide a time bomb).
    await writeFile(join(project, 'src/broken.js'), "export const END = '2027-01-01';\nif (Date.now() > Date.parse(END)) { throw new Error('expired' ;\n");
    const args = ['scan', '.', ...NOW, '--format', 'json', '--cache', '--cache-location', join(scratch, 'caches/')];
    await mkdir(join(scratch, 'caches'), { recursive: true });
    const cold = await timebomb([...args, '--strict'], project);
    const warm = await timebomb([...args, '--strict'], project);
    expect(cold.code).toBe(2);
    expect(warm.code).toBe(2);
    expect(JSON.parse(warm.stdout).errors).toEqual(JSON.parse(cold.stdout).errors);
    expect(JSON.parse(warm.stdout).errors).toContainEqual(expect.objectContaining({ file: 'src/broken.js', phase: 'parse' }));
    expect(await readdir(join(scratch, 'caches'))).toContain('.timebombcache');
    expect(await readdir(project)).not.toContain('.timebombcache');
  });
});
