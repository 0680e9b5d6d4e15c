/**
 * The bindings of a JS/TS file, found in one plain walk of the AST instead of Babel's scope crawl
 * (which built a NodePath for every node, twice, and cost more than half of the analysis). It
 * answers what the analysis asks of a binding: its kind, whether it is ever reassigned, the path
 * that declares it, its identifier and, on demand, its references.
 *
 * It follows Babel's rules (var to the enclosing function, let/const/class/function declarations
 * to the enclosing block, params and a function expression's own name to the function, catch
 * params to the clause, a redeclaration or an assignment makes a binding non-constant) so the
 * analysis reads the same facts. Type-level names (TS types, interfaces, annotations) hold no
 * value at run time and are left out.
 *
 * The index lives on the AST it describes (a symbol-keyed property of each scope node), built the
 * first time a binding is looked up: no state outside the file's own tree.
 */
import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { createRequire } from 'node:module';

/**
 * @babel/types is loaded when a file is first indexed, not with the rule catalogue: a cached scan
 * that analyses nothing never pays for Babel. (Node caches the module; this is a lookup.)
 */
const requireBabel = createRequire(import.meta.url);
const babelTypes = (): typeof import('@babel/types') => requireBabel('@babel/types') as typeof import('@babel/types');

/** Babel's NodePath.get, typed loosely: its typings reject a list container. */
type GetPath = (opts: { parentPath: NodePath; parent: t.Node; container: unknown; listKey?: string; key: string | number }) => NodePath;
/** NodePath.get of the class `path` is an instance of (the one Babel's own paths come from). */
const getPath = (path: NodePath, opts: Parameters<GetPath>[0]): NodePath => (path.constructor as unknown as { get: GetPath }).get(opts);

export type BindingKind = 'var' | 'let' | 'const' | 'module' | 'hoisted' | 'param' | 'local' | 'unknown';

interface BindingRecord {
  name: string;
  kind: BindingKind;
  identifier: t.Identifier;
  /** The node Babel calls the binding's path: declarator, specifier, function, class, param, catch clause. */
  declaration: t.Node;
  constant: boolean;
  scope: ScopeRecord;
}

interface ScopeRecord {
  node: t.Node;
  parent: ScopeRecord | undefined;
  /** Program or function: where `var` goes. */
  functionLike: boolean;
  /** A class body: holds only a class expression's own name; declarations go to the block around it. */
  classLike: boolean;
  bindings: Map<string, BindingRecord> | undefined;
  file: FileIndex;
  /** A function's scope seen from its parameters (shares `bindings`; see paramView). */
  paramsOnly?: boolean;
  paramView?: ScopeRecord | undefined;
}

interface FileIndex {
  program: NodePath<t.Program>;
  /** Babel's child keys per node type, in traversal order. */
  visitorKeys: Record<string, string[]>;
  isReferenced: typeof import('@babel/types').isReferenced;
  pathCache: Map<t.Node, NodePath | undefined>;
  /** References of every binding, found in one walk the first time any are asked for. */
  references: Map<BindingRecord, ReferenceSite[]> | undefined;
}

const SCOPE = Symbol('timebomb.scope');
type Indexed = t.Node & { [SCOPE]?: ScopeRecord };

/** A reference to a binding, with the two nodes above it (enough to see `x.setFullYear(...)`). */
export interface ReferenceSite {
  node: t.Node;
  parent: t.Node | undefined;
  grandparent: t.Node | undefined;
}

/** A binding as the analysis sees it (the subset of Babel's Binding it reads). */
export class ScopeBinding {
  private declarationPath: NodePath | undefined;
  constructor(private readonly record: BindingRecord) {}
  get kind(): BindingKind { return this.record.kind; }
  get constant(): boolean { return this.record.constant; }
  get identifier(): t.Identifier { return this.record.identifier; }
  /** The declaring path (a VariableDeclarator, an import specifier, a FunctionDeclaration...). */
  get path(): NodePath {
    this.declarationPath ??= pathTo(this.record.scope.file, this.record.declaration);
    return this.declarationPath!;
  }
  /** Every reference, in source order, as nodes. */
  referenceSites(): ReferenceSite[] {
    return referencesOf(this.record);
  }
  /** The first `limit` references, in source order, as paths. */
  references(limit: number): NodePath[] {
    const out: NodePath[] = [];
    for (const site of referencesOf(this.record).slice(0, limit)) {
      const p = pathTo(this.record.scope.file, site.node);
      if (p) out.push(p);
    }
    return out;
  }
}

