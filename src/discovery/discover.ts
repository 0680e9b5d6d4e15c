/**
 * Paths -> the list of files to scan.
 *
 * Each given path is walked on its own, and every glob (default test excludes, --include,
 * --exclude) is relative to that path: `timebomb scan test-fixtures/demo` scans the demo
 * although `timebomb scan .` skips test-fixtures. A path naming a file is always scanned when
 * its extension matches. Symbolic links inside a walked directory are never followed (no loops,
 * no escaping the tree) and symlinked files are skipped.
 */
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { picomatchLibrary } from '../lazy-library.js';
import { walkTree } from './walk-tree.js';
import { nodeDiscoveryFs, type DiscoveryFs } from './discovery-fs.js';
import { compareText } from '../engine/text-order.js';
import type { FileError } from '../engine/types.js';
import {
  ancestorDirs, buildMatcher, hasNegation, prunePatterns, toPosix, type GitignoreFile,
} from './gitignore.js';

export interface DiscoveredFile {
  absPath: string;
  /** POSIX, relative to cwd. */
  relPath: string;
}

export interface DiscoveryOptions {
  cwd: string;
  paths: string[];
  include: string[];
  exclude: string[];
  gitignore: boolean;
  includeTests: boolean;
  /** With the dot, e.g. ['.js', '.ts']. */
  extensions: string[];
  /** Other files wanted by their base name (`.env.production`, `*.pem`), for non-code rules. */
  fileNames?: RegExp;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  errors: FileError[];
  /** Given paths that do not exist, as given. */
  missing: string[];
}

/** Never scanned: dependencies and git's own data. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/** Conventional test locations, skipped unless --include-tests. */
export const DEFAULT_TEST_EXCLUDES = [
  '**/test/**', '**/tests/**', '**/__tests__/**', '**/__mocks__/**',
  '**/*.test.*', '**/*.spec.*', '**/fixtures/**', '**/test-fixtures/**',
];

/** `fs` answers every question about the tree (a recording one lets a cached scan skip the walk). */
export async function discoverFiles(o: DiscoveryOptions, fs: DiscoveryFs = nodeDiscoveryFs): Promise<DiscoveryResult> {
  const found = new Map<string, DiscoveredFile>();
  const errors: FileError[] = [];
  const missing: string[] = [];
  const extensions = new Set(o.extensions.map((e) => e.toLowerCase()));
  const wanted = (name: string) => extensions.has(extname(name).toLowerCase()) || (o.fileNames?.test(basename(name)) ?? false);
  const add = (absPath: string, relPath = toPosix(relative(o.cwd, absPath))) => {
    if (!found.has(absPath)) found.set(absPath, { absPath, relPath });
  };

  for (const given of o.paths) {
    const absPath = resolve(o.cwd, given === '' ? '.' : given);
    // A path named on the command line is followed even when it is a link: the user chose it.
    let kind: 'file' | 'dir' | 'other';
    try {
      kind = fs.kindOf(absPath);
    } catch (err) {
      if (isMissing(err)) missing.push(given);
      else errors.push({ file: toPosix(relative(o.cwd, absPath)) || '.', phase: 'read', message: messageOf(err) });
      continue;
    }
    if (kind === 'file') {
      if (wanted(absPath)) add(absPath);
    } else if (kind === 'dir') {
      const walked = await walkDirectory(absPath, o, fs);
      errors.push(...walked.errors);
      // Walked paths are plain (no `.` or `..` segments): below the working directory, joined
      // to the walked directory's own relative path they are what path.relative gives.
      const dirRel = toPosix(relative(o.cwd, absPath));
      const below = dirRel === '' || !(dirRel === '..' || dirRel.startsWith('../') || isAbsolute(dirRel));
      const absPrefix = absPath.endsWith(sep) ? absPath : absPath + sep;
      for (const rel of walked.files) {
        if (!wanted(rel)) continue;
        // resolve() gave a normalised directory and the walked path is plain: concatenation is
        // what join() would give, without normalising each of thousands of paths again.
        const abs = absPrefix + (sep === '/' ? rel : rel.split('/').join(sep));
        add(abs, below ? (dirRel === '' ? rel : `${dirRel}/${rel}`) : undefined);
      }
    }
  }

  const files = [...found.values()].sort((a, b) => compareText(a.relPath, b.relPath));
  // A second walk (see walkDirectory) can report the same problem twice.
  const uniqueErrors = [...new Map(errors.map((e) => [`${e.file}\0${e.phase}\0${e.message}`, e])).values()]
    .sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
  return { files, errors: uniqueErrors, missing };
}

interface Walked {
  /** POSIX paths relative to the walked directory, gitignore already applied. */
  files: string[];
  errors: FileError[];
}

