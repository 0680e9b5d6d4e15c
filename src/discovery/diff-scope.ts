/**
 * `--changed-since <ref>` / `--staged` -> what the scan looks at: the files to analyse (given to
 * scan() as `onlyFiles`) and the IO to read them with (the git index for --staged). Unchanged
 * files are still read, on demand, when a changed file imports a constant from them.
 */
import type { IO } from '../engine/io.js';
import { changedFiles, gitRepo, type ChangeSet } from './changed.js';
import { stagedIO } from './staged-io.js';

export interface DiffScope {
  /** POSIX, relative to io.cwd. */
  onlyFiles: string[];
  io: IO;
}

/** Throws GitError when git cannot answer (not a repository, unknown ref). */
export async function diffScope(io: IO, change: ChangeSet): Promise<DiffScope> {
  const repo = await gitRepo(io.cwd);
  const onlyFiles = await changedFiles(io.cwd, change, repo);
  return { onlyFiles, io: 'staged' in change ? await stagedIO(io, repo) : io };
}
