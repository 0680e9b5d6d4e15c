/**
 * The file-system questions discovery asks, and a record of the answers that lets a cached scan
 * reuse the file list without walking the tree again.
 *
 * Discovery's result depends on nothing but its options and these answers: directory listings,
 * the kind of each given path, the .gitignore files and whether a `.git` exists. Each answer is
 * recorded with a witness, a stat that changes whenever the answer could: a directory's
 * modification and change times move when an entry is added, removed or renamed (the same trust
 * git's untracked cache puts in them), a file's stamp when it is edited. Re-checking the
 * witnesses costs one stat each, about a third of listing the directories and filtering their
 * entries again.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';

export type PathKind = 'file' | 'dir' | 'other';

export interface DiscoveryFs {
  /** readdir with file types; throws as readdirSync does. */
  listDirectory(absPath: string): Dirent[];
  /** The kind of a path, following links (a path given on the command line); throws when it cannot be stat'ed. */
  kindOf(absPath: string): PathKind;
  /** A .gitignore's text; undefined when there is none or it is not a regular file (a link). Throws on other errors. */
  readGitignore(absPath: string): string | undefined;
  exists(absPath: string): boolean;
}

export const nodeDiscoveryFs: DiscoveryFs = {
  listDirectory: (absPath) => readdirSync(absPath, { withFileTypes: true }),
  kindOf: (absPath) => kindOfStats(statSync(absPath)),
  readGitignore: (absPath) => {
    // lstat first: a symlinked .gitignore is treated like any other symlink inside the tree.
    const s = lstatSync(absPath, { throwIfNoEntry: false });
    return s?.isFile() ? readFileSync(absPath, 'utf8') : undefined;
  },
  exists: (absPath) => existsSync(absPath),
};

function kindOfStats(s: Stats): PathKind {
  return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
}

/**
 * One answer and what shows it still holds. Stamps are taken before the answer is read: a
 * change in between leaves a stamp older than the answer, which the next check sees as a change.
 */
export type Witness =
  /** A listed directory: [mtimeMs, ctimeMs, inode] of the directory (followed, as readdir does). */
  | { q: 'list'; path: string; stamp: Stamp }
  /**
   * A listed directory the scan itself writes into (it holds the cache file): its times move on
   * every save, so its entries (kind and name, sorted, the scan's own files left out) are kept
   * and compared instead.
   */
  | { q: 'entries'; path: string; entries: string[] }
  | { q: 'kind'; path: string; kind: PathKind }
  /** A .gitignore's lstat stamp; null when there was none. */
  | { q: 'gitignore'; path: string; stamp: Stamp | null }
  | { q: 'exists'; path: string; exists: boolean };

/** [kind code, size, mtimeMs, ctimeMs, inode]. */
type Stamp = [number, number, number, number, number];

function stampOf(s: Stats): Stamp {
  return [s.isDirectory() ? 2 : s.isFile() ? 1 : 0, s.isDirectory() ? 0 : s.size, s.mtimeMs, s.ctimeMs, s.ino];
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}

/** A directory the scan writes into, and which of its entries are the scan's own (the cache and its temporary files). */
export interface OwnFiles {
  dir: string;
  isOwn: (name: string) => boolean;
}

/** The entries of a directory as an `entries` witness keeps them: kind and name, sorted, the scan's own left out. */
function entriesOf(entries: Dirent[], own: OwnFiles): string[] {
  return entries
    .filter((e) => !own.isOwn(e.name))
    .map((e) => `${e.isDirectory() ? 'd' : e.isFile() ? 'f' : 'o'}${e.name}`)
    .sort();
}

/**
 * A DiscoveryFs that answers from node:fs and records a witness for every answer. An answer
 * that fails (an unreadable directory) marks the record incomplete: a failure is not cached.
 */
export function recordingDiscoveryFs(own?: OwnFiles): { fs: DiscoveryFs; witnesses: Witness[]; complete: () => boolean; newestChange: () => number } {
  const witnesses: Witness[] = [];
  let complete = true;
  let newest = Number.NEGATIVE_INFINITY;
  const note = (stamp: Stamp | null) => {
    if (stamp) newest = Math.max(newest, stamp[2], stamp[3]);
    return stamp;
  };
  const failing = <T>(ask: () => T): T => {
    try {
      return ask();
    } catch (err) {
      complete = false;
      throw err;
    }
  };
  const fs: DiscoveryFs = {
    listDirectory: (absPath) => failing(() => {
      if (own && absPath === own.dir) {
        const entries = readdirSync(absPath, { withFileTypes: true });
        witnesses.push({ q: 'entries', path: absPath, entries: entriesOf(entries, own) });
        return entries;
      }
      const stamp = note(stampOf(statSync(absPath)));
      const entries = readdirSync(absPath, { withFileTypes: true });
      witnesses.push({ q: 'list', path: absPath, stamp: stamp! });
      return entries;
    }),
    kindOf: (absPath) => failing(() => {
      const kind = kindOfStats(statSync(absPath));
      witnesses.push({ q: 'kind', path: absPath, kind });
      return kind;
    }),
    readGitignore: (absPath) => failing(() => {
      const s = lstatSync(absPath, { throwIfNoEntry: false });
      const stamp = note(s ? stampOf(s) : null);
      const text = s?.isFile() ? readFileSync(absPath, 'utf8') : undefined;
      witnesses.push({ q: 'gitignore', path: absPath, stamp });
      return text;
    }),
    exists: (absPath) => {
      const exists = existsSync(absPath);
      witnesses.push({ q: 'exists', path: absPath, exists });
      return exists;
    },
  };
  return { fs, witnesses, complete: () => complete, newestChange: () => newest };
}

/**
 * Whether every recorded answer still holds: one stat per witness, nothing read, and nothing
 * listed but the directory the scan writes into.
 */
export function witnessesHold(witnesses: readonly Witness[], own?: OwnFiles): boolean {
  try {
    for (const w of witnesses) {
      switch (w.q) {
        case 'entries': {
          if (!own || w.path !== own.dir || !Array.isArray(w.entries)) return false;
          const now = entriesOf(readdirSync(w.path, { withFileTypes: true }), own);
          if (now.length !== w.entries.length || now.some((e, i) => e !== w.entries[i])) return false;
          break;
        }
        case 'list': {
          const s = statSync(w.path, { throwIfNoEntry: false });
          if (!s || !sameStamp(stampOf(s), w.stamp)) return false;
          break;
        }
        case 'kind': {
          const s = statSync(w.path, { throwIfNoEntry: false });
          if (!s || kindOfStats(s) !== w.kind) return false;
          break;
        }
        case 'gitignore': {
          const s = lstatSync(w.path, { throwIfNoEntry: false });
          if (!sameStamp(s ? stampOf(s) : null, w.stamp)) return false;
          break;
        }
        case 'exists':
          if (existsSync(w.path) !== w.exists) return false;
          break;
        default:
          return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
