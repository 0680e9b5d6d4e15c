/**
 * Discovery from a memo: the file list is reused only while every directory listing, .gitignore
 * and given path it was built from is unchanged, and a memo is made only of a clean, settled tree.
 */
import { mkdir, mkdtemp, realpath, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_MEMOS, discoverWithMemo, isDiscoveryMemo, keepMemos, memoFor, memoKey, memosOf, type DiscoveryMemo,
} from '../../src/discovery/cached-discovery.js';
import { discoverFiles, type DiscoveryOptions, type DiscoveryResult } from '../../src/discovery/discover.js';
import { recordingDiscoveryFs, witnessesHold } from '../../src/discovery/discovery-fs.js';

const EXTENSIONS = ['.js', '.ts'];
/** Every stamp in these trees is older than this: memos may be made of them. */
const LATER = () => Date.now() + 60_000;

/** A result with plain files: a reused file makes its absolute path when asked (a getter). */
function plain(result: DiscoveryResult): DiscoveryResult {
  return { ...result, files: result.files.map((f) => ({ relPath: f.relPath, absPath: f.absPath })) };
}
const HOUR_AGO = new Date(Date.now() - 3600_000);

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-memo-')));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * Writes the files, then sets every directory's modification time an hour back: a later change
 * then moves it for certain (file-system clocks tick in milliseconds, a test in microseconds).
 */
async function tree(files: Record<string, string>): Promise<void> {
  const dirs = new Set<string>([root]);
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
    for (let d = dirname(abs); d.startsWith(root); d = dirname(d)) dirs.add(d);
  }
  for (const d of dirs) await utimes(d, HOUR_AGO, HOUR_AGO);
}

function options(over: Partial<DiscoveryOptions> = {}): DiscoveryOptions {
  return { cwd: root, paths: ['.'], include: [], exclude: [], gitignore: true, includeTests: false, extensions: EXTENSIONS, ...over };
}

/** Discovers once to make a memo, as a first cached scan does. */
async function memoOf(o: DiscoveryOptions): Promise<DiscoveryMemo> {
  const first = await discoverWithMemo(o, undefined, LATER());
  expect(first.reused).toBe(false);
  expect(first.memo).toBeDefined();
  return first.memo!;
}

async function relPaths(o: DiscoveryOptions, memo: DiscoveryMemo) {
  const again = await discoverWithMemo(o, memo, LATER());
  return { reused: again.reused, files: again.result.files.map((f) => f.relPath), fresh: (await discoverFiles(o)).files.map((f) => f.relPath) };
}