/** The binding `name` refers to at `path`, or undefined for a global. */
export function bindingOf(path: NodePath, name: string): ScopeBinding | undefined {
  const scope = scopeAt(path);
  const record = scope && lookup(scope, name);
  return record ? new ScopeBinding(record) : undefined;
}

/** The innermost scope `path` sits in (building the file's index on first use). */
function scopeAt(path: NodePath): ScopeRecord | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    let p: NodePath | null = path;
    let skipNext = false;
    let fromParams = false;
    let root: NodePath | undefined;
    while (p) {
      const own = (p.node as Indexed | null)?.[SCOPE];
      if (own && !skipNext) return fromParams ? paramView(own) : own;
      // A method's computed key and decorators, and a switch's discriminant, belong to the scope around it.
      skipNext = p.parentPath !== null && outerEdge(p.parentPath.node, p.key, p.listKey);
      fromParams = p.listKey === 'params';
      root = p;
      p = p.parentPath;
    }
    if (attempt > 0 || !root?.isProgram()) return undefined;
    indexProgram(root);
  }
  return undefined;
}

function outerEdge(parent: t.Node, key: string | number | null, listKey: string | null | undefined): boolean {
  if (parent.type === 'SwitchStatement') return key === 'discriminant';
  if (parent.type === 'ClassMethod' || parent.type === 'ClassPrivateMethod' || parent.type === 'ObjectMethod') {
    return key === 'key' || listKey === 'decorators';
  }
  return false;
}

function lookup(scope: ScopeRecord | undefined, name: string): BindingRecord | undefined {
  for (let s = scope; s; s = s.parent) {
    const b = s.bindings?.get(name);
    // From a parameter (`limit = END`), the function's own declarations are not yet in scope.
    if (b && !(s.paramsOnly && b.kind !== 'param' && b.kind !== 'local')) return b;
  }
  return undefined;
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
/** Where Babel stops looking for an enclosing loop. */
const FUNCTION_PARENTS = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod',
  'StaticBlock', 'TSModuleBlock', 'Program',
]);

/** The scope a child of `node` under `key` sits in: `scope` (node's own, if any) or an outer one. */
function childScopeOf(node: t.Node, key: string, outer: ScopeRecord, scope: ScopeRecord): ScopeRecord {
  if (outerEdge(node, key, key)) return outer;
  if (key === 'params' && scope.node === node) return paramView(scope);
  return scope;
}

/** The function scope as its parameters see it: its params and own name, not its body's declarations. */
function paramView(fn: ScopeRecord): ScopeRecord {
  fn.paramView ??= { ...fn, paramsOnly: true, paramView: undefined };
  return fn.paramView;
}

// ---------------------------------------------------------------------------------------------
// The walk

/** Keys whose subtrees are types only. */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'superTypeParameters', 'typeArguments', 'implements', 'predicate']);
/** Declarations of types only: no value, no binding the analysis could read. */
const TYPE_ONLY = new Set([
  'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TypeAlias', 'OpaqueType', 'InterfaceDeclaration',
  'DeclareTypeAlias', 'DeclareOpaqueType', 'DeclareInterface', 'TSTypeAnnotation', 'TypeAnnotation',
]);

/**
 * Babel counts a `var` with an initialiser or a function declared in a loop body, and the
 * variable of a for-in/of, as reassigned on every turn: not constant.
 */
const enum LoopPlace { None = 0, Body = 1, ForXLeft = 2 }

/** A reassignment seen during the walk; resolved once every declaration is known (hoisting). */
interface Violation {
  name: string;
  scope: ScopeRecord;
}

/**
 * Deeper trees are refused, the same way on every thread: the analysis recurses into expressions
 * (and Babel's sub-traversals into statements), and a stack overflow would depend on the thread's
 * stack size and on what the JIT has compiled. Real code, bundles included, stays far below.
 */
export const MAX_AST_DEPTH = 1500;

