/**
 * Every input a repository can hold, through the built CLI: binary files, broken encodings, BOMs
 * and CRLF, multi-megabyte bundles, oversized files, pathological nesting (also on worker
 * threads), symbolic links, --strict, and report files written atomically. Each case sits next to
 * an ordinary time bomb that must still be found: one bad file never stops a scan.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileError, Finding, ScanResult } from '../src/engine/types.js';
import { ROOT, ensureBuilt, runBuiltCli, type CliRun } from './helpers/built-cli.js';

const NOW = ['--now', '2026-11-24'];
/** Fires on 2027-03-01. */
const BOMB = "if (Date.now() > Date.parse('2027-03-01')) throw new Error('trial expired');\n";
const COMPARISON = "Date.now() > Date.parse('2027-03-01')";

let scratch: string;

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'timebomb-robust-'));
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A fresh project directory holding `files` (string or raw bytes). */
async function project(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

function timebomb(cwd: string, args: string[]): Promise<CliRun> {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return runBuiltCli(args, cwd, env);
}

async function scanJson(cwd: string, args: string[] = []): Promise<{ run: CliRun; result: ScanResult }> {
  const run = await timebomb(cwd, ['scan', ...NOW, '-f', 'json', ...args]);
  expect(run.stderr).toBe('');
  return { run, result: JSON.parse(run.stdout) as ScanResult };
}

const at = (result: ScanResult, file: string): Finding[] => result.findings.filter((f) => f.file === file);
const errorOf = (result: ScanResult, file: string): FileError | undefined => result.errors.find((e) => e.file === file);

/** 1-based line and column of `needle` in `text` as an editor counts them (CRLF is one line end). */
function position(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  const before = text.slice(0, index);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\r|\n/).length, column: index - lineStart + 1 };
}

describe('encodings and line endings', () => {
  it('skips a binary file (NUL bytes) with a note in errors and scans the rest', async () => {
    const dir = await project('binary', {
      'src/blob.js': Buffer.concat([Buffer.from('var a = 1;\n'), Buffer.from([0, 1, 2, 0xff, 0]), Buffer.from(BOMB)]),
      'src/app.js': BOMB,
    });
    const { run, result } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(errorOf(result, 'src/blob.js')).toEqual({ file: 'src/blob.js', phase: 'skip', message: 'skipped: binary file (contains NUL bytes)' });
    expect(at(result, 'src/blob.js')).toEqual([]);
    expect(at(result, 'src/app.js')).toHaveLength(1);
  });

  it('decodes invalid UTF-8 with replacement characters, keeping columns as an editor shows them', async () => {
    const prefix = Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x20, 0x6c, 0x3d, 0x27, 0xff, 0xc3, 0x27, 0x3b, 0x20]); // const l='\xff\xc3'; 
    const bytes = Buffer.concat([Buffer.from('// caf\xe9 latin-1 comment\n', 'latin1'), prefix, Buffer.from(BOMB)]);
    const dir = await project('utf8', { 'src/latin.js': bytes });
    const { result } = await scanJson(dir);
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    expect(decoded).toContain('\uFFFD');
    const [finding] = at(result, 'src/latin.js');
    expect(finding).toMatchObject({ ...position(decoded, COMPARISON), endColumn: position(decoded, COMPARISON).column + COMPARISON.length });
    expect(finding!.snippet).toBe(decoded.split('\n')[1]);
    expect(result.errors).toEqual([]);
  });

  it('keeps exact lines and columns with a byte-order mark and CRLF line endings', async () => {
    const crlf = ["const END = '2027-03-01';", '', 'export function check() {', "  if (Date.now() > Date.parse(END)) throw new Error('trial expired');", '}', ''].join('\r\n');
    const firstLine = "if (Date.now() > 1798761600000) throw new Error('expired');\r\n";
    const dir = await project('bom', {
      'src/crlf-bom.ts': '\uFEFF' + crlf,
      'src/crlf.js': crlf,
      'src/first-line-bom.js': '\uFEFF' + firstLine,
    });
    const { result } = await scanJson(dir);
    const comparison = 'Date.now() > Date.parse(END)';
    for (const file of ['src/crlf-bom.ts', 'src/crlf.js']) {
      const [finding] = at(result, file);
      // The BOM is not a column: line 4, column 7, as every editor shows it.
      expect(finding).toMatchObject({ ...position(crlf, comparison), endLine: 4, endColumn: position(crlf, comparison).column + comparison.length });
      expect(finding!.snippet).toBe("  if (Date.now() > Date.parse(END)) throw new Error('trial expired');");
    }
    expect(at(result, 'src/first-line-bom.js')[0]).toMatchObject({ line: 1, column: 5, endColumn: 5 + 'Date.now() > 1798761600000'.length });
  });
});

