import { describe, expect, it } from 'vitest';
import { reporters } from '../helpers/reporters.js';
import { escapeMarkdown } from '../../src/reporters/markdown.js';
import { finding, FULL_RULES, result, suppressedFinding } from './sample.js';

const ctx = { rules: FULL_RULES, color: false };

const audit = result(
  [
    finding({ file: 'src/late.ts', trigger: { date: '2028-06-30T00:00:00.000Z', daysFromNow: 887 }, message: 'Late' }),
    finding({ file: 'src/past.ts', trigger: { date: '2025-08-12T00:00:00.000Z', daysFromNow: -166 }, message: 'Past' }),
    finding({ file: 'src/soon.ts', severity: 'warning', trigger: { date: '2026-03-01T00:00:00.000Z', daysFromNow: 35 }, message: 'Soon' }),
    finding({ file: 'src/cal.ts', ruleId: 'js/calendar-check', severity: 'note', trigger: null, message: 'December only' }),
  ],
  {
    suppressed: [
      suppressedFinding({ file: 'src/kept.ts', line: 4 }, { reason: 'licence | `ends` on purpose', until: '2026-12-31', source: 'src/kept.ts:3' }),
    ],
    errors: [{ file: 'src/broken.ts', phase: 'parse', message: 'Unexpected token (3:7)' }],
  },
);

describe('markdown reporter', () => {
  it('is a release audit: summary, triggers by date, undated findings, suppressions, errors, scope', () => {
    const md = reporters.markdown(audit, { ...ctx, profile: 'release' });
    expect(md).toBe(
      [
        '# timebomb release audit',
        '',
        'Reference date (`--now`): **2026-01-25**. 41 files scanned by timebomb 0.1.0.',
        '',
        '**4 findings** in 4 files; **1 already fired**; the next fires on **2026-03-01** (in 35 days).',
        '',
        '| Severity | Findings |',
        '| --- | ---: |',
        '| error | 2 |',
        '| warning | 1 |',
        '| note | 1 |',
        '| suppressed | 1 |',
        '| files not scanned | 1 |',
        '',
        '## Triggers by firing date',
        '',
        '| When | Days from now | Severity | Rule | Where | What |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 2025-08-12 | fired 166 days ago | error | js/hardcoded-expiry | src/past.ts:12 | Past |',
        '| 2026-03-01 | in 35 days | warning | js/hardcoded-expiry | src/soon.ts:12 | Soon |',
        '| 2028-06-30 | in 887 days | error | js/hardcoded-expiry | src/late.ts:12 | Late |',
        '',
        '## Findings without a date',
        '',
        '| Severity | Rule | Where | What |',
        '| --- | --- | --- | --- |',
        '| note | js/calendar-check | src/cal.ts:12 | December only |',
        '',
        '## Suppressions',
        '',
        '| When | Severity | Rule | Where | Suppressed by | Reason | Until | Written at |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| 2027-03-01 | error | js/hardcoded-expiry | src/kept.ts:4 | inline directive | licence \\| \\`ends\\` on purpose | 2026-12-31 | src/kept.ts:3 |',
        '',
        '## Files not scanned',
        '',
        '| File | Phase | Problem |',
        '| --- | --- | --- |',
        '| src/broken.ts | parse | Unexpected token (3:7) |',
        '',
        '## Scope',
        '',
        '- Reference date (`--now`): 2026-01-25T00:00:00.000Z',
        '- Files scanned: 41',
        '- Profile: release',
        '- Rules (2): js/calendar-check (note), js/hardcoded-expiry (warning)',
        '- Tool: timebomb 0.1.0',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report, and leaves out empty optional sections', () => {
    const md = reporters.markdown(result([]), ctx);
    expect(md).toContain('**No time bombs found.**');
    expect(md).toContain('No finding fires on a fixed date.');
    expect(md).toContain('Nothing was suppressed.');
    expect(md).not.toContain('## Findings without a date');
    expect(md).not.toContain('## Files not scanned');
    expect(md).not.toContain('Profile');
  });

  it('orders triggers on the same date by location', () => {
    const same = { date: '2027-01-01T00:00:00.000Z', daysFromNow: 341 };
    const md = reporters.markdown(result([finding({ file: 'b.ts', trigger: same }), finding({ file: 'a.ts', trigger: same })]), ctx);
    expect(md.indexOf('| a.ts:12 |')).toBeLessThan(md.indexOf('| b.ts:12 |'));
  });

  it('escapes scanned text so it cannot break the table or inject markup', () => {
    expect(escapeMarkdown('a|b`c')).toBe('a\\|b\\`c');
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *x* _y_ [l](u) ~~s~~ $m$ &amp;')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\*x\\* \\_y\\_ \\[l\\](u) \\~\\~s\\~\\~ \\$m\\$ &amp;amp;',
    );
    expect(escapeMarkdown('C:\\dir')).toBe('C:\\\\dir');
    const md = reporters.markdown(result([finding({ message: 'one\ntwo | three', file: 'src/`x`.ts' })]), ctx);
    const row = md.split('\n').find((l) => l.includes('one'))!;
    expect(row).toBe('| 2027-03-01 | in 400 days | error | js/hardcoded-expiry | src/\\`x\\`.ts:12 | one\\\\x0atwo \\| three |');
    // Every table row has as many unescaped pipes as the header.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  it('is deterministic: no timing in the report', () => {
    const a = reporters.markdown(audit, ctx);
    const b = reporters.markdown({ ...audit, stats: { ...audit.stats, durationMs: 99_999 } }, ctx);
    expect(b).toBe(a);
  });
});
