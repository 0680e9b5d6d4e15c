import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitRefReader, isSafeRef, type GitRunner } from '../../src/config/git-ref.js';

describe('gitRefReader (fake git)', () => {
  it('refuses refs that git would read as options, before running anything', async () => {
    const calls: string[][] = [];
    const git: GitRunner = async (args) => (calls.push(args), '');
    expect(isSafeRef('origin/main')).toBe(true);
    expect(isSafeRef('HEAD~1')).toBe(true);
    for (const ref of ['--output=/tmp/x', '-c', '', 'main\nx']) {
      expect(isSafeRef(ref)).toBe(false);
      await expect(gitRefReader(ref, '/repo', git)).rejects.toThrow(/is not a git revision/);
    }
    expect(calls).toEqual([]);
  });

  it('verifies the ref, then reads a path relative to the working directory, or says it is absent', async () => {
    const calls: string[][] = [];
    const git: GitRunner = async (args) => {
      calls.push(args);
      if (args[0] === 'cat-file' && args[2] === 'main:./missing.json') throw new Error('fatal: path does not exist');
      return args[0] === 'show' ? '{"failOn":"none"}' : '';
    };
    const read = await gitRefReader('main', '/repo', git);
    expect(await read('.timebombrc.json')).toBe('{"failOn":"none"}');
    expect(await read('missing.json')).toBeUndefined();
    expect(calls).toEqual([
      ['rev-parse', '--verify', '--quiet', 'main^{commit}'],
      ['cat-file', '-e', 'main:./.timebombrc.json'],
      ['show', 'main:./.timebombrc.json'],
      ['cat-file', '-e', 'main:./missing.json'],
    ]);
  });

  it('names the revision git cannot find', async () => {
    const git: GitRunner = async () => {
      throw new Error('');
    };
    await expect(gitRefReader('nope', '/repo', git)).rejects.toThrow('--config-from-ref: cannot read revision "nope": no such commit');
  });
});

describe('gitRefReader (real git, temp repository)', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'timebomb-gitref-'));
    git('init', '-q');
    await mkdir(join(dir, 'app'));
    await writeFile(join(dir, 'app/.timebombrc.json'), '{"failOn":"warning"}\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'config');
    await writeFile(join(dir, 'app/.timebombrc.json'), '{"failOn":"none"}\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the committed version, relative to the working directory', async () => {
    const read = await gitRefReader('HEAD', join(dir, 'app'));
    expect(await read('.timebombrc.json')).toBe('{"failOn":"warning"}\n');
    expect(await read('timebomb-baseline.json')).toBeUndefined();
    await expect(gitRefReader('no-such-branch', dir)).rejects.toThrow(/cannot read revision "no-such-branch"/);
  });
});
