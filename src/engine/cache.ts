/**
 * The result cache of `timebomb scan --cache`: what the per-file phase learned about each file,
 * stored by path and content hash (sha256) in one file. The file as a whole is keyed by
 * everything else the per-file phase depends on (tool version and code, rule set, vocabulary,
 * analysis-relevant configuration, tsconfig path aliases, the --now day); any difference and
 * the whole cache is dropped. The link phase runs every time over cached and fresh facts, so a
 * changed constant in one file reaches the unchanged files that import it.
 *
 * A file whose size, mtime and inode are those recorded with its hash is not read at all (the
 * stat fast path, as ESLint's metadata strategy); any other file is read and hashed, and its
 * entry reused when the hash matches. The cache is one v8-serialised file (the same structured
 * clone the worker threads use, so facts round-trip exactly), written atomically; a corrupt or
 * foreign one is replaced, never trusted, never fatal.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { MAX_MEMOS } from '../discovery/cached-discovery.js';
import { walkTree } from '../discovery/walk-tree.js';
import type { FileFacts } from './facts.js';
import { statQuietly, type FileStat, type IO } from './io.js';
import type { TextFacts } from './prefilter.js';
import type { FileDirectives } from './suppressions.js';
import type { FileError } from './types.js';
import { compareText } from './text-order.js';

/** The default cache file, in the working directory (like ESLint's `.eslintcache`). */
export const DEFAULT_CACHE_FILE = '.timebombcache';

const FORMAT = 'timebomb-cache';
/** Bumped when the layout of the file or of an entry changes. */
const FORMAT_VERSION = 3;
/** The prefilter choices a cache file keeps: as many as the discovery memos it keeps. */
const MAX_DECISIONS = MAX_MEMOS;
/** Bytes of a sha256 digest. */
const DIGEST_BYTES = 32;

/**
 * Files modified this recently before they were read may change again within the same mtime
 * tick (coarse file-system clocks); their stat is not trusted next time (git's "racily clean").
 */
const RACY_MS = 2000;

/** What the per-file phase learned about one file's content; each part is filled when computed. */
export interface CachedFacts {
  /** The file was skipped for its content (binary). */
  skip?: FileError;
  /** It uses a test framework or pins the clock (test code). */
  testCode?: boolean;
  /** The prefilter's text facts. */
  prefilter?: TextFacts;
  /** Its suppression directives; null when it has none. */
  directives?: FileDirectives | null;
  /**
   * Facts of the text rules that read it (none when they found nothing). `now` and `horizonEnd`
   * are recorded when a rule read them, and the facts are then reused only for the same instants.
   */
  textRules?: { facts?: FileFacts; now?: number; horizonEnd?: number };
  /** Facts of the full JS analysis. */
  full?: FileFacts;
  /** Exported constants only (or a JSON module), for a file reached through an import. */
  exports?: FileFacts;
}

/** Everything besides a file's own content that the per-file phase depends on. */
export interface CacheKeyParts {
  toolVersion: string;
  /** Hash of timebomb's own code and analysis dependencies (see codeFingerprint). */
  code: string;
  /** Ids of the rules that run. */
  rules: string[];
  /** The vocabulary data the rules use. */
  vocabulary: unknown;
  /** Configuration that changes per-file results, as plain data. */
  config: Record<string, unknown>;
  /** The UTC day of --now (YYYY-MM-DD): date-sensitive results are never reused on another day. */
  day: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('base64');
}

/** JSON with object keys sorted, so equal data always gives the same key. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareText(a, b)));
    }
    return v;
  }) ?? 'undefined';
}

/** sha256 of a file's bytes, base64 (the cache file keeps the raw digest). */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/**
 * A hash of the code that produces per-file facts: the name, size and modification time of every
 * module under the `src/` and `rules/` beside this one's (dist/ when built, the sources under
 * test), and the versions of the parser and traverser. A rebuilt or edited module has a new
 * modification time, so a development build with changed rules never reuses an old cache
 * although its version number did not change. Stamps rather than contents: reading and hashing
 * about a megabyte of modules was a twentieth of a cached scan.
 */
