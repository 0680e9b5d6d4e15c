import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, defaultScanOptions, scan } from '../src/api/index.js';
import { decodeUtf8, JS_EXTENSIONS, JS_FILE } from '../src/api/scan.js';
import { nodeIO } from '../src/cli/node-io.js';
import { FIXTURE_NOW, REPO } from './helpers/fixtures.js';

describe('programmatic API', () => {
  const io = { ...nodeIO(), cwd: REPO };

  it('returns the JSON contract for the demo', async () => {
    const result = await scan({ paths: ['test-fixtures/demo'], now: FIXTURE_NOW }, io);
    expect(result.version).toBe(1);
    expect(result.now).toBe('2026-11-24T00:00:00.000Z');
    expect(result.findings.some((f) => f.severity === 'error' && f.file === 'test-fixtures/demo/src/vm/power.js')).toBe(true);
    const power = result.findings.find((f) => f.file === 'test-fixtures/demo/src/vm/power.js')!;
    expect(power.trigger).toEqual({ date: '2027-03-01T00:00:00.000Z', daysFromNow: 97 });
  });

  it('runs one rule when given one', async () => {
    const only = catalogue.filter((r) => r.meta.id === 'js/calendar-check');
    const result = await scan({ ...defaultScanOptions(FIXTURE_NOW), paths: ['test-fixtures/cli-tool'] }, io, only);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['js/calendar-check']));
  });

  it('gives the same result whatever the order of paths', async () => {
    const a = await scan({ paths: ['test-fixtures/demo', 'test-fixtures/cli-tool'], now: FIXTURE_NOW }, io);
    const b = await scan({ paths: ['test-fixtures/cli-tool', 'test-fixtures/demo'], now: FIXTURE_NOW }, io);
    expect(b.findings).toEqual(a.findings);
  });

  it("applies a rule's configured severity, or drops its findings when off, to reports rerouted to it", async () => {
    // gate.js compares the clock with an imported constant; only the link phase sees that the
    // constant is the build time plus 90 days, and reroutes the report to js/build-age.
    const dir = await mkdtemp(join(tmpdir(), 'timebomb-reroute-'));
    try {
      await mkdir(join(dir, 'src'));
      await writeFile(join(dir, 'src/limits.js'), 'const DAY = 24 * 60 * 60 * 1000;\nexport const EXPIRES_AT = __BUILD_TIME__ + 90 * DAY;\n');
      await writeFile(join(dir, 'src/gate.js'), [
        "import { EXPIRES_AT } from './limits.js';",
        'export function assertFresh() {',
        "  if (Date.now() > EXPIRES_AT) throw new Error('This build has expired');",
        '}',
        '',
      ].join('\n'));
      const here = { ...nodeIO(), cwd: dir };
      const findings = async (ruleSeverity: Record<string, 'error' | 'warning' | 'note' | 'off'>) =>
        (await scan({ now: FIXTURE_NOW, ruleSeverity, threads: 1 }, here)).findings.map((f) => [f.ruleId, f.severity]);
      expect(await findings({})).toEqual([['js/build-age', 'error']]);
      expect(await findings({ 'js/build-age': 'note' })).toEqual([['js/build-age', 'note']]);
      expect(await findings({ 'js/build-age': 'off' })).toEqual([]);
      // The rule that made the report does not decide the severity of what it became.
      expect(await findings({ 'js/hardcoded-expiry': 'note' })).toEqual([['js/build-age', 'error']]);
      // Nor, when off, whether it is looked for; its own findings still go.
      await writeFile(join(dir, 'src/trial.js'), "export const over = () => Date.now() > Date.parse('2027-03-01');\n");
      expect(await findings({})).toEqual([['js/build-age', 'error'], ['js/hardcoded-expiry', 'warning']]);
      expect(await findings({ 'js/hardcoded-expiry': 'off' })).toEqual([['js/build-age', 'error']]);
      expect(await findings({ 'js/hardcoded-expiry': 'off', 'js/build-age': 'off' })).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('JS_FILE', () => {
  it('matches exactly the names ending in one of JS_EXTENSIONS, in any case', () => {
    const names = ['a', 'src/a', 'src/a.min', 'dir.js/a', 'src/', '', 'a.'].flatMap((base) => [
      ...JS_EXTENSIONS, ...JS_EXTENSIONS.map((e) => e.toUpperCase()), '.json', '.jsonc', '.cjsx', '.mtsx', '.jss', '.j', '.s',
      '.ts.map', '.js.bak', '', '.Mjs', '.tSx',
    ].map((ext) => base + ext));
    for (const name of names) {
      const byExtension = JS_EXTENSIONS.includes(posix.extname(name).toLowerCase());
      expect(JS_FILE.test(name), name).toBe(byExtension);
    }
  });
});

describe('decodeUtf8', () => {
  it('gives what UTF-8 decoding gives, for ASCII, other UTF-8, invalid bytes and a byte-order mark', () => {
    const samples = [
      Buffer.from("if (Date.now() > Date.parse('2027-03-01')) throw new Error('expired');\n"),
      Buffer.from('// Gültig bis 2027 — 期限\nconst end = "2027-01-01";\n'),
      Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3]),
      Buffer.from([0xef, 0xbb, 0xbf, 0x78]),
      Buffer.alloc(0),
      Buffer.from([0x7f, 0x00, 0x41]),
    ];
    for (const bytes of samples) expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
  });
});
