import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScanOptions, type ScanOptions } from '../../src/api/options.js';
import { scan } from '../../src/api/scan.js';
import { nodeIO } from '../../src/cli/node-io.js';
import { catalogue } from '../../rules/index.js';
import { applySuppressions } from '../../src/engine/apply-suppressions.js';
import type { LoadedBaseline } from '../../src/engine/baseline.js';
import {
  INVALID_SUPPRESSION, SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION, applyInlineDirectives, commentStyleFor,
  directiveFindings, extractDirectives, isIsoDate, isSuppressionActive, parseDirective,
} from '../../src/engine/suppressions.js';
import type { Finding } from '../../src/engine/types.js';

const NOW = Date.UTC(2026, 10, 24);

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'js/hardcoded-expiry', severity: 'error', message: 'Fires on 2027-03-01 (in 97 days): throws', file: 'src/a.js',
    line: 5, column: 7, endLine: 5, endColumn: 30, trigger: { date: '2027-03-01T00:00:00.000Z', daysFromNow: 97 },
    fingerprint: `fp-${over.file ?? 'src/a.js'}-${over.line ?? 5}-${over.ruleId ?? 'js/hardcoded-expiry'}`, snippet: '  if (Date.now() > END) {',
    ...over,
  };
}

describe('extractDirectives', () => {
  it('reads the three forms in // comments with their lines and columns', () => {
    const text = [
      '// timebomb-ignore-file js/calendar-check -- weekday banner is cosmetic',
      'const END = "2027-03-01";',
      '  // timebomb-ignore-next-line js/hardcoded-expiry -- removed before GA, see REL-12',
      '  if (Date.now() > END) {}',
      'if (Date.now() > END) {} // timebomb-ignore-line js/hardcoded-expiry, js/calendar-check -- demo only',
    ].join('\n');
    const { directives, problems } = extractDirectives('src/a.js', text);
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.kind, d.line, d.column, d.rules, d.reason])).toEqual([
      ['file', 1, 1, ['js/calendar-check'], 'weekday banner is cosmetic'],
      ['next-line', 3, 3, ['js/hardcoded-expiry'], 'removed before GA, see REL-12'],
      ['line', 5, 26, ['js/hardcoded-expiry', 'js/calendar-check'], 'demo only'],
    ]);
    expect(directives[1]!.text).toBe('// timebomb-ignore-next-line js/hardcoded-expiry -- removed before GA, see REL-12');
  });

  it('reads block comments, JSX comments and stops at the comment end', () => {
    const text = [
      '/* timebomb-ignore-next-line * -- generated file */ const x = 1;',
      '<div>{/* timebomb-ignore-next-line js/hardcoded-expiry -- marketing banner */}</div>',
      '/** timebomb-ignore-file js/calendar-check -- docs */',
    ].join('\n');
    const { directives, problems } = extractDirectives('src/a.tsx', text);
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.kind, d.rules, d.reason, d.line])).toEqual([
      ['next-line', ['*'], 'generated file', 1],
      ['next-line', ['js/hardcoded-expiry'], 'marketing banner', 2],
      ['file', ['js/calendar-check'], 'docs', 3],
    ]);
  });

  it('uses # comments in YAML, TOML, .env and shell-like files, and not in JavaScript', () => {
    const yaml = 'beta_ends: 2027-03-01 # timebomb-ignore-line yaml/expiry-key -- staging only\n';
    expect(extractDirectives('deploy/values.yaml', yaml).directives[0]).toMatchObject({ kind: 'line', rules: ['yaml/expiry-key'], line: 1 });
    expect(extractDirectives('.env.production', '# timebomb-ignore-next-line * -- local\nX=1').directives).toHaveLength(1);
    // `#` starts no comment in JavaScript (private fields); `//` starts none in YAML.
    expect(extractDirectives('src/a.js', 'class A { #x = 1 } # timebomb-ignore-line * -- r').directives).toEqual([]);
    expect(extractDirectives('a.yml', 'url: http://x // timebomb-ignore-line * -- r').directives).toEqual([]);
    expect(['a.yaml', 'a.yml', 'a.toml', '.env', '.env.local', 'run.sh', 'Dockerfile', 'x.ts', 'x.json'].map(commentStyleFor))
      .toEqual(['hash', 'hash', 'hash', 'hash', 'hash', 'hash', 'hash', 'c', 'c']);
  });

  it('ignores the word outside a comment opener, and counts CRLF and U+2028 lines like the parser', () => {
    expect(extractDirectives('a.js', 'const s = "timebomb-ignore-line * -- r";').directives).toEqual([]);
    expect(extractDirectives('a.js', '// see the docs on timebomb-ignore-line').directives).toEqual([]);
    const crlf = extractDirectives('a.js', 'a\r\nb\u2028// timebomb-ignore-line * -- ok');
    expect(crlf.directives[0]!.line).toBe(3);
  });

  it('parses an until date before the reason', () => {
    const d = (body: string) => parseDirective('timebomb-ignore-line', body);
    expect(d(' js/a -- until 2027-01-31 waiting for GA')).toEqual({ kind: 'line', rules: ['js/a'], reason: 'waiting for GA', until: '2027-01-31' });
    expect(d(' js/a -- until 2027-01-31: waiting for GA')).toMatchObject({ until: '2027-01-31', reason: 'waiting for GA' });
    // "until" followed by words is just the reason.
    expect(d(' js/a -- until the vendor ships 2.0')).toEqual({ kind: 'line', rules: ['js/a'], reason: 'until the vendor ships 2.0' });
  });

  it('turns directives without a reason into suppression-without-reason problems', () => {
    const cases = [
      '// timebomb-ignore-next-line js/hardcoded-expiry',
      '// timebomb-ignore-next-line js/hardcoded-expiry --',
      '// timebomb-ignore-next-line js/hardcoded-expiry --   ',
      '// timebomb-ignore-next-line js/hardcoded-expiry because legacy',
      '// timebomb-ignore-next-line js/hardcoded-expiry -- until 2027-01-31',
      '// timebomb-ignore-line',
    ];
    for (const line of cases) {
      const { directives, problems } = extractDirectives('a.js', line);
      expect(directives, line).toEqual([]);
      expect(problems.map((p) => p.ruleId), line).toEqual([SUPPRESSION_WITHOUT_REASON]);
    }
    expect(extractDirectives('a.js', cases[0]!).problems[0]!.message).toContain('timebomb-ignore-next-line js/hardcoded-expiry -- <why');
  });

  it('turns directives without a rule, with a bad rule id or date, or of an unknown form into invalid-suppression problems', () => {
    const cases: [string, RegExp][] = [
      ['// timebomb-ignore-line -- legacy', /names no rule/],
      ['// timebomb-ignore-line js/a; -- legacy', /"js\/a;" is not a rule id/],
      ['// timebomb-ignore-line js/a -- until 2027-02-30 legacy', /not a date/],
      ['// timebomb-ignore-line js/a -- until 2027-2-3 legacy', /not a date/],
      ['// timebomb-ignore js/a -- legacy', /unknown directive "timebomb-ignore"/],
      ['// timebomb-ignore-next js/a -- legacy', /unknown directive/],
    ];
    for (const [line, why] of cases) {
      const { directives, problems } = extractDirectives('a.js', line);
      expect(directives, line).toEqual([]);
      expect(problems[0]?.ruleId, line).toBe(INVALID_SUPPRESSION);
      expect(problems[0]!.message, line).toMatch(why);
    }
  });
});

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(['2027-01-31', '2028-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2027-02-29', '2027-13-01', '27-01-01', '2027-1-1', '2027-01-31T00:00Z'].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });

  it('keeps a suppression through its until day (UTC) and drops it the next day', () => {
    expect(isSuppressionActive(undefined, NOW)).toBe(true);
    expect(isSuppressionActive('2026-11-24', Date.UTC(2026, 10, 24, 23, 59, 59))).toBe(true);
    expect(isSuppressionActive('2026-11-24', Date.UTC(2026, 10, 25))).toBe(false);
    expect(isSuppressionActive('2026-11-23', NOW)).toBe(false);
  });
});