/** Builds the binding index of a program; throws a RangeError for a tree deeper than MAX_AST_DEPTH. */
export function indexProgram(program: NodePath<t.Program>): void {
  if ((program.node as Indexed)[SCOPE]) return;
  const { VISITOR_KEYS, isReferenced } = babelTypes();
  const file: FileIndex = { program, visitorKeys: VISITOR_KEYS, isReferenced, pathCache: new Map(), references: undefined };
  const root = newScope(program.node, undefined, file, true, false);
  const violations: Violation[] = [];
  // The stack of nodes to visit, as parallel arrays (one entry per node of the tree would otherwise
  // be an object and a closure: a fifth of all that the analysis of a file allocated).
  const stack = new WalkStack<LoopPlace>();
  stack.push(program.node, root, 0, LoopPlace.None);
  const children = new ChildList();
  while (stack.size > 0) {
    stack.pop();
    const { node, scope: outer, depth, extra: loop } = stack;
    if (depth > MAX_AST_DEPTH) {
      delete (program.node as Indexed)[SCOPE];
      throw new RangeError(`syntax tree deeper than ${MAX_AST_DEPTH} levels`);
    }
    // The scope this node's children sit in (its own, when it makes one).
    const scope = (node as Indexed)[SCOPE] ?? scopeFor(node, outer, file);
    declare(node, outer, scope, violations, loop);
    const functionParent = FUNCTION_PARENTS.has(node.type);
    const count = children.fill(VISITOR_KEYS, node);
    for (let i = 0; i < count; i++) {
      const key = children.keys[i]!;
      const childLoop = functionParent ? LoopPlace.None
        : key === 'left' && (node.type === 'ForInStatement' || node.type === 'ForOfStatement') ? LoopPlace.ForXLeft
          : key === 'body' && LOOPS.has(node.type) ? LoopPlace.Body : loop;
      stack.push(children.nodes[i]!, childScopeOf(node, key, outer, scope), depth + 1, childLoop);
    }
  }
  for (const v of violations) {
    const b = lookup(v.scope, v.name);
    if (b) b.constant = false;
  }
}

function newScope(node: t.Node, parent: ScopeRecord | undefined, file: FileIndex, functionLike: boolean, classLike: boolean): ScopeRecord {
  const scope: ScopeRecord = { node, parent, functionLike, classLike, bindings: undefined, file };
  Object.defineProperty(node, SCOPE, { value: scope, enumerable: false, configurable: true, writable: true });
  return scope;
}

function isFunctionNode(node: t.Node): boolean {
  switch (node.type) {
    case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
    case 'ObjectMethod': case 'ClassMethod': case 'ClassPrivateMethod':
      return true;
    default:
      return false;
  }
}

/** The scope `node` opens, or `outer` when it opens none. */
function scopeFor(node: t.Node, outer: ScopeRecord, file: FileIndex): ScopeRecord {
  if (isFunctionNode(node)) return newScope(node, outer, file, true, false);
  switch (node.type) {
    case 'BlockStatement': {
      // A function's or a catch clause's body shares the scope of the function or clause.
      const owner = outer.node;
      if ((isFunctionNode(owner) && (owner as t.Function).body === node) || (owner.type === 'CatchClause' && owner.body === node)) return outer;
      return newScope(node, outer, file, false, false);
    }
    case 'ForStatement': case 'ForInStatement': case 'ForOfStatement': case 'SwitchStatement':
    case 'CatchClause': case 'StaticBlock': case 'TSModuleBlock':
      return newScope(node, outer, file, false, false);
    case 'ClassDeclaration': case 'ClassExpression':
      return newScope(node, outer, file, false, true);
    default:
      return outer;
  }
}

function functionScope(scope: ScopeRecord): ScopeRecord {
  let s = scope;
  while (!s.functionLike && s.parent) s = s.parent;
  return s;
}

function blockScope(scope: ScopeRecord): ScopeRecord {
  let s = scope;
  while (s.classLike && s.parent) s = s.parent;
  return s;
}