describe('discoverWithMemo', () => {
  it('reuses the file list, absolute paths included, while the tree is unchanged', async () => {
    await tree({ 'src/a.js': '', 'src/lib/b.ts': '', 'README.md': '', '.gitignore': 'dist/\n', 'dist/out.js': '' });
    const o = options();
    const memo = await memoOf(o);
    const again = await discoverWithMemo(o, memo, LATER());
    expect(again.reused).toBe(true);
    expect(plain(again.result)).toEqual(plain(await discoverFiles(o)));
    expect(again.result.files.map((f) => f.relPath)).toEqual(['src/a.js', 'src/lib/b.ts']);
  });

  it('keeps the absolute paths of files outside the working directory', async () => {
    await tree({ 'outside/x.js': '', 'work/y.js': '' });
    const o = options({ cwd: join(root, 'work'), paths: ['../outside', '.'] });
    const memo = await memoOf(o);
    const again = await discoverWithMemo(o, memo, LATER());
    expect(again.reused).toBe(true);
    expect(plain(again.result)).toEqual(plain(await discoverFiles(o)));
    expect(again.result.files.map((f) => f.absPath)).toContain(join(root, 'outside/x.js'));
  });

  it('walks again when a file is added, removed or renamed in any directory', async () => {
    await tree({ 'src/a.js': '', 'src/deep/er/b.js': '' });
    const o = options();

    let memo = await memoOf(o);
    await writeFile(join(root, 'src/deep/er/new.js'), '');
    let seen = await relPaths(o, memo);
    expect(seen.reused).toBe(false);
    expect(seen.files).toEqual(seen.fresh);
    expect(seen.files).toContain('src/deep/er/new.js');

    await tree({});
    memo = await memoOf(o);
    await rm(join(root, 'src/a.js'));
    seen = await relPaths(o, memo);
    expect(seen.reused).toBe(false);
    expect(seen.files).toEqual(['src/deep/er/b.js', 'src/deep/er/new.js']);

    await tree({});
    memo = await memoOf(o);
    await rename(join(root, 'src/deep/er/b.js'), join(root, 'src/deep/er/c.js'));
    seen = await relPaths(o, memo);
    expect(seen.reused).toBe(false);
    expect(seen.files).toEqual(['src/deep/er/c.js', 'src/deep/er/new.js']);
  });

  it('walks again when a .gitignore is edited, even one above the scanned root', async () => {
    await tree({ 'repo/.git/HEAD': '', 'repo/pkg/a.js': '', 'repo/pkg/gen/g.js': '', 'repo/.gitignore': '# nothing\n', 'repo/pkg/.gitignore': '' });
    const o = options({ cwd: join(root, 'repo/pkg') });
    // Each edit changes the list; one below a directory an earlier edit ignores would not.
    for (const [file, text] of [['repo/pkg/gen/.gitignore', 'g.js\n'], ['repo/pkg/.gitignore', 'a.js\n'], ['repo/.gitignore', 'gen/\n']] as const) {
      await tree({});
      const memo = await memoOf(o);
      await writeFile(join(root, file), text);
      const seen = await relPaths(o, memo);
      expect(seen.reused).toBe(false);
      expect(seen.files).toEqual(seen.fresh);
    }
    expect((await discoverFiles(o)).files).toEqual([]);
    // Edits below an ignored directory do not matter, and are not looked at.
    await tree({});
    const memo = await memoOf(o);
    await writeFile(join(root, 'repo/pkg/gen/.gitignore'), '');
    expect((await relPaths(o, memo)).reused).toBe(true);
  });

  it('walks again when a .git appears, which moves the repository root', async () => {
    await tree({ 'outer/.gitignore': 'gen/\n', 'outer/pkg/gen/g.js': '', 'outer/pkg/a.js': '' });
    const o = options({ paths: ['outer/pkg'] });
    const memo = await memoOf(o);
    expect(memo.witnesses.some((w) => w.q === 'exists')).toBe(true);
    await mkdir(join(root, 'outer/pkg/.git'));
    const seen = await relPaths(o, memo);
    expect(seen.reused).toBe(false);
    expect(seen.files).toEqual(seen.fresh);
  });

  it('walks again when a given path changes kind, or the options differ', async () => {
    await tree({ 'src/a.js': '', 'lib/b.js': '' });
    const o = options({ paths: ['src', 'lib'] });
    const memo = await memoOf(o);
    await rm(join(root, 'lib'), { recursive: true });
    await writeFile(join(root, 'lib'), '');
    expect((await discoverWithMemo(o, memo, LATER())).reused).toBe(false);

    await rm(join(root, 'lib'));
    await tree({ 'lib/b.js': '' });
    const other = options({ paths: ['src'] });
    expect(memoKey(other)).not.toBe(memoKey(o));
    expect((await discoverWithMemo(other, await memoOf(o), LATER())).reused).toBe(false);
    expect((await discoverWithMemo(options({ includeTests: true }), await memoOf(options()), LATER())).reused).toBe(false);
  });

  it("checks the directory holding the scan's own cache by its entries, so saving the cache keeps the list", async () => {
    await tree({ 'a.js': '', 'src/b.js': '' });
    const own = { dir: root, isOwn: (name: string) => name === '.timebombcache' || (name.startsWith('.timebombcache.') && name.endsWith('.tmp')) };
    const first = await discoverWithMemo(options(), undefined, LATER(), own);
    expect(first.memo!.witnesses.filter((w) => w.q === 'entries').map((w) => w.path)).toEqual([root]);
    // Saving the cache (a temporary file renamed over it) moves the directory's times, not its entries.
    await writeFile(join(root, '.timebombcache.123.abc.tmp'), 'x');
    await rename(join(root, '.timebombcache.123.abc.tmp'), join(root, '.timebombcache'));
    const again = await discoverWithMemo(options(), first.memo, LATER(), own);
    expect(again.reused).toBe(true);
    // Such a witness holds only for a scan that writes into the same directory.
    expect((await discoverWithMemo(options(), first.memo, LATER())).reused).toBe(false);
    // Any other entry added to that directory is a change.
    await writeFile(join(root, 'c.js'), '');
    const seen = await discoverWithMemo(options(), first.memo, LATER(), own);
    expect(seen.reused).toBe(false);
    expect(seen.result.files.map((f) => f.relPath)).toEqual(['a.js', 'c.js', 'src/b.js']);
  });

  it('makes no memo of a tree changed in the last moments, or of a result with errors or missing paths', async () => {
    await tree({ 'src/a.js': '' });
    // Changed just now: within the same clock tick it could change again unseen.
    await writeFile(join(root, 'src/b.js'), '');
    expect((await discoverWithMemo(options(), undefined, Date.now() - 2000)).memo).toBeUndefined();

    await tree({});
    expect((await discoverWithMemo(options({ paths: ['nope'] }), undefined, LATER())).memo).toBeUndefined();
  });

  it('records a failed listing as incomplete', async () => {
    await tree({ 'src/a.js': '' });
    const recording = recordingDiscoveryFs();
    expect(() => recording.fs.listDirectory(join(root, 'absent'))).toThrow();
    expect(recording.complete()).toBe(false);
  });

  it('never follows a symbolic link found in the tree, and notices one replacing a directory', async () => {
    await tree({ 'src/a.js': '', 'real/r.js': '' });
    await symlink(join(root, 'real'), join(root, 'src/linked'));
    await utimes(join(root, 'src'), HOUR_AGO, HOUR_AGO);
    const o = options({ paths: ['src'] });
    const memo = await memoOf(o);
    expect((await discoverWithMemo(o, memo, LATER())).result.files.map((f) => f.relPath)).toEqual(['src/a.js']);
    await rm(join(root, 'src/linked'));
    await mkdir(join(root, 'src/linked'));
    await writeFile(join(root, 'src/linked/n.js'), '');
    const seen = await relPaths(o, memo);
    expect(seen.reused).toBe(false);
    expect(seen.files).toEqual(['src/a.js', 'src/linked/n.js']);
  });
});

