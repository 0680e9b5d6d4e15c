import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/reporters/github.js';
import { reporters } from '../helpers/reporters.js';
import { finding, result, RULES, suppressedFinding } from './sample.js';

const ctx = { rules: RULES, color: false };

describe('github reporter', () => {
  it('prints one workflow command per finding, by severity', () => {
    const text = reporters.github(
      result([
        finding({}),
        finding({ file: 'src/b.ts', line: 3, column: 1, endLine: 4, endColumn: 9, severity: 'warning', message: 'Beta ends' }),
        finding({ file: 'src/c.ts', line: 7, column: 2, endLine: 7, endColumn: 3, severity: 'note', message: 'Calendar', ruleId: 'js/calendar-check' }),
      ]),
      ctx,
    );
    expect(text).toBe(
      [
        '::error file=src/license.ts,line=12,col=5,endLine=12,endColumn=26,title=js/hardcoded-expiry::Stops working on 2027-03-01 (400 days from now)',
        '::warning file=src/b.ts,line=3,col=1,endLine=4,endColumn=9,title=js/hardcoded-expiry::Beta ends',
        '::notice file=src/c.ts,line=7,col=2,endLine=7,endColumn=3,title=js/calendar-check::Calendar',
        '',
      ].join('\n'),
    );
  });

  it('does not print suppressed findings', () => {
    const text = reporters.github(result([], { suppressed: [suppressedFinding({})] }), ctx);
    expect(text).toBe('');
  });

  it('annotates files that could not be scanned', () => {
    const text = reporters.github(
      result([], {
        errors: [
          { file: 'src/broken.ts', phase: 'parse', message: 'Unexpected token (3:7)' },
          { file: 'big.js', phase: 'skip', message: 'larger than 10485760 bytes' },
        ],
      }),
      ctx,
    );
    expect(text).toBe(
      [
        '::warning file=src/broken.ts,title=timebomb could not scan this file (parse)::Unexpected token (3:7)',
        '::notice file=big.js,title=timebomb skipped this file::larger than 10485760 bytes',
        '',
      ].join('\n'),
    );
  });

  it("escapes messages and properties the way the runner's toolkit does", () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const text = reporters.github(
      result([finding({ file: 'src/we,ird:name%.ts', message: 'line one\nline two: 50%\r\n::error::injected' })]),
      ctx,
    );
    expect(text).toBe(
      '::error file=src/we%2Cird%3Aname%25.ts,line=12,col=5,endLine=12,endColumn=26,title=js/hardcoded-expiry::' +
        'line one%0Aline two: 50%25%0D%0A::error::injected\n',
    );
    // One command per line: scanned text can never start a second command.
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows terminal control characters and bidi overrides as escapes', () => {
    const text = reporters.github(result([finding({ message: 'a\u001b[2Jb\u202ec' })]), ctx);
    expect(text).toContain('::a\\x1b[2Jb\\u202ec\n');
  });
});
