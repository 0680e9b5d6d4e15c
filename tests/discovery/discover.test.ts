import { chmod, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles, type DiscoveryOptions } from '../../src/discovery/discover.js';

const EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'];

let root: string;

beforeEach(async () => {
  // realpath: on macOS the temp dir is behind a symlink, and relPath is computed from cwd.
  root = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-discover-')));
});

afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
}

function options(over: Partial<DiscoveryOptions> = {}): DiscoveryOptions {
  return {
    cwd: root, paths: ['.'], include: [], exclude: [], gitignore: true, includeTests: false,
    extensions: EXTENSIONS, ...over,
  };
}

async function rel(over: Partial<DiscoveryOptions> = {}): Promise<string[]> {
  const result = await discoverFiles(options(over));
  return result.files.map((f) => f.relPath);
}

describe('discoverFiles', () => {
  it('lists source files by extension, sorted, with POSIX paths relative to cwd', async () => {
    await tree({
      'src/b.ts': '', 'src/a.js': '', 'src/deep/c.mts': '', 'README.md': '', 'data.json': '',
      'Z.cjs': '', 'src/view.tsx': '', '.config/tool.js': '',
    });
    const result = await discoverFiles(options());
    expect(result.files.map((f) => f.relPath)).toEqual([
      '.config/tool.js', 'Z.cjs', 'src/a.js', 'src/b.ts', 'src/deep/c.mts', 'src/view.tsx',
    ]);
    expect(result.files[0]!.absPath).toBe(join(root, '.config/tool.js'));
    expect(result.errors).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('always skips node_modules and .git, even with gitignore off and tests included', async () => {
    await tree({
      'a.js': '', 'node_modules/pkg/index.js': '', 'packages/x/node_modules/dep/i.js': '', '.git/hooks/pre-commit.js': '',
    });
    expect(await rel({ gitignore: false, includeTests: true })).toEqual(['a.js']);
  });

  it('honours nested .gitignore files relative to their own directory', async () => {
    await tree({
      '.gitignore': 'dist/\n*.gen.ts\n',
      'dist/out.js': '',
      'src/.gitignore': '/top.ts\nlocal.ts\n',
      'src/top.ts': '', 'src/sub/top.ts': '', 'src/local.ts': '', 'src/sub/local.ts': '',
      'src/types.gen.ts': '',
      'src/keep/.gitignore': '!keep.gen.ts\n',
      'src/keep/keep.gen.ts': '', 'src/keep/other.gen.ts': '',
      'other/local.ts': '', 'other/top.ts': '',
    });
    expect(await rel()).toEqual([
      'other/local.ts', 'other/top.ts', 'src/keep/keep.gen.ts', 'src/sub/top.ts',
    ]);
  });

  it('lets a deeper .gitignore re-include a directory a shallower one excludes by name', async () => {
    await tree({
      '.gitignore': 'build/\n',
      'build/b.ts': '',
      'src/.gitignore': '!build/\n',
      'src/build/a.ts': '',
      'lib/build/c.ts': '',
    });
    expect(await rel()).toEqual(['src/build/a.ts']);
  });

  it('never re-includes a file whose parent directory is excluded', async () => {
    await tree({ '.gitignore': 'out/\n!out/keep.ts\n', 'out/keep.ts': '', 'in.ts': '' });
    expect(await rel()).toEqual(['in.ts']);
  });

  it('ignores nothing with gitignore: false', async () => {
    await tree({ '.gitignore': 'dist/\n', 'dist/out.js': '', 'src/.gitignore': '*.ts\n', 'src/a.ts': '' });
    expect(await rel({ gitignore: false })).toEqual(['dist/out.js', 'src/a.ts']);
  });

  it('honours .gitignore files above the scanned directory, up to the repository root', async () => {
    await tree({
      'repo/.git/HEAD': '',
      'repo/.gitignore': 'generated/\n/pkg/local/\n',
      'repo/pkg/a.ts': '', 'repo/pkg/generated/g.ts': '', 'repo/pkg/local/l.ts': '',
      'repo/pkg/nested/local/n.ts': '',
    });
    expect(await rel({ paths: ['repo/pkg'] })).toEqual(['repo/pkg/a.ts', 'repo/pkg/nested/local/n.ts']);
    // From inside the package too: cwd does not change which rules apply.
    const inside = await discoverFiles(options({ cwd: join(root, 'repo/pkg'), paths: ['.'] }));
    expect(inside.files.map((f) => f.relPath)).toEqual(['a.ts', 'nested/local/n.ts']);
  });

  it('uses .gitignore files between cwd and the scanned directory when there is no repository', async () => {
    await tree({ '.gitignore': 'generated/\n', 'pkg/a.ts': '', 'pkg/generated/g.ts': '' });
    expect(await rel({ paths: ['pkg'] })).toEqual(['pkg/a.ts']);
  });

  it('scans a directory the user names even when an outer .gitignore excludes it', async () => {
    await tree({ '.gitignore': 'dist/\n', 'dist/a.js': '', 'dist/.gitignore': 'b.js\n', 'dist/b.js': '', 'src/c.js': '' });
    expect(await rel({ paths: ['dist'] })).toEqual(['dist/a.js']);
    expect(await rel()).toEqual(['src/c.js']);
  });

  it('applies the default test excludes relative to each given path', async () => {
    await tree({
      'src/a.ts': '', 'src/a.test.ts': '', 'src/a.spec.js': '', 'src/__tests__/t.ts': '',
      'src/__mocks__/m.ts': '', 'test/x.ts': '', 'tests/y.ts': '', 'src/fixtures/f.ts': '',
      'test-fixtures/demo/app.ts': '', 'test-fixtures/demo/test/t.ts': '',
    });
    expect(await rel()).toEqual(['src/a.ts']);
    expect(await rel({ paths: ['test-fixtures/demo'] })).toEqual(['test-fixtures/demo/app.ts']);
    expect(await rel({ includeTests: true })).toEqual([
      'src/__mocks__/m.ts', 'src/__tests__/t.ts', 'src/a.spec.js', 'src/a.test.ts', 'src/a.ts',
      'src/fixtures/f.ts', 'test-fixtures/demo/app.ts', 'test-fixtures/demo/test/t.ts', 'test/x.ts', 'tests/y.ts',
    ]);
  });

  it('restricts to --include globs and removes --exclude globs, relative to each path', async () => {
    await tree({
      'src/a.ts': '', 'src/b.gen.ts': '', 'lib/c.ts': '', 'pkg/src/d.ts': '', 'pkg/lib/e.ts': '',
      'src/notes.md': '',
    });
    expect(await rel({ include: ['src/**'] })).toEqual(['src/a.ts', 'src/b.gen.ts']);
    expect(await rel({ exclude: ['**/*.gen.ts', 'lib/**'] })).toEqual(['pkg/lib/e.ts', 'pkg/src/d.ts', 'src/a.ts']);
    expect(await rel({ paths: ['pkg'], include: ['src/**'] })).toEqual(['pkg/src/d.ts']);
    // --include never brings in a file with another extension.
    expect(await rel({ include: ['src/*'] })).toEqual(['src/a.ts', 'src/b.gen.ts']);
  });

  it('always scans a file named on the command line when its extension matches', async () => {
    await tree({ '.gitignore': '*.ts\n', 'src/a.test.ts': '', 'notes.md': '' });
    expect(await rel({ paths: ['src/a.test.ts', 'notes.md'] })).toEqual(['src/a.test.ts']);
  });

  it('does not follow symbolic links and does not hang on a link loop', async () => {
    await tree({ 'src/a.ts': '', 'elsewhere/b.ts': '' });
    await symlink('..', join(root, 'src/loop'));
    await symlink(join(root, 'elsewhere'), join(root, 'src/linked-dir'));
    await symlink(join(root, 'elsewhere/b.ts'), join(root, 'src/linked.ts'));
    await symlink(join(root, 'nowhere.ts'), join(root, 'src/dangling.ts'));
    expect(await rel({ paths: ['src'] })).toEqual(['src/a.ts']);
  });

  it('reports given paths that do not exist and still scans the others', async () => {
    await tree({ 'src/a.ts': '' });
    const result = await discoverFiles(options({ paths: ['nope', 'src', 'src/a.ts/x'] }));
    expect(result.missing).toEqual(['nope', 'src/a.ts/x']);
    expect(result.files.map((f) => f.relPath)).toEqual(['src/a.ts']);
  });

  it('deduplicates files reached through overlapping paths', async () => {
    await tree({ 'src/a.ts': '', 'b.ts': '' });
    expect(await rel({ paths: ['.', 'src', './src/a.ts', 'b.ts'] })).toEqual(['b.ts', 'src/a.ts']);
  });

  it('gives paths outside cwd relative to cwd', async () => {
    await tree({ 'outside/a.ts': '', 'work/b.ts': '' });
    const result = await discoverFiles(options({ cwd: join(root, 'work'), paths: ['../outside'] }));
    expect(result.files.map((f) => f.relPath)).toEqual(['../outside/a.ts']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'records an unreadable directory as a file error and scans the rest',
    async () => {
      await tree({ 'src/a.ts': '', 'locked/b.ts': '' });
      await chmod(join(root, 'locked'), 0o000);
      try {
        const result = await discoverFiles(options());
        expect(result.files.map((f) => f.relPath)).toEqual(['src/a.ts']);
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({ file: 'locked', phase: 'read' });
      } finally {
        await chmod(join(root, 'locked'), 0o755);
      }
    },
  );
});
