import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIO, writeFileAtomic } from '../../src/cli/node-io.js';
import { isPending } from '../../src/engine/io.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'timebomb-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeIO', () => {
  it('adds one broken-pipe listener per output stream however many IOs are made', () => {
    nodeIO();
    const before = [process.stdout.listenerCount('error'), process.stderr.listenerCount('error')];
    for (let i = 0; i < 20; i++) nodeIO();
    expect([process.stdout.listenerCount('error'), process.stderr.listenerCount('error')]).toEqual(before);
  });

  it('stats with lstat, and gives undefined for a missing path or one through a file', async () => {
    await writeFile(join(dir, 'a.js'), 'x = 1');
    await symlink(join(dir, 'a.js'), join(dir, 'link.js'));
    const io = nodeIO();
    const paths = [join(dir, 'a.js'), dir, join(dir, 'link.js'), join(dir, 'gone.js'), join(dir, 'a.js', 'under-a-file.js')];
    const stats = await Promise.all(paths.map((p) => io.stat(p)));
    expect(stats.map((s) => s && [s.isFile, s.isDirectory, s.isSymbolicLink])).toEqual([
      [true, false, false], [false, true, false], [false, false, true], undefined, undefined,
    ]);
    expect(stats[0]).toMatchObject({ size: 5, mtimeMs: expect.any(Number), ino: expect.any(Number) });
    // Answered at once, without a promise: a cached scan stats every file.
    expect(paths.map((p) => isPending(io.stat(p)))).toEqual([false, false, false, false, false]);
  });

  it('writes files atomically, replacing old content and leaving no temporary file', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, '{"version":1}\n');
    expect(await readFile(target, 'utf8')).toBe('{"version":1}\n');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('fails without leaving debris when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'no/such/dir/report.txt'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stats without following links and answers undefined for missing paths', async () => {
    const io = nodeIO();
    await writeFile(join(dir, 'a.js'), '12345');
    await symlink(join(dir, 'a.js'), join(dir, 'link.js'));
    expect(await io.stat(join(dir, 'a.js'))).toEqual({ size: 5, isFile: true, isDirectory: false, isSymbolicLink: false, mtimeMs: expect.any(Number), ino: expect.any(Number) });
    expect((await io.stat(join(dir, 'link.js')))?.isSymbolicLink).toBe(true);
    expect(await io.stat(join(dir, 'missing'))).toBeUndefined();
    expect(await io.stat(join(dir, 'a.js', 'below'))).toBeUndefined();
    expect((await io.readFile(join(dir, 'a.js'))).toString()).toBe('12345');
    expect(io.cwd).toBe(process.cwd());
  });
});