export function codeFingerprint(base: URL = new URL('../../', import.meta.url)): string {
  const hash = createHash('sha256');
  const root = fileURLToPath(base);
  for (const dir of ['src', 'rules']) {
    for (const module of listModules(join(root, dir))) hash.update(`${dir}/${module.name}\0${module.size}\0${module.mtimeMs}\0`);
  }
  const require = createRequire(import.meta.url);
  for (const dep of ['@babel/parser', '@babel/traverse', '@babel/types']) {
    try {
      hash.update(`${dep}@${(require(`${dep}/package.json`) as { version: string }).version}\0`);
    } catch {
      hash.update(`${dep}@?\0`);
    }
  }
  return hash.digest('base64');
}

/** The code modules below `dir` (not declaration files or source maps), sorted by relative path. */
function listModules(dir: string): { name: string; size: number; mtimeMs: number }[] {
  const { files } = walkTree(dir, {
    skipDirectory: () => false,
    keepFile: (rel) => /\.(?:[cm]?js|[cm]?ts|json)$/.test(rel) && !/\.d\.[cm]?ts$/.test(rel),
  });
  return files.sort().map((name) => {
    const st = statSync(join(dir, name));
    return { name, size: st.size, mtimeMs: st.mtimeMs };
  });
}

/**
 * What a record holds, known without decoding it: a warm scan decodes only the records it needs
 * (suppression directives, certificate findings, facts to link), not all of them.
 */
export interface FactsSummary {
  /** The read phase's facts are in it (a record made by the link phase alone has only exports). */
  learnt: boolean;
  testCode: boolean;
  /** It holds something every scan uses: directives, text-rule facts, or facts tied to --now. */
  perRun: boolean;
}

const LEARNT = 1;
const TEST_CODE = 2;
const PER_RUN = 4;

function summaryFlags(f: CachedFacts): number {
  const learnt = f.prefilter !== undefined || f.testCode === true || f.textRules !== undefined;
  const perRun = !!f.directives || f.textRules?.facts !== undefined || f.textRules?.now !== undefined;
  return (learnt ? LEARNT : 0) | (f.testCode ? TEST_CODE : 0) | (perRun ? PER_RUN : 0);
}

/** One shared summary per combination of flags: a cached scan asks for one per file. */
const SUMMARIES: readonly FactsSummary[] = Array.from({ length: 8 }, (_, flags) => Object.freeze({
  learnt: (flags & LEARNT) !== 0, testCode: (flags & TEST_CODE) !== 0, perRun: (flags & PER_RUN) !== 0,
}));

function summaryOf(flags: number): FactsSummary {
  return SUMMARIES[flags & (LEARNT | TEST_CODE | PER_RUN)]!;
}

/** [size, mtimeMs, inode] when the hash was taken. */
type Stamp = [number, number, number];

/**
 * The cache file: a header and parallel columns (paths, digests, stamps, flags, offsets), with each
 * record a v8-serialised slice of one buffer. Loading it costs little more than reading it: the
 * columns are used as they are, and a record is decoded only when the scan asks for its facts.
 * Paths are one string and digests one byte array, not thousands of small strings: decoding
 * those, and the garbage collector copying them all while they survive, was a tenth of a
 * cached scan.
 */
interface CacheFileContent {
  format: typeof FORMAT;
  formatVersion: number;
  toolVersion: string;
  key: string;
  /** The working directory: the stat fast path is trusted only in the same one. */
  root: string;
  /** The paths, joined by NUL (no path holds one). */
  paths: string;
  /** The sha256 of each entry's content, DIGEST_BYTES each. */
  digests: Uint8Array;
  /** Three numbers per entry (size, mtimeMs, inode); NaN when there is no trusted stamp. */
  stamps: Float64Array;
  flags: Uint8Array;
  /** Offset and length of each record in `records`. */
  offsets: Float64Array;
  records: Uint8Array;
  /** The prefilter's choices, one per world (set of files and contents), the newest first. */
  decisions?: { world: string; files: string[] }[];
  /** The last discoveries' file lists and what they were built from, one per set of options (discovery/cached-discovery.ts). */
  discovery?: unknown;
}

