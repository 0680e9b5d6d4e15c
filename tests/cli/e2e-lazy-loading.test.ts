/**
 * A cached scan of an unchanged tree needs none of the libraries for globs, .gitignore files,
 * config formats or parsing code, and loads none of them (each costs milliseconds of a scan that
 * takes a few hundred). Checked on the built CLI: a preloaded probe lists the CommonJS modules at
 * exit.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, runBuiltCli } from '../helpers/built-cli.js';

const NOW = '2026-11-24';
const LIBRARIES = ['picomatch', 'ignore', 'yaml', 'smol-toml', 'jsonc-parser', 'ajv', '@babel/parser', '@babel/traverse', 'chalk'];

let dir: string;
let probe: string;

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'timebomb-lazy-'));
  const files: Record<string, string> = {
    'src/license.js': "export const expired = () => Date.now() > Date.parse('2027-03-01');\n",
    'src/util/format.js': 'export const pad = (s) => String(s).padStart(2, "0");\n',
    'lib/old.js': "module.exports = () => new Date() > new Date('2026-12-31');\n",
  };
  const hourAgo = new Date(Date.now() - 3600_000);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
    await utimes(join(dir, rel), hourAgo, hourAgo);
  }
  // The probe lives outside the scanned tree.
  probe = join(await mkdtemp(join(tmpdir(), 'timebomb-probe-')), 'probe.mjs');
  await writeFile(probe, [
    "import { createRequire } from 'node:module';",
    'const cache = createRequire(import.meta.url).cache;',
    "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(cache)) + '\\n'));",
    '',
  ].join('\n'));
  // A directory changed in the last two seconds is not trusted to keep the file list (a second
  // change within the same clock tick would go unseen): let the new tree settle first.
  await new Promise((resolve) => setTimeout(resolve, 2100));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (probe) await rm(dirname(probe), { recursive: true, force: true });
});

/** The built CLI with the probe preloaded: its exit code, stdout, and the libraries it loaded. */
function probedScan(args: string[]): Promise<{ code: number | null; stdout: string; loaded: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(probe).href, join(ROOT, 'bin/timebomb.js'), 'scan', ...args], {
      cwd: dir, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stderr.split('\n').find((l) => l.startsWith('LOADED '));
      const modules = line ? (JSON.parse(line.slice('LOADED '.length)) as string[]) : [];
      // Code modules only: reading a package's package.json (for its version) loads none of its code.
      const code_ = modules.filter((m) => !m.endsWith('.json'));
      resolve({ code, stdout, loaded: LIBRARIES.filter((lib) => code_.some((m) => m.includes(`/node_modules/${lib}/`))) });
    });
  });
}

describe('what a scan loads', () => {
  it('loads no glob, config or code-parsing library for a cached scan of an unchanged tree', async () => {
    // The cache file is written into the scanned directory (the default): saving it must not
    // make the next scan walk the tree again.
    const args = ['--now', NOW, '--format', 'json', '--cache'];
    const cold = await runBuiltCli(['scan', ...args], dir, { ...process.env, CI: 'true' });
    expect(cold.code).toBe(1);
    for (let run = 0; run < 2; run++) {
      const warm = await probedScan(args);
      expect(warm.code).toBe(1);
      expect(JSON.parse(warm.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['lib/old.js', 'src/license.js']);
      expect(warm.loaded).toEqual([]);
    }
  });

  it('loads the glob library when the scan is given globs (the probe sees what loads)', async () => {
    const run = await probedScan(['--now', NOW, '--format', 'json', '--exclude', 'lib/**']);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['src/license.js']);
    expect(run.loaded).toContain('picomatch');
    // A walk reads .gitignore files (none here: the matcher is built all the same).
    expect(run.loaded).toContain('ignore');
    expect(run.loaded).toContain('@babel/parser');
  });
});
