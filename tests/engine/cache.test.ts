/**
 * The result cache on its own: keys, the stat fast path, hashes, the racy-stat rule, pruning,
 * the prefilter's cached choice, and files that are missing, corrupt or foreign.
 */
import { deserialize, serialize } from 'node:v8';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cacheKey, codeFingerprint, contentHash, openFile, ScanCache, underPaths, type CacheKeyParts, type ReadContent,
} from '../../src/engine/cache.js';
import type { FileStat, IO } from '../../src/engine/io.js';

const NOW = Date.UTC(2026, 10, 24, 12);
const OLD = NOW - 86_400_000;

interface MemFile { bytes: Buffer; mtimeMs: number; ino: number }

/** An IO over an in-memory disk whose stats carry mtimes and inodes. */
function memIO(cwd = '/p') {
  const files = new Map<string, MemFile>();
  let inode = 100;
  const counts = { reads: 0, writes: 0 };
  const io: IO & { files: typeof files; counts: typeof counts; put(path: string, text: string | Buffer, mtimeMs?: number): void } = {
    files, counts,
    cwd, env: {}, clock: () => NOW,
    stdout: { write: () => undefined }, stderr: { write: () => undefined },
    put(path, text, mtimeMs = OLD) {
      files.set(path, { bytes: Buffer.from(text), mtimeMs, ino: files.get(path)?.ino ?? inode++ });
    },
    readFile: async (p) => {
      counts.reads++;
      const f = files.get(p);
      if (!f) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return f.bytes;
    },
    writeFile: async (p, content) => {
      counts.writes++;
      io.put(p, Buffer.from(content), NOW);
    },
    stat: async (p): Promise<FileStat | undefined> => {
      const f = files.get(p);
      return f ? { size: f.bytes.length, isFile: true, isDirectory: false, isSymbolicLink: false, mtimeMs: f.mtimeMs, ino: f.ino } : undefined;
    },
  };
  return io;
}

const PARTS: CacheKeyParts = { toolVersion: '1.0.0', code: 'c', rules: ['a', 'b'], vocabulary: { x: 1 }, config: { includeTests: false }, day: '2026-11-24' };
const KEY = cacheKey(PARTS);
const load = (io: IO, key = KEY, version = '1.0.0') => ScanCache.load(io, '/p/.timebombcache', { toolVersion: version, key, startedAt: NOW });

function reader(io: ReturnType<typeof memIO>, path: string) {
  return async (): Promise<ReadContent> => {
    const bytes = await io.readFile(path);
    return { source: bytes.toString('utf8'), bytes, stat: (await io.stat(path))! };
  };
}

/** Opens a file through the cache the way the scan does. */
const open = (io: ReturnType<typeof memIO>, cache: ScanCache, rel: string) =>
  openFile(rel, `/p/${rel}`, io, reader(io, `/p/${rel}`), cache);

async function opened(io: ReturnType<typeof memIO>, cache: ScanCache, rel: string) {
  const o = await open(io, cache, rel);
  if ('error' in o) throw new Error(o.error.message);
  return o;
}

