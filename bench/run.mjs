#!/usr/bin/env node
/**
 * `npm run bench`: times timebomb against ESLint on a corpus of real third-party code.
 *
 * The corpus is `npm install`ed (no install scripts) into a temporary directory that is kept
 * between runs, keyed by the package list. Every `*.js` under 2 MB is hard-linked (copied when
 * linking fails) into a scan root whose paths contain no `node_modules` segment, so timebomb
 * (which never scans node_modules) and ESLint see exactly the same files. Each tool runs as a
 * child process; wall time is measured here, peak memory (largest resident set) comes from
 * `/usr/bin/time` when present, else from polling /proc/<pid>/status.
 *
 * ast-grep (the prebuilt binary of @ast-grep/cli's platform package, installed beside the corpus
 * without install scripts) runs one rule with the same three comparisons as the ESLint selectors.
 * Each ESLint and ast-grep run is followed by a cold timebomb run, and their ratios are taken
 * pair by pair.
 *
 * Options: --runs N (timebomb runs per figure, default 3; the warm scan runs 3N times after one
 * untimed warm-up run), --eslint-runs N (default 3),
 * --no-eslint, --no-ast-grep, --corpus DIR (reuse or build the corpus there).
 * Exit status: 0 when every command ran, 1 when one could not run or failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = [
  'typescript@5.9.3', 'moment@2.30.1', 'date-fns@4.1.0', 'dayjs@1.11.13', 'luxon@3.7.2', 'lodash@4.17.21',
  '@babel/core@7.28.0', 'eslint@9.39.1', 'webpack@5.101.0', 'rxjs@7.8.2', 'three@0.180.0',
];
const AST_GREP_VERSION = '0.51.1';
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const NOW = '2026-11-24';
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEBOMB = join(REPO, 'bin', 'timebomb.js');

const args = parseArgs(process.argv.slice(2));
const corpusDir = args.corpus
  ?? join(tmpdir(), `timebomb-bench-corpus-${createHash('sha256').update(PACKAGES.join('\n')).digest('hex').slice(0, 12)}`);

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

async function main() {
  if (!existsSync(join(REPO, 'dist', 'src', 'cli', 'run.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first');
  const corpus = buildCorpus(corpusDir);
  const mb = (corpus.bytes / 1024 / 1024).toFixed(1);
  console.log(`corpus: ${corpus.files.length} files, ${mb} MB (${corpus.half.length} in the half set) in ${corpusDir}`);
  const os = await import('node:os');
  console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}; memory and CPU via ${haveGnuTime() ? '/usr/bin/time' : '/proc/<pid>'}`);

  const scanArgs = (root) => [TIMEBOMB, 'scan', root, '--now', NOW, '--no-config', '--no-gitignore', '--include-tests', '--fail-on', 'none', '--format', 'json'];
  const hasCache = timebombHelp().includes('--cache-location');
  const cacheFile = join(corpusDir, 'timebomb-cache');
  const rows = [];

  // (a) cold: no cache. The first run also gives the findings count.
  const coldCommand = () => ({ cmd: process.execPath, argv: scanArgs('files'), cwd: corpusDir, ok: [0, 1] });
  const cold = await repeat('timebomb cold', args.runs, coldCommand);
  const coldResult = JSON.parse(cold.lastStdout);
  rows.push(cold);

  // (b) warm: a second run over an unchanged tree with --cache.
  let warm;
  if (hasCache) {
    const warmCommand = () => ({ cmd: process.execPath, argv: [...scanArgs('files'), '--cache', '--cache-location', cacheFile], cwd: corpusDir, ok: [0, 1] });
    rmSync(cacheFile, { recursive: true, force: true });
    const prime = await measure(warmCommand());
    console.log(`  cache priming run: ${fmtS(prime.wallS)} s wall, ${fmtS(prime.cpuS)} s cpu, ${fmtMb(prime.peakKb)} MB`);
    // One warm run, not counted, first: right after the priming run kept both cores busy for
    // seconds, this machine ran the next few half-second runs a tenth slower (0.55 to 0.59 s,
    // then 0.50 to 0.51 s for the same command), as farm-bench's warm-up run also avoids.
    const warmUp = await measure(warmCommand());
    console.log(`  warm-up run, not counted: ${fmtS(warmUp.wallS)} s wall`);
    // A warm run lasts half a second, so a moment of load on the machine moves it by a tenth:
    // three times as many runs give its median.
    warm = await repeat('timebomb warm (--cache)', args.runs * 3, warmCommand);
    rows.push(warm);
  } else {
    console.log('  timebomb has no --cache flag yet: warm cached scan skipped');
  }

  // Linearity: half the files against all of them.
  const half = await repeat('timebomb cold, half the files', args.runs, () => ({ cmd: process.execPath, argv: scanArgs('half'), cwd: corpusDir, ok: [0, 1] }));
  rows.push(half);

  // (c) ESLint over the same files.
  let eslint;
  if (args.eslint) {
    writeEslintFiles(corpusDir);
    eslint = await repeat('eslint 9.39.1 (3 selectors)', args.eslintRuns, coldCommand, () => ({
      cmd: process.execPath,
      argv: [join(corpusDir, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--config', 'eslint.config.mjs', '--format', './eslint-count-formatter.cjs', '--no-warn-ignored', 'files'],
      cwd: corpusDir, ok: [0, 1],
    }));
    rows.push(eslint);
  }

  // (d) ast-grep over the same files, when its binary exists for this platform.
  let astGrep;
  const astGrepBinary = args.astGrep ? installAstGrep(corpusDir) : undefined;
  if (astGrepBinary) {
    writeAstGrepRule(corpusDir);
    astGrep = await repeat(`ast-grep ${AST_GREP_VERSION} (same comparisons)`, args.runs, coldCommand, () => ({
      cmd: astGrepBinary, argv: ['scan', '--rule', 'ast-grep-rule.yml', '--json=compact', 'files'], cwd: corpusDir, ok: [0, 1],
    }));
    rows.push(astGrep);
  }

  console.log('\nresults (median of runs; wall seconds, CPU seconds (user + system, all threads), peak resident memory):');
  for (const r of rows) console.log(`  ${r.label.padEnd(34)} ${fmtS(r.wallS).padStart(7)} s wall ${fmtS(r.cpuS).padStart(7)} s cpu ${fmtMb(r.peakKb).padStart(6)} MB   wall runs: ${r.walls.map(fmtS).join(', ')}`);
  const findings = coldResult.findings?.length ?? 0;
  const errors = coldResult.errors ?? [];
  console.log(`\ntimebomb: ${coldResult.stats?.filesScanned ?? '?'} files scanned, ${findings} findings, ${errors.length} file errors${errors.length ? ` (${summariseErrors(errors)})` : ''}`);
  for (const f of (coldResult.findings ?? []).slice(0, 10)) console.log(`  ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
  if (eslint) console.log(`eslint: ${eslint.lastStdout.trim()}`);
  if (astGrep) console.log(`ast-grep: ${JSON.parse(astGrep.lastStdout || '[]').length} matches`);
  console.log('\nratios:');
  if (eslint) console.log(`  eslint / cold:        ${pairedRatios(eslint)}   (target >= 20x)`);
  if (astGrep) console.log(`  ast-grep / cold:      ${pairedRatios(astGrep)}   (target > 1x)`);
  if (warm) console.log(`  cold / warm:          ${(cold.wallS / warm.wallS).toFixed(1)}x   (warm target < 0.5 s: ${warm.wallS < 0.5 ? 'met' : 'not met'})`);
  console.log(`  all / half the files: ${(cold.wallS / half.wallS).toFixed(2)}x wall, ${(cold.cpuS / half.cpuS).toFixed(2)}x cpu  (target <= 2.1x)`);
  console.log(`  peak memory, cold:    ${fmtMb(cold.peakKb)} MB (target < 400 MB)`);
}

// ---------------------------------------------------------------------------------------------
// The corpus

function buildCorpus(dir) {
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    console.log(`building the corpus in ${dir} (npm install of ${PACKAGES.length} packages, once)...`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'timebomb-bench-corpus', private: true }, null, 2));
    const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...PACKAGES], { cwd: dir, stdio: 'inherit' });
    if (npm.status !== 0) throw new Error(`npm install failed (exit ${npm.status})`);
    const sources = listJs(join(dir, 'node_modules')).sort();
    const half = sources.filter((_, i) => i % 2 === 0);
    layOut(dir, 'files', sources);
    layOut(dir, 'half', half);
    writeFileSync(join(dir, 'files.txt'), sources.join('\n') + '\n');
    writeFileSync(join(dir, 'half.txt'), half.join('\n') + '\n');
    writeFileSync(done, new Date().toISOString() + '\n');
  }
  const files = readFileSync(join(dir, 'files.txt'), 'utf8').split('\n').filter(Boolean);
  const half = readFileSync(join(dir, 'half.txt'), 'utf8').split('\n').filter(Boolean);
  let bytes = 0;
  for (const f of files) bytes += statSync(join(dir, 'files', scanPath(f))).size;
  return { files, half, bytes };
}

/** Every regular `*.js` file under 2 MB below `root`, as paths relative to the corpus dir. */
function listJs(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.js') && statSync(p).size < MAX_FILE_BYTES) out.push(relative(dirname(root), p).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** `node_modules/a/node_modules/b/x.js` -> `a/_modules/b/x.js`: no segment either tool skips. */
function scanPath(rel) {
  return rel.replace(/^node_modules\//, '').replace(/\/node_modules\//g, '/_modules/');
}

function layOut(dir, name, files) {
  const root = join(dir, name);
  rmSync(root, { recursive: true, force: true });
  for (const f of files) {
    const target = join(root, scanPath(f));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(join(dir, f), target);
    } catch {
      copyFileSync(join(dir, f), target);
    }
  }
}

function writeEslintFiles(dir) {
  // Binary comparisons with Date.now(), new Date() or a getFullYear() call as an operand.
  const cmp = 'BinaryExpression[operator=/^(?:[<>]=?|[!=]==?)$/]';
  writeFileSync(join(dir, 'eslint.config.mjs'), `export default [{
  files: ['**/*.js'],
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
  rules: {
    'no-restricted-syntax': ['warn',
      { selector: "${cmp} > CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Date.now() comparison' },
      { selector: "${cmp} > NewExpression[callee.name='Date']", message: 'new Date() comparison' },
      { selector: "${cmp} > CallExpression[callee.property.name='getFullYear']", message: 'getFullYear() comparison' },
    ],
  },
}];
`);
  // A formatter that only counts, so output formatting costs ESLint nothing measurable.
  writeFileSync(join(dir, 'eslint-count-formatter.cjs'), `module.exports = (results) => {
  let matches = 0, parseErrors = 0;
  for (const r of results) for (const m of r.messages) { if (m.fatal) parseErrors++; else if (m.ruleId === 'no-restricted-syntax') matches++; }
  return results.length + ' files linted, ' + matches + ' selector matches, ' + parseErrors + ' files with parse errors (sourceType module)';
};
`);
}

/**
 * The ast-grep binary of this platform's package, installed once beside the corpus; undefined
 * (with a note) when the platform has none or the install fails: the bench goes on without it.
 */
function installAstGrep(dir) {
  const platformPackage = {
    'linux-x64': 'cli-linux-x64-gnu', 'linux-arm64': 'cli-linux-arm64-gnu', 'darwin-x64': 'cli-darwin-x64',
    'darwin-arm64': 'cli-darwin-arm64', 'win32-x64': 'cli-win32-x64-msvc',
  }[`${process.platform}-${process.arch}`];
  if (!platformPackage) {
    console.log(`  ast-grep: no prebuilt binary for ${process.platform}-${process.arch}; skipped`);
    return undefined;
  }
  const toolDir = join(dir, 'ast-grep');
  const binary = join(toolDir, 'node_modules', '@ast-grep', platformPackage, process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep');
  if (!existsSync(binary)) {
    mkdirSync(toolDir, { recursive: true });
    writeFileSync(join(toolDir, 'package.json'), JSON.stringify({ name: 'timebomb-bench-ast-grep', private: true }, null, 2));
    // The platform package itself holds the binary: no install script needed.
    const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `@ast-grep/${platformPackage}@${AST_GREP_VERSION}`], { cwd: toolDir, stdio: 'inherit' });
    if (npm.status !== 0 || !existsSync(binary)) {
      console.log('  ast-grep: install failed; skipped');
      return undefined;
    }
  }
  return binary;
}

