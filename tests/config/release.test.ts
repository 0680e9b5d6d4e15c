/**
 * Release context: defines read from a project's build configuration (never executed), the
 * CLI's --define / --profile / --build-date / --horizon, and the lookup that joins them.
 */
import { describe, expect, it } from 'vitest';
import { defineLookupFor, parseDefine } from '../../src/analysis/release.js';
import { addCalendar } from '../../src/analysis/time.js';
import { definesOf, isDefineSourceFile, isDefineSourcePath } from '../../src/config/bundler-defines.js';
import { parseHorizon, releaseSetup } from '../../src/cli/release-setup.js';
import { ConfigError } from '../../src/config/errors.js';

const NOW = Date.UTC(2026, 10, 24);

describe('bundler defines, read as data', () => {
  it('vite define: JSON.stringify, raw literals and code strings; computed values are skipped', () => {
    const source = `import { defineConfig } from 'vite';
export default defineConfig(({ mode }) => ({
  define: {
    __BETA__: JSON.stringify(false),
    __CHANNEL__: '"canary"',
    __BUILD_TIME__: JSON.stringify(1767225600000),
    'import.meta.env.VITE_EAP': true,
    __DEV_TOOLS__: mode !== 'production',
    __NOW__: Date.now(),
  },
}));`;
    expect(definesOf('vite.config.ts', source).map(({ name, value, line }) => [name, value, line])).toEqual([
      ['__BETA__', false, 4], ['__CHANNEL__', 'canary', 5], ['__BUILD_TIME__', 1767225600000, 6], ['import.meta.env.VITE_EAP', true, 7],
    ]);
  });

  it('webpack DefinePlugin with nested process.env, and EnvironmentPlugin defaults', () => {
    const source = `const webpack = require('webpack');
module.exports = { plugins: [
  new webpack.DefinePlugin({ 'process.env': { NODE_ENV: JSON.stringify('production'), CHANNEL: '"stable"' }, PRERELEASE: 'false' }),
  new webpack.EnvironmentPlugin({ BUILD_CHANNEL: 'beta' }),
] };`;
    expect(Object.fromEntries(definesOf('webpack.config.js', source).map((d) => [d.name, d.value]))).toEqual({
      'process.env.NODE_ENV': 'production', 'process.env.CHANNEL': 'stable', PRERELEASE: false, 'process.env.BUILD_CHANNEL': 'beta',
    });
  });

  it('.env.production gives process.env and import.meta.env; other files and broken ones give nothing', () => {
    expect(definesOf('.env.production', 'VITE_CHANNEL=stable\n# comment\n').map((d) => d.name)).toEqual(['process.env.VITE_CHANNEL', 'import.meta.env.VITE_CHANNEL']);
    expect(isDefineSourceFile('.env.development')).toBe(false);
    expect(isDefineSourceFile('vite.config.mts')).toBe(true);
    expect(isDefineSourceFile('webpack.prod.js')).toBe(true);
    expect(definesOf('vite.config.ts', 'export default {{{ define: ')).toEqual([]);
  });
});

describe('isDefineSourcePath', () => {
  it('agrees with isDefineSourceFile on the last segment, for every kind of name', () => {
    const names = [
      'vite.config.ts', 'electron.vite.config.mjs', 'webpack.config.js', 'webpack.dev.config.cjs', 'webpack.prod.js',
      'webpack.release.ts', 'tsup.config.ts', 'esbuild.config.mjs', 'rollup.config.js', 'next.config.mjs', 'rspack.config.ts',
      'vite.config.staging.ts', '.env.production', '.env.production.local', '.env', '.env.development', 'config.js',
      'webpack.js', 'my.config.json', 'index.js', 'app.config.ts', 'Vite.config.ts',
    ];
    for (const name of names) {
      for (const path of [name, `packages/web/${name}`, `webpack.config.js/${name}`]) {
        expect(isDefineSourcePath(path), path).toBe(isDefineSourceFile(name));
      }
    }
  });
});