describe('applyInlineDirectives', () => {
  const dirs = (text: string, file = 'src/a.js') => [extractDirectives(file, text)];

  it('next-line covers the following line, line covers its own line or any line of a multi-line finding', () => {
    const lines = Array.from({ length: 10 }, () => '');
    lines[3] = '// timebomb-ignore-next-line js/hardcoded-expiry -- reviewed';
    lines[6] = '// timebomb-ignore-line js/hardcoded-expiry -- reviewed too';
    const text = lines.join('\n');
    const covered = finding({ line: 5 });
    const multi = finding({ line: 6, endLine: 8, fingerprint: 'multi' });
    const other = finding({ line: 9, fingerprint: 'other' });
    const out = applyInlineDirectives([covered, multi, other], dirs(text), NOW);
    expect(out.active).toEqual([other]);
    expect(out.suppressed.map((s) => [s.fingerprint, s.suppression])).toEqual([
      [covered.fingerprint, { kind: 'inline', reason: 'reviewed', source: 'src/a.js:4' }],
      ['multi', { kind: 'inline', reason: 'reviewed too', source: 'src/a.js:7' }],
    ]);
    expect(out.unused).toEqual([]);
  });

  it('file directives cover the whole file, only for their rules, and only that file', () => {
    const files = dirs('// timebomb-ignore-file js/hardcoded-expiry -- vendored');
    const out = applyInlineDirectives(
      [finding({ line: 40 }), finding({ line: 41, ruleId: 'js/calendar-check' }), finding({ file: 'src/b.js' })], files, NOW,
    );
    expect(out.suppressed.map((s) => s.line)).toEqual([40]);
    expect(out.active.map((f) => [f.file, f.ruleId])).toEqual([['src/a.js', 'js/calendar-check'], ['src/b.js', 'js/hardcoded-expiry']]);
  });

  it('an expired directive suppresses nothing and counts as unused', () => {
    const text = '// timebomb-ignore-next-line js/hardcoded-expiry -- until 2026-11-01 GA slipped\nif (x) {}';
    const out = applyInlineDirectives([finding({ line: 2 })], dirs(text), NOW);
    expect(out.active).toHaveLength(1);
    expect(out.unused).toMatchObject([{ expired: true, unusedRules: ['js/hardcoded-expiry'] }]);
    // the day before it expired, it held
    const before = applyInlineDirectives([finding({ line: 2 })], dirs(text), Date.UTC(2026, 10, 1, 12));
    expect(before.suppressed[0]!.suppression).toEqual({ kind: 'inline', reason: 'GA slipped', until: '2026-11-01', source: 'src/a.js:1' });
  });

  it('records which rule ids of a directive were used', () => {
    const text = '// timebomb-ignore-next-line js/hardcoded-expiry, js/calendar-check -- both\nx';
    const out = applyInlineDirectives([finding({ line: 2 })], dirs(text), NOW);
    expect(out.unused).toMatchObject([{ unusedRules: ['js/calendar-check'], expired: false }]);
  });

  it('never silences the findings about suppressions themselves', () => {
    const text = '// timebomb-ignore-file * -- everything';
    const meta = finding({ ruleId: UNUSED_SUPPRESSION, line: 1 });
    expect(applyInlineDirectives([meta], dirs(text), NOW).active).toEqual([meta]);
  });
});

