import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/types.js';
import { reporters } from '../helpers/reporters.js';
import { artifactLocation, pascalCase } from '../../src/reporters/sarif.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { sarifErrors } from './sarif-schema.js';
import { finding, FULL_RULES, result, suppressedFinding } from './sample.js';

const DOC = [
  '# js/hardcoded-expiry',
  '',
  '**Default severity:** warning, raised to error by context.',
  '',
  'The current time is compared with a date fixed in the source.',
  'The program behaves one way before it and another way after it.',
  '',
  '## How to fix',
  '',
  'Remove the `date` from **release** code; see [the docs](https://example.com/x).',
  '',
].join('\n');

const ctx: ReporterContext = {
  rules: FULL_RULES, color: false, cwd: '/work/repo', ruleDocs: { 'js/hardcoded-expiry': DOC },
};

interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}
interface SarifRun {
  tool: { driver: Record<string, any> };
  results: Record<string, any>[];
  invocations: Record<string, any>[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind?: string;
}

function sarif(r: ScanResult, c: ReporterContext = ctx): SarifLog {
  return JSON.parse(reporters.sarif(r, c)) as SarifLog;
}

const withEverything = result(
  [
    finding({}),
    finding({ file: 'src/a b/ünï.ts', line: 3, column: 1, endLine: 4, endColumn: 2, severity: 'warning', fingerprint: 'f2' }),
    finding({ ruleId: 'js/calendar-check', severity: 'note', trigger: null, file: './lib/x.js', fingerprint: 'f3' }),
    finding({ ruleId: 'timebomb/suppression-without-reason', severity: 'warning', trigger: null, file: 'src/c.ts', fingerprint: 'f4' }),
  ],
  {
    suppressed: [
      suppressedFinding({ file: 'src/s1.ts', fingerprint: 's1' }),
      suppressedFinding({ file: 'src/s2.ts', fingerprint: 's2' }, { kind: 'config', reason: 'vendor code', source: '.timebombrc.json', until: '2027-01-01' }),
      suppressedFinding({ file: 'src/s3.ts', fingerprint: 's3' }, { kind: 'baseline', reason: 'baseline', source: 'timebomb-baseline.json' }),
    ],
    errors: [
      { file: 'src/broken.ts', phase: 'parse', message: 'Unexpected token (3:7)' },
      { file: 'big.min.js', phase: 'skip', message: 'larger than 10485760 bytes' },
    ],
  },
);

describe('sarif reporter', () => {
  it.each([
    ['findings, suppressed findings and file errors', withEverything],
    ['no findings', result([])],
    ['only file errors', result([], { errors: [{ file: 'x.js', phase: 'read', message: 'EACCES' }] })],
  ])('validates against the SARIF 2.1.0 schema: %s', (_name, r) => {
    expect(sarifErrors(sarif(r))).toEqual([]);
    // Also without the optional context (no cwd, no docs).
    expect(sarifErrors(sarif(r, { rules: FULL_RULES, color: false }))).toEqual([]);
  });

  it('uses a validator that rejects what GitHub would reject', () => {
    const log = sarif(withEverything) as any;
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].tool.driver.bogus = true;
    expect(sarifErrors(log)).toHaveLength(3);
  });

  it('has one run whose driver describes every rule of the catalogue', () => {
    const log = sarif(result([]));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('timebomb');
    expect(driver.semanticVersion).toBe('0.1.0');
    expect(driver.informationUri).toBe('https://github.com/timebomb-scanner/timebomb');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['js/calendar-check', 'js/hardcoded-expiry']);
    const rule = driver.rules[1];
    expect(rule).toMatchObject({
      id: 'js/hardcoded-expiry',
      name: 'JsHardcodedExpiry',
      shortDescription: { text: 'The current time is compared with a fixed date.' },
      fullDescription: {
        text: 'The current time is compared with a date fixed in the source. The program behaves one way before it and another way after it.',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['time-bomb', 'reliability'], precision: 'high' },
      helpUri: 'https://github.com/timebomb-scanner/timebomb/blob/main/rules/js/hardcoded-expiry.md',
    });
    expect(rule.help.markdown).toBe(DOC.trimEnd() + '\n');
    expect(rule.help.text).toContain('Remove the date from release code; see the docs (https://example.com/x).');
    expect(rule.help.text).not.toContain('**');
    // A rule without a doc falls back to its description.
    expect(driver.rules[0].help).toEqual({
      text: 'Behaviour depends on the month or weekday.\n', markdown: 'Behaviour depends on the month or weekday.\n',
    });
    expect(driver.rules[0].fullDescription.text).toBe('Behaviour depends on the month or weekday.');
  });

  it('turns a rule id into a PascalCase name', () => {
    expect(pascalCase('js/hardcoded-expiry')).toBe('JsHardcodedExpiry');
    expect(pascalCase('timebomb/unused-suppression')).toBe('TimebombUnusedSuppression');
  });

