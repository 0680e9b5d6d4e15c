/**
 * The pre-commit hook manifest: the keys pre-commit reads, and an entry that names this
 * package's own bin and the diff-aware flag the CLI really has.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('.pre-commit-hooks.yaml', () => {
  it('declares the timebomb hook on staged content', async () => {
    const hooks = parse(await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({
      id: 'timebomb', name: 'timebomb', language: 'node', entry: 'timebomb scan --staged',
      pass_filenames: false, types_or: ['javascript', 'jsx', 'ts', 'tsx'],
    });
    // Only keys pre-commit's manifest schema knows.
    const known = new Set([
      'id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types',
      'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description',
      'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose',
    ]);
    expect(Object.keys(hook).filter((k) => !known.has(k))).toEqual([]);

    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(Object.keys(pkg.bin)).toContain(String(hook.entry).split(' ')[0]);
    // pre-commit installs the packed package: the bin and the build must be in it.
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist']));
  });
});
