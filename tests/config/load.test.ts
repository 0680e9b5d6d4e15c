import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../rules/index.js';
import { SUPPRESSION_RULES } from '../../src/engine/suppressions.js';
import { REPO } from '../helpers/fixtures.js';
import { ConfigError } from '../../src/config/errors.js';
import {
  allowlistOf, baselinePathOf, checkRuleIds, findConfig, loadConfigFile, parseConfig, refSource, relativePosix, workingTreeSource,
  type ConfigSource,
} from '../../src/config/load.js';
import { fakeIO } from '../cli/fake-io.js';

function source(files: Record<string, string>): ConfigSource {
  return { read: async (p) => files[p], describe: (p) => p };
}

const RC = '{ "failOn": "warning", "allowlist": [{ "path": "src/legacy/**", "rule": "*", "reason": "dead code" }] }';

describe('findConfig', () => {
  it('finds nothing in an empty directory', async () => {
    expect(await findConfig(source({}))).toBeUndefined();
  });

  it('reads .timebombrc.json, .timebombrc.yaml, .timebombrc.yml and the "timebomb" key of package.json', async () => {
    expect((await findConfig(source({ '.timebombrc.json': RC })))!).toMatchObject({ file: '.timebombrc.json', dir: '', config: { failOn: 'warning' } });
    const yaml = '# timebomb config\nfailOn: note\nallowlist:\n  - path: "vendor/**"\n    rule: "*"\n    reason: third party\n';
    expect((await findConfig(source({ '.timebombrc.yaml': yaml })))!.config).toEqual({
      failOn: 'note', allowlist: [{ path: 'vendor/**', rule: '*', reason: 'third party' }],
    });
    expect((await findConfig(source({ '.timebombrc.yml': 'failOn: none\n' })))!.file).toBe('.timebombrc.yml');
    const pkg = JSON.stringify({ name: 'app', timebomb: { failOn: 'error' } });
    expect(await findConfig(source({ 'package.json': pkg }))).toEqual({ file: 'package.json', dir: '', config: { failOn: 'error' } });
  });

  it('ignores a package.json without the key, or one it cannot read', async () => {
    expect(await findConfig(source({ 'package.json': '{"name":"app"}' }))).toBeUndefined();
    expect(await findConfig(source({ 'package.json': '{ broken' }))).toBeUndefined();
  });

  it('refuses two config files at once', async () => {
    await expect(findConfig(source({ '.timebombrc.json': '{}', 'package.json': '{"timebomb":{}}' }))).rejects.toThrow(
      'several config files: .timebombrc.json, package.json; keep one, or name one with --config',
    );
  });

  it('names the file and the problems of an invalid config', async () => {
    const err = await findConfig(source({ '.timebombrc.json': '{"failOn":"fatal","allowlist":[{"path":"a","rule":"*"}]}' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(
      'invalid config .timebombrc.json:\n  failOn: "fatal" is not one of error, warning, note, none\n  allowlist[0]: missing required key "reason"',
    );
    await expect(findConfig(source({ '.timebombrc.json': '{ "failOn": ' }))).rejects.toThrow(/^invalid config \.timebombrc\.json: not valid JSON/);
    await expect(findConfig(source({ '.timebombrc.yaml': 'a: [\n' }))).rejects.toThrow(/^invalid config \.timebombrc\.yaml: not valid YAML: .*line/);
    await expect(findConfig(source({ '.timebombrc.yaml': 'failOn: a\nfailOn: b\n' }))).rejects.toThrow(/not valid YAML: Map keys must be unique/);
  });
});

describe('parseConfig', () => {
  it('reads YAML as data only: tags do not make functions, anchors are plain values', () => {
    const loaded = parseConfig('include: &src ["src/**"]\nexclude: *src\nbaseline: !!js/function "function () { return 1 }"\n', 'x.yaml');
    expect(loaded.config).toEqual({ include: ['src/**'], exclude: ['src/**'], baseline: 'function () { return 1 }' });
    expect(typeof loaded.config.baseline).toBe('string');
  });

  it('treats an empty YAML file as an empty config, and an unknown extension as YAML', () => {
    expect(parseConfig('', '.timebombrc.yaml').config).toEqual({});
    expect(parseConfig('{"failOn": "none"}', 'ci/timebomb.conf').config).toEqual({ failOn: 'none' });
  });

  it('resolves allowlist globs and the baseline from the config file directory', () => {
    const loaded = parseConfig('{"baseline":"tb-baseline.json","allowlist":[{"path":"src/**","rule":"js/hardcoded-expiry","reason":" why ","until":"2027-01-31"}]}', 'ci/timebomb.json');
    expect(loaded.dir).toBe('ci');
    expect(allowlistOf(loaded)).toEqual([{ path: 'ci/src/**', rule: 'js/hardcoded-expiry', reason: 'why', until: '2027-01-31', source: 'ci/timebomb.json' }]);
    expect(baselinePathOf(loaded)).toBe('ci/tb-baseline.json');
    const top = parseConfig(RC, '.timebombrc.json');
    expect(allowlistOf(top)[0]!.path).toBe('src/legacy/**');
    expect(baselinePathOf(top)).toBeUndefined();
  });

  it('loadConfigFile requires the named file', async () => {
    await expect(loadConfigFile(source({}), 'cfg/tb.json')).rejects.toThrow('config file cfg/tb.json not found');
    await expect(loadConfigFile(refSource('origin/main', async () => undefined), '.timebombrc.json')).rejects.toThrow(
      'config file origin/main:.timebombrc.json not found',
    );
  });
});

describe('checkRuleIds', () => {
  it('rejects unknown rule ids in rules and allowlist, accepting *', () => {
    const loaded = parseConfig('{"rules":{"js/hardcoded-expiry":"off","js/typo":"off"},"allowlist":[{"path":"a","rule":"*","reason":"r"},{"path":"a","rule":"js/nope","reason":"r"}]}', '.timebombrc.json');
    expect(() => checkRuleIds(loaded, ['js/hardcoded-expiry'])).toThrow(
      'invalid config .timebombrc.json:\n  rules: unknown rule "js/typo"\n  allowlist[1].rule: unknown rule "js/nope"\n  known rules: js/hardcoded-expiry',
    );
    expect(() => checkRuleIds(parseConfig('{"rules":{"js/hardcoded-expiry":"off"}}', 'x.json'), ['js/hardcoded-expiry'])).not.toThrow();
  });
});

describe('workingTreeSource', () => {
  it('reads files relative to the working directory and says when there is none', async () => {
    const io = fakeIO({ files: { '/project/.timebombrc.json': RC } });
    const src = workingTreeSource(io);
    expect(await src.read('.timebombrc.json')).toBe(RC);
    expect(await src.read('package.json')).toBeUndefined();
    expect(relativePosix('/project', '/project/ci/x.json')).toBe('ci/x.json');
    expect(relativePosix('/project', './x.json')).toBe('x.json');
  });
});

describe('the README example', () => {
  it('is a valid config naming known rules', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.timebombrc\.yaml\n[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const loaded = parseConfig(block![1]!, '.timebombrc.yaml');
    expect(loaded.config).toMatchObject({
      rules: { 'js/calendar-check': 'off' }, failOn: 'warning', baseline: 'timebomb-baseline.json',
      allowlist: [{ path: 'vendor/**', rule: '*' }, { path: 'src/legacy/licence.js', until: '2027-01-31' }],
    });
    expect(() => checkRuleIds(loaded, [...catalogue.map((r) => r.meta.id), ...SUPPRESSION_RULES.map((r) => r.id)])).not.toThrow();
  });
});
