/**
 * End to end for suppressions, the config file and the baseline: the built CLI
 * (bin/timebomb.js -> dist/) run as a child process in small temporary projects.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/types.js';
import { ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = ['--now', '2026-11-24'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function timebomb(cwd: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  for (const key of Object.keys(env)) if (key.startsWith('GIT_')) delete env[key];
  return runBuiltCli(args, cwd, env);
}


let scratch: string;
let counter = 0;

/** A fresh project directory with these files. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = join(scratch, `p${++counter}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A beta build check that throws after 2027-03-01 (an error-level time bomb), with a line above it for directives. */
function betaCheck(directive = ''): string {
  return [
    "const BETA_ENDS = '2027-03-01';",
    'export function assertBetaValid() {',
    `  ${directive}`,
    "  if (Date.now() > Date.parse(BETA_ENDS)) throw new Error('This beta build has expired');",
    '}',
    '',
  ].join('\n');
}

const TRIAL = "export function trialOver() {\n  if (Date.now() > Date.parse('2027-06-01')) throw new Error('trial expired');\n}\n";

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-e2e-suppress-'));
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('inline suppressions', () => {
  it('a suppression without a reason suppresses nothing: exit 1 and a warning', async () => {
    const dir = await project({ 'src/beta.js': betaCheck('// timebomb-ignore-next-line js/hardcoded-expiry') });
    const r = await timebomb(dir, ['scan', ...NOW, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3:3\s+warning\s+Suppression without a reason suppresses nothing/);
    expect(r.stdout).toContain('timebomb/suppression-without-reason');
    expect(r.stdout).toMatch(/4:7\s+error\s+Fires on 2027-03-01/);
  });

  it('with a reason it suppresses: exit 0, and the JSON lists it with its reason', async () => {
    const dir = await project({ 'src/beta.js': betaCheck('// timebomb-ignore-next-line js/hardcoded-expiry -- internal beta channel only, REL-42') });
    expect((await timebomb(dir, ['scan', ...NOW])).code).toBe(0);
    const r = await timebomb(dir, ['scan', ...NOW, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => [s.file, s.line, s.suppression])).toEqual([
      ['src/beta.js', 4, { kind: 'inline', reason: 'internal beta channel only, REL-42', source: 'src/beta.js:3' }],
    ]);
  });

  it('an expired until stops suppressing', async () => {
    const dir = await project({ 'src/beta.js': betaCheck('// timebomb-ignore-next-line js/hardcoded-expiry -- until 2026-12-31 GA ships before then') });
    expect((await timebomb(dir, ['scan', '--now', '2026-12-31'])).code).toBe(0);
    const r = await timebomb(dir, ['scan', '--now', '2027-01-01', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('js/hardcoded-expiry');
  });

  it('--no-inline-suppressions ignores them; --report-unused-suppressions reports leftovers', async () => {
    const dir = await project({
      'src/beta.js': betaCheck('// timebomb-ignore-next-line js/hardcoded-expiry -- internal beta channel only'),
      'src/util.js': '// timebomb-ignore-next-line js/hardcoded-expiry -- the check moved away\nexport const x = 1;\n',
    });
    expect((await timebomb(dir, ['scan', ...NOW, '--no-inline-suppressions'])).code).toBe(1);
    const r = await timebomb(dir, ['scan', ...NOW, '--report-unused-suppressions', '--fail-on', 'warning', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/util.js');
    expect(r.stdout).toContain('Unused suppression: no js/hardcoded-expiry finding on line 2; remove it');
    expect(r.stdout).not.toContain('src/beta.js');
  });
});

describe('config file', () => {
  it('an invalid config exits 2 naming the file and the problem', async () => {
    const dir = await project({
      'src/beta.js': betaCheck(),
      '.timebombrc.json': JSON.stringify({ allowlist: [{ path: 'src/**', rule: 'js/hardcoded-expiry' }], failOn: 'fatal' }),
    });
    const r = await timebomb(dir, ['scan', ...NOW]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('invalid config .timebombrc.json:');
    expect(r.stderr).toContain('allowlist[0]: missing required key "reason"');
    expect(r.stderr).toContain('failOn: "fatal" is not one of error, warning, note, none');

    const yaml = await project({ 'src/beta.js': betaCheck(), 'ci/timebomb.yaml': 'rules:\n  js/hardcoded-expiry: loud\n' });
    const y = await timebomb(yaml, ['scan', ...NOW, '--config', 'ci/timebomb.yaml']);
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('invalid config ci/timebomb.yaml:\n  rules["js/hardcoded-expiry"]: "loud" is not one of error, warning, note, off');
  });

  it('an allowlist entry suppresses (kind config); flags override the config', async () => {
    const dir = await project({
      'src/beta.js': betaCheck(),
      '.timebombrc.yaml': 'failOn: none\nallowlist:\n  - path: "src/**"\n    rule: js/hardcoded-expiry\n    reason: beta builds are internal\n',
    });
    const r = await timebomb(dir, ['scan', ...NOW, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.suppressed[0]!.suppression).toEqual({ kind: 'config', reason: 'beta builds are internal', source: '.timebombrc.yaml' });
    expect((await timebomb(dir, ['scan', ...NOW, '--no-config'])).code).toBe(1);
  });

  it('--config-from-ref HEAD reads the committed config and baseline, not the working tree', async () => {
    const dir = await project({ 'src/beta.js': betaCheck(), '.timebombrc.json': '{"failOn":"error"}\n' });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    expect((await timebomb(dir, ['scan', ...NOW, '--write-baseline', 'timebomb-baseline.json'])).code).toBe(0);
    await writeFile(join(dir, '.timebombrc.json'), '{"failOn":"error","baseline":"timebomb-baseline.json"}\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'baseline the beta check');

    // The "pull request": a new time bomb, allowlisted by its own edit of the config.
    await writeFile(join(dir, 'src/trial.js'), TRIAL);
    await writeFile(join(dir, '.timebombrc.json'), JSON.stringify({ baseline: 'timebomb-baseline.json', allowlist: [{ path: '**', rule: '*', reason: 'trust me' }] }));
    expect((await timebomb(dir, ['scan', ...NOW])).code).toBe(0);
    const fromRef = await timebomb(dir, ['scan', ...NOW, '--config-from-ref', 'HEAD', '--format', 'json']);
    expect(fromRef.code).toBe(1);
    const result = JSON.parse(fromRef.stdout) as ScanResult;
    expect(result.findings.map((f) => f.file)).toEqual(['src/trial.js']);
    expect(result.suppressed.map((s) => [s.file, s.suppression.kind, s.suppression.source])).toEqual([['src/beta.js', 'baseline', 'HEAD:timebomb-baseline.json']]);

    // Rebaselining in the working tree does not help either.
    expect((await timebomb(dir, ['scan', ...NOW, '--write-baseline', 'timebomb-baseline.json'])).code).toBe(0);
    expect((await timebomb(dir, ['scan', ...NOW, '--config-from-ref', 'HEAD'])).code).toBe(1);

    const bad = await timebomb(dir, ['scan', ...NOW, '--config-from-ref', 'no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--config-from-ref: cannot read revision "no-such-branch"');
  });
});

describe('baseline', () => {
  it('written, then used: exit 0; a new time bomb still fails; stale entries are reported and pruned', async () => {
    const dir = await project({ 'src/beta.js': betaCheck(), 'src/old.js': TRIAL.replace('trialOver', 'oldTrial') });
    expect((await timebomb(dir, ['scan', ...NOW])).code).toBe(1);

    const w = await timebomb(dir, ['scan', ...NOW, '--write-baseline', 'timebomb-baseline.json']);
    expect(w.code).toBe(0);
    expect(w.stderr).toBe('timebomb: wrote 2 findings to baseline timebomb-baseline.json\n');
    const text = await readFile(join(dir, 'timebomb-baseline.json'), 'utf8');
    const written = JSON.parse(text) as { version: number; findings: { file: string; fingerprint: string; trigger: string }[] };
    expect(written.version).toBe(1);
    expect(written.findings.map((e) => e.file)).toEqual(['src/beta.js', 'src/old.js']);
    expect(written.findings[0]!.trigger).toBe('2027-03-01T00:00:00.000Z');
    expect(text.endsWith('}\n')).toBe(true);

    // Another day, same findings: the same bytes (no dates of the run, no day counts).
    await timebomb(dir, ['scan', '--now', '2027-01-15', '--write-baseline', 'again.json']);
    expect(await readFile(join(dir, 'again.json'), 'utf8')).toBe(text);

    const used = await timebomb(dir, ['scan', ...NOW, '--baseline', 'timebomb-baseline.json']);
    expect(used.code).toBe(0);
    expect(used.stderr).toBe('');

    // A new time bomb after the baseline still fails; lines inserted above a known one do not.
    await writeFile(join(dir, 'src/trial.js'), TRIAL);
    await writeFile(join(dir, 'src/beta.js'), `${'// padding\n'.repeat(20)}${betaCheck()}`);
    const fresh = await timebomb(dir, ['scan', ...NOW, '--baseline', 'timebomb-baseline.json', '--format', 'json']);
    expect(fresh.code).toBe(1);
    const result = JSON.parse(fresh.stdout) as ScanResult;
    expect(result.findings.map((f) => f.file)).toEqual(['src/trial.js']);
    expect(result.suppressed.map((s) => [s.file, s.suppression.kind])).toEqual([['src/beta.js', 'baseline'], ['src/old.js', 'baseline']]);
    expect(result.baseline).toEqual({ file: 'timebomb-baseline.json', stale: [] });

    // Fixing a baselined bomb leaves a stale entry: listed on stderr (text) and in the JSON; --prune-baseline drops it.
    await rm(join(dir, 'src/old.js'));
    await rm(join(dir, 'src/trial.js'));
    const stale = await timebomb(dir, ['scan', ...NOW, '--baseline', 'timebomb-baseline.json']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/^timebomb: 1 stale baseline entry in timebomb-baseline.json .*\n {2}src\/old\.js {2}js\/hardcoded-expiry/);
    const staleJson = JSON.parse((await timebomb(dir, ['scan', ...NOW, '--baseline', 'timebomb-baseline.json', '-f', 'json'])).stdout) as ScanResult;
    expect(staleJson.baseline!.stale.map((e) => e.file)).toEqual(['src/old.js']);
    const pruned = await timebomb(dir, ['scan', ...NOW, '--baseline', 'timebomb-baseline.json', '--prune-baseline']);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toBe('timebomb: removed 1 stale entry from baseline timebomb-baseline.json\n');
    const after = JSON.parse(await readFile(join(dir, 'timebomb-baseline.json'), 'utf8')) as { findings: { file: string }[] };
    expect(after.findings.map((e) => e.file)).toEqual(['src/beta.js']);
  });

  it('a missing or broken baseline exits 2 naming it', async () => {
    const dir = await project({ 'src/beta.js': betaCheck(), 'broken.json': '{"version":1}' });
    const missing = await timebomb(dir, ['scan', ...NOW, '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline nope.json not found');
    const broken = await timebomb(dir, ['scan', ...NOW, '--baseline', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('invalid baseline broken.json: "findings" must be an array');
  });
});
