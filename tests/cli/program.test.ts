import { describe, expect, it, vi } from 'vitest';
import type { ScanOptions } from '../../src/api/options.js';
import { runWith, type CliDeps } from '../../src/cli/program.js';
import type { IO } from '../../src/engine/io.js';
import type { CatalogueEntry } from '../../src/engine/rule-meta.js';
import type { ScanResult } from '../../src/engine/types.js';
import { finding, result } from '../reporters/sample.js';
import { fakeIO, type FakeIO } from './fake-io.js';

const ANSI = /\u001b\[/;

const catalogue: CatalogueEntry[] = [
  { meta: { id: 'js/hardcoded-expiry', defaultSeverity: 'error', description: 'Fixed dates compared with now.', messages: {} } },
  { meta: { id: 'js/calendar-check', defaultSeverity: 'note', description: 'Month or weekday checks.', messages: {} } },
];

function harness(scanResult: ScanResult | Error = result([finding({})])) {
  const calls: ScanOptions[] = [];
  const load = vi.fn(async () => ({
    catalogue,
    scan: async (options: ScanOptions, _io: IO, rules: CatalogueEntry[]) => {
      calls.push(options);
      expect(rules).toBe(catalogue);
      if (scanResult instanceof Error) throw scanResult;
      return scanResult;
    },
  }));
  const deps: CliDeps<CatalogueEntry> = { load, version: '9.8.7', rulesDir: '/pkg/rules' };
  return { deps, calls, load };
}

async function cli(argv: string[], io: FakeIO = fakeIO(), h = harness()) {
  const code = await runWith(argv, io, h.deps);
  return { code, io, ...h };
}

describe('timebomb scan', () => {
  it('scans . with the defaults and exits 1 on an error finding', async () => {
    const { code, io, calls } = await cli(['scan']);
    expect(code).toBe(1);
    expect(calls).toEqual([
      {
        paths: ['.'], now: Date.UTC(2026, 0, 25, 12), include: [], exclude: [], gitignore: true, includeTests: false,
        ruleSeverity: {}, maxFileSize: 10 * 1024 * 1024, failOn: 'error',
        allowlist: [], inlineSuppressions: true, reportUnusedSuppressions: false,
      },
    ]);
    expect(io.out).toContain('src/license.ts');
    expect(io.out).toContain('✖ 1 finding (1 error, 0 warnings, 0 notes)');
    expect(io.err).toBe('');
  });

  it('passes every option through', async () => {
    const io = fakeIO({ dirs: ['/project/src', '/project/lib'] });
    const { code, calls } = await cli(
      [
        'scan', 'src', 'lib', '--now', '2027-03-01', '--fail-on', 'warning', '--include', 'a/**', '--include', 'b/**',
        '--exclude', '**/*.gen.ts', '--no-gitignore', '--include-tests', '--max-file-size', '1000',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(calls[0]).toEqual({
      paths: ['src', 'lib'], now: Date.UTC(2027, 2, 1), include: ['a/**', 'b/**'], exclude: ['**/*.gen.ts'],
      gitignore: false, includeTests: true, ruleSeverity: {}, maxFileSize: 1000, failOn: 'warning',
      allowlist: [], inlineSuppressions: true, reportUnusedSuppressions: false,
    });
  });

  it('accepts a full ISO instant for --now', async () => {
    const { calls } = await cli(['scan', '--now', '2027-03-01T10:00:00+01:00']);
    expect(calls[0]!.now).toBe(Date.UTC(2027, 2, 1, 9));
  });

  it.each([['garbage'], ['2027-02-30'], ['2027-03-01T10:00']])('rejects --now %s with exit 2 before scanning', async (value) => {
    const { code, io, load } = await cli(['scan', '--now', value]);
    expect(code).toBe(2);
    expect(io.err).toContain('--now');
    expect(io.out).toBe('');
    expect(load).not.toHaveBeenCalled();
  });

  it.each([
    [['scan', '--fail-on', 'fatal']],
    [['scan', '--format', 'xml']],
    [['scan', '--max-file-size', 'big']],
    [['scan', '--bogus']],
    [['scna']],
    [[]],
  ])('exits 2 on the usage error %j', async (argv) => {
    const { code, io, load } = await cli(argv);
    expect(code).toBe(2);
    expect(io.err).not.toBe('');
    expect(load).not.toHaveBeenCalled();
  });

  it('exits 2 naming each path that does not exist', async () => {
    const io = fakeIO({ dirs: ['/project/src'] });
    const { code, load } = await cli(['scan', 'src', 'nope', 'gone.js'], io);
    expect(code).toBe(2);
    expect(io.err).toBe('timebomb: no such file or directory: nope\ntimebomb: no such file or directory: gone.js\n');
    expect(load).not.toHaveBeenCalled();
  });

  it('exits by --fail-on', async () => {
    const warnings = () => harness(result([finding({ severity: 'warning' })]));
    expect((await cli(['scan'], fakeIO(), warnings())).code).toBe(0);
    expect((await cli(['scan', '--fail-on', 'warning'], fakeIO(), warnings())).code).toBe(1);
    expect((await cli(['scan', '--fail-on', 'note'], fakeIO(), warnings())).code).toBe(1);
    expect((await cli(['scan', '--fail-on', 'none'])).code).toBe(0);
  });

  it('exits 2 on file errors only with --strict', async () => {
    const withErrors = () => harness(result([], { errors: [{ file: 'a.ts', phase: 'parse', message: 'Unexpected token' }] }));
    const lenient = await cli(['scan'], fakeIO(), withErrors());
    expect(lenient.code).toBe(0);
    expect(lenient.io.out).toContain('a.ts: parse: Unexpected token');
    expect((await cli(['scan', '--strict'], fakeIO(), withErrors())).code).toBe(2);
  });

  it('prints the result as JSON with --format json', async () => {
    const r = result([finding({})]);
    const { io } = await cli(['scan', '--format', 'json'], fakeIO({ tty: true }), harness(r));
    expect(JSON.parse(io.out)).toEqual(r);
    expect(io.out).not.toMatch(ANSI);
  });

  it('writes the report to --output instead of stdout, without colour', async () => {
    const io = fakeIO({ tty: true, env: { FORCE_COLOR: '1' } });
    const { code } = await cli(['scan', '--output', 'out/report.txt'], io);
    expect(code).toBe(1);
    expect(io.out).toBe('');
    const report = io.written.get('/project/out/report.txt');
    expect(report).toContain('src/license.ts');
    expect(report).not.toMatch(ANSI);
  });

  it('exits 2 when the report cannot be written', async () => {
    const io = fakeIO();
    io.writeFile = async () => {
      throw new Error('EACCES: permission denied');
    };
    const { code } = await cli(['scan', '-o', '/ro/report.json', '-f', 'json'], io);
    expect(code).toBe(2);
    expect(io.err).toBe('timebomb: cannot write /ro/report.json: EACCES: permission denied\n');
  });

  it('colours a terminal unless --no-color or NO_COLOR, and never a pipe', async () => {
    expect((await cli(['scan'], fakeIO({ tty: true }))).io.out).toMatch(ANSI);
    expect((await cli(['scan', '--no-color'], fakeIO({ tty: true }))).io.out).not.toMatch(ANSI);
    expect((await cli(['scan'], fakeIO({ tty: true, env: { NO_COLOR: '1' } }))).io.out).not.toMatch(ANSI);
    expect((await cli(['scan'], fakeIO({ tty: false }))).io.out).not.toMatch(ANSI);
    expect((await cli(['scan'], fakeIO({ tty: false, env: { FORCE_COLOR: '1' } }))).io.out).toMatch(ANSI);
  });

  it('prints findings only with --quiet', async () => {
    const { io } = await cli(['scan', '--quiet']);
    expect(io.out).toContain('src/license.ts');
    expect(io.out).not.toContain('✖');
    const clean = await cli(['scan', '-q'], fakeIO(), harness(result([])));
    expect(clean.io.out).toBe('');
    expect(clean.code).toBe(0);
  });

  it('reports an unexpected failure on stderr with exit 2', async () => {
    const { code, io } = await cli(['scan'], fakeIO(), harness(new Error('worker crashed')));
    expect(code).toBe(2);
    expect(io.err).toBe('timebomb: worker crashed\n');
    expect(io.out).toBe('');
  });
});

describe('timebomb rules', () => {
  it('lists every rule sorted by id in aligned columns', async () => {
    const { code, io } = await cli(['rules']);
    expect(code).toBe(0);
    expect(io.out).toBe(
      [
        'RULE                 SEVERITY  DESCRIPTION',
        'js/calendar-check    note      Month or weekday checks.',
        'js/hardcoded-expiry  error     Fixed dates compared with now.',
        '',
      ].join('\n'),
    );
  });
});

describe('timebomb explain', () => {
  it('prints the rule\'s markdown doc', async () => {
    const io = fakeIO({ files: { '/pkg/rules/js/hardcoded-expiry.md': '# js/hardcoded-expiry\n\nWhy.' } });
    const { code } = await cli(['explain', 'js/hardcoded-expiry'], io);
    expect(code).toBe(0);
    expect(io.out).toBe('# js/hardcoded-expiry\n\nWhy.\n');
  });

  it('exits 2 listing the known ids for an unknown id, reading nothing', async () => {
    const io = fakeIO();
    const read = vi.spyOn(io, 'readFile');
    const { code } = await cli(['explain', '../../etc/passwd'], io);
    expect(code).toBe(2);
    expect(io.err).toBe("timebomb: unknown rule '../../etc/passwd'. Known rules:\n  js/calendar-check\n  js/hardcoded-expiry\n");
    expect(read).not.toHaveBeenCalled();
  });

  it('exits 2 when a known rule has no doc', async () => {
    const { code, io } = await cli(['explain', 'js/calendar-check']);
    expect(code).toBe(2);
    expect(io.err).toContain('no documentation for js/calendar-check');
  });
});

describe('timebomb --version and --help', () => {
  it('prints the version', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, io } = await cli([flag]);
      expect(code).toBe(0);
      expect(io.out).toBe('9.8.7\n');
    }
  });

  it('documents the exit codes in the program and scan help', async () => {
    for (const argv of [['--help'], ['scan', '--help'], ['help', 'scan']]) {
      const { code, io, load } = await cli(argv);
      expect(code).toBe(0);
      expect(io.out).toContain('Exit codes:');
      expect(io.out).toMatch(/0 {2}no findings at or above --fail-on/);
      expect(io.out).toMatch(/1 {2}findings at or above --fail-on/);
      expect(io.out).toMatch(/2 {2}usage error/);
      expect(load).not.toHaveBeenCalled();
    }
  });
});
