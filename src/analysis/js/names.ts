/**
 * Names of things in JS/TS source: which library API a callee is (through import aliases and
 * namespaces), and where an import comes from.
 */
import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import type { CompiledVocabulary } from '../vocabulary.js';
import { bindingOf } from './scope-index.js';

/**
 * Turns an import specifier into a module key (a repo-relative POSIX path) when it names a file
 * of the project: relative, or through a tsconfig `paths` alias; undefined for packages.
 */
export type ModuleKeyResolver = (specifier: string) => string | undefined;

export function isRelativeSpecifier(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..';
}

/** The module specifier of an import binding (import declaration or `require()` declarator). */
export function importSourceOf(bindingPath: NodePath): string | undefined {
  const parent = bindingPath.parentPath;
  if (parent?.isImportDeclaration()) return parent.node.source.value;
  return undefined;
}

function requireSource(init: t.Node | null | undefined): string | undefined {
  if (init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require') {
    const arg = init.arguments[0];
    if (arg?.type === 'StringLiteral') return arg.value;
  }
  return undefined;
}

function isDatePackage(source: string, vocab: CompiledVocabulary): boolean {
  const api = vocab.dateApis;
  return Object.prototype.hasOwnProperty.call(api.packages, source) || api.packagePrefixes.some((p) => source.startsWith(p));
}

/**
 * The canonical dotted name of a callee (`Date.now`, `moment.utc`, `DateTime.fromISO`,
 * `isAfter`) when its root is a global or an import from a known date package; undefined when
 * the root is a local binding (a user's own `isAfter` is not date-fns's).
 */
export function canonicalCallee(callee: NodePath, vocab: CompiledVocabulary): string | undefined {
  const chain: string[] = [];
  let node: t.Node = callee.node;
  while (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    if (node.computed || node.property.type !== 'Identifier') return undefined;
    chain.unshift(node.property.name);
    node = node.object;
  }
  if (node.type !== 'Identifier') return undefined;
  const root = node.name;
  const binding = bindingOf(callee, root);
  if (!binding) return [root, ...chain].join('.');
  const bpath = binding.path;
  let source: string | undefined;
  let rootName: string | undefined;
  if (binding.kind === 'module') {
    source = importSourceOf(bpath);
    if (!source || !isDatePackage(source, vocab)) return undefined;
    if (bpath.isImportDefaultSpecifier()) rootName = vocab.dateApis.packages[source] ?? root;
    else if (bpath.isImportNamespaceSpecifier()) rootName = '';
    else if (bpath.isImportSpecifier()) {
      const imported = bpath.node.imported;
      rootName = imported.type === 'Identifier' ? imported.name : imported.value;
    }
  } else if (bpath.isVariableDeclarator()) {
    source = requireSource(bpath.node.init);
    if (!source || !isDatePackage(source, vocab)) return undefined;
    const id = bpath.node.id;
    if (id.type === 'Identifier') rootName = vocab.dateApis.packages[source] ?? '';
    else if (id.type === 'ObjectPattern') {
      for (const p of id.properties) {
        if (p.type === 'ObjectProperty' && p.value.type === 'Identifier' && p.value.name === root && p.key.type === 'Identifier') rootName = p.key.name;
      }
    }
  }
  if (rootName === undefined) return undefined;
  return [rootName, ...chain].filter((s) => s !== '').join('.');
}

/** `process.env.CHANNEL`, `import.meta.env.VITE_BETA`, `__BETA__`, `config.flags.beta` (no computed parts). */
export function chainText(node: t.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MetaProperty') return `${node.meta.name}.${node.property.name}`;
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression')) {
    const prop = !node.computed && node.property.type === 'Identifier' ? node.property.name
      : node.computed && node.property.type === 'StringLiteral' ? node.property.value : undefined;
    if (prop === undefined) return undefined;
    const obj = chainText(node.object);
    return obj === undefined ? undefined : `${obj}.${prop}`;
  }
  if (node.type === 'TSNonNullExpression' || node.type === 'ParenthesizedExpression') return chainText(node.expression);
  return undefined;
}

/**
 * A name a bundler can replace at build time: a global the file does not bind (`__BETA__`), or
 * a property of `process.env` / `import.meta.env`.
 */
export function isDefineable(path: NodePath, name: string): boolean {
  if (name.startsWith('process.env.') || name.startsWith('import.meta.env.')) {
    return name.startsWith('import.') || !bindingOf(path, 'process');
  }
  if (name.includes('.')) return false;
  const binding = bindingOf(path, name);
  return (!binding || isAmbient(binding.path)) && /^[A-Za-z_$][\w$]*$/.test(name) && !GLOBALS.has(name);
}

/** `declare const __BETA__: boolean`: a type for a value the bundler supplies, not a binding. */
export function isAmbient(bindingPath: NodePath): boolean {
  const decl = bindingPath.parentPath;
  return !!decl?.isVariableDeclaration() && decl.node.declare === true;
}

/** Globals no bundler define replaces. */
const GLOBALS = new Set(['undefined', 'window', 'document', 'globalThis', 'self', 'navigator', 'location', 'process', 'module', 'exports', 'require', 'Date', 'Math', 'JSON', 'console', 'Number', 'String', 'Boolean', 'Object', 'Array']);
