/**
 * scan(options, io, catalogue) -> ScanResult: the public programmatic API and what the CLI runs.
 * paths -> files -> per-file facts -> link -> findings -> sort. One bad file never aborts a scan.
 */
import { isAscii } from 'node:buffer';
import { basename, dirname, isAbsolute, join, posix } from 'node:path';
import { moduleKeyCandidates, moduleKeyResolver, type PathAlias } from '../analysis/js/module-keys.js';
import { isRelativeSpecifier } from '../analysis/js/names.js';
import { loadPathAliases } from '../config/ts-paths.js';
import { BUNDLER_CONFIG_FILE, RELEASE_ENV_FILE } from '../config/bundler-defines.js';
import { withProjectDefines } from '../config/project-defines.js';
import { defineLookupFor } from '../analysis/release.js';
import { guardValues } from '../analysis/guard.js';
import { UNKNOWN, type Value } from '../analysis/value.js';
import { compileVocabulary, type CompiledVocabulary, type Vocabulary } from '../analysis/vocabulary.js';
import { loadVocabulary } from '../config/vocabulary.js';
import { discoverFiles, type DiscoveredFile, type DiscoveryResult } from '../discovery/discover.js';
import { discoverWithMemos } from '../discovery/cached-discovery.js';
import { inShard } from '../discovery/shard.js';
import { readImportClosure } from '../engine/shard-imports.js';
import { applySuppressions } from '../engine/apply-suppressions.js';
import { baselineScope, readBaseline } from '../engine/baseline.js';
import { exportsCarryClock, type FileFacts } from '../engine/facts.js';
import { isPending, statQuietly, type FileStat, type IO } from '../engine/io.js';
import {
  compareFindings, fingerprintFindings, importKeysOf, importResolver, resolveModuleKey, toFinding,
} from '../engine/link.js';
import { clockProviders, isTestCode, needsAnalysis, textFacts, vocabularyTokens, type TextFacts } from '../engine/prefilter.js';
import type { RuleDefinition, TextRule } from '../engine/rule-api.js';
import { analyseTextFile } from '../engine/run-text-file.js';
import { AnalysisPool, workersAvailable, type PoolTask, type WorkerFault } from '../engine/worker-pool.js';
import { cacheKey, codeFingerprint, openByStat, openFile, ScanCache, underPaths, type CachedFacts, type OpenedFile, type ReadContent } from '../engine/cache.js';
import { availableParallelism } from 'node:os';
import { extractDirectives, mayHoldDirectives, type FileDirectives } from '../engine/suppressions.js';
import type { FileError, Finding, ScanResult } from '../engine/types.js';
import { toolVersion } from '../package-root.js';
import { DEFAULT_HORIZON_YEARS, type ScanOptions } from './options.js';
import { addCalendar } from '../analysis/time.js';
import { picomatchLibrary } from '../lazy-library.js';
import { compareFileErrors, compareText } from '../engine/text-order.js';

/** Below this many files to analyse, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;
/** From this many files to read, threads start before reading: their start-up overlaps the reading. */
const EARLY_POOL_FILES = 400;

function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export const JS_EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'];
/**
 * A POSIX path whose extension (as posix.extname gives it, any case) is one of JS_EXTENSIONS; a
 * test keeps the two in step. (`dir/.js` has no extension.)
 */
export const JS_FILE = /[^/]\.(?:[cm]?[jt]s|[jt]sx)$/i;
const READ_CONCURRENCY = 32;

/** A given path that does not exist: the scan cannot run (exit 2). */
export class MissingPathError extends Error {
  constructor(readonly paths: string[]) {
    super(`path not found: ${paths.join(', ')}`);
    this.name = 'MissingPathError';
  }
}

export interface ScanExtras {
  /** The vocabulary as data; defaults to the one shipped in rules/vocabulary/. */
  vocabulary?: Vocabulary;
  /** false analyses every file (the prefilter's own test compares both ways). */
  prefilter?: boolean;
  /**
   * The module URL of the rule catalogue, which worker threads import for themselves (rules are
   * code and cannot be sent to them). Without it the scan runs on the calling thread.
   */
  catalogueModule?: string;
  /** Tests only: make the worker thread that analyses this file die (see WorkerFault). */
  workerFault?: WorkerFault;
}

type ReadOutcome = { source: string } | { error: FileError } | { skipped: true };

