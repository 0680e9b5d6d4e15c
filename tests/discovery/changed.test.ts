/**
 * Diff-aware scanning on real, temporary git repositories: `--changed-since <ref>` and
 * `--staged` through the built CLI, and the git queries of src/discovery/changed.ts directly.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedFiles, GitError } from '../../src/discovery/changed.js';
import type { ScanResult } from '../../src/engine/types.js';
import { ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = ['--now', '2026-11-24'];

/** The environment of every child: no GIT_* inherited (a hook running these tests sets GIT_DIR, GIT_INDEX_FILE). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'FORCE_COLOR') env[k] = v;
  return {
    ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: tmpdir(),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  };
}

function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: childEnv() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr}`));
      else resolvePromise(stdout);
    });
  });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function timebomb(cwd: string, args: string[]): Promise<Run> {
  return runBuiltCli(args, cwd, childEnv());
}

/** Scans with --format json; returns the exit code and the files holding findings. */
async function scanJson(cwd: string, args: string[]): Promise<{ code: number | null; files: string[]; result: ScanResult; stderr: string }> {
  const r = await timebomb(cwd, ['scan', '--format', 'json', ...NOW, ...args]);
  expect(r.stderr).toBe('');
  const result = JSON.parse(r.stdout) as ScanResult;
  return { code: r.code, files: [...new Set(result.findings.map((f) => f.file))].sort(), result, stderr: r.stderr };
}


beforeAll(() => {
  ensureBuilt();
}, 180_000);

let repo: string;

beforeEach(async () => {
  repo = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-changed-')));
  await git(repo, 'init', '-q', '-b', 'main');
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, rel)), { recursive: true });
    await writeFile(join(repo, rel), content);
  }
}

async function commit(files: Record<string, string>, message = 'change'): Promise<void> {
  await write(files);
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-q', '-m', message);
}

/** A release-blocking expiry check on `date`, reading the clock in the file itself. */
const bomb = (date: string, fn = 'check') => `export function ${fn}() {
  if (Date.now() > new Date('${date}').getTime()) {
    throw new Error('This beta build has expired');
  }
}
`;

const HARMLESS = `export function greet(name) {
  return 'hello ' + name;
}
`;

const IMPORTER = `import { BETA_ENDS } from './constants.js';

export function guard() {
  if (Date.now() > new Date(BETA_ENDS).getTime()) {
    throw new Error('This beta build has expired');
  }
}
`;