function writeAstGrepRule(dir) {
  // The ESLint selectors' three comparisons: a binary comparison with Date.now(), new Date(...)
  // or a getFullYear() call as a direct operand.
  writeFileSync(join(dir, 'ast-grep-rule.yml'), `id: clock-comparison
language: JavaScript
severity: warning
message: comparison with the current time
rule:
  kind: binary_expression
  all:
    - has:
        field: operator
        regex: '^(?:[<>]=?|[!=]==?)$'
    - has:
        any:
          - pattern: Date.now()
          - kind: new_expression
            has: { field: constructor, regex: '^Date$' }
          - pattern: $OBJ.getFullYear()
`);
}

// ---------------------------------------------------------------------------------------------
// Measuring

function timebombHelp() {
  const r = spawnSync(process.execPath, [TIMEBOMB, 'scan', '--help'], { encoding: 'utf8' });
  return r.stdout ?? '';
}

let gnuTime;
function haveGnuTime() {
  if (gnuTime === undefined) gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  return gnuTime;
}

/**
 * Runs a command `runs` times. With `pairWith` (the timebomb cold scan), each run is followed by
 * a run of that command, and the ratio is taken pair by pair: this machine's speed drifts over
 * the minutes an ESLint run takes, and a ratio of medians taken minutes apart carries the drift.
 */
