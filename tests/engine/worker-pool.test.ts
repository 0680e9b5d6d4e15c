/**
 * Worker threads change speed, never results: the built API scans every fixture project with one
 * thread and with two, and the findings and errors are identical. (Workers need the compiled
 * worker module, so this uses dist/, built first when stale.)
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../helpers/built-cli.js';

type Api = typeof import('../../src/api/index.js');
let api: Api;

beforeAll(async () => {
  ensureBuilt();
  api = (await import(pathToFileURL(join(ROOT, 'dist/src/api/index.js')).href)) as Api;
}, 180_000);

describe('worker pool', () => {
  it('gives the same findings and errors with one thread and with two', async () => {
    const io = { ...(await import(pathToFileURL(join(ROOT, 'dist/src/cli/node-io.js')).href)).nodeIO(), cwd: ROOT };
    const options = { paths: ['test-fixtures'], now: Date.UTC(2026, 10, 24), includeTests: true };
    const single = await api.scan({ ...options, threads: 1 }, io);
    const pooled = await api.scan({ ...options, threads: 2 }, io);
    expect(single.findings.length).toBeGreaterThan(200);
    expect(pooled.findings).toEqual(single.findings);
    expect(pooled.errors).toEqual(single.errors);
  }, 120_000);

  it('reports the workers as available in the build', async () => {
    const pool = (await import(pathToFileURL(join(ROOT, 'dist/src/engine/worker-pool.js')).href)) as typeof import('../../src/engine/worker-pool.js');
    expect(pool.workersAvailable()).toBe(true);
  });
});
