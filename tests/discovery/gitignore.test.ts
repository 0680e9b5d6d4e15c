import { describe, expect, it } from 'vitest';
import { buildMatcher, hasNegation, prunePatterns, rebasePatterns } from '../../src/discovery/gitignore.js';

describe('rebasePatterns', () => {
  it('keeps the base directory\'s own patterns as they are, minus comments and blanks', () => {
    expect(rebasePatterns('# comment\n\ndist/\r\n!keep.js\n/root-only\n', '')).toEqual(['dist/', '!keep.js', '/root-only']);
  });

  it('prefixes anchored patterns with the directory and unanchored ones with dir/**', () => {
    expect(rebasePatterns('/top.ts\nlocal.ts\nbuild/\na/b\n!x.ts\n**/gen\n', 'src/sub')).toEqual([
      'src/sub/top.ts', 'src/sub/**/local.ts', 'src/sub/**/build/', 'src/sub/a/b', '!src/sub/**/x.ts', 'src/sub/**/gen',
    ]);
  });
});

describe('buildMatcher', () => {
  it('lets deeper files override shallower ones regardless of input order', () => {
    const m = buildMatcher([
      { dir: 'src', content: '!*.gen.ts\n' },
      { dir: '', content: '*.gen.ts\n' },
    ]);
    expect(m.ignores('a.gen.ts')).toBe(true);
    expect(m.ignores('src/a.gen.ts')).toBe(false);
    expect(m.ignores('src/deep/a.gen.ts')).toBe(false);
  });

  it('is case-sensitive on every platform', () => {
    expect(buildMatcher([{ dir: '', content: 'Build/\n' }]).ignores('build/a.js')).toBe(false);
  });
});

describe('prunePatterns', () => {
  it('turns plain directory names into walk ignores and leaves wildcards to the matcher', () => {
    expect(prunePatterns([{ dir: '', content: 'dist/\ncoverage\n*.log\n/out/\nsrc/gen/\n.next/\nfoo*/\n' }], '')).toEqual([
      '**/.next/**', '**/coverage/**', '**/dist/**', 'out/**', 'src/gen/**',
    ]);
  });

  it('keeps only anchored paths that point inside the scanned root', () => {
    const files = [{ dir: '', content: '/pkg/gen/\n/other/x/\n/pkg/\n' }, { dir: 'pkg', content: '/local/\n' }];
    expect(prunePatterns(files, 'pkg')).toEqual(['gen/**', 'local/**']);
  });

  it('never prunes for a negation', () => {
    expect(prunePatterns([{ dir: '', content: '!build/\n' }], '')).toEqual([]);
    expect(hasNegation('a\n!b\n')).toBe(true);
    expect(hasNegation('a\n\\!b\n')).toBe(false);
  });
});
