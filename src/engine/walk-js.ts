/**
 * Runs rule visitors over a parsed file without Babel's traversal: a plain depth-first walk of the
 * AST in Babel's order (VISITOR_KEYS), which makes a NodePath only for the nodes a visitor asks
 * for and for their ancestors. Babel's traversal built a path (and a cache entry) for every node,
 * and the garbage it left was most of the analysis time. Rules see ordinary NodePaths: `get`,
 * `parentPath`, `traverse` (with `noScope`) and the type checks all work; bindings come from
 * scope-index.ts.
 */
import { createRequire } from 'node:module';
import type { NodePath, Visitor } from '@babel/traverse';
import type * as t from '@babel/types';

/**
 * Babel's packages are CommonJS. Required, not imported: an ES import of CommonJS makes Node scan
 * each package's source for its export names first (cjs-module-lexer, about 37 ms of a small scan).
 */
export const requireBabel = createRequire(import.meta.url);
const babelTraverse = requireBabel('@babel/traverse') as typeof import('@babel/traverse');
const { VISITOR_KEYS } = requireBabel('@babel/types') as typeof import('@babel/types');
const NodePathClass = babelTraverse.NodePath;

/** Babel's NodePath.get, typed loosely: its typings reject a list container and a null parent. */
type GetPath = (opts: { parentPath: NodePath | null; parent: t.Node; container: unknown; listKey?: string; key: string | number }) => NodePath;
const getPath: GetPath = (opts) => (NodePathClass as unknown as { get: GetPath }).get(opts);

/**
 * What a path needs of a traversal context: `noScope` stops Babel from crawling scopes when a path
 * is created or `get` is called on it.
 */
const NO_SCOPE_CONTEXT = { opts: { noScope: true }, state: undefined, queue: null, priorityQueue: null };

/** The Program path of a parsed file, made without a traversal and without Babel's scope. */
export function programPath(ast: t.File): NodePath<t.Program> {
  const path = getPath({ parentPath: null, parent: ast, container: ast, key: 'program' });
  return path.setContext(NO_SCOPE_CONTEXT as never) as NodePath<t.Program>;
}

type Handler = (path: NodePath, state: unknown) => void;
interface Handlers { enter: Handler[]; exit: Handler[] }

/**
 * Calls `visitor`'s enter and exit handlers (node types and aliases, as Babel's visitors take
 * them) for every node under `program`, the program included, in Babel's order. Handlers must not
 * replace or remove nodes, skip or stop: rules only read.
 */
/** One visitor that runs each of `visitors` in turn (Babel's `visitors.merge`). */
export function mergeVisitors(visitors: Visitor[]): Visitor {
  return babelTraverse.visitors.merge(visitors);
}

export function walkWithVisitors(program: NodePath<t.Program>, visitor: Visitor): void {
  const exploded = babelTraverse.visitors.explode({ ...visitor }) as unknown as Record<string, { enter?: Handler[]; exit?: Handler[] }> & { enter?: Handler | Handler[]; exit?: Handler | Handler[] };
  // A top-level `enter` / `exit` runs on every node, before the handlers of its type (as in Babel).
  const every = (h: Handler | Handler[] | undefined): Handler[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);
  const generic: Handlers = { enter: every(exploded.enter), exit: every(exploded.exit) };
  const handlers = new Map<string, Handlers>();
  for (const type of Object.keys(VISITOR_KEYS)) {
    const h = exploded[type];
    const enter = [...generic.enter, ...(h?.enter ?? [])];
    const exit = [...generic.exit, ...(h?.exit ?? [])];
    if (enter.length + exit.length > 0) handlers.set(type, { enter, exit });
  }
  // The current chain of ancestors, each with the path made for it (if any yet).
  const chainNodes: t.Node[] = [program.node];
  const chainPaths: (NodePath | undefined)[] = [program];
  const chainKeys: (string | number)[] = ['program'];
  const chainLists: (string | undefined)[] = [undefined];
  const pathAt = (depth: number): NodePath => {
    let from = depth;
    while (chainPaths[from] === undefined) from--;
    for (let d = from + 1; d <= depth; d++) {
      const parent = chainNodes[d - 1]!;
      const listKey = chainLists[d];
      const container = listKey === undefined ? parent : (parent as unknown as Record<string, unknown>)[listKey];
      chainPaths[d] = getPath({ parentPath: chainPaths[d - 1]!, parent, container, ...(listKey === undefined ? {} : { listKey }), key: chainKeys[d]! })
        .setContext(chainPaths[d - 1]!.context);
    }
    return chainPaths[depth]!;
  };
  // Pending nodes (depth-first, children pushed in reverse); an exit entry has `exit` set.
  const stackNodes: t.Node[] = [];
  const stackDepths: number[] = [];
  const stackKeys: (string | number)[] = [];
  const stackLists: (string | undefined)[] = [];
  const stackExit: boolean[] = [];
  const push = (node: t.Node, depth: number, key: string | number, listKey: string | undefined, exit: boolean) => {
    stackNodes.push(node);
    stackDepths.push(depth);
    stackKeys.push(key);
    stackLists.push(listKey);
    stackExit.push(exit);
  };
  const visitChildren = (node: t.Node, depth: number) => {
    const keys = VISITOR_KEYS[node.type];
    if (!keys) return;
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const c = child[i] as t.Node | null;
          if (c && typeof c.type === 'string') push(c, depth + 1, i, key, false);
        }
      } else if (child && typeof (child as t.Node).type === 'string') {
        push(child as t.Node, depth + 1, key, undefined, false);
      }
    }
  };
  const rootHandlers = handlers.get(program.node.type);
  for (const h of rootHandlers?.enter ?? []) h(program, undefined);
  if (rootHandlers?.exit.length) push(program.node, 0, 'program', undefined, true);
  visitChildren(program.node, 0);
  while (stackNodes.length > 0) {
    const node = stackNodes.pop()!;
    const depth = stackDepths.pop()!;
    const key = stackKeys.pop()!;
    const listKey = stackLists.pop();
    const exit = stackExit.pop()!;
    if (exit) {
      // Its descendants are done: the chain is back at this node.
      chainNodes.length = depth + 1;
      chainPaths.length = depth + 1;
      chainKeys.length = depth + 1;
      chainLists.length = depth + 1;
      for (const h of handlers.get(node.type)!.exit) h(pathAt(depth), undefined);
      continue;
    }
    chainNodes.length = depth;
    chainPaths.length = depth;
    chainKeys.length = depth;
    chainLists.length = depth;
    chainNodes.push(node);
    chainPaths.push(undefined);
    chainKeys.push(key);
    chainLists.push(listKey);
    const h = handlers.get(node.type);
    if (h) {
      for (const fn of h.enter) fn(pathAt(depth), undefined);
      if (h.exit.length > 0) push(node, depth, key, listKey, true);
    }
    visitChildren(node, depth);
  }
}
