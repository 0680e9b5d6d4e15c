/**
 * A worker thread of the per-file phase: loads the rule catalogue and the vocabulary once, then
 * analyses the files it is sent and posts their facts back (plain data, nothing shared).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PathAlias } from '../analysis/js/module-keys.js';
import { compileVocabulary, type Vocabulary } from '../analysis/vocabulary.js';
import type { JsRule, RuleDefinition } from './rule-api.js';
import { analyseJsFile } from './run-js-file.js';
import type { WorkerFault } from './worker-pool.js';

interface WorkerSetup { catalogueModule: string; ruleIds: string[]; vocabulary: Vocabulary; fault?: WorkerFault }
export interface WorkerTask { id: number; file: string; source: string; mode: 'full' | 'exports'; aliases: PathAlias[] }

const setup = workerData as WorkerSetup;
const vocabulary = compileVocabulary(setup.vocabulary);
const catalogue = ((await import(setup.catalogueModule)) as { catalogue: RuleDefinition[] }).catalogue;
const wanted = new Set(setup.ruleIds);
const rules = catalogue.filter((r): r is JsRule => r.target === 'js' && wanted.has(r.meta.id));

parentPort!.on('message', (task: WorkerTask) => {
  if (setup.fault?.file === task.file) injectFault(setup.fault.kind);
  let facts;
  try {
    facts = analyseJsFile({ file: task.file, source: task.source, rules, vocabulary, mode: task.mode, aliases: task.aliases });
  } catch (error) {
    facts = { file: task.file, reports: [], exports: {}, starExports: [], errors: [{ file: task.file, phase: 'rule', message: error instanceof Error ? error.message : String(error) }] };
  }
  parentPort!.postMessage({ id: task.id, facts });
});
parentPort!.postMessage({ ready: true });

/** Tests only (the pool's `fault` option; nothing in a scanned file reaches it): die the given way. */
function injectFault(kind: WorkerFault['kind']): void {
  if (kind === 'exit') process.exit(70);
  // Thrown from the message listener, outside any try: an uncaught exception in the worker.
  if (kind === 'throw') throw new Error('injected fault');
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
}