/** The loaded file, its paths split and its digests seen as a Buffer. */
interface LoadedCache extends Omit<CacheFileContent, 'paths' | 'digests'> {
  paths: string[];
  digests: Buffer;
}

/** An entry this scan created, decoded or restamped (the others stay in the loaded arrays). */
interface LiveEntry {
  hash: string;
  stamp?: Stamp;
  /** The record's facts, once decoded or created. */
  facts?: CachedFacts;
  /** Index in the loaded arrays of a record not decoded yet. */
  loadedAt?: number;
}

export interface CacheLoad {
  cache: ScanCache;
  /** Why an existing cache file was not used, when that is worth telling (corrupt, foreign). */
  note?: string;
}

/**
 * The cache of one scan: the entries loaded from disk (when their key matched) plus what this
 * scan adds. Entries of files this scan visited are kept; entries of files that have gone are
 * pruned before saving.
 */
export class ScanCache {
  private readonly visited = new Set<string>();
  /** Loaded entries by path: their index in `loaded`. */
  private readonly index: Map<string, number>;
  private readonly live = new Map<string, LiveEntry>();
  /** Loaded entries dropped by this scan. */
  private readonly removed = new Set<string>();
  private dirty = false;
  private decisions: CacheFileContent['decisions'];
  private discovery: unknown;

  private constructor(
    readonly absPath: string,
    private readonly toolVersion: string,
    private readonly key: string,
    private readonly root: string,
    /** The wall-clock time the scan started (ms), for the racy-stat rule. */
    private readonly startedAt: number,
    private readonly loaded?: LoadedCache,
    index?: Map<string, number>,
  ) {
    this.index = index ?? new Map();
  }

  static empty(absPath: string, toolVersion: string, key: string, root: string, startedAt: number): ScanCache {
    const cache = new ScanCache(absPath, toolVersion, key, root, startedAt);
    cache.dirty = true;
    return cache;
  }

  /**
   * Reads the cache file. A missing file, another key (configuration, day, version) or an
   * unreadable file gives an empty cache; only a corrupt or foreign file earns a note.
   */
  static async load(io: IO, absPath: string, o: { toolVersion: string; key: string; startedAt: number }): Promise<CacheLoad> {
    const fresh = () => ScanCache.empty(absPath, o.toolVersion, o.key, io.cwd, o.startedAt);
    let bytes: Buffer;
    try {
      const st = await io.stat(absPath);
      if (!st) return { cache: fresh() };
      if (!st.isFile) return { cache: fresh(), note: `the cache location ${absPath} is not a regular file; not using it` };
      bytes = await io.readFile(absPath);
    } catch (error) {
      return { cache: fresh(), note: `cannot read the cache ${absPath} (${(error as Error).message}); starting a new one` };
    }
    let file: CacheFileContent;
    try {
      file = deserialize(bytes) as CacheFileContent;
    } catch {
      return { cache: fresh(), note: `the cache ${absPath} is corrupt; replacing it` };
    }
    if (!file || typeof file !== 'object' || file.format !== FORMAT) {
      return { cache: fresh(), note: `${absPath} is not a timebomb cache; replacing it` };
    }
    if (file.formatVersion !== FORMAT_VERSION || file.toolVersion !== o.toolVersion) {
      const from = file.toolVersion === o.toolVersion ? 'another cache layout' : `timebomb ${String(file.toolVersion)}`;
      return { cache: fresh(), note: `the cache ${absPath} is from ${from}; replacing it` };
    }
    // Another configuration, rule set, path aliases or day: nothing in it applies.
    if (file.key !== o.key) return { cache: fresh() };
    const content = typeof file.paths === 'string' && file.digests instanceof Uint8Array ? {
      ...file,
      paths: file.paths === '' ? [] : file.paths.split('\0'),
      digests: Buffer.from(file.digests.buffer, file.digests.byteOffset, file.digests.byteLength),
    } : undefined;
    const index = content && indexOf(content);
    if (!content || !index) return { cache: fresh(), note: `the cache ${absPath} is corrupt; replacing it` };
    // Stamps are trusted only in the directory that wrote them (the file is then rewritten).
    if (content.root !== io.cwd) content.stamps.fill(Number.NaN);
    const cache = new ScanCache(absPath, o.toolVersion, o.key, io.cwd, o.startedAt, content, index);
    cache.decisions = content.decisions;
    cache.discovery = content.discovery;
    if (content.root !== io.cwd) cache.dirty = true;
    return { cache };
  }

