/**
 * The rule catalogue: every rule's id equals its path under rules/, it has a markdown doc beside
 * its code, the registry is sorted, and at least one fixture marks a finding of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../rules/index.js';
import { FIXTURES, REPO, fixtureProjects, marksIn } from './helpers/fixtures.js';

const markedRules = new Set(fixtureProjects().flatMap((p) => marksIn(join(FIXTURES, p)).map((m) => m.ruleId)));

describe('rule catalogue', () => {
  it('is sorted by id, without duplicates', () => {
    const ids = catalogue.map((r) => r.meta.id);
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  for (const rule of catalogue) {
    const id = rule.meta.id;
    it(`${id}: code and doc side by side, with a fixture that marks it`, () => {
      expect(existsSync(join(REPO, 'rules', `${id}.ts`))).toBe(true);
      const doc = join(REPO, 'rules', `${id}.md`);
      expect(existsSync(doc)).toBe(true);
      expect(readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# ${id.replace('/', '\\/')}\\b`));
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(markedRules.has(id)).toBe(true);
    });
  }
});