async function repeat(label, runs, pairWith, make) {
  if (make === undefined) { make = pairWith; pairWith = undefined; }
  const results = [];
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const r = await measure(make());
    results.push(r);
    console.log(`  ${label} run ${i + 1}/${runs}: ${fmtS(r.wallS)} s wall, ${fmtS(r.cpuS)} s cpu, ${fmtMb(r.peakKb)} MB`);
    if (pairWith) {
      const c = await measure(pairWith());
      pairs.push({ wall: r.wallS / c.wallS, cpu: r.cpuS / c.cpuS });
      console.log(`    paired timebomb cold run: ${fmtS(c.wallS)} s wall, ${fmtS(c.cpuS)} s cpu (ratio ${(r.wallS / c.wallS).toFixed(1)}x wall)`);
    }
  }
  return {
    label,
    walls: results.map((r) => r.wallS),
    wallS: median(results.map((r) => r.wallS)),
    cpuS: median(results.map((r) => r.cpuS)),
    peakKb: Math.max(...results.map((r) => r.peakKb)),
    lastStdout: results[results.length - 1].stdout,
    pairs,
  };
}

/** The median of the pair-by-pair ratios, and each pair's wall ratio. */
function pairedRatios(row) {
  const wall = median(row.pairs.map((p) => p.wall));
  const cpu = median(row.pairs.map((p) => p.cpu));
  return `${wall.toFixed(1)}x wall, ${cpu.toFixed(1)}x cpu (median of ${row.pairs.length} pairs: ${row.pairs.map((p) => p.wall.toFixed(1)).join(', ')})`;
}

