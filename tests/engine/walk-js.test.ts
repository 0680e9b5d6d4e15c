/**
 * walkWithVisitors (src/engine/walk-js.ts) against @babel/traverse: the same visitor, run by each
 * over its own parse of the same file, must see the same nodes in the same order (enter and exit,
 * node types and aliases), through paths that sit at the same place in the tree and behave like
 * Babel's (`get`, `parentPath`, `key`, `listKey`, `container`, a `noScope` sub-traversal).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import traverseModule, { type NodePath, type Visitor } from '@babel/traverse';
import type * as t from '@babel/types';
import { describe, expect, it } from 'vitest';
import { pluginsFor } from '../../src/engine/run-js-file.js';
import { programPath, walkWithVisitors } from '../../src/engine/walk-js.js';
import { REPO } from '../helpers/fixtures.js';

type TraverseFn = typeof import('@babel/traverse').default;
const traverse: TraverseFn = ((traverseModule as unknown as { default?: TraverseFn }).default ?? traverseModule) as TraverseFn;

function parseFile(file: string, source: string): t.File {
  return parse(source, { sourceType: 'unambiguous', plugins: pluginsFor(file), errorRecovery: true, allowReturnOutsideFunction: true });
}

/** Where a path sits: the keys from the Program down (`program.body[3].expression.callee`). */
function addressOf(path: NodePath): string {
  const parts: string[] = [];
  for (let p: NodePath | null = path; p; p = p.parentPath) parts.push(p.listKey ? `${p.listKey}[${String(p.key)}]` : String(p.key));
  return parts.reverse().join('.');
}

/** What the visitor records of each path it is handed. */
interface Trace {
  events: string[];
  /** Paths whose parent, key, listKey or container do not describe where their node is. */
  misplaced: string[];
  /** Results of `get` in handlers. */
  gets: string[];
  /** What sub-traversals inside Function handlers saw. */
  sub: string[];
}

/** A visitor over node types and aliases (Function, Expression, Statement), enter and exit. */
function recordingVisitor(trace: Trace, subTraversal: Visitor<Trace>): Visitor {
  const record = (label: string) => (p: NodePath) => {
    trace.events.push(`${label} ${p.node.type} ${addressOf(p)} ${p.node.start}-${p.node.end}`);
    const parent = p.parentPath?.node ?? undefined;
    const placed = p.listKey
      ? p.parent === parent && (p.container as unknown) === (parent as unknown as Record<string, unknown>)[p.listKey] && (p.container as unknown as t.Node[])[p.key as number] === p.node
      : p.node.type === 'Program' ? p.key === 'program' : p.parent === parent && (parent as unknown as Record<string, unknown>)[p.key as string] === p.node && p.container === parent;
    if (!placed) trace.misplaced.push(`${label} ${addressOf(p)}`);
  };
  return {
    Program: { enter: record('enter Program'), exit: record('exit Program') },
    Function: {
      enter(p: NodePath) {
        record('enter Function')(p);
        const fn = p as NodePath<t.Function>;
        const body = fn.get('body') as NodePath;
        const params = fn.get('params');
        trace.gets.push(`body ${body.node === fn.node.body} ${body.parentPath === p} ${body.key}`);
        trace.gets.push(`params ${params.length === fn.node.params.length && params.every((q, i) => q.node === fn.node.params[i] && q.listKey === 'params' && q.key === i)}`);
        if (fn.node.params.length > 0) trace.gets.push(`params.0 ${(p.get('params.0') as NodePath).node === fn.node.params[0]}`);
        // A sub-traversal, as rules make them on paths without a scope.
        const before = trace.sub.length;
        p.traverse(subTraversal, trace);
        trace.sub.splice(before, 0, `from ${addressOf(p)}`);
      },
      exit: record('exit Function'),
    },
    Expression: record('enter Expression'),
    Statement: { exit: record('exit Statement') },
    Identifier: { exit: record('exit Identifier') },
    'IfStatement|ConditionalExpression': record('enter Conditional'),
    CallExpression(p: NodePath<t.CallExpression>) {
      record('enter Call')(p);
      const callee = p.get('callee');
      const args = p.get('arguments');
      trace.gets.push(`callee ${callee.node === p.node.callee} ${callee.parentPath === p} ${callee.key}`);
      trace.gets.push(`arguments ${args.length === p.node.arguments.length && args.every((a, i) => a.node === p.node.arguments[i] && a.parentPath === p)}`);
      if (callee.isMemberExpression()) trace.gets.push(`callee.object ${(p.get('callee.object') as NodePath).node === callee.node.object}`);
    },
    JSXOpeningElement: { exit: record('exit JSXOpeningElement') },
  } as Visitor;
}

/** The sub-traversal: identifiers, returns on exit, and a generic `enter` that stops at the first `Date`. */
function subVisitor(noScope: boolean): Visitor<Trace> {
  return {
    ...(noScope ? { noScope: true } : {}),
    Identifier(q, trace) {
      trace.sub.push(`Identifier ${q.node.name} ${addressOf(q)}`);
    },
    ReturnStatement: {
      exit(q, trace) {
        trace.sub.push(`exit Return ${addressOf(q)}`);
      },
    },
  } as Visitor<Trace>;
}

