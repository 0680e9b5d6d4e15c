/**
 * Several formats from one scan: --format a,b and --output-<format> <file>.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanOptions } from '../../src/api/options.js';
import { nodeIO } from '../../src/cli/node-io.js';
import { runWith, type CliDeps } from '../../src/cli/program.js';
import { parseFormatList, planReports } from '../../src/cli/reports.js';
import type { IO } from '../../src/engine/io.js';
import type { CatalogueEntry } from '../../src/engine/rule-meta.js';
import type { ScanResult } from '../../src/engine/types.js';
import { sarifErrors } from '../reporters/sarif-schema.js';
import { finding, result } from '../reporters/sample.js';
import { fakeIO, type FakeIO } from './fake-io.js';

const ROOT = join(import.meta.dirname, '..', '..');

const catalogue: CatalogueEntry[] = [
  { meta: { id: 'js/calendar-check', defaultSeverity: 'note', description: 'Month or weekday checks.', messages: {} } },
  { meta: { id: 'js/hardcoded-expiry', defaultSeverity: 'error', description: 'Fixed dates compared with now.', messages: {} } },
];

function harness(scanResult: ScanResult = result([finding({})])) {
  const scan = vi.fn(async (_o: ScanOptions, _io: IO, _c: CatalogueEntry[]) => scanResult);
  const load = vi.fn(async () => ({ catalogue, scan }));
  const deps: CliDeps<CatalogueEntry> = { load, version: '9.8.7', rulesDir: '/pkg/rules' };
  return { deps, load, scan };
}

async function cli(argv: string[], io: FakeIO = fakeIO()) {
  const h = harness();
  const code = await runWith(argv, io, h.deps);
  return { code, io, ...h };
}

describe('--format and --output-<format>', () => {
  it('prints one format and writes the others, from a single scan', async () => {
    const io = fakeIO({ files: { '/pkg/rules/js/hardcoded-expiry.md': '# js/hardcoded-expiry\n\nWhy it matters.\n' } });
    const { code, scan } = await cli(
      [
        'scan', '--format', 'text,sarif', '--output-sarif', 'out/timebomb.sarif', '--output-json', '/abs/r.json',
        '--output-markdown', 'audit.md', '--output-html', 'audit.html', '--output-github', 'gh.txt',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(io.out).toContain('src/license.ts');
    expect(io.out).toContain('✖ 1 finding');
    expect([...io.written.keys()].sort()).toEqual([
      '/abs/r.json', '/project/audit.html', '/project/audit.md', '/project/gh.txt', '/project/out/timebomb.sarif',
    ]);
    const sarif = JSON.parse(io.written.get('/project/out/timebomb.sarif')!);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///project/');
    expect(sarif.runs[0].tool.driver.rules[1].help.markdown).toBe('# js/hardcoded-expiry\n\nWhy it matters.\n');
    expect(sarifErrors(sarif)).toEqual([]);
    expect(JSON.parse(io.written.get('/abs/r.json')!).findings).toHaveLength(1);
    expect(io.written.get('/project/audit.md')).toContain('# timebomb release audit');
    expect(io.written.get('/project/audit.html')).toContain('<!doctype html>');
    expect(io.written.get('/project/gh.txt')).toMatch(/^::error file=src\/license\.ts,/);
  });

  it('keeps text on stdout when only --output-<format> is given', async () => {
    const { code, io } = await cli(['scan', '--output-sarif', 'r.sarif']);
    expect(code).toBe(1);
    expect(io.out).toContain('src/license.ts');
    expect(io.written.has('/project/r.sarif')).toBe(true);
  });

  it('prints nothing on stdout when every format goes to a file', async () => {
    const { io } = await cli(['scan', '-f', 'sarif', '-o', 'r.sarif']);
    expect(io.out).toBe('');
    expect(JSON.parse(io.written.get('/project/r.sarif')!).version).toBe('2.1.0');
    const second = await cli(['scan', '--output-text', 'report.txt']);
    expect(second.io.out).toBe('');
    expect(second.io.written.get('/project/report.txt')).toContain('src/license.ts');
  });

  it('--output sends the one format left without its own file', async () => {
    const { io } = await cli(['scan', '-f', 'markdown,sarif', '--output-sarif', 'r.sarif', '-o', 'audit.md']);
    expect(io.out).toBe('');
    expect(io.written.get('/project/audit.md')).toContain('# timebomb release audit');
    expect(io.written.has('/project/r.sarif')).toBe(true);
  });

  it('writes no colour to files even when stdout is a colour terminal', async () => {
    const { io } = await cli(['scan', '--output-text', 'a.txt', '-f', 'text,json', '--output-json', 'a.json'], fakeIO({ tty: true }));
    expect(io.written.get('/project/a.txt')).not.toMatch(/\u001b\[/);
  });

  it('prints github annotations for a CI job', async () => {
    const { io } = await cli(['scan', '--format', 'github']);
    expect(io.out).toBe(
      '::error file=src/license.ts,line=12,col=5,endLine=12,endColumn=26,title=js/hardcoded-expiry::Stops working on 2027-03-01 (400 days from now)\n',
    );
  });

  it.each([
    [['scan', '--format', 'json,sarif'], 'only one format can go to stdout, but --format names json, sarif'],
    [['scan', '--format', 'text,json', '-o', 'x'], '--output writes one format, but --format names text, json'],
    [['scan', '--format', 'json', '--output-json', 'a.json', '-o', 'b.json'], '--output has no format left to write'],
    [['scan', '--output-json', 'same.out', '--output-sarif', './same.out'], './same.out is the output of both json and sarif'],
    [['scan', '--format', 'xml'], "Unknown format 'xml'"],
    [['scan', '--format', ','], 'Expected one or more of text, json, sarif, github, markdown, html'],
  ])('exits 2 before scanning on %j', async (argv, message) => {
    const { code, io, load } = await cli(argv);
    expect(code).toBe(2);
    expect(io.err).toContain(message);
    expect(io.out).toBe('');
    expect(io.written.size).toBe(0);
    expect(load).not.toHaveBeenCalled();
  });

  it('still prints stdout, then exits 2, when one file cannot be written', async () => {
    const io = fakeIO();
    const write = io.writeFile;
    io.writeFile = async (p, c) => {
      if (p.endsWith('.sarif')) throw new Error('EACCES: permission denied');
      return write(p, c);
    };
    const { code } = await cli(['scan', '--output-sarif', '/ro/r.sarif', '--output-json', 'r.json'], io);
    expect(code).toBe(2);
    expect(io.err).toBe('timebomb: cannot write /ro/r.sarif: EACCES: permission denied\n');
    expect(io.out).toContain('src/license.ts');
    expect(io.written.has('/project/r.json')).toBe(true);
  });

  it('reads rule docs only for SARIF', async () => {
    const io = fakeIO();
    const read = vi.spyOn(io, 'readFile');
    await cli(['scan', '-f', 'json'], io);
    expect(read).not.toHaveBeenCalled();
    await cli(['scan', '--output-sarif', 'r.sarif'], io);
    const paths = read.mock.calls.map((c) => c[0]);
    expect(paths).toEqual(expect.arrayContaining(['/pkg/rules/js/calendar-check.md', '/pkg/rules/js/hardcoded-expiry.md']));
    expect(paths.every((p) => p.startsWith('/pkg/rules/') && p.endsWith('.md'))).toBe(true);
  });

  it('lists the formats and the --output-<format> options in the help', async () => {
    const { io } = await cli(['scan', '--help']);
    expect(io.out.replace(/\s+/g, ' ')).toContain('text, json, sarif, github, markdown, html');
    for (const f of ['text', 'json', 'sarif', 'github', 'markdown', 'html']) expect(io.out).toContain(`--output-${f} <file>`);
  });

  it('parses format lists', () => {
    expect(parseFormatList('text, sarif,text')).toEqual(['text', 'sarif']);
    expect(() => parseFormatList('toString')).toThrow(/Unknown format/);
    expect(planReports({ format: ['text'] }, '/p')).toEqual({ stdout: 'text', files: [] });
  });
});

describe('every format from one scan of the demo (real engine, in process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'timebomb-formats-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes json, sarif, github, markdown and html that agree with each other', async () => {
    let out = '';
    const io: IO = { ...nodeIO(), cwd: ROOT, stdout: { write: (t) => void (out += t), isTTY: false } };
    let scans = 0;
    const deps: CliDeps<CatalogueEntry> = {
      version: '0.0.0-test',
      rulesDir: join(ROOT, 'rules'),
      load: async () => {
        const [{ scan }, rules] = await Promise.all([import('../../src/api/scan.js'), import('../../rules/index.js')]);
        return {
          catalogue: rules.catalogue as CatalogueEntry[],
          scan: (o: ScanOptions, i: IO, c: CatalogueEntry[]) => {
            scans += 1;
            return scan(o, i, c as never);
          },
        };
      },
    };
    const file = (ext: string) => join(dir, `report.${ext}`);
    const code = await runWith(
      [
        'scan', 'test-fixtures/demo', '--now', '2026-01-01', '--format', 'github', '--output-json', file('json'),
        '--output-sarif', file('sarif'), '--output-markdown', file('md'), '--output-html', file('html'),
      ],
      io,
      deps,
    );
    expect(code).toBe(1);
    expect(scans).toBe(1);
    const json = JSON.parse(await readFile(file('json'), 'utf8')) as ScanResult;
    const sarif = JSON.parse(await readFile(file('sarif'), 'utf8'));
    const md = await readFile(file('md'), 'utf8');
    const html = await readFile(file('html'), 'utf8');
    expect(json.findings.length).toBeGreaterThan(0);

    expect(sarifErrors(sarif)).toEqual([]);
    const results = sarif.runs[0].results as { partialFingerprints: Record<string, string>; locations: any[] }[];
    expect(results.map((r) => r.partialFingerprints['timebomb/v1']).sort()).toEqual(
      [...json.findings, ...json.suppressed].map((f) => f.fingerprint).sort(),
    );
    for (const r of results) {
      const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri.startsWith('test-fixtures/demo/')).toBe(true);
    }
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'js/hardcoded-expiry');
    expect(rule.help.markdown.startsWith('# js/hardcoded-expiry')).toBe(true);

    expect(out.trimEnd().split('\n')).toHaveLength(json.findings.length);
    const dated = json.findings.filter((f) => f.trigger !== null).length + json.suppressed.filter((f) => f.trigger !== null).length;
    expect([...html.matchAll(/<a class="marker /g)]).toHaveLength(dated);
    expect(md).toContain(`**${json.findings.length} findings**`);
  });
});
