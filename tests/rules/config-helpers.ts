/** Test support for the config rules: run one rule on one file's text with the shipped vocabulary. */
import { expect } from 'vitest';
import { compileVocabulary } from '../../src/analysis/vocabulary.js';
import { loadVocabulary } from '../../src/config/vocabulary.js';
import type { TextReport, TextRule } from '../../src/engine/rule-api.js';

export const vocabulary = compileVocabulary(loadVocabulary());
export const NOW = Date.UTC(2026, 10, 24);

export interface RunOptions {
  releaseConfig?: boolean;
  profile?: string;
}

/** Reports of `rule` on `text` as file `file`; also checks the rule wants the file by its name. */
export function runRule(rule: TextRule, file: string, text: string, options: RunOptions = {}): TextReport<string>[] {
  const reports: TextReport<string>[] = [];
  expect(rule.files.test(file.slice(file.lastIndexOf('/') + 1)), `${rule.meta.id} reads ${file}`).toBe(true);
  rule.check({
    file, source: text, bytes: Buffer.from(text), now: NOW, horizonEnd: NOW, releaseConfig: options.releaseConfig ?? false,
    ...(options.profile ? { profile: options.profile } : {}), vocabulary, report: (r) => reports.push(r),
  });
  return reports;
}