describe('--changed-since', () => {
  beforeEach(async () => {
    await commit({
      'src/old.js': bomb('2025-01-01'),
      'src/constants.js': "export const BETA_ENDS = '2027-03-01';\n",
      'src/app.js': HARMLESS,
      '.gitignore': 'generated/\n',
    }, 'initial');
    await git(repo, 'checkout', '-q', '-b', 'feature');
  });

  it('fails on a new time bomb in a changed file and leaves the old one in an unchanged file out', async () => {
    await commit({ 'src/trial.js': bomb('2027-06-01', 'trialCheck') });
    const r = await scanJson(repo, ['--changed-since', 'main']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['src/trial.js']);
    expect(r.result.stats.filesScanned).toBe(1);

    // The full scan sees both.
    const full = await scanJson(repo, []);
    expect(full.files).toEqual(['src/old.js', 'src/trial.js']);
  });

  it('passes when the changes hold no time bomb, whatever the unchanged files hold', async () => {
    await commit({ 'src/app.js': HARMLESS + 'export const answer = 42;\n' });
    const r = await scanJson(repo, ['--changed-since', 'main']);
    expect(r.code).toBe(0);
    expect(r.result.findings).toEqual([]);
  });

  it('resolves an expiry constant imported from an unchanged file', async () => {
    await commit({ 'src/app.js': IMPORTER });
    const r = await scanJson(repo, ['--changed-since', 'main']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['src/app.js']);
    expect(r.result.findings[0]!.trigger?.date).toBe('2027-03-01T00:00:00.000Z');
  });

  it('counts uncommitted and untracked changes, but not ignored files', async () => {
    await write({
      'src/app.js': bomb('2027-02-01', 'edited'), // modified, not committed
      'src/fresh.js': bomb('2027-04-01', 'fresh'), // untracked
      'generated/out.js': bomb('2027-05-01', 'generated'), // untracked but ignored
    });
    const r = await scanJson(repo, ['--changed-since', 'main']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['src/app.js', 'src/fresh.js']);
  });

  it('compares with the merge-base, not with the tip of the ref', async () => {
    await commit({ 'src/trial.js': bomb('2027-06-01', 'trialCheck') });
    // main moves on after the branch point: its new file is no change of this branch.
    await git(repo, 'checkout', '-q', 'main');
    await commit({ 'src/mainline.js': bomb('2027-07-01', 'mainline') });
    await git(repo, 'checkout', '-q', 'feature');
    const r = await scanJson(repo, ['--changed-since', 'main']);
    expect(r.files).toEqual(['src/trial.js']);
  });

  it('still applies excludes, test skipping and the paths given', async () => {
    await commit({
      'src/trial.js': bomb('2027-06-01', 'trialCheck'),
      'lib/other.js': bomb('2027-06-02', 'other'),
      'tests/expiry.test.js': bomb('2027-06-03', 'inTest'),
      'src/notes.md': 'if (Date.now() > new Date("2027-01-01")) throw 1\n',
    });
    expect((await scanJson(repo, ['--changed-since', 'main'])).files).toEqual(['lib/other.js', 'src/trial.js']);
    expect((await scanJson(repo, ['--changed-since', 'main', 'src'])).files).toEqual(['src/trial.js']);
    expect((await scanJson(repo, ['--changed-since', 'main', '--exclude', 'lib/**'])).files).toEqual(['src/trial.js']);
  });

  it('ignores deleted files and follows renames', async () => {
    await git(repo, 'mv', 'src/old.js', 'src/renamed.js');
    await git(repo, 'rm', '-q', 'src/constants.js');
    await git(repo, 'commit', '-q', '-m', 'move');
    const r = await scanJson(repo, ['--changed-since', 'main']);
    // A pure rename keeps the old time bomb; it is listed under its new name.
    expect(r.files).toEqual(['src/renamed.js']);
  });

  it('works from a subdirectory: paths are relative to the working directory', async () => {
    await commit({ 'src/trial.js': bomb('2027-06-01', 'trialCheck'), 'lib/other.js': bomb('2027-06-02', 'other') });
    const r = await scanJson(join(repo, 'src'), ['--changed-since', 'main']);
    expect(r.files).toEqual(['trial.js']);
    expect(await changedFiles(join(repo, 'src'), { changedSince: 'main' })).toEqual(['../lib/other.js', 'trial.js']);
  });

  it('with a baseline: a new time bomb in a changed file fails, the baselined one beside it does not', async () => {
    await git(repo, 'checkout', '-q', 'main');
    const written = await timebomb(repo, ['scan', ...NOW, '--write-baseline', '.timebomb-baseline.json']);
    expect(written.code).toBe(0);
    await commit({}, 'baseline');
    await git(repo, 'checkout', '-q', 'feature');
    await git(repo, 'merge', '-q', '--ff-only', 'main');

    // 20 lines inserted above the old time bomb: its fingerprint holds.
    const shifted = '// note\n'.repeat(20) + bomb('2025-01-01');
    await commit({ 'src/old.js': shifted });
    const quiet = await scanJson(repo, ['--changed-since', 'main', '--baseline', '.timebomb-baseline.json']);
    expect(quiet.code).toBe(0);
    expect(quiet.result.findings).toEqual([]);
    expect(quiet.result.suppressed.map((s) => s.file)).toEqual(['src/old.js']);

    await commit({ 'src/old.js': shifted + bomb('2027-05-01', 'trialCheck') });
    const loud = await scanJson(repo, ['--changed-since', 'main', '--baseline', '.timebomb-baseline.json']);
    expect(loud.code).toBe(1);
    expect(loud.result.findings.map((f) => [f.file, f.trigger?.date])).toEqual([['src/old.js', '2027-05-01T00:00:00.000Z']]);
    expect(loud.result.suppressed).toHaveLength(1);
  });

  it('exits 2 with a clear message for an unknown ref', async () => {
    const r = await timebomb(repo, ['scan', ...NOW, '--changed-since', 'no-such-branch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^timebomb: cannot compare with 'no-such-branch': .*no-such-branch/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a ref that would read as an option, and for unrelated histories', async () => {
    const dash = await timebomb(repo, ['scan', ...NOW, '--changed-since=--output=x']);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain("invalid git ref '--output=x'");

    await git(repo, 'checkout', '-q', '--orphan', 'island');
    await commit({ 'src/island.js': HARMLESS });
    const r = await timebomb(repo, ['scan', ...NOW, '--changed-since', 'main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no common ancestor');
  });

  it('rejects --changed-since together with --staged', async () => {
    const r = await timebomb(repo, ['scan', ...NOW, '--changed-since', 'main', '--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot be used with');
  });
});

describe('--staged', () => {
  beforeEach(async () => {
    await commit({
      'src/old.js': bomb('2025-01-01'),
      'src/constants.js': "export const BETA_ENDS = '2027-03-01';\n",
      'src/app.js': HARMLESS,
    }, 'initial');
  });

  it('judges the staged content, not the working tree: a staged time bomb edited away still fails', async () => {
    await write({ 'src/app.js': bomb('2027-02-01', 'staged') });
    await git(repo, 'add', 'src/app.js');
    await write({ 'src/app.js': HARMLESS + '// cleaned up, but not staged\n' });
    const r = await scanJson(repo, ['--staged']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['src/app.js']);
    expect(r.result.findings[0]!.trigger?.date).toBe('2027-02-01T00:00:00.000Z');
    expect(r.result.findings[0]!.line).toBe(2);
  });

  it('and the reverse: a time bomb only in the working tree does not fail the commit', async () => {
    await write({ 'src/app.js': HARMLESS + 'export const staged = true;\n' });
    await git(repo, 'add', 'src/app.js');
    await write({ 'src/app.js': bomb('2027-02-01', 'unstaged') });
    const r = await scanJson(repo, ['--staged']);
    expect(r.code).toBe(0);
    expect(r.result.findings).toEqual([]);
    expect(r.result.stats.filesScanned).toBe(1);
  });

  it('scans only staged files: untracked and unstaged ones are left out', async () => {
    await write({ 'src/fresh.js': bomb('2027-04-01', 'fresh'), 'src/constants.js': "export const BETA_ENDS = 'soon';\n" });
    const r = await scanJson(repo, ['--staged']);
    expect(r.code).toBe(0);
    expect(r.result.stats.filesScanned).toBe(0);
  });

  it('resolves imported constants from the index, not from the working tree', async () => {
    await write({ 'src/app.js': IMPORTER });
    await git(repo, 'add', 'src/app.js');
    // An unstaged edit of the constants file is not part of the commit.
    await write({ 'src/constants.js': "export const BETA_ENDS = '2031-12-31';\n" });
    const r = await scanJson(repo, ['--staged']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual(['src/app.js']);
    expect(r.result.findings[0]!.trigger?.date).toBe('2027-03-01T00:00:00.000Z');

    // Staging the constants file too: its staged value wins, and it is scanned itself.
    await write({ 'src/constants.js': "export const BETA_ENDS = '2028-08-08';\n" });
    await git(repo, 'add', 'src/constants.js');
    await write({ 'src/constants.js': "export const BETA_ENDS = 'later';\n" });
    const again = await scanJson(repo, ['--staged']);
    expect(again.result.findings.map((f) => f.trigger?.date)).toEqual(['2028-08-08T00:00:00.000Z']);
  });

  it('does not resolve an import of a file that is not in the index', async () => {
    await write({ 'src/app.js': IMPORTER.replace("'./constants.js'", "'./local-only.js'"), 'src/local-only.js': "export const BETA_ENDS = '2027-03-01';\n" });
    await git(repo, 'add', 'src/app.js');
    const r = await scanJson(repo, ['--staged']);
    expect(r.code).toBe(0);
  });

  it('applies a committed baseline to the staged content', async () => {
    expect((await timebomb(repo, ['scan', ...NOW, '--write-baseline', '.timebomb-baseline.json'])).code).toBe(0);
    await commit({}, 'baseline');
    await write({ 'src/old.js': '// note\n'.repeat(20) + bomb('2025-01-01') });
    await git(repo, 'add', 'src/old.js');
    const quiet = await scanJson(repo, ['--staged', '--baseline', '.timebomb-baseline.json']);
    expect(quiet.code).toBe(0);
    expect(quiet.result.suppressed).toHaveLength(1);

    await write({ 'src/old.js': bomb('2025-01-01') + bomb('2027-05-01', 'trialCheck') });
    await git(repo, 'add', 'src/old.js');
    const loud = await scanJson(repo, ['--staged', '--baseline', '.timebomb-baseline.json']);
    expect(loud.code).toBe(1);
    expect(loud.result.findings.map((f) => f.trigger?.date)).toEqual(['2027-05-01T00:00:00.000Z']);
  });

  it('works in a repository without commits', async () => {
    const fresh = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-fresh-')));
    try {
      await git(fresh, 'init', '-q', '-b', 'main');
      await writeFile(join(fresh, 'index.js'), bomb('2027-01-15'));
      await git(fresh, 'add', 'index.js');
      const r = await scanJson(fresh, ['--staged']);
      expect(r.code).toBe(1);
      expect(r.files).toEqual(['index.js']);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});

describe('outside a git repository', () => {
  it('exits 2 with a clear message', async () => {
    const plain = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-nogit-')));
    try {
      await writeFile(join(plain, 'a.js'), bomb('2027-01-15'));
      for (const flags of [['--staged'], ['--changed-since', 'main']]) {
        const r = await timebomb(plain, ['scan', ...NOW, ...flags]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^timebomb: .* is not inside a git repository/);
      }
      await expect(changedFiles(plain, { staged: true })).rejects.toBeInstanceOf(GitError);
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
