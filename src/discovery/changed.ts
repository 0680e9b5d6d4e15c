/**
 * Which files a diff-aware scan looks at, asked of git.
 *
 * - `--changed-since <ref>`: files added, copied, modified or renamed between the merge-base of
 *   <ref> and HEAD and the working tree (committed, staged and unstaged changes alike), plus
 *   untracked files that are not ignored.
 * - `--staged`: files added, copied, modified or renamed in the index (what `git commit` would
 *   record).
 *
 * git runs through execFile with an argument array (never a shell), from the repository's top
 * level so every path it prints is relative to that root whatever the user's `diff.relative`
 * setting; paths are then made relative to the scan's working directory. The environment is
 * inherited on purpose: inside a pre-commit hook git sets GIT_INDEX_FILE (for `git commit -a` or
 * `git commit <paths>`), and the index it names is the one that will be committed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { compareText } from '../engine/text-order.js';

/** git could not answer (not a repository, unknown ref, git missing): the scan cannot run. */
export class GitError extends Error {
  constructor(message: string, readonly exitCode?: number, readonly stderr = '') {
    super(message);
    this.name = 'GitError';
  }
}

export type ChangeSet = { changedSince: string } | { staged: true };

export interface GitRepo {
  /** Absolute path of the work tree's top level, as git prints it. */
  root: string;
  /** The working directory relative to `root`, POSIX, without a trailing slash ('' at the root). */
  prefix: string;
}

const MAX_BUFFER = 512 * 1024 * 1024;

/** Runs git and returns its standard output; a failure becomes a GitError carrying git's own words. */
export function git(args: string[], cwd: string): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolvePromise(stdout);
      const code: unknown = (error as { code?: unknown }).code;
      if (code === 'ENOENT') {
        // spawn reports a missing working directory the same way as a missing program.
        return reject(new GitError(existsSync(cwd) ? 'git was not found on PATH; diff-aware scanning needs git' : `no such directory: ${cwd}`));
      }
      const said = stderr.toString('utf8').trim().split('\n').filter(Boolean).join('; ');
      const exitCode = typeof code === 'number' ? code : undefined;
      reject(new GitError(said || `git ${args[0]} exited with code ${exitCode ?? '?'}`, exitCode, said));
    });
  });
}

/** The repository around `cwd`. */
export async function gitRepo(cwd: string): Promise<GitRepo> {
  let out: string;
  try {
    out = (await git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd)).toString('utf8');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(message)) throw new GitError(`${cwd} is not inside a git repository (${message})`);
    throw error;
  }
  // Paths may hold any byte but a newline is vanishingly rare in a directory name; both lines
  // are always printed, the prefix possibly empty.
  const [root = '', prefix = ''] = out.replace(/\n$/, '').split('\n');
  if (!root) throw new GitError(`${cwd} is not inside a git work tree`);
  return { root, prefix: prefix.replace(/\/$/, '') };
}

/**
 * The changed files, POSIX, relative to `cwd`, sorted and without duplicates. Files outside
 * `cwd` come out as `../...`; the scan intersects the list with what discovery finds under the
 * paths it was given, so excludes, test skipping and extensions still apply.
 */
export async function changedFiles(cwd: string, change: ChangeSet, repo?: GitRepo): Promise<string[]> {
  const { root, prefix } = repo ?? (await gitRepo(cwd));
  const repoPaths = 'staged' in change ? await stagedPaths(root) : await changedSincePaths(root, change.changedSince);
  const out = new Set<string>();
  for (const p of repoPaths) out.add(prefix === '' ? p : posix.relative(prefix, p));
  return [...out].sort(compareText);
}

async function changedSincePaths(root: string, ref: string): Promise<string[]> {
  // An argument starting with '-' would be read as an option, whatever it was meant to be.
  if (ref === '' || ref.startsWith('-')) throw new GitError(`invalid git ref '${ref}'`);
  let base: string;
  try {
    base = (await git(['merge-base', ref, 'HEAD'], root)).toString('utf8').trim();
  } catch (error) {
    // merge-base exits 1 silently when there is no common ancestor.
    if (error instanceof GitError && error.exitCode === 1 && error.stderr === '') base = '';
    else {
      const said = error instanceof Error ? error.message : String(error);
      const hint = /not a valid object name|unknown revision|bad revision/i.test(said) ? ' (is the ref fetched? in CI, check out with fetch-depth: 0)' : '';
      throw new GitError(`cannot compare with '${ref}': ${said}${hint}`);
    }
  }
  if (!base) {
    throw new GitError(`'${ref}' and HEAD have no common ancestor (in a shallow clone, fetch the history: actions/checkout with fetch-depth: 0)`);
  }
  const [changed, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', '--no-ext-diff', '--diff-filter=ACMR', base, '--'], root),
    git(['ls-files', '--others', '--exclude-standard', '-z'], root),
  ]);
  return [...splitZ(changed), ...splitZ(untracked)];
}

async function stagedPaths(root: string): Promise<string[]> {
  // In a repository without commits `git diff --cached` compares the index with the empty tree.
  return splitZ(await git(['diff', '--cached', '--name-only', '-z', '--no-ext-diff', '--diff-filter=ACMR', '--'], root));
}

/** NUL-separated git output -> paths (git prints them unquoted with -z). */
export function splitZ(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter((p) => p !== '');
}
