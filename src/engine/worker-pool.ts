/**
 * Runs the per-file phase of JS files on worker threads. Results are the same facts the inline
 * path produces (the link phase sorts them), so output never depends on the thread count. A
 * worker that dies turns its file into a FileError and is replaced; the scan goes on.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
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

// Named from the parent directory so that it resolves from the CLI bundle too (dist/src/bundle/,
// see rolldown.config.mjs), whose modules share this URL.
const WORKER_URL = new URL('../engine/analysis-worker.js', import.meta.url);

/** node:worker_threads, loaded when the first thread starts: a cached scan often starts none. */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

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
  const pool = new AnalysisPool(o);
  // Largest files first: a big bundle started last would keep one thread busy while the others idle.
  const order = tasks.map((_, i) => i).sort((a, b) => tasks[b]!.source.length - tasks[a]!.source.length || a - b);
  const results: (FileFacts | undefined)[] = new Array(tasks.length);
  await Promise.all(order.map(async (i) => { results[i] = await pool.analyse(tasks[i]!); }));
  await pool.close();
  return results;
}

interface Queued {
  task: PoolTask;
  resolve: (facts: FileFacts | undefined) => void;
}

/**
 * Worker threads that analyse files as they are handed in, so analysis can start while the scan
 * is still reading. Workers start at once (loading Babel and the rules takes a while) and stay
 * until `close`. Among queued files the largest goes first.
 */
export class AnalysisPool {
  private readonly queue: Queued[] = [];
  private readonly idle: ((job: Queued | undefined) => void)[] = [];
  private closed = false;
  private startupFailures = 0;
  /** Set once workers keep dying before finishing a file: every task then resolves undefined. */
  private broken = false;
  private live = 0;
  private readonly exited: Promise<void>;
  private allExited!: () => void;

  constructor(private readonly o: PoolOptions) {
    this.exited = new Promise((resolve) => { this.allExited = resolve; });
    const n = Math.max(1, o.threads);
    for (let i = 0; i < n; i++) this.startWorker();
  }

  /** The facts of one file; undefined when the pool could not run it (its workers would not start). */
  analyse(task: PoolTask): Promise<FileFacts | undefined> {
    if (this.broken || this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const job = { task, resolve };
      const waiting = this.idle.shift();
      if (waiting) waiting(job);
      else this.queue.push(job);
    });
  }

  /** Lets the workers finish what they hold, then ends them. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.idle.splice(0)) waiting(undefined);
    if (this.live > 0) await this.exited;
  }

  private take(): Promise<Queued | undefined> {
    if (this.queue.length > 0) {
      let best = 0;
      for (let i = 1; i < this.queue.length; i++) if (this.queue[i]!.task.source.length > this.queue[best]!.task.source.length) best = i;
      return Promise.resolve(this.queue.splice(best, 1)[0]);
    }
    if (this.closed || this.broken) return Promise.resolve(undefined);
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private giveUp(): void {
    this.broken = true;
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    for (const waiting of this.idle.splice(0)) waiting(undefined);
  }

  private startWorker(): void {
    const o = this.o;
    this.live++;
    let current: Queued | undefined;
    let finished = 0;
    let failure: string | undefined;
    const worker = new (workerThreads().Worker)(WORKER_URL, {
      workerData: { catalogueModule: o.catalogueModule, ruleIds: o.ruleIds, vocabulary: o.vocabulary, ...(o.fault ? { fault: o.fault } : {}) },
      // A stack overflow or a runaway allocation on pathological input must not take the scan down.
      resourceLimits: o.resourceLimits ?? WORKER_LIMITS,
    });
    const feed = async () => {
      current = await this.take();
      if (!current) { void worker.terminate(); return; }
      const { task } = current;
      worker.postMessage({ id: 0, file: task.file, source: task.source, mode: task.mode ?? 'full', aliases: o.aliases });
    };
    worker.on('message', (m: { id: number; facts: FileFacts } | { ready: true }) => {
      // Work starts once the worker has loaded the rules; dying before that is a failure to start.
      if ('ready' in m) { void feed(); return; }
      const done = current!;
      current = undefined;
      finished++;
      this.startupFailures = 0;
      done.resolve(m.facts);
      o.onDone?.();
      void feed();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `analysis worker ran out of memory (over ${(o.resourceLimits ?? WORKER_LIMITS).maxOldGenerationSizeMb ?? '?'} MB) on this file`
        : `analysis worker crashed: ${error.message}`;
    });
    worker.on('exit', (code) => {
      this.live--;
      const lost = current;
      current = undefined;
      // The file it was working on is reported; a replacement takes the work that is left.
      if (lost) {
        const file = lost.task.file;
        lost.resolve({ file, reports: [], exports: {}, starExports: [], errors: [{ file, phase: 'worker', message: failure ?? `analysis worker exited with code ${code}` }] });
        o.onDone?.();
      }
      if (finished === 0 && !lost && !this.closed) this.startupFailures++;
      if (this.startupFailures >= MAX_STARTUP_FAILURES) this.giveUp();
      else if (!this.closed || this.queue.length > 0) this.startWorker();
      if (this.live === 0) this.allExited();
    });
  }
}
