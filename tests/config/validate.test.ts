import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_PATH, compileConfigSchema, loadConfigSchema, pointerToPath, validateConfig } from '../../src/config/validate.js';
import { REPO } from '../helpers/fixtures.js';

const check = compileConfigSchema();
const problems = (data: unknown) => {
  const r = validateConfig(data, check);
  return r.ok ? [] : r.problems;
};

describe('config schema', () => {
  it('ships with the package', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> };
    expect(pkg.files).toContain(CONFIG_SCHEMA_PATH.split('\\').join('/'));
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['ajv', 'yaml']));
    expect(loadConfigSchema()).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('accepts a full config', () => {
    const config = {
      $schema: './node_modules/timebomb/src/config/timebomb-config.schema.json',
      rules: { 'js/calendar-check': 'off', 'js/hardcoded-expiry': 'error', 'timebomb/unused-suppression': 'note' },
      include: ['src/**'],
      exclude: ['src/generated/**'],
      failOn: 'warning',
      profiles: { release: { defines: { BETA: false, BUILD_DATE: '2026-11-01', 'process.env.CHANNEL': 'stable', N: 3, X: null } } },
      allowlist: [
        { path: 'src/legacy/**', rule: 'js/hardcoded-expiry', reason: 'dead code path, removal tracked in REL-7' },
        { path: 'vendor/**', rule: '*', reason: 'third party', until: '2027-01-31' },
      ],
      baseline: 'timebomb-baseline.json',
    };
    expect(validateConfig(config, check)).toEqual({ ok: true, config });
    expect(validateConfig({}, check)).toEqual({ ok: true, config: {} });
  });

  it('says what is wrong, where, in plain words', () => {
    expect(problems({ rule: {} })).toEqual(['(top level): unknown key "rule" (known keys: rules, include, exclude, failOn, profiles, allowlist, baseline)']);
    expect(problems({ rules: { 'js/calendar-check': 'loud' } })).toEqual(['rules["js/calendar-check"]: "loud" is not one of error, warning, note, off']);
    expect(problems({ rules: { 'Not An Id': 'off' } })).toEqual(['rules: key "Not An Id" is not valid (a rule id looks like js/hardcoded-expiry)']);
    expect(problems({ failOn: 'fatal' })).toEqual(['failOn: "fatal" is not one of error, warning, note, none']);
    expect(problems({ include: 'src/**' })).toEqual(['include: must be array, not "src/**"']);
    expect(problems({ include: [''] })).toEqual([expect.stringMatching(/^include\[0\]: must not be empty/)]);
    expect(problems({ allowlist: [{ path: 'a/**', rule: 'js/hardcoded-expiry' }] })).toEqual(['allowlist[0]: missing required key "reason"']);
    expect(problems({ allowlist: [{ path: 'a/**', rule: '*', reason: '   ' }] })).toEqual([expect.stringMatching(/^allowlist\[0\]\.reason: "   " is not valid \(Why/)]);
    expect(problems({ allowlist: [{ path: 'a', rule: '*', reason: 'r', until: '31/01/2027' }] })).toEqual([expect.stringMatching(/^allowlist\[0\]\.until: "31\/01\/2027" is not valid \(YYYY-MM-DD/)]);
    expect(problems({ allowlist: [{ path: 'a', rule: '*', reason: 'r', until: '2027-02-30' }] })).toEqual(['allowlist[0].until: "2027-02-30" is not a real date (YYYY-MM-DD)']);
    expect(problems({ profiles: { p: { defines: { X: [1] } } } })).toEqual(['profiles.p.defines.X: must be string or number or boolean or null, not [1]']);
    expect(problems({ profiles: { p: { define: {} } } })).toEqual(['profiles.p: unknown key "define" (known keys: defines, configFiles, buildDate)']);
    expect(problems([])).toEqual(['(top level): must be object, not []']);
  });

  it('lists every problem at once', () => {
    expect(problems({ failOn: 'x', baseline: '', allowlist: [{}] })).toHaveLength(5);
  });

  it('turns JSON pointers into readable paths', () => {
    expect(pointerToPath('')).toBe('(top level)');
    expect(pointerToPath('/allowlist/0/reason')).toBe('allowlist[0].reason');
    expect(pointerToPath('/rules/js~1hardcoded-expiry')).toBe('rules["js/hardcoded-expiry"]');
  });
});
