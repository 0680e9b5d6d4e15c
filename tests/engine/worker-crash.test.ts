/**
 * A worker that dies (an uncaught exception, process.exit, running out of memory) costs the file
 * it was analysing, reported as a FileError, and nothing else: it is replaced and the scan
 * finishes. The deaths are injected through the pool's test-only `fault` option, which nothing
 * in a scanned file can reach. Workers need the compiled worker module, so this uses dist/.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../helpers/built-cli.js';

type Pool = typeof import('../../src/engine/worker-pool.js');
type Api = typeof import('../../src/api/index.js');
type ExitCodes = typeof import('../../src/cli/exit-code.js');
let pool: Pool;
let api: Api;
let exitCodes: ExitCodes;
let vocabulary: ReturnType<typeof import('../../src/config/vocabulary.js').loadVocabulary>;
const built = (rel: string) => pathToFileURL(join(ROOT, 'dist', rel)).href;

beforeAll(async () => {
  ensureBuilt();
  pool = (await import(built('src/engine/worker-pool.js'))) as Pool;
  api = (await import(built('src/api/index.js'))) as Api;
  exitCodes = (await import(built('src/cli/exit-code.js'))) as ExitCodes;
  vocabulary = ((await import(built('src/config/vocabulary.js'))) as typeof import('../../src/config/vocabulary.js')).loadVocabulary();
}, 180_000);

const source = (n: number) => `export const END_${n} = '2027-0${(n % 9) + 1}-01';\nexport function expired() { return Date.now() > new Date(END_${n}).getTime(); }\n`;
const tasks = Array.from({ length: 6 }, (_, i) => ({ file: `src/f${i}.js`, source: source(i) }));

function options(extra: Partial<import('../../src/engine/worker-pool.js').PoolOptions> = {}) {
  return {
    threads: 2, catalogueModule: built('rules/index.js'), ruleIds: api.catalogue.map((r) => r.meta.id), vocabulary, aliases: [],
    ...extra,
  };
}

describe('worker pool when a worker dies', () => {
  it.each([
    ['throw', /analysis worker crashed: injected fault/],
    ['exit', /analysis worker exited with code 70/],
    ['oom', /analysis worker ran out of memory/],
  ] as const)('reports the file of a worker that dies by %s, and analyses every other file', async (kind, message) => {
    const healthy = await pool.analyseInWorkers(tasks, options());
    let done = 0;
    const faulty = await pool.analyseInWorkers(tasks, options({
      fault: { file: 'src/f2.js', kind },
      onDone: () => void done++,
      // A small heap, so running out of it is quick.
      ...(kind === 'oom' ? { resourceLimits: { maxOldGenerationSizeMb: 128, stackSizeMb: 16 } } : {}),
    }));
    expect(healthy.every((f) => f && f.errors.length === 0 && f.reports.length > 0)).toBe(true);
    expect(faulty[2]).toEqual({
      file: 'src/f2.js', reports: [], exports: {}, starExports: [],
      errors: [{ file: 'src/f2.js', phase: 'worker', message: expect.stringMatching(message) }],
    });
    expect(faulty.filter((_, i) => i !== 2)).toEqual(healthy.filter((_, i) => i !== 2));
    expect(done).toBe(tasks.length);
  }, 60_000);

  it('leaves the tasks to the caller when workers cannot start at all', async () => {
    const results = await pool.analyseInWorkers(tasks, options({ catalogueModule: built('rules/no-such-module.js') }));
    expect(results.length).toBe(tasks.length);
    expect(results.every((r) => r === undefined)).toBe(true);
  }, 60_000);

  it('finishes the scan with the file in errors, and --strict makes that exit 2', async () => {
    const io = { ...(await import(built('src/cli/node-io.js'))).nodeIO(), cwd: ROOT };
    const scanOptions = { paths: ['test-fixtures'], now: Date.UTC(2026, 10, 24), includeTests: true, threads: 2 };
    const victim = 'test-fixtures/demo/src/telemetry.js';
    const healthy = await api.scan(scanOptions, io);
    const result = await api.scan(scanOptions, io, api.catalogue, { workerFault: { file: victim, kind: 'exit' } });

    expect(healthy.findings.some((f) => f.file === victim)).toBe(true);
    expect(result.errors).toEqual([...healthy.errors, { file: victim, phase: 'worker', message: 'analysis worker exited with code 70' }]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    expect(result.findings).toEqual(healthy.findings.filter((f) => f.file !== victim));
    expect(exitCodes.exitCodeFor(result, 'error', false)).toBe(1);
    expect(exitCodes.exitCodeFor(result, 'error', true)).toBe(2);
  }, 180_000);
});