function register(scope: ScopeRecord, kind: BindingKind, identifier: t.Identifier, declaration: t.Node, reassignedEachTurn = false): void {
  scope.bindings ??= new Map();
  const existing = scope.bindings.get(identifier.name);
  if (existing) {
    // Declared again (`var x` twice): Babel counts it as a reassignment.
    if (existing.identifier !== identifier) existing.constant = false;
    return;
  }
  scope.bindings.set(identifier.name, { name: identifier.name, kind, identifier, declaration, constant: !reassignedEachTurn, scope });
}

/** Registers what `node` declares and the reassignments it makes. */
function declare(node: t.Node, outer: ScopeRecord, own: ScopeRecord, violations: Violation[], loop: LoopPlace): void {
  switch (node.type) {
    case 'VariableDeclaration': {
      const kind: BindingKind = node.kind === 'var' ? 'var' : node.kind === 'let' ? 'let' : 'const';
      const target = kind === 'var' ? functionScope(outer) : blockScope(outer);
      for (const d of node.declarations) {
        const turns = kind === 'var' && (loop === LoopPlace.ForXLeft || (loop === LoopPlace.Body && !!d.init));
        // Most declare one name: no list for it.
        if (d.id.type === 'Identifier') register(target, kind, d.id, d, turns);
        else for (const id of patternIdentifiers(d.id)) register(target, kind, id, d, turns);
      }
      return;
    }
    case 'FunctionDeclaration':
      if (node.id) register(blockScope(outer), 'hoisted', node.id, node, loop !== LoopPlace.None);
      declareParams(node, own);
      return;
    case 'FunctionExpression':
      declareParams(node, own);
      if (node.id) register(own, 'local', node.id, node);
      return;
    case 'ArrowFunctionExpression': case 'ObjectMethod': case 'ClassMethod': case 'ClassPrivateMethod':
      declareParams(node, own);
      return;
    case 'ClassDeclaration':
      if (node.id && !node.declare) register(blockScope(outer), 'let', node.id, node);
      return;
    case 'ClassExpression':
      if (node.id) register(own, 'local', node.id, node);
      return;
    case 'CatchClause':
      if (node.param) for (const id of patternIdentifiers(node.param)) register(own, 'let', id, node);
      return;
    case 'ImportDeclaration': {
      const typeOnly = node.importKind === 'type' || node.importKind === 'typeof';
      for (const spec of node.specifiers) {
        const typeSpec = typeOnly || (spec.type === 'ImportSpecifier' && (spec.importKind === 'type' || spec.importKind === 'typeof'));
        register(blockScope(outer), typeSpec ? 'unknown' : 'module', spec.local, spec);
      }
      return;
    }
    case 'TSImportEqualsDeclaration':
      register(blockScope(outer), 'unknown', node.id, node);
      return;
    // An enum and an overload signature (`function f(): T;`) bind nothing in Babel's scope:
    // the evaluator reads enums by name, and the implementation is the function.
    case 'AssignmentExpression':
      for (const id of patternIdentifiers(node.left)) violations.push({ name: id.name, scope: outer });
      return;
    case 'UpdateExpression':
      if (node.argument.type === 'Identifier') violations.push({ name: node.argument.name, scope: outer });
      return;
    case 'UnaryExpression':
      if (node.operator === 'delete' && node.argument.type === 'Identifier') violations.push({ name: node.argument.name, scope: outer });
      return;
    case 'ForInStatement': case 'ForOfStatement':
      if (node.left.type !== 'VariableDeclaration') for (const id of patternIdentifiers(node.left)) violations.push({ name: id.name, scope: own });
      return;
    default:
      return;
  }
}

function declareParams(fn: t.Function, own: ScopeRecord): void {
  for (const param of fn.params) {
    const target = param.type === 'TSParameterProperty' ? param.parameter : param;
    for (const id of patternIdentifiers(target)) register(own, 'param', id, param);
  }
}

/** The identifiers a declaration or assignment target binds: `a`, `{ b, c: [d] }`, `e = 1`, `...f`. */
function patternIdentifiers(node: t.Node | null | undefined, out: t.Identifier[] = []): t.Identifier[] {
  if (!node) return out;
  switch (node.type) {
    case 'Identifier': out.push(node); break;
    case 'ObjectPattern':
      for (const p of node.properties) patternIdentifiers(p.type === 'RestElement' ? p.argument : p.value as t.Node, out);
      break;
    case 'ArrayPattern': for (const e of node.elements) patternIdentifiers(e, out); break;
    case 'AssignmentPattern': patternIdentifiers(node.left, out); break;
    case 'RestElement': patternIdentifiers(node.argument, out); break;
    case 'TSParameterProperty': patternIdentifiers(node.parameter, out); break;
    case 'TSAsExpression': case 'TSSatisfiesExpression': case 'TSNonNullExpression': case 'TSTypeAssertion':
    case 'ParenthesizedExpression': case 'TypeCastExpression':
      patternIdentifiers(node.expression, out);
      break;
    default: break;
  }
  return out;
}

