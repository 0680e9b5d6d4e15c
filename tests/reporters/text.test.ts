import { describe, expect, it } from 'vitest';
import { reporters } from '../helpers/reporters.js';
import { finding, result, RULES } from './sample.js';

const plain = { rules: RULES, color: false };
// Any ANSI CSI sequence.
const ANSI = /\u001b\[[0-9;]*m/;

describe('text reporter', () => {
  it('groups findings by file with position, severity, message, rule id and a code frame', () => {
    const text = reporters.text(
      result([
        finding({}),
        finding({ line: 30, column: 1, endLine: 30, endColumn: 5, severity: 'warning', snippet: 'beta();', message: 'Beta ends' }),
        finding({ file: 'src/other.js', line: 3, column: 7, endLine: 3, endColumn: 9, severity: 'note', snippet: 'const x = 1;', message: 'A note' }),
      ]),
      plain,
    );
    expect(text).toBe(
      [
        'src/license.ts',
        '  12:5  error    Stops working on 2027-03-01 (400 days from now)  js/hardcoded-expiry',
        '  > 12 | if (Date.now() > TRIAL_END) {',
        '       |     ^^^^^^^^^^^^^^^^^^^^^',
        '  30:1  warning  Beta ends  js/hardcoded-expiry',
        '  > 30 | beta();',
        '       | ^^^^',
        '',
        'src/other.js',
        '  3:7  note     A note  js/hardcoded-expiry',
        '  > 3 | const x = 1;',
        '      |       ^^',
        '',
        '✖ 3 findings (1 error, 1 warning, 1 note) in 41 files, 0.21 s',
        '',
      ].join('\n'),
    );
  });

  it('counts severities in the summary line', () => {
    const text = reporters.text(
      result([finding({}), finding({ line: 13 }), finding({ line: 14, severity: 'warning' })], {
        stats: { filesScanned: 1, durationMs: 1234 },
      }),
      plain,
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 3 findings (2 errors, 1 warning, 0 notes) in 1 file, 1.23 s');
  });

  it('says so when there is nothing to report', () => {
    expect(reporters.text(result([]), plain)).toBe('✔ No time bombs found in 41 files (0.21 s)\n');
    expect(reporters.text(result([], { stats: { filesScanned: 1, durationMs: 5 } }), plain)).toBe(
      '✔ No time bombs found in 1 file (0.01 s)\n',
    );
  });

  it('lists file errors at the end as file: phase: message', () => {
    const text = reporters.text(
      result([], {
        errors: [
          { file: 'big.js', phase: 'skip', message: 'larger than 10485760 bytes' },
          { file: 'broken.ts', phase: 'parse', message: 'Unexpected token (3:4)' },
        ],
      }),
      plain,
    );
    expect(text.split('\n').slice(-4)).toEqual([
      '2 file errors:', '  big.js: skip: larger than 10485760 bytes', '  broken.ts: parse: Unexpected token (3:4)', '',
    ]);
  });

  it('prints findings and file errors only when quiet', () => {
    const quiet = { ...plain, quiet: true };
    expect(reporters.text(result([]), quiet)).toBe('');
    const text = reporters.text(result([finding({})], { errors: [{ file: 'a.js', phase: 'read', message: 'EACCES' }] }), quiet);
    expect(text).not.toContain('✖');
    expect(text).toContain('12:5');
    expect(text.endsWith('1 file error:\n  a.js: read: EACCES\n')).toBe(true);
  });

  it('emits ANSI colour only when asked to', () => {
    const r = result([finding({})], { errors: [{ file: 'a.js', phase: 'read', message: 'EACCES' }] });
    expect(reporters.text(r, plain)).not.toMatch(ANSI);
    expect(reporters.text(result([]), plain)).not.toMatch(ANSI);
    const coloured = reporters.text(r, { rules: RULES, color: true });
    expect(coloured).toMatch(ANSI);
    // Same text once the codes are removed.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(reporters.text(r, plain));
  });

  it('escapes control characters and bidi overrides from scanned text', () => {
    const text = reporters.text(
      result(
        [
          finding({
            file: 'src/\u001b]0;owned\u0007.ts',
            message: 'Expires: \u001b[2J\u009b31m\u007f',
            snippet: 'const s = "\u202eevil\u2066\u202c"; // \u0000',
            column: 11, endColumn: 20,
          }),
        ],
        { errors: [{ file: 'x\r\n.ts', phase: 'parse', message: 'bad \u001b[0m' }] },
      ),
      { rules: RULES, color: true },
    );
    const withoutOurColours = text.replace(/\u001b\[[0-9;]*m/g, '');
    expect(withoutOurColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(withoutOurColours).toContain('src/\\x1b]0;owned\\x07.ts');
    expect(withoutOurColours).toContain('Expires: \\x1b[2J\\x9b31m\\x7f');
    expect(withoutOurColours).toContain('const s = "\\u202eevil\\u2066\\u202c"; // \\x00');
    expect(withoutOurColours).toContain('x\\x0d\\x0a.ts: parse: bad \\x1b[0m');
  });

  it('keeps tabs and places the marker under the escaped text', () => {
    const text = reporters.text(
      result([finding({ snippet: '\t\u001bx = END;', column: 5, endColumn: 8, line: 2, endLine: 2 })]),
      plain,
    );
    const lines = text.split('\n');
    const i = lines.indexOf('  > 2 | \t\\x1bx = END;');
    expect(i).toBeGreaterThan(0);
    // Tab, then 4 columns for "\x1b", then "x " (2 columns), then 3 carets under "= E".
    expect(lines[i + 1]).toBe('      | \t      ^^^');
  });

  it('frames multi-line findings with their real line numbers and elides long ones', () => {
    const text = reporters.text(
      result([finding({ line: 9, column: 3, endLine: 12, endColumn: 2, snippet: 'if (a &&\n    b) {\n  go();\n}' })]),
      plain,
    );
    expect(text).toContain(['  >  9 | if (a &&', '       |   ^^^^^^', '    10 |     b) {', '    11 |   go();', '       | …'].join('\n'));
  });

  it('cuts a very long line down to a window around the finding', () => {
    const snippet = `${'a'.repeat(5000)}Date.now() > END${'b'.repeat(5000)}`;
    const text = reporters.text(result([finding({ line: 1, endLine: 1, column: 5001, endColumn: 5017, snippet })]), plain);
    const lines = text.split('\n');
    const code = lines.find((l) => l.startsWith('  > 1 |'))!;
    expect(code.length).toBeLessThan(200);
    expect(code).toContain('…');
    const marker = lines[lines.indexOf(code) + 1]!;
    const col = marker.indexOf('^');
    expect(code.slice(col, col + 16)).toBe('Date.now() > END');
    expect(marker.slice(col)).toBe('^'.repeat(16));
  });

  it('frames a snippet that shows a long line from its middle (snippetColumn) under the right columns', () => {
    // As the scan gives it: the line from 100 characters before the finding, after a `…`.
    const snippet = `…${'a'.repeat(100)}Date.now() > END${'b'.repeat(184)}…`;
    const text = reporters.text(result([finding({ line: 1, endLine: 1, column: 70_001, endColumn: 70_017, snippet, snippetColumn: 69_901 })]), plain);
    const lines = text.split('\n');
    const code = lines.find((l) => l.startsWith('  > 1 |'))!;
    const marker = lines[lines.indexOf(code) + 1]!;
    const col = marker.indexOf('^');
    expect(code.slice(col, col + 16)).toBe('Date.now() > END');
    expect(marker.slice(col)).toBe('^'.repeat(16));
  });

  it('prints no frame when there is no snippet', () => {
    const text = reporters.text(result([finding({ snippet: '' })]), plain);
    expect(text).not.toContain('|');
  });
});
