/**
 * End to end: the built CLI (bin/timebomb.js -> dist/) run as a child process on the demo
 * fixture. The build is refreshed first when any source is newer than it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/types.js';
import { ensureBuilt, runBuiltCli } from '../helpers/built-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ANSI = /\u001b\[/;
const NOW = ['--now', '2026-01-01'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function timebomb(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  // The test runner may set these; each test decides for itself.
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  return runBuiltCli(args, ROOT, { ...base, ...env });
}


let scratch: string;

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-e2e-'));
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('timebomb (built CLI)', () => {
  it('finds the demo time bombs and exits 1', async () => {
    const r = await timebomb(['scan', 'test-fixtures/demo', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test-fixtures/demo/src/');
    expect(r.stdout).toContain('js/hardcoded-expiry');
    expect(r.stdout).toMatch(/✖ \d+ findings? \(\d+ errors?, \d+ warnings?, \d+ notes?\) in \d+ files?, \d+\.\d\d s/);
    expect(r.stderr).toBe('');
  });

  it('prints a parseable, sorted JSON result with --format json', async () => {
    const r = await timebomb(['scan', 'test-fixtures/demo', '--format', 'json', ...NOW]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as ScanResult;
    expect(result.version).toBe(1);
    expect(result.tool.name).toBe('timebomb');
    expect(result.now).toBe('2026-01-01T00:00:00.000Z');
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.file.startsWith('test-fixtures/demo/')).toBe(true);
    const key = (f: ScanResult['findings'][number]) => [f.file, f.line, f.column, f.ruleId] as const;
    const sorted = [...result.findings].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
      return 0;
    });
    expect(result.findings).toEqual(sorted);
  });

  it('gives the same result with --threads 1 (no worker threads) as with --threads 3', async () => {
    const args = ['scan', 'test-fixtures', '--include-tests', '--no-config', '--format', 'json', '--fail-on', 'none', ...NOW];
    const [one, three] = await Promise.all([timebomb([...args, '--threads', '1']), timebomb([...args, '--threads', '3'])]);
    expect([one.code, three.code]).toEqual([0, 0]);
    const parsed = [one, three].map((r) => JSON.parse(r.stdout) as ScanResult);
    expect(parsed[0]!.findings.length).toBeGreaterThan(100);
    expect(parsed[1]!.findings).toEqual(parsed[0]!.findings);
    expect(parsed[1]!.errors).toEqual(parsed[0]!.errors);
    const bad = await timebomb(['scan', 'test-fixtures/demo', '--threads', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--threads <n>' argument '0' is invalid");
  });

  it('exits 0 with --fail-on none', async () => {
    const r = await timebomb(['scan', 'test-fixtures/demo', '--fail-on', 'none', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('js/hardcoded-expiry');
  });

  it('skips test fixtures and tests when scanning the repository itself', async () => {
    const r = await timebomb(['scan', '.', '--format', 'json', '--fail-on', 'none', ...NOW]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ScanResult;
    for (const f of result.findings) expect(f.file).not.toMatch(/^(test-fixtures|tests|node_modules|dist)\//);
  });

  it('exits 2 for a path that does not exist', async () => {
    const r = await timebomb(['scan', 'test-fixtures/no-such-dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('test-fixtures/no-such-dir');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an invalid --now', async () => {
    const r = await timebomb(['scan', 'test-fixtures/demo', '--now', 'garbage']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--now');
  });

  it('lists the rules', async () => {
    const r = await timebomb(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^js\/hardcoded-expiry +(error|warning|note) +\S/m);
  });

  it('explains a rule from its markdown doc', async () => {
    const r = await timebomb(['explain', 'js/hardcoded-expiry']);
    const doc = await readFile(join(ROOT, 'rules/js/hardcoded-expiry.md'), 'utf8');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toBe(doc.trimEnd());
  });

  it('exits 2 explaining an unknown rule', async () => {
    const r = await timebomb(['explain', 'js/no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('js/hardcoded-expiry');
  });

  it('writes the report to --output', async () => {
    const target = join(scratch, 'report.json');
    const r = await timebomb(['scan', 'test-fixtures/demo', '--format', 'json', '--output', target, ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const result = JSON.parse(await readFile(target, 'utf8')) as ScanResult;
    expect(result.version).toBe(1);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('documents the exit codes in --help', async () => {
    const r = await timebomb(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('--fail-on');
  });

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await timebomb(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('prints no escape codes with NO_COLOR, and colour only when forced', async () => {
    const plain = await timebomb(['scan', 'test-fixtures/demo', ...NOW], { NO_COLOR: '1' });
    expect(plain.stdout).toContain('js/hardcoded-expiry');
    expect(plain.stdout).not.toMatch(ANSI);
    const forced = await timebomb(['scan', 'test-fixtures/demo', ...NOW], { FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(ANSI);
    // The same report once the colour codes are removed (the duration aside).
    const normalise = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\d+\.\d\d s/, 'N s');
    expect(normalise(forced.stdout)).toBe(normalise(plain.stdout));
  });
});