  /**
   * Whether `file`'s record holds for this stat (the one recorded with the hash): then the file
   * need not be read, and counts as visited.
   */
  byStat(file: string, stat: FileStat): boolean {
    if (stat.mtimeMs === undefined || stat.ino === undefined) return false;
    const live = this.live.get(file);
    if (live) {
      if (!live.stamp || live.stamp[0] !== stat.size || live.stamp[1] !== stat.mtimeMs || live.stamp[2] !== stat.ino) return false;
    } else {
      const i = this.loadedIndex(file);
      const stamps = this.loaded?.stamps;
      if (i === undefined || !stamps || stamps[i * 3] !== stat.size || stamps[i * 3 + 1] !== stat.mtimeMs || stamps[i * 3 + 2] !== stat.ino) return false;
    }
    this.visited.add(file);
    return true;
  }

  /**
   * The record of `file` for content with this hash: the cached one when the hash matches (its
   * stamp refreshed), else a new empty one that the scan fills.
   */
  byHash(file: string, hash: string, stat: FileStat): void {
    this.visited.add(file);
    const stamp = this.stampOf(stat);
    if (this.hashOf(file) === hash) {
      const entry = this.liveEntry(file)!;
      if (!sameStamp(entry.stamp, stamp)) {
        if (stamp) entry.stamp = stamp;
        else delete entry.stamp;
        this.dirty = true;
      }
    } else {
      this.live.set(file, { hash, ...(stamp ? { stamp } : {}), facts: {} });
      this.dirty = true;
    }
  }

  /** The content hash recorded for `file`. */
  hashOf(file: string): string | undefined {
    const live = this.live.get(file);
    if (live) return live.hash;
    const i = this.loadedIndex(file);
    return i === undefined ? undefined : this.loadedHash(i);
  }

  /** Drops the entry of `file` (its content changed while it was being scanned). */
  forget(file: string): void {
    const had = this.hashOf(file) !== undefined;
    this.live.delete(file);
    if (this.index.has(file)) this.removed.add(file);
    if (had) this.dirty = true;
  }

  /** Something was added to the facts of a visited file. */
  changed(): void {
    this.dirty = true;
  }

  /** The summary flags of `file`'s record, without decoding it. */
  flagsOf(file: string): number {
    const live = this.live.get(file);
    if (live?.facts) return summaryFlags(live.facts);
    const i = live?.loadedAt ?? this.loadedIndex(file);
    return i === undefined ? 0 : this.loaded!.flags[i]!;
  }

  /** The facts of `file`'s record, decoded on first use. */
  factsOf(file: string): CachedFacts {
    const entry = this.liveEntry(file);
    if (!entry) return {};
    if (!entry.facts) {
      const at = entry.loadedAt!;
      delete entry.loadedAt;
      try {
        entry.facts = deserialize(this.recordBytes(at)) as CachedFacts;
      } catch {
        // A record that will not decode is dropped: this scan computes the file afresh, and the
        // next one caches it again.
        entry.facts = {};
        this.forget(file);
      }
    }
    return entry.facts;
  }

