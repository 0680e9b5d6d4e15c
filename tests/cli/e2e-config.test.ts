/**
 * End to end: config files through the built CLI. A pre-release switch in a release config
 * fails the scan; the JSON output carries trigger dates and key paths; a profile names release
 * configs whatever their file names; look-alikes alone pass.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/engine/types.js';
import { ensureBuilt, ROOT, runBuiltCli } from '../helpers/built-cli.js';

const NOW = ['--now', '2026-11-24'];
let scratch: string;

function timebomb(args: string[], cwd = ROOT) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return runBuiltCli(args, cwd, { ...env, NO_COLOR: '1' });
}

const byRule = (result: ScanResult, ruleId: string): Finding[] => result.findings.filter((f) => f.ruleId === ruleId);

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-config-e2e-'));
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('config files (built CLI)', () => {
  it('fails on a pre-release switch in a release config, with key paths and trigger dates in the JSON output', async () => {
    const r = await timebomb(['scan', 'test-fixtures/config-release-channels', '--format', 'json', ...NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as ScanResult;
    const switches = byRule(result, 'config/prerelease-switch');
    expect(switches.length).toBeGreaterThan(0);
    const channel = switches.find((f) => f.file === 'test-fixtures/config-release-channels/.env.production' && f.line === 1);
    expect(channel).toMatchObject({ severity: 'error', column: 1, trigger: null });
    expect(channel!.message).toContain('`VITE_RELEASE_CHANNEL: canary`');
    expect(channel!.message).toContain('.env.production is one by its file name');
    const expiry = byRule(result, 'config/expiry-key').find((f) => f.file.endsWith('/release.toml'));
    expect(expiry).toMatchObject({
      file: 'test-fixtures/config-release-channels/config/release.toml', line: 11, column: 1, severity: 'error',
      trigger: { date: '2026-06-30T00:00:00.000Z', daysFromNow: -147 },
    });
    expect(expiry!.message).toMatch(/^Fired on 2026-06-30 \(fired 147 days ago\): config key `timebomb\.expires: 2026-06-30`/);
  });

  it('prints the key path and the date in the text report', async () => {
    const r = await timebomb(['scan', 'test-fixtures/config-saas-app', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('config/expiry-key');
    expect(r.stdout).toContain('`license.expires: 2027-03-01`');
    expect(r.stdout).toContain('Fires on 2027-03-01 (in 97 days)');
  });

  it('passes a project of look-alikes: lock files, headers, schemas, durations, development configs', async () => {
    const r = await timebomb(['scan', 'test-fixtures/config-benign', '--format', 'json', '--fail-on', 'note', ...NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ScanResult).findings).toEqual([]);
  });

  it('treats the files a profile names as release configs, whatever their names', async () => {
    const project = join(scratch, 'profiled');
    await mkdir(join(project, 'deploy'), { recursive: true });
    await writeFile(join(project, 'deploy', 'settings.json'), '{\n  "updates": { "channel": "beta" }\n}\n');
    await writeFile(join(project, '.timebombrc.json'), JSON.stringify({ profiles: { release: { configFiles: ['deploy/**'] } } }));
    const plain = await timebomb(['scan', '.', '--format', 'json', ...NOW], project);
    expect(plain.code).toBe(0);
    expect((JSON.parse(plain.stdout) as ScanResult).findings).toEqual([]);
    const profiled = await timebomb(['scan', '.', '--format', 'json', '--profile', 'release', ...NOW], project);
    expect(profiled.stderr).toBe('');
    expect(profiled.code).toBe(1);
    const [f, ...rest] = (JSON.parse(profiled.stdout) as ScanResult).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'config/prerelease-switch', file: 'deploy/settings.json', line: 2, column: 16, severity: 'error' });
    expect(f!.message).toContain('named by profile "release"');
  });
});
