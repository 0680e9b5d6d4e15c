/** `--cache`, `--cache-location` and the progress line, as the CLI wires them into a scan. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanOptions } from '../../src/api/options.js';
import { cacheFilePath } from '../../src/cli/cache-location.js';
import { runWith, type CliDeps } from '../../src/cli/program.js';
import type { IO } from '../../src/engine/io.js';
import type { CatalogueEntry } from '../../src/engine/rule-meta.js';
import { finding, result } from '../reporters/sample.js';
import { fakeIO, type FakeIO } from './fake-io.js';

const catalogue: CatalogueEntry[] = [
  { meta: { id: 'js/hardcoded-expiry', defaultSeverity: 'error', description: 'Fixed dates compared with now.', messages: {} } },
];

/** A CLI whose engine records the options, reports progress as a long scan would, and says a note. */
async function cli(argv: string[], io: FakeIO) {
  const calls: ScanOptions[] = [];
  const deps: CliDeps<CatalogueEntry> = {
    version: '1.0.0',
    rulesDir: '/pkg/rules',
    load: async () => ({
      catalogue,
      scan: async (options: ScanOptions, scanIO: IO) => {
        calls.push(options);
        // A scan that has run for two seconds.
        if (vi.isFakeTimers()) vi.advanceTimersByTime(2000);
        options.onProgress?.({ phase: 'reading', done: 1, total: 2 });
        scanIO.stderr.write('timebomb: a note from the scan\n');
        return result([finding({})]);
      },
    }),
  };
  const code = await runWith(argv, io, deps);
  return { code, calls };
}

describe('--cache', () => {
  it('passes no cache without --cache, even with --cache-location', async () => {
    const io = fakeIO();
    const { calls } = await cli(['scan', '--cache-location', 'x.cache'], io);
    expect(calls[0]!.cache).toBeUndefined();
  });

  it('uses .timebombcache in the working directory by default', async () => {
    const { calls } = await cli(['scan', '--cache'], fakeIO());
    expect(calls[0]!.cache).toBe('/project/.timebombcache');
  });

  it('takes a file or a directory as --cache-location', async () => {
    const io = fakeIO({ dirs: ['/project/.cache'] });
    expect((await cli(['scan', '--cache', '--cache-location', 'ci/timebomb.cache'], io)).calls[0]!.cache).toBe('/project/ci/timebomb.cache');
    expect((await cli(['scan', '--cache', '--cache-location', '.cache'], io)).calls[0]!.cache).toBe('/project/.cache/.timebombcache');
    expect((await cli(['scan', '--cache', '--cache-location', 'new-dir/'], io)).calls[0]!.cache).toBe('/project/new-dir/.timebombcache');
    expect((await cli(['scan', '--cache', '--cache-location', '/abs/c.bin'], io)).calls[0]!.cache).toBe('/abs/c.bin');
  });

  it('resolves the location against the working directory', async () => {
    const io = fakeIO({ cwd: '/w' });
    expect(await cacheFilePath(io, undefined)).toBe('/w/.timebombcache');
    expect(await cacheFilePath(io, '')).toBe('/w/.timebombcache');
    expect(await cacheFilePath(io, '../c')).toBe('/c');
  });
});

describe('progress line', () => {
  afterEach(() => void vi.useRealTimers());

  it('asks the scan for progress at an interactive terminal', async () => {
    const io = fakeIO({ tty: true });
    const { calls } = await cli(['scan'], io);
    expect(calls[0]!.onProgress).toBeTypeOf('function');
    // Within the first second nothing is drawn; the scan's own note goes out as it is.
    expect(io.err).toBe('timebomb: a note from the scan\n');
  });

  it('draws on stderr and erases the line before anything else is written there', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const io = fakeIO({ tty: true });
    await cli(['scan'], io);
    expect(io.err).toBe('\r\u001b[Ktimebomb: reading 1/2 files, 1 files/s\r\u001b[Ktimebomb: a note from the scan\n');
    expect(io.out).toContain('src/license.ts');
  });

  it('asks for none in CI, with --quiet, or when output is redirected', async () => {
    expect((await cli(['scan'], fakeIO({ tty: true, env: { CI: 'true' } }))).calls[0]!.onProgress).toBeUndefined();
    expect((await cli(['scan', '--quiet'], fakeIO({ tty: true }))).calls[0]!.onProgress).toBeUndefined();
    expect((await cli(['scan'], fakeIO({ tty: false }))).calls[0]!.onProgress).toBeUndefined();
  });
});