describe('size', () => {
  /** A minified bundle: one line of functions and embedded data, a licence check two thirds in. */
  function bundle(bytes: number): { text: string; check: string } {
    const check = 'Date.now()>1798761600000';
    const parts: string[] = [];
    let size = 0;
    let placed = false;
    for (let i = 0; size < bytes; i++) {
      const part = i % 20 === 0
        ? `var s${i}="${'QUJDREVGR0g'.repeat(2400)}"`
        : `function a${i}(b,c){var d=b+c*${i % 97};return d>${i}?b.concat([${i},${i + 1}]):c.slice(${i % 13})}`;
      parts.push(part);
      size += part.length + 1;
      if (!placed && size > (bytes * 2) / 3) {
        parts.push(`function checkLicence(){if(${check})throw new Error("licence expired")}`);
        placed = true;
      }
    }
    return { text: parts.join(';'), check };
  }

  it('scans a minified bundle of several megabytes and points at the right column', async () => {
    const { text, check } = bundle(3 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(text).not.toContain('\n');
    const dir = await project('bundle', { 'dist/app.min.js': text });
    const { run, result } = await scanJson(dir, ['--no-gitignore']);
    expect(run.code).toBe(1);
    expect(result.errors).toEqual([]);
    expect(at(result, 'dist/app.min.js').map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([
      [1, text.indexOf(check) + 1, text.indexOf(check) + 1 + check.length, 'error'],
    ]);
    // The snippet shows the line around the finding, not its first 300 characters.
    const [found] = at(result, 'dist/app.min.js');
    expect(found!.snippetColumn).toBe(text.indexOf(check) + 1 - 100);
    expect(found!.snippet).toBe(`…${text.slice(text.indexOf(check) - 100, text.indexOf(check) + 200)}…`);
    // And so does the code frame of the text report, its carets under the comparison.
    const frame = (await timebomb(dir, ['scan', ...NOW, '--no-gitignore'])).stdout.split('\n');
    const code = frame.find((l) => l.startsWith('  > 1 |'))!;
    const marker = frame[frame.indexOf(code) + 1]!;
    expect(code.slice(marker.indexOf('^'), marker.lastIndexOf('^') + 1)).toBe(check);
  }, 120_000);

  it('skips files over --max-file-size (default 10 MB; 512k style sizes) with a note in errors', async () => {
    const big = `// ${'x'.repeat(600 * 1024)}\n${BOMB}`;
    const huge = `/* ${'y'.repeat(10 * 1024 * 1024)} */\n${BOMB}`;
    const dir = await project('max-size', { 'src/big.js': big, 'src/huge.js': huge, 'src/app.js': BOMB });

    const limited = (await scanJson(dir, ['--max-file-size', '512k'])).result;
    expect(errorOf(limited, 'src/big.js')).toEqual({
      file: 'src/big.js', phase: 'skip', message: `skipped: ${Buffer.byteLength(big)} bytes is over the --max-file-size limit of ${512 * 1024}`,
    });
    expect(at(limited, 'src/big.js')).toEqual([]);
    expect(at(limited, 'src/app.js')).toHaveLength(1);

    const defaults = (await scanJson(dir)).result;
    expect(at(defaults, 'src/big.js')).toHaveLength(1);
    expect(errorOf(defaults, 'src/huge.js')).toMatchObject({ phase: 'skip', message: expect.stringContaining(`limit of ${10 * 1024 * 1024}`) });
    expect(defaults.errors).toHaveLength(1);

    expect((await scanJson(dir, ['--max-file-size', '11mb'])).result.errors).toEqual([]);
  }, 60_000);
});

describe('pathological code', () => {
  const N = 100_000;
  const PATHOLOGICAL: Record<string, string> = {
    'nested-arrays.js': `const X = ${'['.repeat(N)}${']'.repeat(N)};\n${BOMB}`,
    'binary-operators.js': `const Y = ${Array(N).fill('1').join(' + ')};\n${BOMB}`,
    'nested-calls.js': `const Z = f${'()'.repeat(N)};\n${BOMB}`,
    'nested-ternaries.js': `const T = ${'a ? 1 : '.repeat(N)}2;\n${BOMB}`,
    'nested-jsx.jsx': `const J = ${'<a>'.repeat(N / 10)}${'</a>'.repeat(N / 10)};\n${BOMB}`,
    'long-chain.js': `const M = a${'.b'.repeat(N)};\n${BOMB}`,
    'giant-line.js': `var q=${JSON.stringify('x'.repeat(5_000_000))};${BOMB}`,
  };

  /** Each pathological file became a file error, or was analysed after all; nothing crashed. */
  function expectSurvived(result: ScanResult, dir: string): void {
    for (const name of Object.keys(PATHOLOGICAL)) {
      const file = `${dir}/${name}`;
      const error = errorOf(result, file);
      if (error) expect(error.message).toMatch(/too deeply nested|worker/);
      else expect(at(result, file)).toHaveLength(1);
    }
    expect(at(result, `${dir}/giant-line.js`)).toHaveLength(1);
    expect(at(result, `${dir}/ok.js`)).toHaveLength(1);
  }

  it('turns 100,000-deep nesting into file errors, and scans giant lines, on the main thread', async () => {
    const dir = await project('deep-single', Object.fromEntries([
      ...Object.entries(PATHOLOGICAL).map(([f, c]) => [`src/${f}`, c]), ['src/ok.js', BOMB],
    ]));
    const { run, result } = await scanJson(dir);
    expect(run.code).toBe(1);
    expectSurvived(result, 'src');
    expect(result.errors.length).toBeGreaterThan(0);
  }, 120_000);

  it('does the same on worker threads (CLI with 60 files, and the API with threads: 2)', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`src/many/m${i}.js`, `export const f${i} = () => { ${BOMB} };\n`]));
    const dir = await project('deep-workers', {
      ...Object.fromEntries(Object.entries(PATHOLOGICAL).map(([f, c]) => [`src/${f}`, c])), 'src/ok.js': BOMB, ...many,
    });
    const { run, result } = await scanJson(dir);
    expect(run.code).toBe(1);
    expectSurvived(result, 'src');
    expect(result.findings.filter((f) => f.file.startsWith('src/many/'))).toHaveLength(60);

    // The API with two threads always uses the pool (at least 48 files to analyse).
    const api = (await import(pathToFileURL(join(ROOT, 'dist/src/api/index.js')).href)) as typeof import('../src/api/index.js');
    const pooled = await api.scan({ paths: ['.'], now: Date.UTC(2026, 10, 24), threads: 2 }, { ...(await nodeIO()), cwd: dir });
    expectSurvived(pooled, 'src');
    expect(pooled.findings).toEqual(result.findings);
    expect(pooled.errors.map((e) => e.file)).toEqual(result.errors.map((e) => e.file));
  }, 180_000);
});

