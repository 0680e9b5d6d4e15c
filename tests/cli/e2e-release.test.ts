/**
 * End to end: release profiles, --define, --build-date and --horizon through the built CLI, on
 * the release-profiles fixture (its .timebombrc.json holds the profiles) and the certs fixture.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/engine/types.js';
import { ROOT, ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';

const PROJECT = join(ROOT, 'test-fixtures', 'release-profiles');
const NOW = ['--now', '2026-11-24'];

async function scanJson(args: string[], cwd = PROJECT): Promise<{ code: number | null; result: ScanResult; stderr: string }> {
  const run = await runBuiltCli(['scan', '.', ...NOW, '--format', 'json', ...args], cwd, { ...process.env });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

const at = (r: ScanResult, file: string, rule: string): Finding => {
  const f = r.findings.find((x) => x.file.endsWith(file) && x.ruleId === rule);
  if (!f) throw new Error(`no ${rule} in ${file}: ${JSON.stringify(r.findings.map((x) => [x.file, x.ruleId]))}`);
  return f;
};

beforeAll(() => ensureBuilt(), 300_000);

describe('release profiles', () => {
  it('without a profile, pre-release gates and the build-age check are errors; the build date is unknown', async () => {
    const { code, result } = await scanJson([]);
    expect(code).toBe(1);
    expect(at(result, 'src/expiry.ts', 'js/prerelease-expiry')).toMatchObject({ severity: 'error', trigger: { date: '2027-02-28T00:00:00.000Z', daysFromNow: 96 } });
    expect(at(result, 'src/updates.ts', 'js/prerelease-expiry').severity).toBe('error');
    const age = at(result, 'src/expiry.ts', 'js/build-age');
    expect(age).toMatchObject({ severity: 'error', trigger: null });
    expect(age.message).toContain('120 days after the build');
    expect(age.message).toContain('pass --build-date');
  });

  it('--profile release rules out the beta and insider gates and dates the build-age check', async () => {
    const { code, result } = await scanJson(['--profile', 'release']);
    expect(code).toBe(1);
    const beta = at(result, 'src/expiry.ts', 'js/prerelease-expiry');
    expect(beta.severity).toBe('note');
    expect(beta.message).toContain('Not reachable in this release: __BETA__ is false (__BETA__ = false from profile release)');
    expect(at(result, 'src/updates.ts', 'js/prerelease-expiry').severity).toBe('note');
    const age = at(result, 'src/expiry.ts', 'js/build-age');
    expect(age.trigger).toEqual({ date: '2027-03-01T00:00:00.000Z', daysFromNow: 97, daysAfterBuild: 120 });
    expect(age.message).toContain('built on 2026-11-01 (profile release)');
  });

  it('--profile beta says the gate is on; --define beats the profile; --build-date beats its build date', async () => {
    const beta = await scanJson(['--profile', 'beta']);
    expect(at(beta.result, 'src/expiry.ts', 'js/prerelease-expiry').message).toContain('The pre-release guard __BETA__ is on in this release (__BETA__ = true from profile beta)');
    const overridden = await scanJson(['--profile', 'beta', '--define', '__BETA__=false', '--define', 'process.env.UPDATE_CHANNEL=stable', '--build-date', '2026-12-01']);
    expect(overridden.result.findings.filter((f) => f.ruleId === 'js/prerelease-expiry').map((f) => f.severity)).toEqual(['note', 'note']);
    expect(at(overridden.result, 'src/expiry.ts', 'js/build-age').trigger?.date).toBe('2027-03-31T00:00:00.000Z');
  });

  it('the text report names the profile', async () => {
    const run = await runBuiltCli(['scan', '.', ...NOW, '--profile', 'release', '--no-color'], PROJECT, { ...process.env });
    expect(run.stdout).toMatch(/in \d+ files \(profile release\)/);
  });

  it('an unknown profile, a malformed define or horizon is a usage error (exit 2) with a message', async () => {
    const unknown = await runBuiltCli(['scan', '.', '--profile', 'ga'], PROJECT, { ...process.env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown profile 'ga' in .timebombrc.json; known profiles: beta, release");
    const badDefine = await runBuiltCli(['scan', '.', '--define', 'BETA'], PROJECT, { ...process.env });
    expect(badDefine.code).toBe(2);
    expect(badDefine.stderr).toContain('expected NAME=VALUE');
    const badHorizon = await runBuiltCli(['scan', '.', '--horizon', 'soon'], PROJECT, { ...process.env });
    expect(badHorizon.code).toBe(2);
  });
});

describe('--horizon', () => {
  it('moves the line between error and warning for certificates', async () => {
    const certs = join(ROOT, 'test-fixtures', 'certs');
    const wide = await scanJson(['--horizon', '30y'], certs);
    const narrow = await scanJson(['--horizon', '1d'], certs);
    const expiries = (r: ScanResult) => r.findings.filter((f) => f.ruleId === 'cert/expiring-certificate' && f.trigger);
    expect(expiries(wide.result).length).toBeGreaterThan(1);
    for (const f of expiries(wide.result)) expect(f.severity).toBe('error');
    for (const f of expiries(narrow.result)) expect(f.severity).toBe(f.trigger!.daysFromNow <= 1 ? 'error' : 'warning');
    expect(expiries(narrow.result).some((f) => f.severity === 'warning')).toBe(true);
  });
});
