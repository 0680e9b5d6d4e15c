/**
 * Test support for the JS analysis: parse a snippet with Babel, evaluate one expression in it and
 * run the guard analysis on one comparison. The expression is the one on the line marked with
 * `// <-` (the widest expression on that line), or else the last expression statement.
 */
import { parse } from '@babel/parser';
import traverseModule, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { analyseGuard, type GuardContext } from '../../src/analysis/js/context.js';
import { createEvaluator, type JsEvaluator } from '../../src/analysis/js/evaluate.js';
import { moduleKeyResolver } from '../../src/analysis/js/module-keys.js';
import { conditionTrueAfter } from '../../src/analysis/polarity.js';
import type { Condition, Value } from '../../src/analysis/value.js';
import { compileVocabulary, type CompiledVocabulary } from '../../src/analysis/vocabulary.js';
import { loadVocabulary } from '../../src/config/vocabulary.js';

type TraverseFn = typeof import('@babel/traverse').default;
// @babel/traverse is CommonJS; under ESM its function may sit on the default export's default.
const traverse: TraverseFn = ((traverseModule as unknown as { default?: TraverseFn }).default ?? traverseModule) as TraverseFn;

export const vocab: CompiledVocabulary = compileVocabulary(loadVocabulary());

/** The file every snippet pretends to be: relative imports resolve against `src/`. */
export const SNIPPET_FILE = 'src/app.tsx';
const MARK = '// <-';

export interface Snippet {
  source: string;
  program: NodePath<t.Program>;
  evaluator: JsEvaluator;
  /** Every node path in the file, in traversal order. */
  all: NodePath[];
}

export function load(source: string): Snippet {
  const ast = parse(source, {
    sourceType: 'module',
    plugins: ['typescript', 'jsx'],
    allowReturnOutsideFunction: true,
  });
  let program: NodePath<t.Program> | undefined;
  const all: NodePath[] = [];
  traverse(ast, {
    Program(p) {
      program = p;
    },
    enter(p) {
      all.push(p);
    },
  });
  if (!program) throw new Error('no program');
  const evaluator = createEvaluator({ source, vocabulary: vocab, moduleKey: moduleKeyResolver(SNIPPET_FILE), program });
  return { source, program, evaluator, all };
}

function markedLineRange(source: string): [number, number] | undefined {
  const idx = source.indexOf(MARK);
  if (idx < 0) return undefined;
  const lineStart = source.lastIndexOf('\n', idx) + 1;
  return [lineStart, idx];
}

/** The target expression: the widest on the marked line, or the last expression statement. */
export function targetOf({ source, program, all }: Snippet): NodePath {
  const range = markedLineRange(source);
  if (range) {
    let best: NodePath | undefined;
    for (const p of all) {
      const { start, end } = p.node;
      if (start == null || end == null || !p.isExpression()) continue;
      if (start < range[0] || end > range[1]) continue;
      if (!best || end - start > best.node.end! - best.node.start!) best = p;
    }
    if (!best) throw new Error('no expression on the marked line');
    return best;
  }
  const body = program.get('body');
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i]!;
    if (stmt.isExpressionStatement()) return stmt.get('expression');
  }
  throw new Error('no expression statement in the snippet');
}

/** The value of the target expression of a snippet. */
export function evaluate(source: string): Value {
  const s = load(source);
  return s.evaluator.evaluate(targetOf(s));
}

/** The condition the target expression evaluates to; fails the test when it is not one. */
export function condition(source: string): Condition {
  const v = evaluate(source);
  if (v.kind !== 'condition') throw new Error(`expected a condition, got ${JSON.stringify(v)}`);
  return v.cond;
}

/** Evaluates the target and asserts it is a fixed instant; returns its epoch ms. */
export function instantMs(source: string): number {
  const v = evaluate(source);
  if (v.kind !== 'instant') throw new Error(`expected an instant, got ${JSON.stringify(v)}`);
  return v.ms;
}

const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '===', '!=', '!==']);

/**
 * The comparison the rule would grade: the outermost relational expression or call on the marked
 * line (anywhere when no line is marked) that evaluates to a clock condition.
 */
export function conditionPath(s: Snippet): { path: NodePath; trueAfter: boolean } {
  const range = markedLineRange(s.source);
  for (const p of s.all) {
    const { start, end } = p.node;
    if (start == null || end == null) continue;
    if (range && (start < range[0] || end > range[1])) continue;
    const candidate = (p.isBinaryExpression() && RELATIONAL.has(p.node.operator)) || p.isCallExpression();
    if (!candidate) continue;
    const trueAfter = conditionTrueAfter(s.evaluator.evaluate(p));
    if (trueAfter !== undefined) return { path: p, trueAfter };
  }
  throw new Error('no clock condition found');
}

/** The guard analysis of the snippet's comparison, with the polarity the rule would use. */
export function guard(source: string): GuardContext & { trueAfter: boolean } {
  const s = load(source);
  const { path, trueAfter } = conditionPath(s);
  return { ...analyseGuard(path, trueAfter, vocab, s.evaluator.text, source), trueAfter };
}

export const kinds = (bs: { kind: string }[]): string[] => bs.map((b) => b.kind);