export async function scan(options: ScanOptions, io: IO, catalogue: RuleDefinition[], extras: ScanExtras = {}): Promise<ScanResult> {
  // hrtime rather than performance.now(): the latter loads perf_hooks, a few ms of a cached scan.
  const started = process.hrtime.bigint();
  const rawVocabulary = extras.vocabulary ?? loadVocabulary();
  const vocabulary = compileVocabulary(rawVocabulary);
  // Clock and fixed-time tokens a user added to the vocabulary, for the prefilter.
  const addedTokens = vocabularyTokens(rawVocabulary);
  const on = (ruleId: string) => options.ruleSeverity[ruleId] !== 'off';
  // A rule that is off still runs for a rule its reports may become (the link drops its own).
  const rules = catalogue.filter((r) => on(r.meta.id) || r.meta.reportsAlsoAs?.some(on));
  const textRules = rules.filter((r): r is TextRule => r.target === 'text');
  const aliases = await loadPathAliases(io, options.paths.length ? options.paths : ['.']);
  // Loaded before discovery: a cached scan of an unchanged tree reuses its file list.
  const cache = options.cache === undefined ? undefined : await loadScanCache(options, io, {
    rules, vocabulary: rawVocabulary, aliases, prefilter: extras.prefilter !== false,
  });
  const discoveryOptions = {
    cwd: io.cwd, paths: options.paths.length ? options.paths : ['.'], include: options.include, exclude: options.exclude,
    gitignore: options.gitignore, includeTests: options.includeTests, extensions: JS_EXTENSIONS,
    fileNames: new RegExp([...textRules.map((r) => r.files.source), BUNDLER_CONFIG_FILE.source, RELEASE_ENV_FILE.source].map((s) => `(?:${s})`).join('|'), 'i'),
  };
  let discovery: DiscoveryResult;
  if (cache) {
    // The cache file's own directory changes with every save: it is checked by its entries.
    const cacheName = basename(cache.absPath);
    const own = { dir: dirname(cache.absPath), isOwn: (name: string) => name === cacheName || (name.startsWith(`${cacheName}.`) && name.endsWith('.tmp')) };
    const found = await discoverWithMemos(discoveryOptions, cache.discoveryMemos, cache.trustedBefore, own);
    cache.discoveryMemos = found.memos;
    discovery = found.result;
  } else {
    discovery = await discoverFiles(discoveryOptions);
  }
  if (discovery.missing.length > 0) throw new MissingPathError(discovery.missing);
  // Declaration files hold types only: nothing in them runs.
  // A diff-aware scan (onlyFiles) analyses only the changed files; the others stay known to the link.
  const only = options.onlyFiles && new Set(options.onlyFiles.map((f) => posix.normalize(f.split('\\').join('/'))));
  const files = discovery.files.filter((f) => !/\.d\.[cm]?ts$/i.test(f.relPath) && (!only || only.has(f.relPath)));
  // A sharded scan analyses and reports its own files only; the others stay known to the link.
  const shard = options.shard;
  const analysed = shard ? files.filter((f) => inShard(f.relPath, shard)) : files;
  const baseline = typeof options.baseline === 'string' ? await readBaseline(io, options.baseline) : options.baseline;

  const errors: FileError[] = [...discovery.errors];
  // The release the code is judged as: explicit defines plus the project's own build configuration.
  const release = await withProjectDefines(io, options.release, discovery.files);
  const facts = new Map<string, FileFacts>();
  const textFileFacts: FileFacts[] = [];
  const horizonEnd = options.horizonEnd ?? addCalendar(options.now, DEFAULT_HORIZON_YEARS, 'year');
  const releaseConfigMatcher = options.release && options.release.configFiles.length > 0 ? picomatchLibrary()(options.release.configFiles, { dot: true }) : undefined;
  const textInput = (relPath: string) => ({
    horizonEnd,
    releaseConfig: releaseConfigMatcher?.(relPath) ?? false,
    ...(options.release?.profile !== undefined ? { profile: options.release.profile } : {}),
  });
  const readOne = (file: DiscoveredFile) => readSource(io, file.absPath, file.relPath, options.maxFileSize);

  // The file, not its absolute path, is kept until a read: a reused file list makes that path
  // when asked (see cached-discovery.ts), and most cached files are never read.
  const reader = (file: DiscoveredFile, binary: boolean) => () => readBytes(io, file.absPath, file.relPath, options.maxFileSize, binary);
  const open = (file: DiscoveredFile, binary: boolean, taken?: { stat: FileStat | undefined }) =>
    openFile(file.relPath, file.absPath, io, reader(file, binary), cache, taken);
  /** Fills what the read phase learns about a file from its content (cached with --cache). */
  const learn = (c: CachedFacts, file: string, js: boolean, wanting: TextRule[], content: ReadContent) => {
    const { source } = content;
    if (js && !options.includeTests) {
      c.testCode = isTestCode(source);
      if (c.testCode) return;
    }
    if (wanting.length > 0) {
      let readClock = false;
      const watched = cache ? watchingClock(wanting, () => { readClock = true; }) : wanting;
      const f = analyseTextFile({ file, source, bytes: content.bytes, now: options.now, ...textInput(file), rules: watched, vocabulary });
      // Most files hold no certificate: their empty facts are not kept.
      const found = f.reports.length > 0 || f.errors.length > 0;
      c.textRules = { ...(found ? { facts: f } : {}), ...(readClock ? { now: options.now, horizonEnd } : {}) };
    } else delete c.textRules;
    // Suppression directives of every scanned file, also those without findings (unused directives).
    c.directives = options.inlineSuppressions !== false && mayHoldDirectives(source) ? extractDirectives(file, source) : null;
    if (js) c.prefilter = textFacts(source, addedTokens);
    cache?.changed();
  };

  // Read everything once; keep the text only of files that may take part in a trigger.
  const textFactsByFile = new Map<string, TextFacts>();
  const sources = new Map<string, string>();
  /** JS files whose text holds a clock or a fixed time (or every one without the prefilter). */
  const mayTrigger = new Set<string>();
  const mayTake = (tf: TextFacts) => tf.clock || tf.fixed || extras.prefilter === false;
  const openedFiles = new Map<string, OpenedFile>();
  const directives: FileDirectives[] = [];
  // Worker threads take a while to load Babel and the rules: in a large scan they start now and
  // analyse the files that need it for their own text while the rest is still being read.
  const threads = options.threads ?? defaultThreads();
  const canPool = threads > 1 && !!extras.catalogueModule && workersAvailable();
  let pool: AnalysisPool | undefined;
  const startPool = (count: number) => pool ??= new AnalysisPool({
    threads: count, catalogueModule: extras.catalogueModule!, ruleIds: rules.map((r) => r.meta.id),
    vocabulary: rawVocabulary, aliases,
    ...(extras.workerFault ? { fault: extras.workerFault } : {}),
  });
  // Started by the first file that needs analysis: a cached scan that needs none starts no thread.
  // This thread keeps a core busy reading, so the pool takes the others. (Adding a thread once
  // reading is over cost more than it gained on 2 cores: a new thread loads Babel and warms up.)
  const poolWhileReading = canPool && analysed.length >= EARLY_POOL_FILES;
  const readingThreads = Math.max(1, threads - 1);
  /** Files handed to the pool during the read phase: they need analysis whatever other files hold. */
  const early = new Map<string, { task: PoolTask; facts: Promise<FileFacts | undefined> }>();
  const dispatchEarly = !only && extras.prefilter !== false;
  try {
    /**
     * Whether a code file opened from the cache needs no more of the read phase: its record holds
     * what the phase learns and nothing every scan uses, so its text facts are decoded only if the
     * prefilter has to choose afresh (below).
     */
    const knownFromCache = (file: string, opened: OpenedFile): boolean => {
      const summary = opened.summary;
      if (opened.loaded || !summary.learnt || summary.perRun) return false;
      if (!summary.testCode || options.includeTests) openedFiles.set(file, opened);
      return true;
    };
    const readPhase = async (file: DiscoveredFile, taken?: { stat: FileStat | undefined }): Promise<void> => {
      const js = isJsFile(file.relPath);
      // Config files and certificates are read by the text rules that want them; code also by
      // those that read code (a certificate pasted into a string).
      const wanting = textRules.filter((r) => r.files.test(posix.basename(file.relPath)));
      if (!js && wanting.length === 0) return;
      const opened = await open(file, !js && wanting.some((r) => r.binary), taken);
      if ('error' in opened) { errors.push(opened.error); return; }
      if (js && knownFromCache(file.relPath, opened)) return;
      const c = opened.facts;
      let content = opened.loaded;
      delete opened.loaded;
      const learnt = js ? c.prefilter !== undefined || (c.testCode === true && !options.includeTests) : c.textRules !== undefined;
      // Text-rule facts that read the clock hold only for the same instants.
      const clockMoved = c.textRules?.now !== undefined && (c.textRules.now !== options.now || c.textRules.horizonEnd !== horizonEnd);
      if (!learnt || clockMoved) {
        const read = content ?? await opened.read();
        if ('error' in read) { errors.push(read.error); return; }
        content = read;
        learn(c, file.relPath, js, wanting, read);
      }
      if (js && c.testCode && !options.includeTests) return;
      if (c.textRules?.facts) textFileFacts.push(c.textRules.facts);
      if (c.directives) directives.push(c.directives);
      if (!js) return;
      const tf = c.prefilter!;
      textFactsByFile.set(file.relPath, tf);
      openedFiles.set(file.relPath, opened);
      if (mayTake(tf)) {
        mayTrigger.add(file.relPath);
        // Only files reading the clock are kept in memory: most of the rest is never analysed, and
        // those that are (through an import) are read again.
        if (content && !c.full && (tf.clock || extras.prefilter === false)) sources.set(file.relPath, content.source);
        if (poolWhileReading && dispatchEarly && content && !c.full && !tf.linksOnly && ((tf.clock && tf.fixedNearClock) || tf.prereleaseExpiry)) {
          const task = { file: file.relPath, source: content.source };
          early.set(file.relPath, { task, facts: startPool(readingThreads).analyse(task) });
        }
      }
    };
    let filesRead = 0;
    const progressReading = () => options.onProgress?.({ phase: 'reading', done: ++filesRead, total: analysed.length });
    // With a cache, most code files are known by their stat alone. They are settled in one
    // synchronous pass, without a promise chain each (the chains cost about as much as the stats
    // themselves), and only the others go through the read phase, with the stat already taken.
    let toRead: { file: DiscoveredFile; taken?: { stat: FileStat | undefined } }[];
    if (cache) {
      toRead = [];
      for (const file of analysed) {
        if (!isJsFile(file.relPath)) {
          toRead.push({ file });
          continue;
        }
        // A stat that fails is left to the read, which reports why.
        const answer = statQuietly(io, file.absPath);
        // Not `await` on a value that is there: that too would wait a microtask.
        const stat = isPending(answer) ? await answer : answer;
        const opened = openByStat(file.relPath, stat, reader(file, false), cache);
        if (opened && knownFromCache(file.relPath, opened)) progressReading();
        else toRead.push({ file, taken: { stat } });
      }
    } else {
      toRead = analysed.map((file) => ({ file }));
    }
    await forEachConcurrent(toRead, READ_CONCURRENCY, async ({ file, taken }) => {
      await readPhase(file, taken);
      progressReading();
    }, () => pool !== undefined);
    // The prefilter's choice depends only on the files and their contents (and the cache key): if
    // none was added, removed or changed since it was cached, it holds.
    const world = cache && !only && !shard && extras.prefilter !== false ? cache.worldOf([...openedFiles.keys()]) : undefined;
    const decided = world !== undefined ? cache!.decided(world) : undefined;
    if (!decided) {
      for (const [file, opened] of [...openedFiles]) {
        if (textFactsByFile.has(file)) continue;
        const tf = opened.facts.prefilter;
        // A record that would not decode: the file is read again like a new one.
        if (!tf) { await readPhase({ relPath: file, absPath: absolute(io.cwd, file) }); continue; }
        textFactsByFile.set(file, tf);
        if (mayTake(tf)) mayTrigger.add(file);
      }
    }
    // The prefilter asks for the same imports over and over (each file's, then theirs): once each.
    // What a specifier names depends on the importing file's directory only (a relative one) or
    // on nothing at all (an alias, a package), so files of one directory share their answers.
    const resolvedSpecifiers = new Map<string, string | undefined>();
    const resolveSpecifier = (from: string, spec: string) => {
      const memo = isRelativeSpecifier(spec) ? `${posix.dirname(from)}\0${spec}` : spec;
      if (resolvedSpecifiers.has(memo)) return resolvedSpecifiers.get(memo);
      const key = moduleKeyResolver(from, aliases)(spec);
      const file = key === undefined ? undefined : resolveModuleKey(key, (f) => textFactsByFile.has(f));
      resolvedSpecifiers.set(memo, file);
      return file;
    };
    if (shard && !only && extras.prefilter !== false) {
      // The prefilter looks into imported files; read those of other shards for it (facts only).
      const byPath = new Map(files.filter((f) => isJsFile(f.relPath)).map((f) => [f.relPath, f]));
      await readImportClosure({
        facts: textFactsByFile, known: new Set(byPath.keys()),
        keyOf: (from, spec) => moduleKeyResolver(from, aliases)(spec),
        factsOf: (source) => textFacts(source, addedTokens),
        read: async (rel) => {
          const outcome = await readOne(byPath.get(rel)!);
          return 'source' in outcome && (options.includeTests || !isTestCode(outcome.source)) ? outcome.source : undefined;
        },
      });
    }
    const analysedFiles = shard ? new Set(analysed.map((f) => f.relPath)) : undefined;
    // Files whose text holds neither side may still import both (a `nowSec()` helper and an
    // expiry constant); their text was not kept, so it is read again if the prefilter wants them.
    const chosen: string[] = [];
    const tasks: PoolTask[] = [];
    /** The text of `file` for its analysis: kept from the read phase, or read again. */
    const sourceOf = async (file: string): Promise<string | undefined> => {
      const kept = sources.get(file);
      if (kept !== undefined) return kept;
      const opened = openedFiles.get(file);
      const reread = opened ? await opened.read() : await readSource(io, absolute(io.cwd, file), file, options.maxFileSize);
      if ('source' in reread) return reread.source;
      if ('error' in reread) errors.push(reread.error);
      return undefined;
    };
    const choose = async (file: string, into: PoolTask[]) => {
      chosen.push(file);
      const opened = openedFiles.get(file);
      if (opened?.facts.full) { facts.set(file, opened.facts.full); return; }
      if (early.has(file)) return;
      const source = await sourceOf(file);
      if (source !== undefined) into.push({ file, source });
    };
    // A file with neither a clock nor a fixed time of its own may still compare both, imported;
    // one with only a fixed time may compare it with an imported clock. Such a file waits until
    // the files that could give it the clock are analysed, and is analysed only if one of them
    // exports something that carries the clock (a large library imported for its constants does not).
    const refine = !decided && extras.prefilter !== false && !only && !shard;
    const waiting = new Map<string, string[]>();
    const candidates = decided ?? [...textFactsByFile.keys()].filter((f) => (!analysedFiles || analysedFiles.has(f)) && (mayTrigger.has(f) || textFactsByFile.get(f)!.specifiers.length > 0)).sort();
    for (const file of candidates) {
      // The prefilter follows imports through files it has read; a diff-aware scan reads only the
      // changed ones, so each of those with a clock or a fixed time is analysed.
      if (!decided && extras.prefilter !== false && !only && !needsAnalysis(file, (f) => textFactsByFile.get(f), resolveSpecifier)) continue;
      if (only && !mayTrigger.has(file)) continue;
      const providers = refine ? clockProviders(file, (f) => textFactsByFile.get(f), resolveSpecifier) : undefined;
      if (providers) waiting.set(file, providers);
      else await choose(file, tasks);
    }
    let filesAnalysed = 0;
    /** Facts of the full analysis, kept for the cache (not those of a crashed worker: that may not happen again). */
    const analysedFacts = (f: FileFacts) => {
      facts.set(f.file, f);
      const opened = openedFiles.get(f.file);
      if (cache && opened && !f.errors.some((e) => e.phase === 'worker')) {
        opened.facts.full = f;
        cache.changed();
      }
    };
    /**
     * Exported values of a clock provider, analysed for them alone. They decide which waiting files
     * are analysed, and are kept where the link phase looks for a module's exports; they join the
     * result only if the link needs them, as on a cached run.
     */
    const providerFacts = new Map<string, FileFacts>();
    const exportFacts = (f: FileFacts) => {
      f.reports = [];
      providerFacts.set(f.file, f);
      const opened = openedFiles.get(f.file);
      if (opened && !f.errors.some((e) => e.phase === 'worker')) {
        opened.facts.exports = f;
        cache?.changed();
      }
    };
    let analysingTotal = early.size;
    const progressAnalysing = () => options.onProgress?.({ phase: 'analysing', done: ++filesAnalysed, total: analysingTotal });
    const keep = (task: PoolTask, f: FileFacts) => (task.mode === 'exports' ? exportFacts(f) : analysedFacts(f));
    /** Facts of a task the pool ran, or of the calling thread when the pool could not run it. */
    const settle = async (task: PoolTask, pooled: FileFacts | undefined) => {
      keep(task, pooled ?? await analyse(task.file, task.source, task.mode ?? 'full', rules, vocabulary, aliases));
      progressAnalysing();
    };
    const analyseAll = async (list: PoolTask[]): Promise<void> => {
      analysingTotal += list.length;
      if (canPool && list.length >= MIN_FILES_FOR_WORKERS) startPool(threads);
      if (pool) {
        const running = pool;
        const pooled = await Promise.all(list.map((task) => running.analyse(task)));
        for (let i = 0; i < list.length; i++) await settle(list[i]!, pooled[i]);
      } else {
        for (const task of list) await settle(task, undefined);
      }
    };
    // First the files chosen outright, with the exports of the clock providers waiting files need.
    const inFirst = new Set(tasks.map((t) => t.file));
    for (const provider of [...new Set([...waiting.values()].flat())].sort()) {
      if (facts.has(provider) || inFirst.has(provider) || early.has(provider)) continue;
      const known = openedFiles.get(provider)?.facts.exports;
      if (known) { providerFacts.set(provider, known); continue; }
      const source = await sourceOf(provider);
      if (source !== undefined) tasks.push({ file: provider, source, mode: 'exports' });
    }
    sources.clear();
    await analyseAll(tasks);
    // Files handed over while reading; one the prefilter did not choose after all is left out.
    const chosenSet = new Set(chosen);
    for (const [file, { task, facts: pending }] of [...early].sort(([a], [b]) => compareText(a, b))) {
      const pooled = await pending;
      if (chosenSet.has(file)) await settle(task, pooled);
    }
    const second: PoolTask[] = [];
    for (const [file, providers] of waiting) {
      if (providers.some((p) => { const f = facts.get(p) ?? providerFacts.get(p); return !f || exportsCarryClock(f); })) await choose(file, second);
    }
    await analyseAll(second);
    if (world !== undefined) cache!.decide(world, chosen.sort());
  } finally {
    // Threads left running would keep the process alive, also when the scan fails.
    await pool?.close();
  }

  // Link: load, on demand and exports only, the files that pending triggers import.
  const known = new Set<string>(discovery.files.map((f) => f.relPath));
  const diskExists = new Map<string, boolean>();
  const exists = (file: string) => facts.has(file) || known.has(file) || diskExists.get(file) === true;
  const keyToFile = new Map<string, string | undefined>();
  let frontier = new Set<string>();
  for (const f of facts.values()) {
    for (const r of f.reports) {
      if (r.trigger) importKeysOf(r.trigger, frontier);
      // Guards on imported flags (`import { IS_BETA } from './build-flags'`) are decided at link time too.
      for (const g of r.guards ?? []) for (const v of guardValues(g.expr)) importKeysOf(v, frontier);
    }
  }
  for (let round = 0; frontier.size > 0 && round < 20; round++) {
    const next = new Set<string>();
    for (const key of frontier) {
      if (keyToFile.has(key)) continue;
      await probeCandidates(io, key, diskExists, exists);
      const file = resolveModuleKey(key, exists);
      keyToFile.set(key, file);
      if (!file) continue;
      let f = facts.get(file);
      if (!f) {
        const opened = openedFiles.get(file) ?? await open({ relPath: file, absPath: absolute(io.cwd, file) }, false);
        if ('error' in opened) continue;
        f = opened.facts.exports;
        if (!f) {
          const outcome = opened.loaded ?? await opened.read();
          if ('error' in outcome) continue;
          f = file.endsWith('.json') ? jsonModuleFacts(file, outcome.source) : await analyse(file, outcome.source, 'exports', rules, vocabulary, aliases);
          f.reports = [];
          opened.facts.exports = f;
          cache?.changed();
        }
        facts.set(file, f);
      }
      for (const v of Object.values(f.exports)) importKeysOf(v, next);
      for (const star of f.starExports) next.add(star);
    }
    frontier = next;
  }
  const resolveImport = importResolver((file) => facts.get(file), (key) => keyToFile.get(key) ?? resolveModuleKey(key, exists));

  const pending: (Omit<Finding, 'fingerprint'> & { matched: string })[] = [];
  for (const f of [...facts.values(), ...textFileFacts].sort((a, b) => compareText(a.file, b.file))) {
    errors.push(...f.errors);
    for (const report of f.reports) {
      const finding = toFinding(report, f.file, resolveImport, {
        now: options.now, severityFor: (ruleId) => options.ruleSeverity[ruleId],
        defines: defineLookupFor(release, f.file),
        ...(release?.buildDate !== undefined ? { buildDate: { at: release.buildDate, source: release.buildDateSource ?? '--build-date' } } : {}),
      });
      if (finding) pending.push({ ...finding, matched: report.matched });
    }
  }
  pending.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  // The baseline entries this scan can judge: files read without error, and deleted files.
  const failed = new Set(errors.map((e) => e.file));
  const inScope = baseline
    ? await baselineScope(io, baseline, {
      paths: options.paths.length ? options.paths : ['.'], scanned: new Set(analysed.map((f) => f.relPath).filter((f) => !failed.has(f))), ...(only ? { only } : {}),
    })
    : () => false;
  // Each baseline entry is judged by the one shard its file belongs to (also a deleted file's).
  const judged = shard ? (file: string) => inShard(file, shard) && inScope(file) : inScope;
  const post = applySuppressions({
    findings: fingerprintFindings(pending).sort(compareFindings),
    directives: directives.sort((a, b) => compareText(a.file, b.file)),
    reportUnused: options.reportUnusedSuppressions === true,
    allowlist: options.allowlist ?? [],
    ...(baseline ? { baseline } : {}),
    scanned: judged,
    ruleSeverity: options.ruleSeverity,
    now: options.now,
  });
  errors.sort(compareFileErrors);
  if (cache) {
    // Entries of files that have gone from the scanned paths are dropped; other paths' stay.
    cache.prune(underPaths(io.cwd, options.paths.length ? options.paths : ['.']), (f) => known.has(f));
    const note = await cache.save(io);
    if (note) io.stderr.write(`timebomb: ${note}\n`);
  }
  return {
    version: 1,
    tool: { name: 'timebomb', version: toolVersion() },
    now: new Date(options.now).toISOString(),
    findings: post.findings,
    suppressed: post.suppressed,
    errors,
    stats: { filesScanned: only ? analysed.length : shard ? discovery.files.filter((f) => inShard(f.relPath, shard)).length : discovery.files.length, durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6) },
    ...(post.baseline ? { baseline: post.baseline } : {}),
  };
}