/**
 * A depth-first stack of (node, scope, depth, extra) entries kept in parallel arrays: the walks
 * push and pop one entry per node of the tree, and an object per entry was most of what they
 * allocated. `pop` moves the top entry into the fields `node`, `scope`, `depth` and `extra`.
 */
class WalkStack<Extra> {
  private readonly nodes: t.Node[] = [];
  private readonly scopes: ScopeRecord[] = [];
  private readonly depths: number[] = [];
  private readonly extras: Extra[] = [];
  size = 0;
  node!: t.Node;
  scope!: ScopeRecord;
  depth = 0;
  extra!: Extra;

  push(node: t.Node, scope: ScopeRecord, depth: number, extra: Extra): void {
    const at = this.size++;
    this.nodes[at] = node;
    this.scopes[at] = scope;
    this.depths[at] = depth;
    this.extras[at] = extra;
  }

  pop(): void {
    const at = --this.size;
    this.node = this.nodes[at]!;
    this.scope = this.scopes[at]!;
    this.depth = this.depths[at]!;
    this.extra = this.extras[at]!;
  }
}

/**
 * The children of a node that can hold values (not types), last first, so that a stack pops them
 * in Babel's traversal order; refilled for each node (no list per node).
 */
class ChildList {
  readonly nodes: t.Node[] = [];
  readonly keys: string[] = [];

  /** Fills the list with the children of `node`; returns how many there are. */
  fill(visitorKeys: Record<string, string[]>, node: t.Node): number {
    let count = 0;
    const keys = visitorKeys[node.type];
    if (!keys) return 0;
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (TYPE_KEYS.has(key)) continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const c = child[i] as t.Node | null;
          if (c && typeof c.type === 'string' && !TYPE_ONLY.has(c.type)) {
            this.nodes[count] = c;
            this.keys[count++] = key;
          }
        }
      } else if (child && typeof (child as t.Node).type === 'string' && !TYPE_ONLY.has((child as t.Node).type)) {
        this.nodes[count] = child as t.Node;
        this.keys[count++] = key;
      }
    }
    return count;
  }
}

// ---------------------------------------------------------------------------------------------
// References, on demand

function referencesOf(binding: BindingRecord): ReferenceSite[] {
  const file = binding.scope.file;
  file.references ??= collectReferences(file);
  return file.references.get(binding) ?? [];
}

/**
 * Every identifier that refers to a binding, in traversal order, and (like Babel) the `export` of
 * an exported declaration. One walk of the file, done once: asking per binding would walk a
 * bundle's whole program again for each of its top-level names.
 */