  it('emits results with rule index, level, message, location, fingerprint and trigger date', () => {
    const run = sarif(withEverything).runs[0]!;
    const rules = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const res of run.results) expect(rules[res.ruleIndex]).toBe(res.ruleId);
    const first = run.results.find((r) => r.partialFingerprints['timebomb/v1'] === 'abc')!;
    expect(first).toEqual({
      ruleId: 'js/hardcoded-expiry',
      ruleIndex: rules.indexOf('js/hardcoded-expiry'),
      level: 'error',
      message: { text: 'Stops working on 2027-03-01 (400 days from now)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/license.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 26 },
          },
        },
      ],
      partialFingerprints: { 'timebomb/v1': 'abc' },
      properties: { triggerDate: '2027-03-01T00:00:00.000Z', daysFromNow: 400 },
    });
    const note = run.results.find((r) => r.partialFingerprints['timebomb/v1'] === 'f3')!;
    expect(note.level).toBe('note');
    expect(note.properties).toBeUndefined();
    expect(note.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'lib/x.js', uriBaseId: '%SRCROOT%' });
    const multiLine = run.results.find((r) => r.partialFingerprints['timebomb/v1'] === 'f2')!;
    expect(multiLine.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%20b/%C3%BCn%C3%AF.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 2 },
    });
  });

  it('describes rule ids the catalogue does not know so every ruleIndex resolves', () => {
    const driver = sarif(withEverything).runs[0]!.tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'js/calendar-check', 'js/hardcoded-expiry', 'timebomb/suppression-without-reason',
    ]);
    expect(driver.rules[2].defaultConfiguration.level).toBe('warning');
  });

  it('declares %SRCROOT% as the file URI of the working directory, with a trailing slash', () => {
    const run = sarif(result([]), { ...ctx, cwd: '/work/my repo' }).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/my%20repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('emits suppressed findings with their suppressions: inline in source, config and baseline external', () => {
    const run = sarif(withEverything).runs[0]!;
    const byFp = (fp: string) => run.results.find((r) => r.partialFingerprints['timebomb/v1'] === fp)!;
    expect(byFp('s1').suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'kept until the 2.0 release', properties: { source: 'src/license.ts:11', timebombKind: 'inline' } },
    ]);
    expect(byFp('s2').suppressions).toEqual([
      {
        kind: 'external', status: 'accepted', justification: 'vendor code',
        properties: { source: '.timebombrc.json', timebombKind: 'config', until: '2027-01-01' },
      },
    ]);
    expect(byFp('s3').suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted', justification: 'baseline' });
    expect(byFp('abc').suppressions).toBeUndefined();
    expect(run.results).toHaveLength(7);
  });

  it('reports file errors as tool execution notifications of a successful run', () => {
    const [invocation] = sarif(withEverything).runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(true);
    expect(invocation!.toolExecutionNotifications).toEqual([
      {
        level: 'note', message: { text: 'skip: larger than 10485760 bytes' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'big.min.js', uriBaseId: '%SRCROOT%' } } }],
        properties: { phase: 'skip' },
      },
      {
        level: 'error', message: { text: 'parse: Unexpected token (3:7)' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' } } }],
        properties: { phase: 'parse' },
      },
    ]);
  });

  it('is deterministic: the same output whatever the order of the input', () => {
    const shuffled: ScanResult = {
      ...withEverything,
      findings: [...withEverything.findings].reverse(),
      suppressed: [...withEverything.suppressed].reverse(),
      errors: [...withEverything.errors].reverse(),
    };
    const rules = { ...ctx, rules: [...FULL_RULES].reverse() };
    expect(reporters.sarif(shuffled, rules)).toBe(reporters.sarif(withEverything, ctx));
    // Results in file, line, column order.
    const files = sarif(withEverything).runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(files).toEqual([...files].sort());
  });

  it('never gives an empty or ./-prefixed uri; paths outside the working directory become file URIs', () => {
    expect(artifactLocation('./src/a.ts', { cwd: '/r' })).toEqual({ uri: 'src/a.ts', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('src\\win\\a.ts', { cwd: '/r' })).toEqual({ uri: 'src/win/a.ts', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('a:b.ts', { cwd: '/r' })).toEqual({ uri: 'a%3Ab.ts', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../other/a.ts', { cwd: '/r/sub' })).toEqual({ uri: 'file:///r/other/a.ts' });
    expect(artifactLocation('/abs/a.ts', { cwd: '/r' })).toEqual({ uri: 'file:///abs/a.ts' });
    expect(artifactLocation('', { cwd: '/r' })).toEqual({ uri: 'file:///r' });
    expect(artifactLocation('', {}).uri).toBe('.');
  });

  it('keeps terminal-unsafe characters out of the text while parsing back to the same strings', () => {
    const message = 'a\u001b[31mb\u009bc\u202ed';
    const text = reporters.sarif(result([finding({ message })]), ctx);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(text).runs[0].results[0].message.text).toBe(message);
  });
});