/** Runs a command to completion: wall seconds, peak RSS in KB, its stdout. Throws when it fails. */
function measure({ cmd, argv, cwd, ok }) {
  return new Promise((resolvePromise, reject) => {
    const timeFile = join(tmpdir(), `timebomb-bench-time-${process.pid}`);
    const useTime = haveGnuTime();
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, cmd, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const started = process.hrtime.bigint();
    let polledKb = 0;
    let polledCpuS = 0;
    const poll = useTime ? undefined : setInterval(() => {
      polledKb = Math.max(polledKb, vmHwmKb(child.pid));
      polledCpuS = Math.max(polledCpuS, cpuSeconds(child.pid));
    }, 20);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let peakKb = polledKb;
      let cpuS = polledCpuS;
      if (useTime) {
        const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
        const [rss, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
        peakKb = rss || 0;
        cpuS = (user || 0) + (sys || 0);
        rmSync(timeFile, { force: true });
      }
      if (!ok.includes(code)) {
        reject(new Error(`${relative(process.cwd(), argv[0])} ${argv.slice(1).join(' ')} exited ${code}:\n${Buffer.concat(err).toString().slice(-2000)}`));
        return;
      }
      resolvePromise({ wallS, cpuS, peakKb, stdout: Buffer.concat(out).toString() });
    });
  });
}

/** User + system CPU seconds of a running process (all its threads), from /proc/<pid>/stat. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

function vmHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function summariseErrors(errors) {
  const byPhase = {};
  for (const e of errors) byPhase[e.phase] = (byPhase[e.phase] ?? 0) + 1;
  return Object.entries(byPhase).map(([k, v]) => `${v} ${k}`).join(', ');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const fmtS = (s) => s.toFixed(2);
const fmtMb = (kb) => (kb / 1024).toFixed(0);

function parseArgs(argv) {
  const o = { runs: 3, eslintRuns: 3, eslint: true, astGrep: true, corpus: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--eslint-runs') o.eslintRuns = Math.max(1, Number(argv[++i]));
    else if (a === '--no-eslint') o.eslint = false;
    else if (a === '--no-ast-grep') o.astGrep = false;
    else if (a === '--corpus') o.corpus = resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.mjs [--runs N] [--eslint-runs N] [--no-eslint] [--no-ast-grep] [--corpus DIR]');
      process.exit(0);
    } else {
      console.error(`unknown option ${a}`);
      process.exit(1);
    }
  }
  return o;
}
