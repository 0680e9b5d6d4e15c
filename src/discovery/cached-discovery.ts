/**
 * Discovery with a memo: the file list of the last scan, reused when the options are the same and
 * every answer it was built from still holds (see discovery-fs.ts). A cached scan of an unchanged
 * tree then stats its directories instead of listing them and filtering thousands of entries.
 */
import { isAbsolute, resolve, sep } from 'node:path';
import { discoverFiles, type DiscoveredFile, type DiscoveryOptions, type DiscoveryResult } from './discover.js';
import { recordingDiscoveryFs, witnessesHold, type OwnFiles, type Witness } from './discovery-fs.js';

/** What the cache keeps of one discovery. Plain data (it is serialised with the cache). */
export interface DiscoveryMemo {
  /** The options it was made with (see memoKey). */
  key: string;
  witnesses: Witness[];
  /**
   * The files, relative POSIX paths in discovery's order, joined by NUL (no path holds one): one
   * string for the cache to store and decode, not thousands.
   */
  files: string;
  /** [index, absolute path] of the files whose absolute path is not the working directory joined to the relative one. */
  absolute: [number, string][];
}

export interface MemoDiscovery {
  result: DiscoveryResult;
  /** The memo to keep for the next scan; undefined when this result must not be reused (see below). */
  memo: DiscoveryMemo | undefined;
  reused: boolean;
}

/**
 * Discovers the files of `o`, from `memo` when it still holds. A new memo is made only of a clean
 * result (no errors, no missing path: those may be passing) whose witnesses all changed before
 * `trustedBefore` (ms): a directory changed in the last moments could change again within the
 * same timestamp, unseen. `own` names the directory the scan writes its cache into (its times
 * move with every save, so that one is checked by its entries).
 */
export async function discoverWithMemo(
  o: DiscoveryOptions, memo: DiscoveryMemo | undefined, trustedBefore: number, own?: OwnFiles,
): Promise<MemoDiscovery> {
  return discoverByKey(o, memoKey(o), memo, trustedBefore, own);
}

/**
 * discoverWithMemo over the memos a cache file holds (as read back, see memosOf): the one made
 * with these options is used, and `memos` is what to keep after (see keepMemos).
 */
export async function discoverWithMemos(
  o: DiscoveryOptions, stored: unknown, trustedBefore: number, own?: OwnFiles,
): Promise<{ result: DiscoveryResult; memos: unknown[] }> {
  const memos = memosOf(stored);
  const key = memoKey(o);
  const found = await discoverByKey(o, key, memoFor(memos, key), trustedBefore, own);
  return { result: found.result, memos: keepMemos(memos, key, found.memo) };
}

async function discoverByKey(
  o: DiscoveryOptions, key: string, memo: DiscoveryMemo | undefined, trustedBefore: number, own?: OwnFiles,
): Promise<MemoDiscovery> {
  const files = memo && memo.key === key && witnessesHold(memo.witnesses, own) ? filesOf(memo, o.cwd) : undefined;
  if (files) return { result: { files, errors: [], missing: [] }, memo: memo!, reused: true };
  const recording = recordingDiscoveryFs(own);
  const result = await discoverFiles(o, recording.fs);
  const clean = recording.complete() && result.errors.length === 0 && result.missing.length === 0 && recording.newestChange() < trustedBefore;
  return { result, memo: clean ? memoOf(key, recording.witnesses, result.files, o.cwd) : undefined, reused: false };
}

export function memoKey(o: DiscoveryOptions): string {
  return JSON.stringify([
    o.cwd, o.paths, o.include, o.exclude, o.gitignore, o.includeTests, o.extensions,
    o.fileNames ? [o.fileNames.source, o.fileNames.flags] : null,
  ]);
}

/** The usual absolute path of a relative one: the working directory joined to it. */
function plainAbsolute(cwd: string, relPath: string): string {
  if (relPath.startsWith('../') || relPath === '..' || isAbsolute(relPath)) return resolve(cwd, relPath);
  const native = sep === '/' ? relPath : relPath.split('/').join(sep);
  return cwd.endsWith(sep) ? cwd + native : cwd + sep + native;
}

function memoOf(key: string, witnesses: Witness[], files: DiscoveredFile[], cwd: string): DiscoveryMemo {
  const absolute: [number, string][] = [];
  files.forEach((f, i) => {
    if (plainAbsolute(cwd, f.relPath) !== f.absPath) absolute.push([i, f.absPath]);
  });
  return { key, witnesses, files: files.map((f) => f.relPath).join('\0'), absolute };
}

/**
 * A file of a reused list, its absolute path made when asked. A cached scan asks once, for the
 * lstat, and then drops it: kept, thousands of paths outlived the young generation, and the
 * garbage collector's copying of them was a tenth of the stat pass.
 */
class MemoFile implements DiscoveredFile {
  constructor(readonly relPath: string, private readonly cwd: string) {}

  get absPath(): string {
    return plainAbsolute(this.cwd, this.relPath);
  }
}

/** The memo's files; undefined when they do not fit together (a damaged cache). */
function filesOf(memo: DiscoveryMemo, cwd: string): DiscoveredFile[] | undefined {
  const relPaths = memo.files === '' ? [] : memo.files.split('\0');
  if (relPaths.includes('')) return undefined;
  const files: DiscoveredFile[] = relPaths.map((relPath) => new MemoFile(relPath, cwd));
  for (const [i, absPath] of memo.absolute) {
    if (i >= files.length) return undefined;
    files[i] = { relPath: files[i]!.relPath, absPath };
  }
  return files;
}

/** Whether a value read back from a cache file is a memo (the file may be damaged or foreign). */
export function isDiscoveryMemo(value: unknown): value is DiscoveryMemo {
  const m = value as DiscoveryMemo | undefined;
  return !!m && typeof m.key === 'string' && Array.isArray(m.witnesses) && typeof m.files === 'string' && Array.isArray(m.absolute)
    && m.absolute.every((a) => Array.isArray(a) && Number.isInteger(a[0]) && a[0] >= 0 && typeof a[1] === 'string')
    && m.witnesses.every((w) => !!w && typeof w === 'object' && typeof w.path === 'string');
}

/** The most memos a cache file keeps: one per set of discovery options, the newest first. */
export const MAX_MEMOS = 4;

/** The memos a cache file holds, as read back (a damaged or foreign value holds none). */
export function memosOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The memo made with `key` among those read back, when it is one. */
export function memoFor(memos: unknown[], key: string): DiscoveryMemo | undefined {
  const found = memos.find((m) => isObjectWithKey(m) && m.key === key);
  return isDiscoveryMemo(found) ? found : undefined;
}

/**
 * The memos to keep after a discovery with `key`: a new memo first, then those of other options,
 * at most MAX_MEMOS (the oldest go). A memo reused keeps its place, and a walk that could not
 * make one drops the old one of its key. The same list when nothing changed, so that a cache
 * otherwise unchanged is not written again; scans that take turns with two sets of options (a
 * pre-commit hook and a full scan sharing one cache) each keep their list.
 */
export function keepMemos(memos: unknown[], key: string, memo: DiscoveryMemo | undefined): unknown[] {
  if (memo !== undefined && memos.includes(memo)) return memos;
  const others = memos.filter((m) => isObjectWithKey(m) && m.key !== key);
  if (memo === undefined) return others.length === memos.length ? memos : others;
  return [memo, ...others].slice(0, MAX_MEMOS);
}

function isObjectWithKey(value: unknown): value is { key: unknown } {
  return typeof value === 'object' && value !== null && 'key' in value;
}