describe('directiveFindings', () => {
  const files = [extractDirectives('src/a.js', '// timebomb-ignore-line js/x\n// timebomb-ignore-next-line js/y -- fine\n')];
  const unused = applyInlineDirectives([], files, NOW).unused;

  it('reports malformed directives always and unused ones only when asked', () => {
    const quiet = directiveFindings(files, unused, { reportUnused: false });
    expect(quiet.map((f) => [f.ruleId, f.line, f.severity])).toEqual([[SUPPRESSION_WITHOUT_REASON, 1, 'warning']]);
    const loud = directiveFindings(files, unused, { reportUnused: true });
    expect(loud.map((f) => [f.ruleId, f.line])).toEqual([[SUPPRESSION_WITHOUT_REASON, 1], [UNUSED_SUPPRESSION, 2]]);
    expect(loud[1]!.message).toBe('Unused suppression: no js/y finding on line 3; remove it');
    expect(loud[1]).toMatchObject({ column: 1, endLine: 2, trigger: null, snippet: '// timebomb-ignore-next-line js/y -- fine', matched: '// timebomb-ignore-next-line js/y -- fine' });
  });

  it('takes severity overrides and off from the rule settings', () => {
    const out = directiveFindings(files, unused, {
      reportUnused: true, ruleSeverity: { [SUPPRESSION_WITHOUT_REASON]: 'error', [UNUSED_SUPPRESSION]: 'off' },
    });
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([[SUPPRESSION_WITHOUT_REASON, 'error']]);
  });
});