describe('define lookup', () => {
  it('explicit defines beat the nearest project config, which beats the root one', () => {
    const lookup = defineLookupFor({
      defines: { __BETA__: false }, defineSources: { __BETA__: '--define' }, configFiles: [],
      scoped: [
        { dir: '', defines: { __BETA__: true, __CHANNEL__: 'beta' }, sources: { __BETA__: 'vite.config.ts:3', __CHANNEL__: 'vite.config.ts:4' } },
        { dir: 'apps/web', defines: { __CHANNEL__: 'stable' }, sources: { __CHANNEL__: 'apps/web/vite.config.ts:2' } },
      ],
    }, 'apps/web/src/main.ts');
    expect(lookup('__BETA__')).toEqual({ value: false, source: '--define' });
    expect(lookup('__CHANNEL__')).toEqual({ value: 'stable', source: 'apps/web/vite.config.ts:2' });
    expect(lookup('__OTHER__')).toBeUndefined();
    expect(defineLookupFor(undefined, 'a.ts')('__BETA__')).toBeUndefined();
  });

  it('parses esbuild-style NAME=VALUE', () => {
    expect(parseDefine('__BETA__=false')).toEqual({ name: '__BETA__', value: false });
    expect(parseDefine('process.env.NODE_ENV=production')).toEqual({ name: 'process.env.NODE_ENV', value: 'production' });
    expect(parseDefine('process.env.NODE_ENV="production"')).toEqual({ name: 'process.env.NODE_ENV', value: 'production' });
    expect(parseDefine('__BUILD_TIME__=1767225600000')).toEqual({ name: '__BUILD_TIME__', value: 1767225600000 });
    expect(parseDefine('no-equals')).toBeUndefined();
    expect(parseDefine('bad name=1')).toBeUndefined();
  });
});

describe('CLI release setup', () => {
  const config = {
    file: '.timebombrc.json', dir: '',
    config: { profiles: { release: { defines: { __BETA__: false, 'process.env.CHANNEL': 'stable' }, configFiles: ['config/prod/**'], buildDate: '2026-11-01' } } },
  };

  it('a profile gives its defines, release config files and build date; --define overrides it', () => {
    const setup = releaseSetup({ profile: 'release', define: ['__BETA__=true'] }, config, NOW);
    expect(setup.release).toEqual({
      profile: 'release',
      defines: { __BETA__: true, 'process.env.CHANNEL': 'stable' },
      defineSources: { __BETA__: '--define', 'process.env.CHANNEL': 'profile release' },
      configFiles: ['config/prod/**'],
      buildDate: Date.UTC(2026, 10, 1),
      buildDateSource: 'profile release',
    });
  });

  it('rejects an unknown profile, a malformed define and a bad build date with a message', () => {
    expect(() => releaseSetup({ profile: 'ga' }, config, NOW)).toThrow(/unknown profile 'ga' in \.timebombrc\.json; known profiles: release/);
    expect(() => releaseSetup({ profile: 'ga' }, undefined, NOW)).toThrow(ConfigError);
    expect(() => releaseSetup({ define: ['BETA'] }, undefined, NOW)).toThrow(/expected NAME=VALUE/);
    expect(() => releaseSetup({ buildDate: 'last tuesday' }, undefined, NOW)).toThrow(/--build-date/);
    expect(releaseSetup({}, undefined, NOW)).toEqual({});
  });

  it('--horizon takes a duration from --now or a date', () => {
    expect(parseHorizon('18m', NOW)).toBe(addCalendar(NOW, 18, 'month'));
    expect(parseHorizon('90d', NOW)).toBe(NOW + 90 * 864e5);
    expect(parseHorizon('3y', NOW)).toBe(addCalendar(NOW, 3, 'year'));
    expect(parseHorizon('2027-12-31', NOW)).toBe(Date.UTC(2027, 11, 31));
    expect(() => parseHorizon('soon', NOW)).toThrow(/--horizon/);
  });
});