async function nodeIO() {
  return ((await import(pathToFileURL(join(ROOT, 'dist/src/cli/node-io.js')).href)) as typeof import('../src/cli/node-io.js')).nodeIO();
}

describe('symbolic links', () => {
  it.skipIf(process.platform === 'win32')('follows none: loops end, and nothing outside the scanned root is read', async () => {
    const outside = await project('links-outside', {
      'bomb.js': BOMB,
      'consts.js': "export const END = Date.parse('2027-03-01');\n",
    });
    const dir = await project('links', {
      'src/app.js': BOMB,
      'src/uses-links.js': [
        "import { END } from './out-dir/consts.js';",
        "import { END as E2 } from './out-file.js';",
        "export const since = '2026-01-01';",
        "export function a() { if (Date.now() > END) throw new Error('trial expired'); }",
        "export function b() { if (Date.now() > E2) throw new Error('trial expired'); }",
        '',
      ].join('\n'),
    });
    await symlink('..', join(dir, 'src/loop'));
    await symlink('.', join(dir, 'src/self'));
    await symlink(outside, join(dir, 'src/out-dir'));
    await symlink(join(outside, 'consts.js'), join(dir, 'src/out-file.js'));
    await symlink(join(outside, 'bomb.js'), join(dir, 'src/out-bomb.js'));
    await symlink('app.js', join(dir, 'src/alias.js'));
    await symlink('l2.js', join(dir, 'src/l1.js'));
    await symlink('l1.js', join(dir, 'src/l2.js'));
    await symlink('nowhere.js', join(dir, 'src/dangling.js'));

    const { run, result } = await scanJson(dir);
    expect(run.code).toBe(1);
    // The one real time bomb, once; the imports through links resolve to nothing.
    expect(result.findings.map((f) => f.file)).toEqual(['src/app.js']);
    expect(result.stats.filesScanned).toBe(2);
    expect(run.stdout).not.toContain('links-outside');
  }, 60_000);
});

