/**
 * Nothing from the scanned repository is ever executed, imported or required. The repository in
 * tests/never-executed/project holds scripts, JS/TS config files of every common tool, ESM and
 * CommonJS modules, a package in node_modules, a tsconfig plugin, NODE_OPTIONS in .env files and
 * YAML with code-constructing tags; each leaves an EXECUTED-* marker and throws if run. It is
 * scanned through the built CLI with every option `timebomb scan --help` lists, and no marker may
 * appear. (Each file also holds a time bomb, so the scan is seen to read them as text.)
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/engine/types.js';
import { ensureBuilt, runBuiltCli, type CliRun } from './helpers/built-cli.js';

const FIXTURE = join(import.meta.dirname, 'never-executed', 'project');
const NOW = '2026-11-24';

/**
 * Runs that together use every option of `scan`. An option the CLI does not have (yet) is left
 * out of a run; an option the CLI has that no run uses fails the coverage test below.
 */
const RUNS: string[][][] = [
  [
    ['--now', NOW], ['--include-tests'], ['--no-gitignore'], ['--report-unused-suppressions'], ['--strict'], ['--max-file-size', '10mb'],
    ['--format', 'json'], ['--output-text', 'out/t.txt'], ['--output-sarif', 'out/r.sarif'], ['--output-github', 'out/g.txt'],
    ['--output-markdown', 'out/m.md'], ['--output-html', 'out/h.html'], ['--fail-on', 'note'], ['--config', '.timebombrc.yaml'],
    ['--write-baseline', 'out/baseline.json'], ['--profile', 'release'], ['--define', '__BETA__=true'], ['--build-date', '2026-11-01'],
    ['--horizon', '18m'], ['--cache'], ['--cache-location', 'out/cache'],
  ],
  [
    ['src'], ['--now', NOW], ['--baseline', 'out/baseline.json'], ['--prune-baseline'], ['--no-inline-suppressions'], ['--include', 'src/**'],
    ['--exclude', 'src/none/**'], ['--quiet'], ['--no-color'], ['--no-config'], ['--format', 'sarif'], ['--output', 'out/x.sarif'],
    ['--output-json', 'out/x.json'],
  ],
  [['--now', NOW], ['--changed-since', 'HEAD'], ['--shard', '1/2'], ['--format', 'github'], ['--include-tests'], ['--threads', '2']],
  [['--now', NOW], ['--staged'], ['--config-from-ref', 'HEAD'], ['--shard', '2/2'], ['--format', 'markdown'], ['--include-tests']],
  // Configs written to trick unsafe loaders: refused as invalid (exit 2), never evaluated.
  [['--now', NOW], ['--config', 'evil-config.yaml'], ['--format', 'html']],
  [['--now', NOW], ['--config', 'evil-config.json'], ['--format', 'text'], ['--include-tests'], ['--no-gitignore']],
];
/** The runs that must complete a scan (the others stop at their invalid config). */
const SCANNING_RUNS = 4;

let dir: string;
let scanOptions: string[];

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'FORCE_COLOR' && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: tmpdir() };
}

function git(...args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, env: childEnv() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr}`));
      else resolvePromise(stdout);
    });
  });
}

function timebomb(args: string[]): Promise<CliRun> {
  return runBuiltCli(args, dir, childEnv());
}

/** Every EXECUTED-* marker anywhere under the project (there must be none). */
async function markers(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => /(^|[/\\])EXECUTED-/.test(e)).sort();
}

beforeAll(async () => {
  ensureBuilt();
  dir = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-never-executed-')));
  await cp(FIXTURE, dir, { recursive: true });
  // git would not keep a node_modules directory in this repository's own history.
  await rename(join(dir, '_node_modules'), join(dir, 'node_modules'));
  await mkdir(join(dir, 'out'));
  await git('init', '-q');
  await git('add', '-A', '-f');
  await git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  // A staged and an unstaged change, for --staged and --changed-since.
  await writeFile(join(dir, 'src/index.js'), `${await readText('src/index.js')}exports.late = () => Date.now() > Date.parse('2027-05-01') && process.exit(2);\n`);
  await git('add', 'src/index.js');
  await writeFile(join(dir, 'src/app.ts'), `${await readText('src/app.ts')}export const later = (): boolean => Date.now() > Date.parse('2027-07-01');\n`);
  const help = await timebomb(['scan', '--help']);
  scanOptions = [...new Set(help.stdout.match(/--[a-z][a-z-]*/g) ?? [])].filter((o) => o !== '--help' && o !== '--version').sort();
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function readText(file: string): Promise<string> {
  return readFile(join(dir, file), 'utf8');
}

describe('nothing from the scanned repository is executed', () => {
  it('the runs below use every option of scan', () => {
    expect(scanOptions.length).toBeGreaterThan(25);
    const used = new Set(RUNS.flat().map((group) => group[0]!));
    expect(scanOptions.filter((o) => !used.has(o)), 'add these options to RUNS in tests/robustness-never-executed.test.ts').toEqual([]);
  });

  it('the fixture would leave markers if run (checked with node itself, outside timebomb)', async () => {
    const run = await new Promise<{ code: number | null }>((resolvePromise) => {
      execFile(process.execPath, [join(dir, 'src/index.js')], { cwd: dir, env: childEnv() }, (error) => resolvePromise({ code: error ? 1 : 0 }));
    });
    expect(run.code).toBe(1);
    expect(await markers()).toEqual(['EXECUTED-index']);
    await rm(join(dir, 'EXECUTED-index'));
  });

  it.each(RUNS.map((run, i) => [i + 1, run] as const))('run %i leaves no marker', async (n, groups) => {
    const args = groups.filter((g) => g[0]!.startsWith('--') ? scanOptions.includes(g[0]!) : true).flat();
    const run = await timebomb(['scan', ...args]);
    expect(n <= SCANNING_RUNS ? [0, 1] : [2], `exit code of timebomb scan ${args.join(' ')}\n${run.stderr}`).toContain(run.code);
    expect(run.stderr).not.toMatch(/timebomb executed/);
    expect(await markers()).toEqual([]);
  }, 120_000);

  it('read the files as text: their time bombs are found', async () => {
    const run = await timebomb(['scan', '--now', NOW, '--format', 'json', '--no-config', '--include-tests']);
    const result = JSON.parse(run.stdout) as ScanResult;
    const files = new Set(result.findings.map((f) => f.file));
    for (const file of ['src/index.js', 'src/esm.mjs', 'src/app.ts', 'src/component.jsx', 'tests/expiry.test.js']) expect(files).toContain(file);
    // Constants from modules that would throw if required or imported.
    const dates = (file: string) => result.findings.filter((f) => f.file === file).map((f) => f.trigger?.date.slice(0, 10));
    expect(dates('src/esm.mjs')).toEqual(['2027-06-01']);
    expect(dates('src/app.ts')).toContain('2027-09-01');
    expect(dates('src/index.js')).toEqual(expect.arrayContaining(['2027-03-01', '2027-01-31']));
    expect(await markers()).toEqual([]);
  }, 120_000);
});