describe('witnessesHold', () => {
  it('holds for unchanged answers and fails for a vanished directory or junk', async () => {
    await tree({ 'src/a.js': '' });
    const memo = await memoOf(options());
    expect(witnessesHold(memo.witnesses)).toBe(true);
    await rm(join(root, 'src'), { recursive: true });
    expect(witnessesHold(memo.witnesses)).toBe(false);
    expect(witnessesHold([{ q: 'unknown' } as never])).toBe(false);
  });
});

describe('isDiscoveryMemo', () => {
  it('keeps a memo per set of options, so that scans taking turns with two each reuse theirs', async () => {
    await tree({ 'a/x.js': '', 'b/x.js': '', 'c/x.js': '', 'd/x.js': '', 'e/x.js': '' });
    let memos: unknown[] = [];
    /** A cached scan's discovery: whether it reused its list. */
    const scan = async (path: string, trustedBefore = LATER()) => {
      const o = options({ paths: [path] });
      const found = await discoverWithMemo(o, memoFor(memos, memoKey(o)), trustedBefore);
      expect(found.result.files.map((f) => f.relPath)).toEqual([`${path}/x.js`]);
      memos = keepMemos(memos, memoKey(o), found.memo);
      return found.reused;
    };
    expect([await scan('a'), await scan('b'), await scan('a'), await scan('b')]).toEqual([false, false, true, true]);
    // Nothing changed: the same list, so the cache is not written again.
    const kept = memos;
    await scan('a');
    expect(memos).toBe(kept);
    // Up to MAX_MEMOS sets of options; the oldest made goes first.
    expect(MAX_MEMOS).toBe(4);
    expect([await scan('c'), await scan('d'), await scan('e')]).toEqual([false, false, false]);
    expect(memos).toHaveLength(MAX_MEMOS);
    expect([await scan('b'), await scan('a')]).toEqual([true, false]);
    // A walk that cannot make a memo (a tree changed in the last moments) drops its key's old one.
    expect(await scan('c', 0)).toBe(true);
    const before = memos.length;
    const o = options({ paths: ['e'] });
    await writeFile(join(root, 'e/y.js'), '');
    const walked = await discoverWithMemo(o, memoFor(memos, memoKey(o)), 0);
    expect([walked.reused, walked.memo]).toEqual([false, undefined]);
    memos = keepMemos(memos, memoKey(o), walked.memo);
    expect(memos).toHaveLength(before - 1);
    expect(memoFor(memos, memoKey(o))).toBeUndefined();
  });

  it('reads no memo from what a damaged or foreign cache holds in their place', async () => {
    await tree({ 'src/a.js': '' });
    const memo = await memoOf(options());
    expect(memosOf([memo])).toEqual([memo]);
    for (const junk of [undefined, null, 'x', memo, { 0: memo }]) expect(memosOf(junk)).toEqual([]);
    expect(memoFor([null, 42, 'x', { key: memo.key }, memo], memo.key)).toBeUndefined();
    expect(memoFor([null, 42, memo], memo.key)).toBe(memo);
    // Junk in the list is dropped when a new memo is kept.
    expect(keepMemos([null, 42, { key: 'other' }], memo.key, memo)).toEqual([memo, { key: 'other' }]);
  });

  it('accepts a memo and rejects what a damaged or foreign cache may hold', async () => {
    await tree({ 'src/a.js': '' });
    const memo = await memoOf(options());
    expect(isDiscoveryMemo(memo)).toBe(true);
    for (const junk of [undefined, null, 42, 'x', {}, { ...memo, files: ['src/a.js'] }, { ...memo, absolute: [[-1, '/x']] }, { ...memo, witnesses: [null] }]) {
      expect(isDiscoveryMemo(junk)).toBe(false);
    }
  });

  it('walks afresh when the memo\'s files do not fit together', async () => {
    await tree({ 'src/a.js': '', 'src/b.js': '' });
    const o = options();
    const memo = await memoOf(o);
    expect(memo.files).toBe('src/a.js\0src/b.js');
    for (const damaged of [{ ...memo, absolute: [[2, '/x']] as [number, string][] }, { ...memo, files: 'src/a.js\0\0src/b.js' }]) {
      expect(isDiscoveryMemo(damaged)).toBe(true);
      const again = await discoverWithMemo(o, damaged, LATER());
      expect(again.reused).toBe(false);
      expect(again.result.files.map((f) => f.relPath)).toEqual(['src/a.js', 'src/b.js']);
    }
  });
});
