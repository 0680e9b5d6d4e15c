/**
 * An IO that reads the git index instead of the working tree, so `timebomb scan --staged` (a
 * pre-commit hook) judges exactly what will be committed: a time bomb that is staged but already
 * edited away in the working tree is still found, and one that is only in the working tree is not.
 *
 * Inside the repository, for a path:
 * - in the index (stage 0) and different in the working tree (modified, deleted, type changed):
 *   the index blob (`git cat-file blob :<path>`, read once and kept);
 * - in the index and identical in the working tree (git's own check, `git diff`): the file on
 *   disk, which holds the same bytes and costs no process;
 * - not in the index (untracked, or its removal is staged): absent, since it will not be in the
 *   commit. Directories are answered from the disk.
 * Paths outside the repository, the clock, the streams and writes go to the wrapped IO.
 */
import { posix, relative, sep } from 'node:path';
import type { FileStat, IO } from '../engine/io.js';
import { git, gitRepo, splitZ, type GitRepo } from './changed.js';

interface IndexEntry {
  mode: string;
}

const SYMLINK = '120000';
const GITLINK = '160000';

export async function stagedIO(base: IO, repo?: GitRepo): Promise<IO> {
  const { root, prefix } = repo ?? (await gitRepo(base.cwd));
  const [listing, worktreeDiff] = await Promise.all([
    git(['ls-files', '--stage', '-z'], root),
    // Working tree against the index, every kind of difference (deletions included).
    git(['diff', '--name-only', '-z', '--no-ext-diff', '--no-renames', '--'], root),
  ]);
  const index = new Map<string, IndexEntry>();
  for (const record of splitZ(listing)) {
    // "<mode> <object> <stage>\t<path>"; only stage 0 exists outside an unfinished merge.
    const tab = record.indexOf('\t');
    const [mode = '', , stage] = record.slice(0, tab).split(' ');
    if (tab > 0 && stage === '0') index.set(record.slice(tab + 1), { mode });
  }
  const differs = new Set(splitZ(worktreeDiff));
  const blobs = new Map<string, Promise<Buffer | undefined>>();
  const blob = (path: string) => {
    let b = blobs.get(path);
    if (!b) {
      // An intent-to-add entry (`git add -N`) has no content to read yet.
      b = git(['cat-file', 'blob', `:${path}`], root).catch(() => undefined);
      blobs.set(path, b);
    }
    return b;
  };

  /** The path relative to the repository root, or undefined when it lies outside. */
  const inRepo = (absPath: string): string | undefined => {
    const rel = posix.normalize(posix.join(prefix, relative(base.cwd, absPath).split(sep).join('/')));
    return rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel) ? undefined : rel;
  };
  const absent = (absPath: string) =>
    Object.assign(new Error(`ENOENT: not in the git index, '${absPath}'`), { code: 'ENOENT' });

  return {
    ...base,
    async stat(absPath: string): Promise<FileStat | undefined> {
      const rel = inRepo(absPath);
      if (rel === undefined || rel === '.') return base.stat(absPath);
      const entry = index.get(rel);
      if (!entry) {
        const onDisk = await base.stat(absPath);
        return onDisk?.isDirectory ? onDisk : undefined;
      }
      if (entry.mode === GITLINK) return { size: 0, isFile: false, isDirectory: true, isSymbolicLink: false };
      if (!differs.has(rel)) return base.stat(absPath);
      const content = await blob(rel);
      if (!content) return undefined;
      const link = entry.mode === SYMLINK;
      return { size: content.length, isFile: !link, isDirectory: false, isSymbolicLink: link };
    },
    async readFile(absPath: string): Promise<Buffer> {
      const rel = inRepo(absPath);
      if (rel === undefined || rel === '.') return base.readFile(absPath);
      const entry = index.get(rel);
      if (!entry || entry.mode === GITLINK) throw absent(absPath);
      if (!differs.has(rel)) return base.readFile(absPath);
      const content = await blob(rel);
      if (!content) throw absent(absPath);
      return content;
    },
  };
}