function collectReferences(file: FileIndex): Map<BindingRecord, ReferenceSite[]> {
  const refs = new Map<BindingRecord, ReferenceSite[]>();
  const add = (b: BindingRecord | undefined, site: ReferenceSite) => {
    if (!b) return;
    const list = refs.get(b);
    if (list) list.push(site);
    else refs.set(b, [site]);
  };
  const program = file.program.node as Indexed;
  const exports: { node: t.ExportNamedDeclaration | t.ExportDefaultDeclaration; scope: ScopeRecord }[] = [];
  // The extra of an entry is its node's parent and grandparent.
  const stack = new WalkStack<readonly [t.Node | undefined, t.Node | undefined]>();
  const top = [undefined, undefined] as const;
  stack.push(program, program[SCOPE]!, 0, top);
  const children = new ChildList();
  while (stack.size > 0) {
    stack.pop();
    const { node, scope: outer, extra: lineage } = stack;
    const parent = lineage[0];
    const grandparent = lineage[1];
    const scope = (node as Indexed)[SCOPE] ?? outer;
    if (node.type === 'Identifier') {
      if (parent && isReference(file, node, parent, grandparent)) add(lookup(outer, node.name), { node, parent, grandparent });
    } else if (node.type === 'JSXIdentifier') {
      if (parent && isJsxReference(node, parent)) add(lookup(outer, node.name), { node, parent, grandparent });
      continue;
    } else if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') && node.declaration) {
      exports.push({ node, scope: outer });
    }
    const count = children.fill(file.visitorKeys, node);
    if (count === 0) continue;
    // One pair for all the children of a node.
    const theirs = [node, parent] as const;
    for (let i = 0; i < count; i++) stack.push(children.nodes[i]!, childScopeOf(node, children.keys[i]!, outer, scope), 0, theirs);
  }
  // Babel counts `export const X = ...` (and `export default function f`) as a reference of X,
  // recorded before the identifiers that refer to X.
  const exported = new Map<BindingRecord, ReferenceSite[]>();
  for (const { node, scope } of exports) {
    const d = node.declaration!;
    const ids = d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration' ? (d.id ? [d.id] : [])
      : d.type === 'VariableDeclaration' ? d.declarations.flatMap((decl) => patternIdentifiers(decl.id)) : [];
    for (const id of ids) {
      const b = lookup(scope, id.name);
      if (b) exported.set(b, [...(exported.get(b) ?? []), { node, parent: undefined, grandparent: undefined }]);
    }
  }
  for (const [b, sites] of exported) refs.set(b, [...sites, ...(refs.get(b) ?? [])]);
  return refs;
}

function isReference(file: FileIndex, node: t.Identifier, parent: t.Node, grandparent: t.Node | undefined): boolean {
  if (parent.type === 'TSQualifiedName' && parent.right === node) return false;
  if (parent.type === 'TSImportEqualsDeclaration') return false;
  return file.isReferenced(node, parent, grandparent);
}

function isJsxReference(node: t.JSXIdentifier, parent: t.Node): boolean {
  // Lower-case tags are HTML elements, not references (Babel's isCompatTag).
  if (/^[a-z]/.test(node.name) && parent.type !== 'JSXMemberExpression') return false;
  if (parent.type === 'JSXMemberExpression') return parent.object === node;
  return parent.type === 'JSXOpeningElement' || parent.type === 'JSXClosingElement';
}

// ---------------------------------------------------------------------------------------------
// Paths for nodes

/**
 * The NodePath of `target`, found by descending from the program through the children whose
 * source range holds it (binary search in long lists). Babel caches paths by parent, so these are
 * the same objects the traversal hands to visitors.
 */
function pathTo(file: FileIndex, target: t.Node): NodePath | undefined {
  if (file.pathCache.has(target)) return file.pathCache.get(target);
  const found = descend(file.visitorKeys, file.program as NodePath, target, 0);
  file.pathCache.set(target, found);
  return found;
}

const MAX_DESCENT = 10_000;

function descend(visitorKeys: Record<string, string[]>, path: NodePath, target: t.Node, depth: number): NodePath | undefined {
  if (path.node === target) return path;
  if (depth > MAX_DESCENT) return undefined;
  const node = path.node;
  const keys = visitorKeys[node.type] ?? [];
  const ts = target.start ?? -1;
  const te = target.end ?? -1;
  const holds = (c: t.Node | null | undefined): c is t.Node => !!c && (c === target || ((c.start ?? 0) <= ts && te <= (c.end ?? -1)));
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      // The first element that ends at or after the target's start; ranges of siblings do not overlap.
      let lo = 0;
      let hi = child.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const c = child[mid] as t.Node | null;
        if (c && (c.end ?? 0) < ts) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(0, lo - 1); i < child.length; i++) {
        const c = child[i] as t.Node | null;
        if (c && (c.start ?? 0) > ts) break;
        if (!holds(c)) continue;
        const childPath = getPath(path, { parentPath: path, parent: node, container: child, listKey: key, key: i }).setContext(path.context);
        const found = descend(visitorKeys, childPath, target, depth + 1);
        if (found) return found;
      }
    } else if (holds(child as t.Node)) {
      const childPath = getPath(path, { parentPath: path, parent: node, container: node, key }).setContext(path.context);
      const found = descend(visitorKeys, childPath, target, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