  /**
   * A hash of these files with their contents: the prefilter's choice depends on nothing else
   * (the rest is in the cache key). Undefined when a file has no hash.
   */
  worldOf(files: string[]): string | undefined {
    // Usually already in order (the read phase goes through the files sorted): no sort then.
    const inOrder = files.every((file, i) => i === 0 || files[i - 1]! < file);
    const sorted = inOrder ? files : [...files].sort();
    const digests = Buffer.allocUnsafe(sorted.length * DIGEST_BYTES);
    // Loaded digests are copied a run at a time: the file is saved sorted, so the files of an
    // unchanged tree are one or a few runs, not thousands of copies.
    // The current run: loaded entries from..to-1 go to positions at.. (empty when from === to).
    let from = 0;
    let to = 0;
    let at = 0;
    const flush = () => {
      if (to > from) this.loaded!.digests.copy(digests, at * DIGEST_BYTES, from * DIGEST_BYTES, to * DIGEST_BYTES);
      from = to = at = 0;
    };
    for (let k = 0; k < sorted.length; k++) {
      const file = sorted[k]!;
      const live = this.live.get(file);
      const i = live ? undefined : this.loadedIndex(file);
      if (i !== undefined && to > from && i === to && at + (to - from) === k) {
        to++;
        continue;
      }
      flush();
      if (live) digests.write(live.hash, k * DIGEST_BYTES, DIGEST_BYTES, 'base64');
      else if (i !== undefined) [from, to, at] = [i, i + 1, k];
      else return undefined;
    }
    flush();
    // The paths in one update, the digests in another: thousands of small updates cost more
    // than the hashing. (The paths hold no NUL, and the digests have one length.)
    return createHash('sha256').update(sorted.join('\0')).update('\0').update(digests).digest('base64');
  }

  /** The files the prefilter chose for this world when last it was scanned, if it is one of the last MAX_DECISIONS. */
  decided(world: string): string[] | undefined {
    return this.decisions?.find((d) => d.world === world)?.files;
  }

  /**
   * Keeps the prefilter's choice for a world, the newest first, and those of MAX_DECISIONS - 1
   * other worlds: scans that take turns with two sets of paths each keep theirs.
   */
  decide(world: string, files: string[]): void {
    const sorted = [...files].sort();
    if (this.decided(world)?.join('\0') === sorted.join('\0')) return;
    this.decisions = [{ world, files: sorted }, ...(this.decisions ?? []).filter((d) => d.world !== world)].slice(0, MAX_DECISIONS);
    this.dirty = true;
  }

  /** The discovery memos kept by the last scans, as read (their reader checks their shape). */
  get discoveryMemos(): unknown {
    return this.discovery;
  }

  set discoveryMemos(memos: unknown) {
    if (memos === this.discovery) return;
    this.discovery = memos;
    this.dirty = true;
  }

  /** Stamps of files and directories changed after this time (ms) are not trusted. */
  get trustedBefore(): number {
    return this.startedAt - RACY_MS;
  }

  /**
   * Drops the entries of files that are gone: not visited by this scan, not found by its
   * discovery, and inside the paths it scanned (entries of other paths stay for other scans).
   */
  prune(inScope: (file: string) => boolean, discovered: (file: string) => boolean): void {
    for (const file of this.paths()) {
      if (this.visited.has(file) || discovered(file) || !inScope(file)) continue;
      this.forget(file);
    }
  }

  get size(): number {
    return this.paths().length;
  }

