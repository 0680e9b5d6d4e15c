/**
 * One directory tree -> its regular files, as POSIX paths relative to the root.
 *
 * A plain synchronous walk over `readdirSync(withFileTypes)`: directory listings come from the
 * page cache in microseconds, so a thread-pool round trip per directory (or a glob library's
 * per-entry machinery) costs more than the listing itself. Symbolic links are never followed
 * and never returned, so a link loop cannot hang the walk and a link cannot lead out of the tree;
 * sockets, FIFOs and devices are not files either. A directory that cannot be listed is reported
 * and skipped; one that vanished during the walk is skipped silently.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface WalkOptions {
  /** A directory (relative POSIX path) that is not entered. */
  skipDirectory: (relPath: string) => boolean;
  /** Whether a regular file (relative POSIX path) is returned. */
  keepFile: (relPath: string) => boolean;
  /** Lists a directory; node:fs by default (tests give a fake to raise errors as root cannot). */
  readDirectory?: (absPath: string) => Dirent[];
}

const listDirectory = (absPath: string): Dirent[] => readdirSync(absPath, { withFileTypes: true });

export interface WalkError {
  /** The directory that could not be listed, relative POSIX path ('' for the root). */
  dir: string;
  message: string;
}

export interface WalkResult {
  files: string[];
  errors: WalkError[];
}

export function walkTree(root: string, options: WalkOptions): WalkResult {
  const files: string[] = [];
  const errors: WalkError[] = [];
  // Depth-first with an explicit stack: a deep tree cannot overflow the call stack.
  const pending: string[] = [''];
  const read = options.readDirectory ?? listDirectory;
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = read(dir === '' ? root : join(root, dir));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') errors.push({ dir, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    for (const entry of entries) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isFile()) {
        if (options.keepFile(rel)) files.push(rel);
      } else if (entry.isDirectory()) {
        if (!options.skipDirectory(rel)) pending.push(rel);
      }
    }
  }
  return { files, errors };
}