async function analyse(file: string, source: string, mode: 'full' | 'exports', rules: RuleDefinition[], vocabulary: CompiledVocabulary, aliases: PathAlias[]): Promise<FileFacts> {
  // Babel is loaded when a file is first analysed: a warm cached scan may analyse none.
  const { analyseJsFile } = await import('../engine/run-js-file.js');
  try {
    return analyseJsFile({ file, source, rules: rules.filter((r) => r.target === 'js'), vocabulary, mode, aliases });
  } catch (error) {
    // A crash in the analysis (a bug, or a stack overflow on pathological input) is one file's error.
    const message = error instanceof RangeError ? `too deeply nested to analyse (${error.message})` : error instanceof Error ? error.message : String(error);
    return { file, reports: [], exports: {}, starExports: [], errors: [{ file, phase: 'rule', message }] };
  }
}

/**
 * The cache of this scan (`--cache`), keyed by everything besides a file's content that the
 * per-file phase depends on. Severity overrides and --now's exact instant are applied by the
 * link phase, which runs every time; the day is in the key so date-sensitive results never
 * outlive it.
 */
async function loadScanCache(options: ScanOptions, io: IO, o: { rules: RuleDefinition[]; vocabulary: Vocabulary; aliases: PathAlias[]; prefilter: boolean }): Promise<ScanCache> {
  const version = toolVersion();
  const key = cacheKey({
    toolVersion: version,
    code: codeFingerprint(),
    rules: o.rules.map((r) => r.meta.id).sort(),
    vocabulary: o.vocabulary,
    config: {
      includeTests: options.includeTests, release: options.release ?? null, horizonEnd: options.horizonEnd ?? null,
      prefilter: o.prefilter, inlineSuppressions: options.inlineSuppressions !== false, maxFileSize: options.maxFileSize, aliases: o.aliases,
    },
    day: new Date(options.now).toISOString().slice(0, 10),
  });
  const { cache, note } = await ScanCache.load(io, absolute(io.cwd, options.cache!), { toolVersion: version, key, startedAt: io.clock() });
  if (note) io.stderr.write(`timebomb: ${note}\n`);
  return cache;
}

