/**
 * The prefilter may skip work, never findings: every fixture project gives the same findings
 * with the text prefilter on and off.
 */
import { describe, expect, it } from 'vitest';
import { defaultScanOptions } from '../src/api/options.js';
import { scan } from '../src/api/scan.js';
import { nodeIO } from '../src/cli/node-io.js';
import { stripComments, textFacts } from '../src/engine/prefilter.js';
import { catalogue } from '../rules/index.js';
import { FIXTURE_NOW, REPO, fixtureProjects } from './helpers/fixtures.js';

describe('prefilter', () => {
  for (const project of fixtureProjects()) {
    it(`${project}: same findings with and without the prefilter`, async () => {
      const io = { ...nodeIO(), cwd: REPO };
      const options = { ...defaultScanOptions(FIXTURE_NOW), paths: [`test-fixtures/${project}`], includeTests: true };
      const filtered = await scan(options, io, catalogue);
      const unfiltered = await scan(options, io, catalogue, { prefilter: false });
      const key = (r: typeof filtered) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`);
      expect(key(filtered)).toEqual(key(unfiltered));
    });
  }

  it('strips comments but keeps strings that look like comments', () => {
    const code = "const a = '// not a comment'; // gone 2027\n/* gone 2028 */ const b = \"/* kept */\";";
    const stripped = stripComments(code);
    expect(stripped).toContain("'// not a comment'");
    expect(stripped).toContain('"/* kept */"');
    expect(stripped).not.toContain('2027');
    expect(stripped).not.toContain('2028');
  });

  it('sees a clock, a fixed time and relative imports', () => {
    const facts = textFacts("import { END } from './constants';\nconst x = require('../y');\nif (Date.now() > END) stop();");
    expect(facts).toEqual({ clock: true, fixed: false, fixedNearClock: false, specifiers: ['./constants', '../y'], reexports: false });
    expect(textFacts("export * from './dates';").reexports).toBe(true);
    expect(textFacts("const END = '20' + '27-' + '03-01';").fixed).toBe(true);
  });
});