describe('cache key', () => {
  it('does not depend on the order of object keys', () => {
    const reordered = { day: PARTS.day, config: PARTS.config, vocabulary: PARTS.vocabulary, rules: PARTS.rules, code: PARTS.code, toolVersion: PARTS.toolVersion };
    expect(cacheKey(reordered)).toBe(KEY);
  });

  it('changes with the day, the rules, the configuration and the code', () => {
    const variants: CacheKeyParts[] = [
      { ...PARTS, day: '2026-11-25' }, { ...PARTS, rules: ['a'] }, { ...PARTS, config: { includeTests: true } },
      { ...PARTS, code: 'd' }, { ...PARTS, vocabulary: { x: 2 } }, { ...PARTS, toolVersion: '1.0.1' },
    ];
    const keys = new Set([KEY, ...variants.map(cacheKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });
});

describe('code fingerprint', () => {
  it('is stable for the same modules and changes when a module is edited, added or removed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'timebomb-fingerprint-'));
    try {
      await mkdir(join(root, 'src', 'engine'), { recursive: true });
      await mkdir(join(root, 'rules'), { recursive: true });
      await writeFile(join(root, 'src', 'engine', 'a.js'), 'export const a = 1;');
      await writeFile(join(root, 'rules', 'words.json'), '{}');
      const base = pathToFileURL(`${root}/`);
      const first = codeFingerprint(base);
      expect(codeFingerprint(base)).toBe(first);
      // Declaration files and source maps are not code that runs.
      await writeFile(join(root, 'src', 'engine', 'a.d.ts'), 'export declare const a: number;');
      await writeFile(join(root, 'src', 'engine', 'a.js.map'), '{}');
      expect(codeFingerprint(base)).toBe(first);
      await writeFile(join(root, 'src', 'engine', 'a.js'), 'export const a = 2;');
      await utimes(join(root, 'src', 'engine', 'a.js'), new Date(2001, 0, 1), new Date(2001, 0, 1));
      const edited = codeFingerprint(base);
      expect(edited).not.toBe(first);
      await writeFile(join(root, 'rules', 'rule.js'), '');
      const added = codeFingerprint(base);
      expect(added).not.toBe(edited);
      await rm(join(root, 'rules', 'rule.js'));
      expect(codeFingerprint(base)).toBe(edited);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('ScanCache', () => {
  it('reuses a record without reading the file when its stat is unchanged', async () => {
    const io = memIO();
    io.put('/p/a.js', 'const a = 1;');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);

    io.counts.reads = 0;
    const { cache, note } = await load(io);
    expect(note).toBeUndefined();
    const again = await opened(io, cache, 'a.js');
    expect(again.loaded).toBeUndefined();
    expect(again.facts.testCode).toBe(false);
    expect(io.counts.reads).toBe(1); // the cache file itself
  });

  it('round-trips facts exactly, as the worker channel does (NaN, Infinity, -0, nested data)', async () => {
    const io = memIO();
    io.put('/p/a.js', 'x');
    const first = (await load(io)).cache;
    const facts = { file: 'a.js', reports: [], exports: { n: { kind: 'number' as const, value: Number.NaN }, i: { kind: 'number' as const, value: -Infinity }, z: { kind: 'number' as const, value: -0 } }, starExports: [], errors: [] };
    (await opened(io, first, 'a.js')).facts.full = facts;
    await first.save(io);
    const again = await opened(io, (await load(io)).cache, 'a.js');
    expect(again.facts.full).toStrictEqual(facts);
    expect(Object.is((again.facts.full!.exports.z as { value: number }).value, -0)).toBe(true);
  });

  it('reads and hashes a file whose stat changed, and reuses the record when the content is the same', async () => {
    const io = memIO();
    io.put('/p/a.js', 'same');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = true;
    await first.save(io);

    io.put('/p/a.js', 'same', OLD + 5000); // touched, not changed
    const touched = await opened(io, (await load(io)).cache, 'a.js');
    expect(touched.loaded?.source).toBe('same');
    expect(touched.facts.testCode).toBe(true);

    io.put('/p/a.js', 'different', OLD + 9000);
    const changed = await opened(io, (await load(io)).cache, 'a.js');
    expect(changed.loaded?.source).toBe('different');
    expect(changed.facts).toEqual({});
  });

  it('does not trust the stat of a file modified just before the scan started (racy)', async () => {
    const io = memIO();
    io.put('/p/a.js', 'fresh', NOW - 500);
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);
    const again = await opened(io, (await load(io)).cache, 'a.js');
    // Read again (no trusted stamp), but recognised by its hash.
    expect(again.loaded).toBeDefined();
    expect(again.facts.testCode).toBe(false);
  });

  it('forgets a record whose file changed between its stat and a later read', async () => {
    const io = memIO();
    io.put('/p/a.js', 'one');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);

    const cache = (await load(io)).cache;
    const hit = await opened(io, cache, 'a.js');
    expect(hit.loaded).toBeUndefined();
    io.files.get('/p/a.js')!.bytes = Buffer.from('two'); // same stat, other content
    const read = await hit.read();
    expect('source' in read && read.source).toBe('two');
    expect(cache.hashOf('a.js')).toBeUndefined();
  });

  it('starts afresh, silently, when the key differs (another day or configuration)', async () => {
    const io = memIO();
    io.put('/p/a.js', 'x');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);
    const { cache, note } = await load(io, cacheKey({ ...PARTS, day: '2026-11-25' }));
    expect(note).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('replaces a corrupt, foreign or other-version cache with a note, never throwing', async () => {
    const io = memIO();
    io.put('/p/a.js', 'x');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);
    const good = io.files.get('/p/.timebombcache')!.bytes;

    const other = await load(io, KEY, '2.0.0');
    expect(other.note).toMatch(/from timebomb 1\.0\.0; replacing it/);
    expect(other.cache.size).toBe(0);

    for (const bytes of [Buffer.from('not a cache at all'), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
      io.put('/p/.timebombcache', bytes);
      const { cache, note } = await load(io);
      expect(note).toMatch(/corrupt|not a timebomb cache/);
      expect(cache.size).toBe(0);
      // The replacement is written on save.
      await opened(io, cache, 'a.js');
      await cache.save(io);
      expect((await load(io)).note).toBeUndefined();
    }

    io.put('/p/.timebombcache', serialize({ some: 'other tool' }));
    expect((await load(io)).note).toMatch(/not a timebomb cache/);

    // Columns that do not fit together: paths and digests are checked against each other.
    const content = deserialize(good) as Record<string, unknown>;
    for (const broken of [
      { paths: ['a.js'] }, { paths: '' }, { paths: 'a.js\0' }, { paths: 'a.js\0b.js' },
      { digests: new Uint8Array(31) }, { digests: 'not bytes' }, { stamps: new Float64Array(2) },
    ]) {
      io.put('/p/.timebombcache', serialize({ ...content, ...broken }));
      const { cache, note } = await load(io);
      expect(note, JSON.stringify(Object.keys(broken))).toMatch(/is corrupt; replacing it/);
      expect(cache.size).toBe(0);
    }
    // The same version with another layout (an older build of it).
    io.put('/p/.timebombcache', serialize({ ...content, formatVersion: 1 }));
    expect((await load(io)).note).toMatch(/from another cache layout; replacing it/);
    io.put('/p/.timebombcache', good);
    expect((await load(io)).cache.hashOf('a.js')).toBe(contentHash(Buffer.from('x')));
  });

  it('writes nothing when a scan changed nothing', async () => {
    const io = memIO();
    io.put('/p/a.js', 'x');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);
    io.counts.writes = 0;
    const cache = (await load(io)).cache;
    await opened(io, cache, 'a.js');
    await cache.save(io);
    expect(io.counts.writes).toBe(0);
  });

  it('keeps the records it did not decode when it saves', async () => {
    const io = memIO();
    io.put('/p/a.js', 'a');
    io.put('/p/b.js', 'b');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.directives = null;
    (await opened(io, first, 'b.js')).facts.testCode = true;
    await first.save(io);

    const second = (await load(io)).cache;
    const a = await opened(io, second, 'a.js'); // record not decoded
    expect(a.summary).toEqual({ learnt: false, testCode: false, perRun: false });
    (await opened(io, second, 'b.js')).facts.testCode = false;
    second.changed();
    await second.save(io);

    const third = (await load(io)).cache;
    expect((await opened(io, third, 'a.js')).facts).toEqual({ directives: null });
    expect((await opened(io, third, 'b.js')).facts).toEqual({ testCode: false });
  });

  it('summarises a record without decoding it', async () => {
    const io = memIO();
    io.put('/p/a.js', 'a');
    io.put('/p/t.js', 't');
    io.put('/p/d.js', 'd');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.prefilter = { clock: false, fixed: false, fixedNearClock: false, specifiers: [], reexports: false };
    (await opened(io, first, 't.js')).facts.testCode = true;
    (await opened(io, first, 'd.js')).facts.directives = { file: 'd.js', directives: [], problems: [] };
    await first.save(io);
    const cache = (await load(io)).cache;
    expect((await opened(io, cache, 'a.js')).summary).toEqual({ learnt: true, testCode: false, perRun: false });
    expect((await opened(io, cache, 't.js')).summary).toEqual({ learnt: true, testCode: true, perRun: false });
    expect((await opened(io, cache, 'd.js')).summary).toEqual({ learnt: false, testCode: false, perRun: true });
  });

  it('drops the entries of files gone from the scanned paths, and keeps those of other paths', async () => {
    const io = memIO();
    for (const f of ['src/a.js', 'src/gone.js', 'lib/b.js']) io.put(`/p/${f}`, f);
    const first = (await load(io)).cache;
    for (const f of ['src/a.js', 'src/gone.js', 'lib/b.js']) await opened(io, first, f);
    await first.save(io);

    const cache = (await load(io)).cache;
    await opened(io, cache, 'src/a.js');
    cache.prune(underPaths('/p', ['src']), (f) => f === 'src/a.js');
    await cache.save(io);
    const after = (await load(io)).cache;
    expect(after.hashOf('src/a.js')).toBe(contentHash(Buffer.from('src/a.js')));
    expect(after.hashOf('src/gone.js')).toBeUndefined();
    expect(after.hashOf('lib/b.js')).toBeDefined();
  });

  it("keeps the prefilter's choice for the same files and contents only", async () => {
    const io = memIO();
    io.put('/p/a.js', 'a');
    io.put('/p/b.js', 'b');
    const first = (await load(io)).cache;
    await opened(io, first, 'a.js');
    await opened(io, first, 'b.js');
    const world = first.worldOf(['b.js', 'a.js'])!;
    expect(first.worldOf(['a.js', 'b.js'])).toBe(world);
    first.decide(world, ['b.js']);
    await first.save(io);

    const cache = (await load(io)).cache;
    expect(cache.decided(world)).toEqual(['b.js']);
    expect(cache.worldOf(['a.js'])).not.toBe(world);
    expect(cache.decided(cache.worldOf(['a.js'])!)).toBeUndefined();
    expect(cache.worldOf(['a.js', 'unknown.js'])).toBeUndefined();
  });

  it("keeps the prefilter's choices of the last four worlds, the newest first, and writes nothing for one it has", async () => {
    const io = memIO();
    const names = ['a.js', 'b.js', 'c.js', 'd.js', 'e.js'];
    for (const n of names) io.put(`/p/${n}`, n);
    const cache = (await load(io)).cache;
    for (const n of names) await opened(io, cache, n);
    const worlds = names.map((n) => cache.worldOf([n])!);
    worlds.forEach((w, i) => cache.decide(w, [names[i]!]));
    expect(worlds.map((w) => cache.decided(w))).toEqual([undefined, ['b.js'], ['c.js'], ['d.js'], ['e.js']]);
    await cache.save(io);
    let writes = 0;
    const counting = { ...io, writeFile: (path: string, content: string | Uint8Array) => { writes++; return io.writeFile(path, content); } };
    const again = (await load(io)).cache;
    again.decide(worlds[2]!, ['c.js']);
    await again.save(counting);
    expect(writes).toBe(0);
    again.decide(worlds[2]!, []);
    await again.save(counting);
    expect([writes, again.decided(worlds[2]!), again.decided(worlds[4]!)]).toEqual([1, [], ['e.js']]);
  });

  it('gives the same world for the same files and contents, whether their entries were loaded or made by this scan', async () => {
    const io = memIO();
    const names = ['a.js', 'b.js', 'c.js', 'd.js', 'e.js', 'f.js'];
    for (const n of names) io.put(`/p/${n}`, `content of ${n}`);
    const fresh = (await load(io)).cache;
    for (const n of names) await opened(io, fresh, n);
    await fresh.save(io);
    const loaded = (await load(io)).cache;
    // Subsets with gaps (several runs of loaded digests), and one file made live by a new read.
    for (const files of [names, ['a.js', 'c.js', 'd.js', 'f.js'], ['b.js', 'e.js'], ['f.js']]) {
      expect(loaded.worldOf(files)).toBe(fresh.worldOf(files));
    }
    io.put('/p/d.js', 'content of d.js', OLD + 1);
    await opened(io, loaded, 'd.js');
    expect(loaded.worldOf(names)).toBe(fresh.worldOf(names));
    io.put('/p/c.js', 'changed');
    await opened(io, loaded, 'c.js');
    expect(loaded.worldOf(names)).not.toBe(fresh.worldOf(names));
    expect(loaded.worldOf(['a.js', 'b.js'])).toBe(fresh.worldOf(['a.js', 'b.js']));
  });

  it('trusts stamps only in the directory that wrote them', async () => {
    const io = memIO('/p');
    io.put('/p/a.js', 'a');
    const first = (await load(io)).cache;
    (await opened(io, first, 'a.js')).facts.testCode = false;
    await first.save(io);
    const elsewhere = { ...io, cwd: '/q' };
    const cache = (await ScanCache.load(elsewhere, '/p/.timebombcache', { toolVersion: '1.0.0', key: KEY, startedAt: NOW })).cache;
    const again = await opened(io, cache, 'a.js');
    expect(again.loaded).toBeDefined(); // read and hashed
    expect(again.facts.testCode).toBe(false); // and recognised
  });
});

describe('underPaths', () => {
  it('matches files below the scanned paths only', () => {
    const inScope = underPaths('/p', ['src', './lib/', 'one.js']);
    expect(['src/a.js', 'lib/x/y.js', 'one.js'].every(inScope)).toBe(true);
    expect(['srcx/a.js', 'other/a.js', 'one.jsx'].some(inScope)).toBe(false);
    expect(underPaths('/p', ['.'])('anything/at/all.js')).toBe(true);
  });
});