  serialise(): Buffer {
    // Sorted: a later scan's worldOf then copies digests in runs.
    const paths = this.paths().sort(compareText);
    const n = paths.length;
    const digests = Buffer.alloc(n * DIGEST_BYTES);
    const stamps = new Float64Array(n * 3).fill(Number.NaN);
    const flags = new Uint8Array(n);
    const offsets = new Float64Array(n * 2);
    const parts: Uint8Array[] = [];
    let offset = 0;
    paths.forEach((path, i) => {
      const live = this.live.get(path);
      const at = live ? live.loadedAt : this.index.get(path);
      if (live) digests.write(live.hash, i * DIGEST_BYTES, DIGEST_BYTES, 'base64');
      else this.loaded!.digests.copy(digests, i * DIGEST_BYTES, at! * DIGEST_BYTES, (at! + 1) * DIGEST_BYTES);
      if (live?.stamp) stamps.set(live.stamp, i * 3);
      else if (!live && at !== undefined) stamps.set(this.loaded!.stamps.subarray(at * 3, at * 3 + 3), i * 3);
      // Records that were not decoded are written back as they were read.
      const encoded = live?.facts ? serialize(live.facts) : at !== undefined ? this.recordBytes(at) : serialize({});
      flags[i] = this.flagsOf(path);
      offsets[i * 2] = offset;
      offsets[i * 2 + 1] = encoded.length;
      parts.push(encoded);
      offset += encoded.length;
    });
    const content: CacheFileContent = {
      format: FORMAT, formatVersion: FORMAT_VERSION, toolVersion: this.toolVersion, key: this.key, root: this.root,
      paths: paths.join('\0'), digests, stamps, flags, offsets, records: Buffer.concat(parts),
      ...(this.decisions ? { decisions: this.decisions } : {}),
      ...(this.discovery !== undefined ? { discovery: this.discovery } : {}),
    };
    return serialize(content);
  }

