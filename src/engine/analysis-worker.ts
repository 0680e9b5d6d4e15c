/**
 * A worker thread of the per-file phase: loads the rule catalogue and the vocabulary once, then
 * analyses the files it is sent and posts their facts back (plain data, nothing shared).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PathAlias } from '../analysis/js/module-keys.js';
import { compileVocabulary, type Vocabulary } from '../analysis/vocabulary.js';
import type { JsRule, RuleDefinition } from './rule-api.js';
import { analyseJsFile } from './run-js-file.js';

interface WorkerSetup { catalogueModule: string; ruleIds: string[]; vocabulary: Vocabulary }
export interface WorkerTask { id: number; file: string; source: string; aliases: PathAlias[] }

const setup = workerData as WorkerSetup;
const vocabulary = compileVocabulary(setup.vocabulary);
const catalogue = ((await import(setup.catalogueModule)) as { catalogue: RuleDefinition[] }).catalogue;
const wanted = new Set(setup.ruleIds);
const rules = catalogue.filter((r): r is JsRule => r.target === 'js' && wanted.has(r.meta.id));

parentPort!.on('message', (task: WorkerTask) => {
  let facts;
  try {
    facts = analyseJsFile({ file: task.file, source: task.source, rules, vocabulary, mode: 'full', aliases: task.aliases });
  } catch (error) {
    facts = { file: task.file, reports: [], exports: {}, starExports: [], errors: [{ file: task.file, phase: 'rule', message: error instanceof Error ? error.message : String(error) }] };
  }
  parentPort!.postMessage({ id: task.id, facts });
});
