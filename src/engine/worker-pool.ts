/**
 * Runs the per-file phase of JS files on worker threads. Results are the same facts the inline
 * path produces (the link phase sorts them), so output never depends on the thread count. A
 * worker that dies turns its file into a FileError and is replaced; the scan goes on.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PathAlias } from '../analysis/js/module-keys.js';
import type { Vocabulary } from '../analysis/vocabulary.js';
import type { FileFacts } from './facts.js';

export interface PoolTask { file: string; source: string }

export interface PoolOptions {
  threads: number;
  catalogueModule: string;
  ruleIds: string[];
  vocabulary: Vocabulary;
  aliases: PathAlias[];
}

const WORKER_URL = new URL('./analysis-worker.js', import.meta.url);

/** Workers need the compiled worker module; from TypeScript sources (tests) there is none. */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

export async function analyseInWorkers(tasks: PoolTask[], o: PoolOptions): Promise<FileFacts[]> {
  const results: FileFacts[] = new Array(tasks.length);
  // Largest files first: a big bundle started last would keep one thread busy while the others idle.
  const order = tasks.map((_, i) => i).sort((a, b) => tasks[b]!.source.length - tasks[a]!.source.length || a - b);
  let next = 0;
  const runWorker = () => new Promise<void>((resolveWorker) => {
    let current = -1;
    const worker = new Worker(WORKER_URL, {
      workerData: { catalogueModule: o.catalogueModule, ruleIds: o.ruleIds, vocabulary: o.vocabulary },
      // A stack overflow in pathological input must not take the scan down with it.
      resourceLimits: { stackSizeMb: 16 },
    });
    const feed = () => {
      if (next >= tasks.length) {
        void worker.terminate();
        resolveWorker();
        return;
      }
      current = order[next++]!;
      worker.postMessage({ id: current, file: tasks[current]!.file, source: tasks[current]!.source, aliases: o.aliases });
    };
    worker.on('message', (m: { id: number; facts: FileFacts }) => {
      results[m.id] = m.facts;
      feed();
    });
    worker.on('online', feed);
    worker.on('error', (error) => {
      if (current >= 0 && !results[current]) {
        const file = tasks[current]!.file;
        results[current] = { file, reports: [], exports: {}, starExports: [], errors: [{ file, phase: 'rule', message: `analysis worker crashed: ${error.message}` }] };
      }
    });
    worker.on('exit', () => {
      // Replace a worker that died with work left (after an 'error', or killed).
      if (next < tasks.length || (current >= 0 && !results[current])) {
        if (current >= 0 && !results[current]) {
          const file = tasks[current]!.file;
          results[current] = { file, reports: [], exports: {}, starExports: [], errors: [{ file, phase: 'rule', message: 'analysis worker exited unexpectedly' }] };
        }
        void runWorker().then(resolveWorker);
      } else resolveWorker();
    });
  });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.threads, tasks.length)) }, runWorker));
  return results;
}
