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

export interface PoolTask {
  file: string;
  source: string;
  /** 'exports' collects exported values only (a module others import); default 'full'. */
  mode?: 'full' | 'exports';
}

export interface PoolOptions {
  threads: number;
  catalogueModule: string;
  ruleIds: string[];
  vocabulary: Vocabulary;
  aliases: PathAlias[];
  /** Called as each file's facts come back (progress). */
  onDone?: () => void;
  /** Memory limits of each worker; a file that needs more becomes a FileError, not a crash. */
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number; stackSizeMb?: number };
  /** Tests only: make the worker that analyses this file die in the given way. */
  fault?: WorkerFault;
}

/** How an injected fault kills a worker: an uncaught exception, process.exit, or running out of memory. */
export interface WorkerFault {
  file: string;
  kind: 'throw' | 'exit' | 'oom';
}

/**
 * Per worker. The old generation bounds what one file may take (a huge bundle parses within it;
 * a runaway does not take the process down); the stack lets deep nesting parse.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536, stackSizeMb: 16 };

/** Workers that die before finishing any file, in a row, before the pool gives up on threads. */
const MAX_STARTUP_FAILURES = 3;

const WORKER_URL = new URL('./analysis-worker.js', import.meta.url);

/** Workers need the compiled worker module; from TypeScript sources (tests) there is none. */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

/**
 * The facts of each task, in task order. A file whose worker died gets a FileError (phase
 * 'worker'). When workers keep dying before finishing any file (they cannot start), the tasks
 * not done are left undefined for the caller to analyse on its own thread.
 */
export async function analyseInWorkers(tasks: PoolTask[], o: PoolOptions): Promise<(FileFacts | undefined)[]> {
  const results: (FileFacts | undefined)[] = new Array(tasks.length);
  // Largest files first: a big bundle started last would keep one thread busy while the others idle.
  const order = tasks.map((_, i) => i).sort((a, b) => tasks[b]!.source.length - tasks[a]!.source.length || a - b);
  let next = 0;
  let startupFailures = 0;
  const died = (index: number, message: string) => {
    const file = tasks[index]!.file;
    results[index] = { file, reports: [], exports: {}, starExports: [], errors: [{ file, phase: 'worker', message }] };
    o.onDone?.();
  };
  const runWorker = () => new Promise<void>((resolveWorker) => {
    let current = -1;
    let finished = 0;
    let failure: string | undefined;
    const worker = new Worker(WORKER_URL, {
      workerData: { catalogueModule: o.catalogueModule, ruleIds: o.ruleIds, vocabulary: o.vocabulary, ...(o.fault ? { fault: o.fault } : {}) },
      // A stack overflow or a runaway allocation on pathological input must not take the scan down.
      resourceLimits: o.resourceLimits ?? WORKER_LIMITS,
    });
    const feed = () => {
      if (next >= tasks.length) {
        void worker.terminate();
        resolveWorker();
        return;
      }
      current = order[next++]!;
      worker.postMessage({ id: current, file: tasks[current]!.file, source: tasks[current]!.source, mode: tasks[current]!.mode ?? 'full', aliases: o.aliases });
    };
    worker.on('message', (m: { id: number; facts: FileFacts } | { ready: true }) => {
      // Work starts once the worker has loaded the rules; dying before that is a failure to start.
      if ('ready' in m) { feed(); return; }
      results[m.id] = m.facts;
      finished++;
      startupFailures = 0;
      o.onDone?.();
      feed();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `analysis worker ran out of memory (over ${(o.resourceLimits ?? WORKER_LIMITS).maxOldGenerationSizeMb ?? '?'} MB) on this file`
        : `analysis worker crashed: ${error.message}`;
    });
    worker.on('exit', (code) => {
      const lost = current >= 0 && !results[current];
      // The file it was working on is reported; a replacement takes the work that is left.
      if (lost) died(current, failure ?? `analysis worker exited with code ${code}`);
      if (finished === 0 && !lost && next < tasks.length) startupFailures++;
      if (next < tasks.length && startupFailures < MAX_STARTUP_FAILURES) void runWorker().then(resolveWorker);
      else resolveWorker();
    });
  });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.threads, tasks.length)) }, runWorker));
  return results;
}