const emptyTrace = (): Trace => ({ events: [], misplaced: [], gets: [], sub: [] });

function runBabel(file: string, source: string): Trace {
  const trace = emptyTrace();
  traverse(parseFile(file, source), recordingVisitor(trace, subVisitor(false)));
  return trace;
}

function runWalk(file: string, source: string): Trace {
  const trace = emptyTrace();
  walkWithVisitors(programPath(parseFile(file, source)), recordingVisitor(trace, subVisitor(true)));
  return trace;
}

const INLINE = `
import React, { useEffect } from 'react';
import { EXPIRY } from './constants';

type Props = { now?: number };

function Inject(token: string) { return (target: unknown) => target; }

export class LicenceService {
  private readonly grace = 7 * 24 * 3600 * 1000;
  @Inject('clock') expired(now = Date.now()): boolean {
    return now > EXPIRY + this.grace ? true : false;
  }
  static async load(): Promise<LicenceService> { return new LicenceService(); }
}

export const Banner = ({ now = Date.now() }: Props) => {
  useEffect(() => { const id = setInterval(() => console.log(now), 1000); return () => clearInterval(id); }, [now]);
  if (new LicenceService().expired(now)) return <p className="warn">Expired on {new Date(EXPIRY).toISOString()}</p>;
  return <><span>{now > EXPIRY ? 'late' : 'ok'}</span>{[1, 2].map((n) => <i key={n}>{n}</i>)}</>;
};

export default function* ticks(limit = 3) { for (let i = 0; i < limit; i++) yield i; }
`;

const FIXTURE_FILES = [
  'test-fixtures/demo/src/vm/power.js',
  'test-fixtures/adv2-admin-ng-vue/src/app/features.ts',
  'test-fixtures/react-dashboard/src/App.tsx',
  'test-fixtures/benign-date-utils/src/calendar.js',
];

const INPUTS: { file: string; source: string }[] = [
  { file: 'src/banner.tsx', source: INLINE },
  ...FIXTURE_FILES.map((file) => ({ file, source: readFileSync(join(REPO, file), 'utf8') })),
];

describe('walkWithVisitors matches @babel/traverse', () => {
  for (const { file, source } of INPUTS) {
    it(`visits ${file} in Babel's order, with paths where Babel puts them`, () => {
      const babel = runBabel(file, source);
      const ours = runWalk(file, source);
      // The input exercises every handler kind.
      for (const label of ['enter Program', 'exit Program', 'enter Function', 'exit Function', 'enter Expression', 'exit Statement', 'exit Identifier', 'enter Call']) {
        expect(babel.events.some((e) => e.startsWith(`${label} `)), `${file}: ${label}`).toBe(true);
      }
      expect(ours.events).toEqual(babel.events);
      expect(babel.misplaced).toEqual([]);
      expect(ours.misplaced).toEqual([]);
      expect(ours.gets).toEqual(babel.gets);
      expect(ours.gets.every((g) => !g.includes('false'))).toBe(true);
      expect(ours.sub).toEqual(babel.sub);
      expect(ours.sub.some((s) => s.startsWith('Identifier '))).toBe(true);
    });
  }

  it('hands out the nodes of the tree it walks, each path once per node', () => {
    const ast = parseFile('src/banner.tsx', INLINE);
    const seen = new Map<t.Node, NodePath>();
    let revisits = 0;
    walkWithVisitors(programPath(ast), {
      Expression(p: NodePath) {
        if (seen.has(p.node)) revisits++;
        seen.set(p.node, p);
      },
      Identifier: {
        exit(p: NodePath) {
          // An identifier that is an expression was entered as one: the exit gets the same path object.
          const entered = seen.get(p.node);
          if (entered) expect(p).toBe(entered);
        },
      },
    } as Visitor);
    expect(revisits).toBe(0);
    expect(seen.size).toBeGreaterThan(50);
    // Every path handed out reaches the program through its parents, ending at the File's `program` key.
    for (const p of seen.values()) {
      let top: NodePath = p;
      while (top.parentPath) top = top.parentPath;
      expect(top.node).toBe(ast.program);
      expect(top.key).toBe('program');
    }
  });

  it('lets a handler run a noScope sub-traversal with a generic enter that stops', () => {
    const source = 'function f() { const a = 1; if (Date.now() > a) { return b(c); } return d; }\n';
    const entered: string[] = [];
    walkWithVisitors(programPath(parseFile('src/f.js', source)), {
      IfStatement(p: NodePath<t.IfStatement>) {
        p.get('test').traverse({
          noScope: true,
          enter(inner) {
            entered.push(inner.node.type);
            if (inner.isMemberExpression()) inner.stop();
          },
        });
      },
    } as Visitor);
    // Into `Date.now() > a`: the call, its member callee, and no further.
    expect(entered).toEqual(['CallExpression', 'MemberExpression']);
  });
});
