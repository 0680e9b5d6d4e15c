import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleKeyCandidates, moduleKeyResolver } from '../../src/analysis/js/module-keys.js';

describe('module keys', () => {
  it('resolves relative specifiers against the importing file and aliases by prefix', () => {
    const resolve = moduleKeyResolver('src/app/main.ts', [{ prefix: '@/', exact: false, targets: ['src/'] }]);
    expect(resolve('./expiry')).toBe('src/app/expiry');
    expect(resolve('../config/flags.js')).toBe('src/config/flags.js');
    expect(resolve('.')).toBe('src/app');
    expect(resolve('@/lib/clock')).toBe('src/lib/clock');
    expect(resolve('lodash')).toBeUndefined();
  });

  it('tries the key, TypeScript sources of an emitted .js, extensions, then index files, as path.join would name them', () => {
    expect(moduleKeyCandidates('src/flags.js').slice(0, 3)).toEqual(['src/flags.js', 'src/flags.ts', 'src/flags.tsx']);
    for (const key of ['.', '..', 'src', 'src/', '../lib/x', '@scope/pkg']) {
      const candidates = moduleKeyCandidates(key);
      const indexes = candidates.filter((c) => /(^|\/)index\.[cm]?[jt]sx?$/.test(c) && !c.startsWith(key + '.'));
      expect(indexes).toEqual(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'].map((e) => posix.join(key, `index${e}`)));
    }
  });
});
