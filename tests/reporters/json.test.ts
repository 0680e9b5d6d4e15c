import { describe, expect, it } from 'vitest';
import { isReporterName } from '../../src/reporters/index.js';
import { reporters } from '../helpers/reporters.js';
import { finding, result, RULES } from './sample.js';

describe('json reporter', () => {
  it('prints exactly the ScanResult, indented, with a final newline', () => {
    const r = result([finding({})], { errors: [{ file: 'a.js', phase: 'parse', message: 'oops' }] });
    const text = reporters.json(r, { rules: RULES, color: true });
    expect(text).toBe(JSON.stringify(r, null, 2) + '\n');
    expect(JSON.parse(text)).toEqual(r);
  });

  it('escapes terminal-unsafe characters but parses back to the same strings', () => {
    const message = 'a\u001b[31mb\u009bc\u007fd\u202ee\u2069';
    const r = result([finding({ message, snippet: message })]);
    const text = reporters.json(r, { rules: RULES, color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('a\\u001b[31mb\\u009bc\\u007fd\\u202ee\\u2069');
    expect(JSON.parse(text)).toEqual(r);
  });
});

describe('reporters map', () => {
  it('knows every format and nothing inherited', () => {
    expect(Object.keys(reporters).sort()).toEqual(['github', 'html', 'json', 'markdown', 'sarif', 'text']);
    expect(isReporterName('json')).toBe(true);
    expect(isReporterName('toString')).toBe(false);
  });
});
