import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vocabulary } from '../analysis/vocabulary.js';
import { packageRoot } from '../package-root.js';

/** Reads the vocabulary shipped as data in rules/vocabulary/ (JSON, never code). */
export function loadVocabulary(root: string = packageRoot()): Vocabulary {
  const read = (name: string) => JSON.parse(readFileSync(join(root, 'rules', 'vocabulary', name), 'utf8'));
  return { dateApis: read('date-apis.json'), signals: read('signals.json'), release: read('release.json'), configKeys: read('config-keys.json') };
}
