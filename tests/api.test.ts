import { describe, expect, it } from 'vitest';
import { catalogue, defaultScanOptions, scan } from '../src/api/index.js';
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
});
