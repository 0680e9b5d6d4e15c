import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync, type Dirent } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkTree } from '../../src/discovery/walk-tree.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'timebomb-walk-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function tree(files: string[]): Promise<void> {
  for (const f of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), '');
  }
}

const everything = { skipDirectory: () => false, keepFile: () => true };

describe('walkTree', () => {
  it('returns every regular file as a POSIX path relative to the root, dot files included', async () => {
    await tree(['a.js', '.hidden/b.ts', 'src/deep/er/c.mjs', 'src/.env']);
    const { files, errors } = walkTree(root, everything);
    expect(files.sort()).toEqual(['.hidden/b.ts', 'a.js', 'src/.env', 'src/deep/er/c.mjs']);
    expect(errors).toEqual([]);
  });

  it('does not enter skipped directories and asks about each directory once, by its relative path', async () => {
    await tree(['keep/a.js', 'skip/b.js', 'keep/skip/c.js']);
    const asked: string[] = [];
    const { files } = walkTree(root, { skipDirectory: (d) => { asked.push(d); return d.endsWith('skip'); }, keepFile: () => true });
    expect(files).toEqual(['keep/a.js']);
    expect(asked.sort()).toEqual(['keep', 'keep/skip', 'skip']);
  });

  it('returns only the files keepFile accepts', async () => {
    await tree(['a.js', 'b.md', 'src/c.js']);
    const { files } = walkTree(root, { skipDirectory: () => false, keepFile: (f) => f.endsWith('.js') });
    expect(files.sort()).toEqual(['a.js', 'src/c.js']);
  });

  it.skipIf(process.platform === 'win32')('never follows or returns symbolic links, so a loop ends', async () => {
    await tree(['src/a.js']);
    await symlink(root, join(root, 'src', 'loop'));
    await symlink(join(root, 'src', 'a.js'), join(root, 'linked.js'));
    const { files, errors } = walkTree(root, everything);
    expect(files).toEqual(['src/a.js']);
    expect(errors).toEqual([]);
  });

  it('walks a tree deeper than the call stack would allow recursion for', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    await tree([`${deep}/x.js`]);
    expect(walkTree(root, everything).files).toEqual([`${deep}/x.js`]);
  });

  it('reports a directory it cannot list, skips one that vanished, and walks the rest', async () => {
    await tree(['ok/a.js', 'locked/b.js', 'gone/c.js']);
    const readDirectory = (abs: string): Dirent[] => {
      if (abs.endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${abs}'`), { code: 'EACCES' });
      if (abs.endsWith('gone')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return readdirSync(abs, { withFileTypes: true });
    };
    const { files, errors } = walkTree(root, { ...everything, readDirectory });
    expect(files).toEqual(['ok/a.js']);
    expect(errors).toEqual([{ dir: 'locked', message: expect.stringContaining('EACCES') }]);
  });
});