describe('applySuppressions', () => {
  const base = { reportUnused: false, allowlist: [], scanned: () => true, now: NOW };

  it('applies inline, then config, then baseline, and sorts both lists', () => {
    const a = finding({ file: 'src/a.js', line: 2 });
    const b = finding({ file: 'src/b.js', line: 9 });
    const c = finding({ file: 'vendor/c.js', line: 1 });
    const d = finding({ file: 'src/d.js', line: 3 });
    const baseline: LoadedBaseline = {
      file: 'timebomb-baseline.json',
      entries: [
        { fingerprint: b.fingerprint, ruleId: b.ruleId, file: b.file, message: '', trigger: null },
        { fingerprint: a.fingerprint, ruleId: a.ruleId, file: a.file, message: '', trigger: null },
        { fingerprint: 'gone', ruleId: 'js/hardcoded-expiry', file: 'src/b.js', message: 'old', trigger: null },
        { fingerprint: 'elsewhere', ruleId: 'js/hardcoded-expiry', file: 'lib/z.js', message: 'not scanned', trigger: null },
      ],
    };
    const out = applySuppressions({
      ...base,
      findings: [d, c, b, a],
      directives: [extractDirectives('src/a.js', '// timebomb-ignore-next-line * -- ok\nx')],
      allowlist: [{ path: 'vendor/**', rule: '*', reason: 'third party', source: '.timebombrc.json' }],
      baseline,
      scanned: (f) => f.startsWith('src/'),
    });
    expect(out.findings).toEqual([d]);
    expect(out.suppressed.map((s) => [s.file, s.suppression.kind])).toEqual([
      ['src/a.js', 'inline'], ['src/b.js', 'baseline'], ['vendor/c.js', 'config'],
    ]);
    // Stale: no active finding left for it in a scanned file. The entry for a.js is stale too: an
    // inline directive now covers that finding (so its `until`, if any, is not undercut by the
    // baseline). The entry for lib/z.js is outside this scan: neither used nor stale.
    expect(out.baseline).toEqual({
      file: 'timebomb-baseline.json',
      stale: [expect.objectContaining({ fingerprint: a.fingerprint }), expect.objectContaining({ fingerprint: 'gone' })],
    });
  });

  it('a directive without a reason suppresses nothing and adds a warning with a stable fingerprint', () => {
    const input = {
      ...base,
      findings: [finding({ line: 2 })],
      directives: [extractDirectives('src/a.js', '// timebomb-ignore-next-line js/hardcoded-expiry\nx')],
    };
    const out = applySuppressions(input);
    expect(out.suppressed).toEqual([]);
    expect(out.findings.map((f) => [f.ruleId, f.line])).toEqual([[SUPPRESSION_WITHOUT_REASON, 1], ['js/hardcoded-expiry', 2]]);
    expect(out.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(applySuppressions(input).findings[0]!.fingerprint).toBe(out.findings[0]!.fingerprint);
    expect(out.baseline).toBeUndefined();
  });

  it('lets the allowlist silence findings about directives', () => {
    const out = applySuppressions({
      ...base,
      findings: [],
      reportUnused: true,
      directives: [extractDirectives('gen/a.js', '// timebomb-ignore-file * -- generated')],
      allowlist: [{ path: 'gen/**', rule: UNUSED_SUPPRESSION, reason: 'generated code carries blanket directives' }],
    });
    expect(out.findings).toEqual([]);
    expect(out.suppressed.map((s) => [s.ruleId, s.suppression.kind, s.suppression.source])).toEqual([[UNUSED_SUPPRESSION, 'config', 'allowlist']]);
  });

  it('an allowlist entry with until stops applying after that day', () => {
    const entry = { path: 'src/**', rule: 'js/hardcoded-expiry', reason: 'GA', until: '2026-11-23' };
    const input = { ...base, findings: [finding()], directives: [], allowlist: [entry] };
    expect(applySuppressions(input).findings).toHaveLength(1);
    expect(applySuppressions({ ...input, now: Date.UTC(2026, 10, 23, 12) }).suppressed).toHaveLength(1);
  });
});

describe('inline suppressions in a scan (temp dir)', () => {
  let dir: string;
  const run = (over: Partial<ScanOptions> = {}) => scan({ ...defaultScanOptions(NOW), ...over }, { ...nodeIO(), cwd: dir }, catalogue);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'timebomb-suppress-'));
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src/beta.js'), [
      "const BETA_ENDS = '2027-03-01';",
      'export function check() {',
      '  // timebomb-ignore-next-line js/hardcoded-expiry -- internal build only, REL-42',
      "  if (Date.now() > Date.parse(BETA_ENDS)) throw new Error('beta expired');",
      '}',
      '',
    ].join('\n'));
    // No clock, no date: the analysis skips this file, its directives are still read.
    await writeFile(join(dir, 'src/plain.js'), '// timebomb-ignore-next-line js/hardcoded-expiry -- left over\nexport const x = 1;\n// timebomb-ignore-line\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('suppresses with a reason, and reports malformed directives in files without findings', async () => {
    const r = await run();
    expect(r.suppressed.map((s) => [s.file, s.line, s.suppression])).toEqual([
      ['src/beta.js', 4, { kind: 'inline', reason: 'internal build only, REL-42', source: 'src/beta.js:3' }],
    ]);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([['src/plain.js', 3, SUPPRESSION_WITHOUT_REASON]]);
  });

  it('reports unused directives when asked, also in files the analysis skipped', async () => {
    const r = await run({ reportUnusedSuppressions: true });
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ['src/plain.js', 1, UNUSED_SUPPRESSION], ['src/plain.js', 3, SUPPRESSION_WITHOUT_REASON],
    ]);
  });

  it('ignores every directive with inlineSuppressions: false (audits)', async () => {
    const r = await run({ inlineSuppressions: false, reportUnusedSuppressions: true });
    expect(r.suppressed).toEqual([]);
    expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([['src/beta.js', 'js/hardcoded-expiry']]);
  });
});