describe('exit codes and report files', () => {
  it('--strict turns file errors into exit 2; without it they do not change the exit code', async () => {
    const dir = await project('strict', { 'src/broken.js': `${BOMB}function (\n`, 'src/ok.js': "export const x = '2027-03-01';\n" });
    const plain = await timebomb(dir, ['scan', ...NOW]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('src/broken.js');
    expect((await timebomb(dir, ['scan', ...NOW, '--strict'])).code).toBe(2);
    const skipped = await project('strict-skip', { 'src/blob.js': Buffer.from([0x61, 0, 0x62]) });
    expect((await timebomb(skipped, ['scan', ...NOW, '--strict', '--fail-on', 'none'])).code).toBe(2);
  });

  it('writes --output and --output-<format> files atomically: whole files replaced, no temporary file left', async () => {
    const dir = await project('atomic', { 'src/app.js': BOMB, 'out/report.json': 'x'.repeat(200_000), 'out/report.sarif': '{"old":' });
    const run = await timebomb(dir, ['scan', ...NOW, '-f', 'json,sarif', '-o', 'out/report.json', '--output-sarif', 'out/report.sarif', '--output-html', 'out/report.html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['report.html', 'report.json', 'report.sarif']);
    const json = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8')) as ScanResult;
    expect(json.findings).toHaveLength(1);
    expect((JSON.parse(await readFile(join(dir, 'out/report.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('leaves nothing behind when a report cannot be written, and exits 2', async () => {
    const dir = await project('atomic-fail', { 'src/app.js': BOMB, 'out/taken/keep': '' });
    // The target is a directory: the rename fails after the temporary file was written.
    const run = await timebomb(dir, ['scan', ...NOW, '-f', 'json', '-o', 'out/taken']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write out\/taken/);
    expect(await readdir(join(dir, 'out'))).toEqual(['taken']);
    expect(await readdir(join(dir, 'out/taken'))).toEqual(['keep']);
    const missingDir = await timebomb(dir, ['scan', ...NOW, '--output-sarif', 'nope/report.sarif']);
    expect(missingDir.code).toBe(2);
    expect(await readdir(dir)).toEqual(['out', 'src']);
  });
});
