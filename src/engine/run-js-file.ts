/**
 * The per-file phase for JS/TS: parse, run every JS rule in one traversal, collect exported
 * constants. Pure: text in, serialisable facts out; a failure becomes a FileError value.
 */
import type { ParserPlugin } from '@babel/parser';
import type { Visitor } from '@babel/traverse';
import type * as t from '@babel/types';
import { createEvaluator } from '../analysis/js/evaluate.js';
import { collectExports } from '../analysis/js/exports.js';
import { moduleKeyResolver, type PathAlias } from '../analysis/js/module-keys.js';
import { indexProgram } from '../analysis/js/scope-index.js';
import type { CompiledVocabulary } from '../analysis/vocabulary.js';
import type { FileFacts, PendingReport } from './facts.js';
import { snippetAt, spanOf } from './locate.js';
import type { JsReport, JsRule } from './rule-api.js';
import { mergeVisitors, programPath, requireBabel, walkWithVisitors } from './walk-js.js';

const { parse } = requireBabel('@babel/parser') as typeof import('@babel/parser');

export interface JsFileInput {
  file: string;
  source: string;
  rules: JsRule[];
  vocabulary: CompiledVocabulary;
  /** 'exports' only collects exported constants (a file reached through an import). */
  mode: 'full' | 'exports';
  /** tsconfig/jsconfig `paths` aliases of the project. */
  aliases?: PathAlias[];
}

export function pluginsFor(file: string): ParserPlugin[] {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return ['typescript', 'decorators-legacy'];
  if (ext === '.tsx') return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx', 'decorators-legacy'];
}

function parseSource(file: string, source: string): t.File {
  const base = {
    sourceType: 'unambiguous' as const,
    errorRecovery: true,
    // Nothing reads comments from the AST (directives are read from the text): not attaching
    // them saves parse time and memory.
    attachComment: false,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
    allowSuperOutsideMethod: true,
    allowNewTargetOutsideFunction: true,
  };
  try {
    return parse(source, { ...base, plugins: pluginsFor(file) });
  } catch (first) {
    // Plain .js files sometimes carry Flow annotations; TypeScript-in-.js is rarer still.
    // Nesting too deep for the parser's stack is too deep in any dialect: no retry.
    if (!/\.(c|m)?jsx?$/i.test(file) || first instanceof RangeError) throw first;
    for (const extra of [['jsx', 'flow'], ['typescript']] as ParserPlugin[][]) {
      try {
        return parse(source, { ...base, plugins: extra });
      } catch {
        // try the next dialect
      }
    }
    throw first;
  }
}

/** Strips a byte-order mark so line 1 columns match what editors show. */
export function stripBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

export function analyseJsFile(input: JsFileInput): FileFacts {
  const { file, rules, vocabulary, mode } = input;
  const source = stripBom(input.source);
  const facts: FileFacts = { file, reports: [], exports: {}, starExports: [], errors: [] };
  let ast: t.File;
  try {
    ast = parseSource(file, source);
  } catch (error) {
    facts.errors.push({ file, phase: 'parse', message: parseErrorMessage(error) });
    return facts;
  }
  const moduleKey = moduleKeyResolver(file, input.aliases);
  try {
    const program = programPath(ast);
    // Bindings, and the depth check: a tree too deep to analyse is refused here, on every thread alike.
    indexProgram(program);
    const evaluator = createEvaluator({ source, vocabulary, moduleKey, program });
    if (mode === 'full') {
      const ruleVisitors: Visitor[] = [];
      for (const rule of rules) {
        const ruleVisitor = rule.create({
          file,
          source,
          vocabulary,
          evaluator,
          report: (r: JsReport<string>) => facts.reports.push(toPending(rule, r, source)),
        });
        ruleVisitors.push(guardVisitor(ruleVisitor, (error) => {
          facts.errors.push({ file, phase: 'rule', message: `${rule.meta.id}: ${errorText(error)}` });
        }));
      }
      // Paths are made only for the nodes rules visit; bindings come from the file's own index
      // (scope-index.ts): Babel's traversal and scope crawl would make a path for every node.
      if (ruleVisitors.length > 0) walkWithVisitors(program, mergeVisitors(ruleVisitors));
    }
    const exported = collectExports(program, evaluator, moduleKey);
    facts.exports = exported.exports;
    facts.starExports = exported.starExports;
  } catch (error) {
    facts.errors.push({ file, phase: error instanceof RangeError ? 'parse' : 'rule', message: errorText(error) });
  }
  return facts;
}

function toPending(rule: JsRule, r: JsReport<string>, source: string): PendingReport {
  const span = spanOf(r.node);
  const matched = source.slice(r.node.start ?? 0, r.node.end ?? 0).replace(/\s+/g, ' ').slice(0, 300);
  const snippet = snippetAt(source, span);
  return {
    ruleId: rule.meta.id,
    severity: r.severity ?? rule.meta.defaultSeverity,
    template: rule.meta.messages[r.messageId] ?? r.messageId,
    data: r.data ?? {},
    span,
    snippet: snippet.text,
    ...(snippet.column !== undefined ? { snippetColumn: snippet.column } : {}),
    matched,
    ...(r.trigger ? { trigger: r.trigger } : {}),
    ...(r.guards && r.guards.length > 0 ? { guards: r.guards } : {}),
    ...(r.buildRelative ? { buildRelative: r.buildRelative } : {}),
  };
}

/** Wraps every visitor function so one rule's exception becomes a FileError, not a crash. */
function guardVisitor(visitor: Visitor, onError: (e: unknown) => void): Visitor {
  let failed = false;
  const wrap = (fn: (...a: unknown[]) => unknown) => (...a: unknown[]) => {
    if (failed) return undefined;
    try {
      return fn(...a);
    } catch (error) {
      failed = true;
      onError(error);
      return undefined;
    }
  };
  const out: Record<string, unknown> = {};
  for (const [key, handler] of Object.entries(visitor)) {
    if (typeof handler === 'function') out[key] = wrap(handler as (...a: unknown[]) => unknown);
    else if (handler && typeof handler === 'object') {
      const h = handler as { enter?: (...a: unknown[]) => unknown; exit?: (...a: unknown[]) => unknown };
      out[key] = { ...(h.enter ? { enter: wrap(h.enter) } : {}), ...(h.exit ? { exit: wrap(h.exit) } : {}) };
    }
  }
  return out as Visitor;
}

function parseErrorMessage(error: unknown): string {
  const e = error as { message?: string; loc?: { line: number; column: number } };
  if (error instanceof RangeError) return `too deeply nested to parse (${e.message})`;
  return e.message ?? String(error);
}

function errorText(error: unknown): string {
  if (error instanceof RangeError) return `too deeply nested to analyse (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
