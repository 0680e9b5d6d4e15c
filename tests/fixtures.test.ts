/**
 * One harness over every fixture project: each inline `expect:` mark must be found (recall),
 * every finding at warning or above must be claimed by a mark (precision), and marked severities
 * must match. Prints recall and precision over all fixtures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureProjects, judge, marksIn, scanFixture, FIXTURES } from './helpers/fixtures.js';
import { join } from 'node:path';

const totals = { marks: 0, truePositives: 0, falsePositives: 0, knownMisses: 0 };

describe('fixture projects', () => {
  for (const project of fixtureProjects()) {
    it(`${project}: finds every mark and nothing else`, async () => {
      const marks = marksIn(join(FIXTURES, project));
      const result = await scanFixture(project);
      const verdict = judge(marks, result.findings);
      totals.marks += marks.length;
      totals.truePositives += verdict.truePositives;
      totals.knownMisses += verdict.knownMissed.length;
      totals.falsePositives += verdict.unclaimed.length;
      const describeMiss = [
        ...verdict.missed.map((m) => `missed ${m.file}:${m.line} ${m.ruleId}`),
        ...verdict.knownFound.map((m) => `now found, make it a plain expect: ${m.file}:${m.line} ${m.ruleId}`),
      ];
      const describeExtra = verdict.unclaimed.map((f) => `unexpected ${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`);
      const describeSeverity = verdict.wrongSeverity.map(({ mark, finding }) => `severity ${mark.file}:${mark.line} expected ${mark.severity}, got ${finding.severity}: ${finding.message}`);
      expect([...describeMiss, ...describeExtra, ...describeSeverity]).toEqual([]);
      expect(result.errors.filter((e) => e.phase === 'parse' || e.phase === 'rule')).toEqual([]);
    });
  }
  afterAll(() => {
    const recall = totals.marks ? totals.truePositives / totals.marks : 1;
    const found = totals.truePositives + totals.falsePositives;
    const precision = found ? totals.truePositives / found : 1;
    console.log(`fixtures: ${totals.marks} marks, ${totals.truePositives} found, ${totals.knownMisses} known misses, ${totals.falsePositives} unexpected; recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`);
  });
});
