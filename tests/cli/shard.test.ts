import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { ScanOptions } from '../../src/api/options.js';
import { parseByteSize } from '../../src/cli/byte-size.js';
import { runWith, type CliDeps } from '../../src/cli/program.js';
import { inShard, parseShard, shardOf } from '../../src/discovery/shard.js';
import type { CatalogueEntry } from '../../src/engine/rule-meta.js';
import { finding, result } from '../reporters/sample.js';
import { fakeIO } from './fake-io.js';

const PATHS = Array.from({ length: 400 }, (_, i) => `packages/p${i % 7}/src/module-${i}.ts`);

describe('--shard', () => {
  it('parses i/n with 1-based i', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 4 / 4 ')).toEqual({ index: 4, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['0/4', /shard number must be between 1 and 4 \(shards count from 1\)/],
    ['5/4', /shard number must be between 1 and 4/],
    ['1/0', /number of shards must be between 1 and/],
    ['1/100000', /number of shards must be between 1 and 1024/],
    ['1', /expects <i>\/<n>/],
    ['a/b', /expects <i>\/<n>/],
    ['1/2/3', /expects <i>\/<n>/],
    ['-1/2', /expects <i>\/<n>/],
    ['1.5/2', /expects <i>\/<n>/],
  ])('rejects %s', (text, message) => {
    const parsed = parseShard(text);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('puts every file in exactly one shard, and spreads them', () => {
    for (const count of [1, 2, 3, 5, 8]) {
      const sizes = Array.from({ length: count }, (_, i) => PATHS.filter((p) => inShard(p, { index: i + 1, count })).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(PATHS.length);
      for (const p of PATHS) {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(p, { index, count }));
        expect(owners).toEqual([shardOf(p, count)]);
      }
      // Balanced on average: no shard holds less than half its fair share of 400 files.
      for (const size of sizes) expect(size).toBeGreaterThan(PATHS.length / count / 2);
    }
  });

  it('depends on the path alone: adding or removing files moves no other file', () => {
    const before = new Map(PATHS.map((p) => [p, shardOf(p, 4)]));
    const more = [...PATHS, 'packages/new/a.ts', 'b.ts'].reverse();
    for (const p of more) if (before.has(p)) expect(shardOf(p, 4)).toBe(before.get(p));
  });

  it('is the documented function: 1 + first 32 bits of SHA-256(POSIX path) mod n', () => {
    // Pinned so that a change of the split (which would reshuffle every CI matrix) is deliberate.
    for (const p of PATHS.slice(0, 50)) {
      const h = createHash('sha256').update(p).digest().readUInt32BE(0);
      expect(shardOf(p, 6)).toBe(1 + (h % 6));
    }
    expect(['src/app/trial.js', 'src/lib/clock.js', 'src/lib/constants.js'].map((p) => shardOf(p, 3))).toEqual([1, 2, 3]);
  });
});

describe('--max-file-size sizes', () => {
  it.each([
    ['4096', 4096], ['512k', 512 * 1024], ['512K', 512 * 1024], ['512kb', 512 * 1024], ['10mb', 10 * 1024 * 1024],
    ['10MB', 10 * 1024 * 1024], ['1.5m', 1.5 * 1024 * 1024], ['2MiB', 2 * 1024 * 1024], ['1g', 1024 ** 3], [' 20 kb ', 20 * 1024],
  ])('reads %s', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each([['big'], ['0'], ['-1'], ['10 megabytes'], ['1e6'], [''], ['0.0001k'], ['10tb']])('rejects %s', (text) => {
    expect(parseByteSize(text)).toBeUndefined();
  });
});

describe('timebomb scan --shard (CLI)', () => {
  const catalogue: CatalogueEntry[] = [
    { meta: { id: 'js/hardcoded-expiry', defaultSeverity: 'error', description: 'Fixed dates compared with now.', messages: {} } },
  ];
  function harness() {
    const calls: ScanOptions[] = [];
    const load = vi.fn(async () => ({
      catalogue,
      scan: async (options: ScanOptions) => {
        calls.push(options);
        return result([finding({})]);
      },
    }));
    const deps: CliDeps<CatalogueEntry> = { load, version: '1.0.0', rulesDir: '/pkg/rules' };
    return { deps, calls, load };
  }

  it('passes the shard and a parsed --max-file-size to the scan', async () => {
    const h = harness();
    const code = await runWith(['scan', '--shard', '2/3', '--max-file-size', '512k'], fakeIO(), h.deps);
    expect(code).toBe(1);
    expect(h.calls[0]).toMatchObject({ shard: { index: 2, count: 3 }, maxFileSize: 512 * 1024 });
    expect(h.calls[0]!.threads).toBeUndefined();
  });

  it('passes --threads to the scan', async () => {
    const h = harness();
    await runWith(['scan', '--threads', '1'], fakeIO(), h.deps);
    await runWith(['scan', '--threads', '12'], fakeIO(), h.deps);
    expect(h.calls.map((c) => c.threads)).toEqual([1, 12]);
  });

  it.each([
    [['--shard', '0/3'], /--shard.*shard number must be between 1 and 3/],
    [['--shard', '4/3'], /shard number must be between 1 and 3/],
    [['--shard', 'half'], /--shard expects <i>\/<n>/],
    [['--shard', '1/2', '--write-baseline', 'b.json'], /--shard.*cannot be used with.*--write-baseline|--write-baseline.*cannot be used with.*--shard/],
    [['--shard', '1/2', '--prune-baseline'], /cannot be used with/],
    [['--max-file-size', '10 parsecs'], /--max-file-size.*512k or 10mb/],
    [['--threads', '0'], /--threads.*whole number from 1 to 64/],
    [['--threads', '65'], /--threads.*whole number from 1 to 64/],
    [['--threads', 'two'], /--threads.*whole number from 1 to 64/],
    [['--threads', '1.5'], /--threads.*whole number from 1 to 64/],
  ])('exits 2 before scanning on %j', async (args, message) => {
    const h = harness();
    const io = fakeIO();
    const code = await runWith(['scan', ...args], io, h.deps);
    expect(code).toBe(2);
    expect(io.err).toMatch(message);
    expect(h.load).not.toHaveBeenCalled();
  });
});
