/**
 * The constant values a JS/TS module exports (ES `export` and CommonJS `module.exports` /
 * `exports.x`), pruned to what can matter to a time trigger so facts stay small.
 */
import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import type { Value } from '../value.js';
import type { JsEvaluator } from './evaluate.js';
import type { ModuleKeyResolver } from './names.js';

export interface ModuleExports {
  exports: Record<string, Value>;
  starExports: string[];
}

const MAX_EXPORTS = 500;

export function collectExports(program: NodePath<t.Program>, evaluator: JsEvaluator, moduleKey: ModuleKeyResolver): ModuleExports {
  const exports: Record<string, Value> = {};
  const starExports: string[] = [];
  let count = 0;
  const put = (name: string, value: Value) => {
    if (++count > MAX_EXPORTS) return;
    const pruned = prune(value, 0);
    if (pruned) exports[name] = pruned;
  };
  for (const stmt of program.get('body')) {
    if (stmt.isExportNamedDeclaration()) {
      const source = stmt.node.source?.value;
      const decl = stmt.get('declaration');
      if (decl.node) {
        if (decl.isVariableDeclaration()) {
          for (const d of decl.get('declarations')) {
            for (const [name, idPath] of Object.entries(d.getBindingIdentifierPaths())) put(name, evaluator.evaluate(idPath));
          }
        } else if (decl.isTSEnumDeclaration() || decl.isClassDeclaration() || decl.isFunctionDeclaration()) {
          const id = decl.get('id') as NodePath;
          if (id.node) put((id.node as t.Identifier).name, evaluator.evaluate(id));
        }
      }
      for (const spec of stmt.get('specifiers')) {
        if (spec.isExportSpecifier()) {
          const exported = spec.node.exported;
          const name = exported.type === 'Identifier' ? exported.name : exported.value;
          if (source !== undefined) {
            const key = moduleKey(source);
            if (key !== undefined) put(name, { kind: 'import', from: key, name: spec.node.local.name });
          } else {
            put(name, evaluator.evaluate(spec.get('local') as NodePath));
          }
        } else if (spec.isExportNamespaceSpecifier() && source !== undefined && moduleKey(source) !== undefined) {
          put(spec.node.exported.name, { kind: 'import', from: moduleKey(source)!, name: '*' });
        }
      }
    } else if (stmt.isExportDefaultDeclaration()) {
      const decl = stmt.get('declaration') as NodePath;
      put('default', decl.isExpression() ? evaluator.evaluate(decl) : decl.node && 'id' in decl.node && decl.node.id ? evaluator.evaluate(decl.get('id') as NodePath) : { kind: 'unknown' });
    } else if (stmt.isExportAllDeclaration()) {
      const source = stmt.node.source.value;
      const key = moduleKey(source);
      if (key !== undefined) starExports.push(key);
    } else if (stmt.isExpressionStatement()) {
      collectCommonJs(stmt.get('expression'), evaluator, put);
    }
  }
  return { exports, starExports };
}

/** `module.exports = {...}`, `module.exports.X = ...`, `exports.X = ...`. */
function collectCommonJs(expr: NodePath, evaluator: JsEvaluator, put: (name: string, v: Value) => void): void {
  if (!expr.isAssignmentExpression() || expr.node.operator !== '=') return;
  const left = expr.node.left;
  let right = expr.get('right') as NodePath;
  // `exports = module.exports = {...}`: the inner assignment is the one that matters.
  if (right.isAssignmentExpression() && right.node.operator === '=') {
    collectCommonJs(right, evaluator, put);
    right = right.get('right') as NodePath;
  }
  const path = memberPath(left);
  if (!path) return;
  if (path.length === 2 && path[0] === 'module' && path[1] === 'exports') {
    const value = evaluator.evaluate(right);
    put('default', value);
    if (value.kind === 'object') for (const [k, v] of Object.entries(value.props)) put(k, v);
    return;
  }
  const name = path[0] === 'exports' && path.length === 2 ? path[1]
    : path[0] === 'module' && path[1] === 'exports' && path.length === 3 ? path[2] : undefined;
  if (name) put(name, evaluator.evaluate(right));
}

function memberPath(n: t.Node): string[] | undefined {
  if (n.type === 'Identifier') return [n.name];
  if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
    const inner = memberPath(n.object);
    return inner ? [...inner, n.property.name] : undefined;
  }
  return undefined;
}

/** Keeps values that can feed a trigger; drops long strings, functions and deep structures. */
function prune(v: Value, depth: number): Value | undefined {
  switch (v.kind) {
    case 'unknown': case 'nullish': return undefined;
    case 'string': return v.value.length <= 80 ? v : undefined;
    case 'object': {
      if (depth >= 4) return undefined;
      if (v.spreads?.length) return v;
      const props: Record<string, Value> = {};
      let kept = 0;
      for (const [k, p] of Object.entries(v.props)) {
        const q = prune(p, depth + 1);
        if (q && kept++ < 100) props[k] = q;
      }
      return kept > 0 ? { kind: 'object', props } : undefined;
    }
    case 'deferred': return JSON.stringify(v).length < 4000 ? v : undefined;
    default: return v;
  }
}