/**
 * Text rules whose reads of `now` and `horizonEnd` are reported: their facts for a file depend
 * on those instants only if they read them (a certificate rule reads them only for a certificate).
 */
function watchingClock(rules: TextRule[], onRead: () => void): TextRule[] {
  return rules.map((rule) => ({
    ...rule,
    check: (ctx) => rule.check(Object.defineProperties({ ...ctx }, {
      now: { get: () => (onRead(), ctx.now), enumerable: true },
      horizonEnd: { get: () => (onRead(), ctx.horizonEnd), enumerable: true },
    })),
  }));
}

/** `import data from './data.json'`: JSON is data, parsed as such, never as code. */
function jsonModuleFacts(file: string, source: string): FileFacts {
  const facts: FileFacts = { file, reports: [], exports: {}, starExports: [], errors: [] };
  try {
    const value = jsonToValue(JSON.parse(source), 0);
    facts.exports.default = value;
    if (value.kind === 'object') Object.assign(facts.exports, value.props);
  } catch (error) {
    facts.errors.push({ file, phase: 'parse', message: `invalid JSON: ${(error as Error).message}` });
  }
  return facts;
}

function jsonToValue(data: unknown, depth: number): Value {
  if (typeof data === 'number') return { kind: 'number', value: data };
  if (typeof data === 'string') return data.length <= 80 ? { kind: 'string', value: data } : UNKNOWN;
  if (typeof data === 'boolean') return { kind: 'boolean', value: data };
  if (data && typeof data === 'object' && depth < 5) {
    const props: Record<string, Value> = {};
    for (const [k, v] of Object.entries(data).slice(0, 200)) props[k] = jsonToValue(v, depth + 1);
    return { kind: 'object', props };
  }
  return UNKNOWN;
}