async function walkDirectory(root: string, o: DiscoveryOptions, fs: DiscoveryFs): Promise<Walked> {
  const errors: FileError[] = [];
  const relToCwd = (abs: string) => toPosix(relative(o.cwd, abs)) || '.';
  const ignore = [...ALWAYS_EXCLUDED, ...(o.includeTests ? [] : DEFAULT_TEST_EXCLUDES), ...o.exclude];
  const patterns = o.include.length > 0 ? o.include : ['**/*'];

  if (!o.gitignore) {
    return { files: glob(root, patterns, ignore, errors, relToCwd, fs), errors };
  }

  // .gitignore files above the root and the root's own are known before walking, so the
  // directories they exclude by plain name can be skipped instead of listed and filtered.
  // Every GitignoreFile.dir is relative to `base`: the repository root above the scanned root
  // when there is one, else the scanned root.
  const ancestors = ancestorDirs(root, o.cwd, fs.exists);
  const base = ancestors[0] ?? root;
  let outer: GitignoreFile[] = [];
  for (const dir of [...ancestors, root]) {
    const content = readGitignore(fs, join(dir, '.gitignore'), errors, relToCwd);
    if (content !== undefined) outer.push({ dir: toPosix(relative(base, dir)), content });
  }
  let prefix = toPosix(relative(base, root));
  if (prefix !== '' && buildMatcher(outer).ignores(`${prefix}/`)) {
    // The user named a directory that an outer .gitignore excludes (`timebomb scan dist`):
    // scan it anyway, under its own .gitignore files only.
    outer = outer.filter((f) => f.dir === prefix).map((f) => ({ dir: '', content: f.content }));
    prefix = '';
  }
  const prunes = outer.some((f) => hasNegation(f.content)) ? [] : prunePatterns(outer, prefix);

  // One walk lists both the candidate files and the nested .gitignore files.
  const walk = (extraIgnore: string[]) =>
    glob(root, [...patterns, '**/.gitignore'], [...ignore, ...extraIgnore], errors, relToCwd, fs);
  let entries = walk(prunes);
  let nested = readNested(fs, root, entries, prefix, errors, relToCwd);
  if (prunes.length > 0 && nested.some((f) => hasNegation(f.content))) {
    // A nested negation could re-include a directory we pruned: walk again without pruning.
    entries = walk([]);
    nested = readNested(fs, root, entries, prefix, errors, relToCwd);
  }

  const matcher = buildMatcher([...outer, ...nested]);
  const files = entries.filter(
    (rel) => basename(rel) !== '.gitignore' && !matcher.ignores(prefix === '' ? rel : `${prefix}/${rel}`),
  );
  return { files, errors };
}

/** The .gitignore files found below the root (its own was read before the walk). */
function readNested(
  fs: DiscoveryFs, root: string, entries: string[], prefix: string, errors: FileError[], relToCwd: (abs: string) => string,
): GitignoreFile[] {
  const out: GitignoreFile[] = [];
  for (const rel of entries) {
    if (basename(rel) !== '.gitignore' || rel === '.gitignore') continue;
    const content = readGitignore(fs, join(root, rel), errors, relToCwd);
    const dir = dirname(rel);
    if (content !== undefined) out.push({ dir: prefix === '' ? dir : `${prefix}/${dir}`, content });
  }
  return out;
}

function readGitignore(
  fs: DiscoveryFs, absPath: string, errors: FileError[], relToCwd: (abs: string) => string,
): string | undefined {
  try {
    return fs.readGitignore(absPath);
  } catch (err) {
    if (!isMissing(err)) errors.push({ file: relToCwd(absPath), phase: 'read', message: messageOf(err) });
    return undefined;
  }
}

/**
 * The files below `root` matching `patterns` and none of `ignore` (globs relative to the root;
 * an ignored directory is not even listed). An unreadable directory is recorded as a file error
 * and the rest of the tree is still walked.
 */
function glob(
  root: string, patterns: string[], ignore: string[], errors: FileError[], relToCwd: (abs: string) => string, fs: DiscoveryFs,
): string[] {
  const ignored = ignoreMatcher(ignore);
  // Case-sensitive on every platform and dot files included: the same tree gives the same list.
  const included = patterns.includes('**/*') ? () => true : picomatchLibrary()(patterns, { dot: true });
  const walked = walkTree(root, { skipDirectory: ignored, keepFile: (rel) => included(rel) && !ignored(rel), readDirectory: fs.listDirectory });
  for (const e of walked.errors) errors.push({ file: relToCwd(resolve(root, e.dir)), phase: 'read', message: e.message });
  return walked.files;
}

// `**/name/**`: a directory (or file) name excluded at any depth.
const NAME_ANYWHERE = /^\*\*\/([^*?[\]{}()!+@/\\]+)\/\*\*$/;

// Whether a path relative to the walked root matches one of the ignore globs. A glob that only
// names a directory at any depth (`**/node_modules/**`, `**/test/**`, a plain name from a
// .gitignore) matches exactly the paths with a segment of that name; the walk asks about every
// directory before entering it, so looking at the last segment is enough, and much cheaper than
// a glob match for each of thousands of entries.
function ignoreMatcher(ignore: string[]): (relPath: string) => boolean {
  const names = new Set<string>();
  const globs: string[] = [];
  for (const pattern of ignore) {
    const name = NAME_ANYWHERE.exec(pattern)?.[1];
    if (name !== undefined) names.add(name);
    else globs.push(pattern);
  }
  const matchGlob = globs.length > 0 ? picomatchLibrary()(globs, { dot: true }) : undefined;
  return (relPath) => names.has(relPath.slice(relPath.lastIndexOf('/') + 1)) || (matchGlob?.(relPath) ?? false);
}

function isMissing(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