  /** Writes the cache atomically when it changed; returns a note when it could not. */
  async save(io: IO): Promise<string | undefined> {
    if (!this.dirty) return undefined;
    try {
      await io.writeFile(this.absPath, this.serialise());
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.absPath}: ${(error as Error).message}`;
    }
  }

  private loadedIndex(file: string): number | undefined {
    return this.removed.has(file) ? undefined : this.index.get(file);
  }

  /** The live entry of `file`, made from its loaded one when needed. */
  private liveEntry(file: string): LiveEntry | undefined {
    let entry = this.live.get(file);
    if (entry) return entry;
    const i = this.loadedIndex(file);
    if (i === undefined) return undefined;
    const loaded = this.loaded!;
    const size = loaded.stamps[i * 3]!;
    entry = { hash: this.loadedHash(i), loadedAt: i };
    if (!Number.isNaN(size)) entry.stamp = [size, loaded.stamps[i * 3 + 1]!, loaded.stamps[i * 3 + 2]!];
    this.live.set(file, entry);
    return entry;
  }

  /** The content hash of loaded entry `i`, as contentHash gives it. */
  private loadedHash(i: number): string {
    return this.loaded!.digests.toString('base64', i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES);
  }

  private recordBytes(i: number): Uint8Array {
    const { offsets, records } = this.loaded!;
    return records.subarray(offsets[i * 2]!, offsets[i * 2]! + offsets[i * 2 + 1]!);
  }

  private paths(): string[] {
    const out = this.loaded ? this.loaded.paths.filter((p) => !this.removed.has(p) && !this.live.has(p)) : [];
    out.push(...this.live.keys());
    return out;
  }

  private stampOf(stat: FileStat): Stamp | undefined {
    if (stat.mtimeMs === undefined || stat.ino === undefined) return undefined;
    if (stat.mtimeMs > this.startedAt - RACY_MS) return undefined;
    return [stat.size, stat.mtimeMs, stat.ino];
  }
}

/**
 * The entries of a loaded cache file by path, when its arrays fit together (else undefined):
 * checked and indexed in one pass, as a cached scan loads thousands of entries.
 */
function indexOf(c: LoadedCache): Map<string, number> | undefined {
  const n = c.paths.length;
  if (c.digests.length !== n * DIGEST_BYTES || !(c.stamps instanceof Float64Array) || c.stamps.length !== n * 3
    || !(c.flags instanceof Uint8Array) || c.flags.length !== n || !(c.offsets instanceof Float64Array) || c.offsets.length !== n * 2
    || !(c.records instanceof Uint8Array)) return undefined;
  if (c.decisions !== undefined && (!Array.isArray(c.decisions) || !c.decisions.every((d) => typeof d?.world === 'string'
    && Array.isArray(d.files) && d.files.every((f) => typeof f === 'string')))) return undefined;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const path = c.paths[i]!;
    if (path === '') return undefined;
    if (!(c.offsets[i * 2]! + c.offsets[i * 2 + 1]! <= c.records.length)) return undefined;
    index.set(path, i);
  }
  return index;
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]);
}

/** A file read as text and bytes, with the stat taken before reading it. */
export interface ReadContent {
  source: string;
  bytes: Buffer;
  stat?: FileStat;
}

export interface OpenedFile {
  /** What is known about the file's content: cached facts, or an empty record the scan fills. */
  readonly facts: CachedFacts;
  /** What the record holds, without decoding it. */
  readonly summary: FactsSummary;
  /** The content, when it had to be read to open the file (not on the stat fast path). */
  loaded?: ReadContent;
  /** Reads the content (again): for facts the record does not have yet. */
  read(): Promise<ReadContent | { error: FileError }>;
}

/**
 * Opens a file for the per-file phase. With a cache, a file whose stat matches its entry is not
 * read; any other is read and hashed, and its entry reused when the hash matches. Without a
 * cache, the file is read and its record starts empty.
 */
export async function openFile(
  file: string, absPath: string, io: IO, read: () => Promise<ReadContent | { error: FileError }>, cache?: ScanCache,
  taken?: { stat: FileStat | undefined },
): Promise<OpenedFile | { error: FileError }> {
  if (cache) {
    const stat = taken ? taken.stat : await statQuietly(io, absPath);
    const hit = openByStat(file, stat, read, cache);
    if (hit) return hit;
  }
  const loaded = await read();
  if ('error' in loaded) return loaded;
  if (cache && loaded.stat) {
    cache.byHash(file, contentHash(loaded.bytes), loaded.stat);
    return new CachedFile(cache, file, read, loaded);
  }
  return new UncachedFile(read, loaded);
}

/**
 * The stat fast path of openFile, synchronous: the cached file when `stat` (taken just before)
 * matches its entry's stamp, else undefined (the file has to be read).
 */
export function openByStat(
  file: string, stat: FileStat | undefined, read: () => Promise<ReadContent | { error: FileError }>, cache: ScanCache,
): OpenedFile | undefined {
  return stat?.isFile && cache.byStat(file, stat) ? new CachedFile(cache, file, read) : undefined;
}

/** A file with a cache record: its summary at once, its facts decoded when first asked for. */
class CachedFile implements OpenedFile {
  constructor(
    private readonly cache: ScanCache, private readonly file: string,
    private readonly reader: () => Promise<ReadContent | { error: FileError }>, public loaded?: ReadContent,
  ) {}

  get facts(): CachedFacts {
    return this.cache.factsOf(this.file);
  }

  get summary(): FactsSummary {
    return summaryOf(this.cache.flagsOf(this.file));
  }

  async read(): Promise<ReadContent | { error: FileError }> {
    const expected = this.cache.hashOf(this.file);
    const again = await this.reader();
    // Changed since it was opened: nothing learned from this read may be kept under the old hash.
    if (!('error' in again) && contentHash(again.bytes) !== expected) this.cache.forget(this.file);
    return again;
  }
}

class UncachedFile implements OpenedFile {
  readonly facts: CachedFacts = {};
  constructor(readonly read: () => Promise<ReadContent | { error: FileError }>, public loaded?: ReadContent) {}

  get summary(): FactsSummary {
    return summaryOf(summaryFlags(this.facts));
  }
}

/** Whether a file (POSIX, relative to `cwd`) lies inside one of the scanned paths. */
export function underPaths(cwd: string, paths: string[]): (file: string) => boolean {
  const roots = paths.map((p) => relative(cwd, resolve(cwd, p)).split(sep).join('/'));
  return (file) => roots.some((r) => r === '' || file === r || file.startsWith(`${r}/`));
}
