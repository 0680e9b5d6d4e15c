/** Text rules (config files, certificates) run through the same pipeline as JS rules. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScanOptions } from '../../src/api/options.js';
import { scan } from '../../src/api/scan.js';
import { nodeIO } from '../../src/cli/node-io.js';
import { defineRule, type RuleDefinition } from '../../src/engine/rule-api.js';

const probe = defineRule({
  target: 'text',
  meta: { id: 'test/probe', defaultSeverity: 'error', description: 'finds EXPIRES=<date>', messages: { hit: '{{fires}} {{date}} ({{when}}): {{what}}' } },
  files: /^\.env(\..+)?$/,
  check(ctx) {
    ctx.source.split('\n').forEach((text, i) => {
      const m = /^EXPIRES=(\d{4}-\d{2}-\d{2})/.exec(text);
      if (m) ctx.report({ span: { line: i + 1, column: 1, endLine: i + 1, endColumn: text.length + 1 }, messageId: 'hit', data: { what: 'expiry' }, triggerAt: Date.parse(`${m[1]}T00:00:00Z`) });
    });
  },
});

describe('text rules', () => {
  it('discovers files by name, reports with positions, dates and fingerprints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-text-'));
    writeFileSync(join(dir, '.env.production'), '# prod\nEXPIRES=2027-03-01\n');
    writeFileSync(join(dir, 'README.md'), 'EXPIRES=2027-03-01\n');
    const result = await scan({ ...defaultScanOptions(Date.UTC(2026, 10, 24)), paths: ['.'] }, { ...nodeIO(), cwd: dir }, [probe as RuleDefinition]);
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({ ruleId: 'test/probe', file: '.env.production', line: 2, column: 1, severity: 'error', trigger: { date: '2027-03-01T00:00:00.000Z', daysFromNow: 97 } });
    expect(f!.message).toBe('Fires on 2027-03-01 (in 97 days): expiry');
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('turns a throwing rule into a file error and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-text-'));
    writeFileSync(join(dir, '.env'), 'EXPIRES=2027-03-01\n');
    const broken = defineRule({ ...probe, meta: { ...probe.meta, id: 'test/broken' }, check() { throw new Error('boom'); } });
    const result = await scan({ ...defaultScanOptions(Date.UTC(2026, 10, 24)), paths: ['.'] }, { ...nodeIO(), cwd: dir }, [broken as RuleDefinition, probe as RuleDefinition]);
    expect(result.errors).toEqual([{ file: '.env', phase: 'rule', message: 'test/broken: boom' }]);
    expect(result.findings).toHaveLength(1);
  });
});
