/**
 * Files that cannot be read, or that vanish while the scan runs, simulated through the IO the
 * scan is given (src/engine/io.ts): each becomes a file error, never an exception, and the rest
 * of the tree is still scanned.
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/api/index.js';
import { nodeIO } from '../src/cli/node-io.js';
import type { IO } from '../src/engine/io.js';
import type { ScanResult } from '../src/engine/types.js';

const NOW = Date.UTC(2026, 10, 24);
const BOMB = "if (Date.now() > Date.parse('2027-03-01')) throw new Error('trial expired');\n";

const FILES: Record<string, string> = {
  'src/app.js': BOMB,
  'src/locked.js': BOMB,
  'src/gone-before-read.js': BOMB,
  'src/gone-during-read.js': BOMB,
  // Neither side in its text: read a second time when the prefilter wants it (imports both).
  'src/uses.js': "import { now } from './clock.js';\nimport { END } from './dates.js';\nexport const check = () => { if (now() > END) throw new Error('trial expired'); };\n",
  'src/clock.js': 'export const now = () => Date.now();\n',
  'src/dates.js': "export const END = Date.parse('2027-03-01');\n",
  // Its constant comes from a file outside the scanned path, read on demand at link time.
  'src/linked.js': "import { LIMIT } from '../lib/limits';\nexport const ok = () => Date.now() < LIMIT || process.exit(1);\nexport const since = 2026;\n",
  'lib/limits/index.js': "export const LIMIT = Date.parse('2027-01-01');\n",
};

let root: string;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'timebomb-io-faults-')));
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

type Fault = 'EACCES' | 'ENOENT' | 'EIO';

type Faults = { stat?: Record<string, Fault | 'missing'>; read?: Record<string, Fault | { after: number; fault: Fault }> };

/**
 * The real file system, except that the named files fail as told (by stat, or by read). Its stat
 * answers through a promise, or at once as node's does (`syncStat`), throwing at once too.
 */
function faultyIO(faults: Faults, syncStat = false): IO {
  const io = { ...nodeIO(), cwd: root };
  const reads = new Map<string, number>();
  const rel = (abs: string) => abs.slice(root.length + 1).split('\\').join('/');
  const fail = (code: Fault, abs: string) => Object.assign(new Error(`${code}: simulated, '${abs}'`), { code });
  return {
    ...io,
    stat: (abs) => {
      const answer = () => {
        const fault = faults.stat?.[rel(abs)];
        if (fault === 'missing') return undefined;
        if (fault) throw fail(fault, abs);
        return io.stat(abs);
      };
      return syncStat ? answer() : Promise.resolve().then(answer);
    },
    readFile: async (abs) => {
      const fault = faults.read?.[rel(abs)];
      const count = (reads.get(rel(abs)) ?? 0) + 1;
      reads.set(rel(abs), count);
      if (typeof fault === 'string') throw fail(fault, abs);
      if (fault && count > fault.after) throw fail(fault.fault, abs);
      return io.readFile(abs);
    },
  };
}

async function run(io: IO): Promise<ScanResult> {
  return scan({ paths: ['src'], now: NOW, threads: 1 }, io);
}

const files = (r: ScanResult) => r.findings.map((f) => f.file);