function absolute(cwd: string, file: string): string {
  return isAbsolute(file) ? file : join(cwd, ...file.split(posix.sep));
}

async function probeCandidates(io: IO, key: string, cache: Map<string, boolean>, exists: (f: string) => boolean): Promise<void> {
  for (const candidate of moduleKeyCandidates(key)) {
    if (exists(candidate) || cache.has(candidate)) continue;
    if (candidate.startsWith('../') || candidate.includes('node_modules/')) { cache.set(candidate, false); continue; }
    const st = await statQuietly(io, absolute(io.cwd, candidate));
    cache.set(candidate, !!st && st.isFile && !st.isSymbolicLink && !(await behindSymlink(io, candidate, cache)));
    if (cache.get(candidate)) return;
  }
}

/**
 * Whether a directory between the working directory and `file` is a symbolic link (or cannot be
 * checked): a link may point anywhere, and what the scan reads never leaves the tree through one. Directory answers are
 * kept in `cache` under a trailing slash.
 */
async function behindSymlink(io: IO, file: string, cache: Map<string, boolean>): Promise<boolean> {
  let dir = '';
  for (const part of file.split('/').slice(0, -1)) {
    dir = dir === '' ? part : `${dir}/${part}`;
    let linked = cache.get(`${dir}/`);
    if (linked === undefined) {
      // A directory that cannot be checked is not gone through either.
      const st = await statQuietly(io, absolute(io.cwd, dir));
      linked = !st || st.isSymbolicLink;
      cache.set(`${dir}/`, linked);
    }
    if (linked) return true;
  }
  return false;
}

function isJsFile(file: string): boolean {
  // A regular expression rather than extname: asked several times of every file.
  return JS_FILE.test(file);
}

/**
 * Reads a file as UTF-8 text (invalid bytes replaced) with its raw bytes. Oversized files are
 * skipped, and so are binary ones (a NUL byte) unless a rule reads binary formats.
 */
async function readBytes(io: IO, absPath: string, relPath: string, maxFileSize: number, binary: boolean): Promise<ReadContent | { error: FileError }> {
  try {
    const st = await io.stat(absPath);
    if (!st) return { error: { file: relPath, phase: 'read', message: 'file vanished before it could be read' } };
    if (st.size > maxFileSize) {
      return { error: { file: relPath, phase: 'skip', message: `skipped: ${st.size} bytes is over the --max-file-size limit of ${maxFileSize}` } };
    }
    const bytes = await io.readFile(absPath);
    if (!binary && bytes.subarray(0, 8192).includes(0)) return { error: { file: relPath, phase: 'skip', message: 'skipped: binary file (contains NUL bytes)' } };
    // Invalid sequences become U+FFFD as with TextDecoder (which also drops a byte-order mark).
    const text = decodeUtf8(bytes);
    return { source: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bytes, stat: st };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOENT' ? 'file vanished before it could be read'
      : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { error: { file: relPath, phase: 'read', message } };
  }
}

/**
 * A file's bytes as UTF-8 text. Text that is all ASCII (most code) is its own Latin-1 decoding,
 * which copies the bytes where UTF-8 decoding checks each: decoding 54 MB of code took 360 ms of
 * a cold scan's reading thread.
 */
export function decodeUtf8(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Reads a source file as UTF-8 text; binary and oversized files become errors. */
export async function readSource(io: IO, absPath: string, relPath: string, maxFileSize: number): Promise<ReadOutcome> {
  const read = await readBytes(io, absPath, relPath, maxFileSize, false);
  return 'error' in read ? read : { source: read.source };
}

/** How often (in items) the read loop lets the event loop run: worker messages wait for it. */
const YIELD_EVERY = 16;

async function forEachConcurrent<T>(items: T[], limit: number, fn: (item: T) => Promise<void>, threadsRunning: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
      // Reads that complete at once (synchronous IO) would otherwise starve the worker threads,
      // whose messages are only seen between macrotasks.
      if (next % YIELD_EVERY === 0 && threadsRunning()) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