describe('unreadable and vanishing files', () => {
  it('finds everything with a healthy file system (the baseline for the cases below)', async () => {
    const result = await run(faultyIO({}));
    expect(files(result)).toEqual(['src/app.js', 'src/gone-before-read.js', 'src/gone-during-read.js', 'src/linked.js', 'src/locked.js', 'src/uses.js']);
    expect(result.errors).toEqual([]);
  });

  it('reports a file that cannot be read (permission denied, I/O error) and scans the rest', async () => {
    const result = await run(faultyIO({ read: { 'src/locked.js': 'EACCES', 'src/app.js': 'EIO' } }));
    expect(result.errors).toEqual([
      { file: 'src/app.js', phase: 'read', message: "EIO: simulated, '" + join(root, 'src/app.js') + "'" },
      { file: 'src/locked.js', phase: 'read', message: 'permission denied' },
    ]);
    expect(files(result)).toEqual(['src/gone-before-read.js', 'src/gone-during-read.js', 'src/linked.js', 'src/uses.js']);
  });

  it('reports a file that vanished after discovery, before or while it was read', async () => {
    const result = await run(faultyIO({
      stat: { 'src/gone-before-read.js': 'missing' },
      read: { 'src/gone-during-read.js': 'ENOENT' },
    }));
    expect(result.errors).toEqual([
      { file: 'src/gone-before-read.js', phase: 'read', message: 'file vanished before it could be read' },
      { file: 'src/gone-during-read.js', phase: 'read', message: 'file vanished before it could be read' },
    ]);
    expect(files(result)).toEqual(['src/app.js', 'src/linked.js', 'src/locked.js', 'src/uses.js']);
  });

  it('reports a file that vanished between its first read and its analysis', async () => {
    const result = await run(faultyIO({ read: { 'src/uses.js': { after: 1, fault: 'ENOENT' } } }));
    expect(result.errors).toEqual([{ file: 'src/uses.js', phase: 'read', message: 'file vanished before it could be read' }]);
    expect(files(result)).not.toContain('src/uses.js');
    expect(files(result)).toContain('src/app.js');
  });

  it('survives an imported file that cannot be checked or read at link time', async () => {
    for (const faults of [
      { stat: { 'lib/limits/index.js': 'EACCES' as const } },
      { stat: { 'lib/limits': 'EIO' as const } },
      { stat: { 'lib/limits/index.js': 'missing' as const } },
      { read: { 'lib/limits/index.js': 'ENOENT' as const } },
    ]) {
      const result = await run(faultyIO(faults));
      expect(result.errors).toEqual([]);
      // The constant is unknown, so its check is not reported; nothing else changes.
      expect(files(result)).toEqual(['src/app.js', 'src/gone-before-read.js', 'src/gone-during-read.js', 'src/locked.js', 'src/uses.js']);
    }
  });

  it('survives project files it looks for (tsconfig.json) that cannot be checked', async () => {
    const result = await run(faultyIO({ stat: { 'tsconfig.json': 'EACCES', 'src/jsconfig.json': 'EIO' } }));
    expect(files(result)).toContain('src/app.js');
    expect(result.errors).toEqual([]);
  });

  it('does not take a baseline entry whose file cannot be checked for deleted (never stale, never pruned)', async () => {
    const entry = (file: string) => ({ fingerprint: `fp-${file}`, ruleId: 'js/hardcoded-expiry', file, message: 'm', trigger: null });
    const baseline = { file: 'baseline.json', entries: [entry('src/unknowable.js'), entry('src/deleted.js')] };
    const result = await scan({ paths: ['src'], now: NOW, threads: 1, baseline }, faultyIO({ stat: { 'src/unknowable.js': 'EACCES' } }));
    expect(result.baseline?.stale.map((e) => e.file)).toEqual(['src/deleted.js']);
  });
});

describe('faults met by a cached scan, with a stat that answers at once or through a promise', () => {
  for (const syncStat of [true, false]) {
    it(`reports files that cannot be checked, read or found on the stat fast path (${syncStat ? 'synchronous' : 'promised'} stat)`, async () => {
      const cacheFile = join(root, `.cache-${syncStat ? 'sync' : 'async'}`);
      const cached = (faults: Faults) => scan({ paths: ['src'], now: NOW, threads: 1, cache: cacheFile }, faultyIO(faults, syncStat));
      const cold = await cached({});
      expect(files(cold)).toEqual(['src/app.js', 'src/gone-before-read.js', 'src/gone-during-read.js', 'src/linked.js', 'src/locked.js', 'src/uses.js']);
      const warm = await cached({
        stat: { 'src/locked.js': 'EACCES', 'src/gone-before-read.js': 'missing', 'src/app.js': 'EIO' },
      });
      expect(warm.errors).toEqual([
        { file: 'src/app.js', phase: 'read', message: "EIO: simulated, '" + join(root, 'src/app.js') + "'" },
        { file: 'src/gone-before-read.js', phase: 'read', message: 'file vanished before it could be read' },
        { file: 'src/locked.js', phase: 'read', message: 'permission denied' },
      ]);
      expect(files(warm)).toEqual(['src/gone-during-read.js', 'src/linked.js', 'src/uses.js']);
      // The faults pass: everything is found again, from the cache.
      expect(files(await cached({}))).toEqual(files(cold));
      await rm(cacheFile, { force: true });
    });
  }
});
