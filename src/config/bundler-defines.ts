/**
 * Compile-time defines a project's own build configuration sets, read as data: `define` in
 * vite/esbuild/tsup configs, `new DefinePlugin({...})` and `EnvironmentPlugin` in webpack configs,
 * `env` in next.config, and `.env.production` files. Only literal values count; nothing is
 * executed or imported, and a value computed at build time (`mode !== 'production'`) is skipped.
 */
import type * as BabelParser from '@babel/parser';
import { lazyLibrary } from '../lazy-library.js';
import type * as t from '@babel/types';
import type { DefineValue } from '../analysis/release.js';
import { parseConfigText } from '../parsers/index.js';

const babelParser = lazyLibrary<typeof BabelParser>('@babel/parser');

export interface DefineEntry {
  name: string;
  value: DefineValue;
  line: number;
  column: number;
}

/** Build configurations whose defines are read, by base name. */
export const BUNDLER_CONFIG_FILE = /^(?:vite|electron\.vite|webpack(?:\.[\w-]+)?|tsup|esbuild|rollup|next|rspack)\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s)$|^webpack\.(?:prod|production|release)\.[cm]?[jt]s$/;
/** Env files of the production build (Vite, Create React App, Next.js conventions). */
export const RELEASE_ENV_FILE = /^\.env\.production(?:\.local)?$/;

export function isDefineSourceFile(baseName: string): boolean {
  return BUNDLER_CONFIG_FILE.test(baseName) || RELEASE_ENV_FILE.test(baseName);
}

/**
 * isDefineSourceFile of a path's last segment. Every such name holds `.config.`, `webpack.` or
 * `.env.`: a substring test first spares the thousands of other files a split and two patterns.
 */
export function isDefineSourcePath(relPath: string): boolean {
  if (!relPath.includes('.config.') && !relPath.includes('webpack.') && !relPath.includes('.env.')) return false;
  return isDefineSourceFile(relPath.slice(relPath.lastIndexOf('/') + 1));
}

/** Defines of one build configuration or env file; an unparseable file gives none. */
export function definesOf(baseName: string, source: string): DefineEntry[] {
  if (RELEASE_ENV_FILE.test(baseName)) return envDefines(baseName, source);
  if (BUNDLER_CONFIG_FILE.test(baseName)) return bundlerDefines(source);
  return [];
}

/** `KEY=value` in `.env.production` is `process.env.KEY` and `import.meta.env.KEY` in the build. */
function envDefines(baseName: string, source: string): DefineEntry[] {
  const parsed = parseConfigText(baseName, source);
  if (!parsed || !parsed.ok) return [];
  return parsed.entries.flatMap((e) => ['process.env', 'import.meta.env'].map((root) => ({
    name: `${root}.${e.key}`, value: e.value, line: e.keySpan.line, column: e.keySpan.column,
  })));
}

function bundlerDefines(source: string): DefineEntry[] {
  let ast: t.File;
  try {
    ast = babelParser().parse(source, { sourceType: 'unambiguous', plugins: ['typescript'], errorRecovery: true });
  } catch {
    return [];
  }
  const out: DefineEntry[] = [];
  visit(ast.program, 0);
  return out;

  function visit(node: t.Node, depth: number): void {
    if (depth > 60) return;
    if (node.type === 'ObjectProperty' && keyName(node.key) === 'define' && node.value.type === 'ObjectExpression') {
      collect(node.value, '', 'code');
    } else if (node.type === 'ObjectProperty' && keyName(node.key) === 'env' && node.value.type === 'ObjectExpression') {
      // next.config `env: { KEY: 'value' }`: plain values, exposed as process.env.KEY.
      collect(node.value, 'process.env.', 'plain');
    } else if (node.type === 'NewExpression' && node.arguments[0]?.type === 'ObjectExpression') {
      const callee = calleeName(node.callee);
      if (callee === 'DefinePlugin') collect(node.arguments[0], '', 'code');
      else if (callee === 'EnvironmentPlugin') collect(node.arguments[0], 'process.env.', 'plain');
    }
    for (const key of Object.keys(node) as (keyof t.Node)[]) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const child = node[key] as unknown;
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object' && typeof (c as t.Node).type === 'string') visit(c as t.Node, depth + 1);
      } else if (child && typeof child === 'object' && typeof (child as t.Node).type === 'string') {
        visit(child as t.Node, depth + 1);
      }
    }
  }

  function collect(obj: t.ObjectExpression, prefix: string, kind: 'code' | 'plain'): void {
    for (const prop of obj.properties) {
      if (prop.type !== 'ObjectProperty' || prop.computed) continue;
      const key = keyName(prop.key);
      if (key === undefined) continue;
      const name = prefix + key;
      // DefinePlugin({ 'process.env': { NODE_ENV: JSON.stringify('production') } })
      if (prop.value.type === 'ObjectExpression') {
        collect(prop.value, `${name}.`, kind);
        continue;
      }
      const value = literalValue(prop.value, kind);
      if (value !== undefined) out.push({ name, value: value.v, line: prop.key.loc?.start.line ?? 1, column: (prop.key.loc?.start.column ?? 0) + 1 });
    }
  }
}

function keyName(key: t.Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  return undefined;
}

function calleeName(node: t.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier') return node.property.name;
  return undefined;
}

/**
 * The value a define puts into the bundle. A string in a `code` define is source text
 * (`'"production"'`, `'true'`); `JSON.stringify(x)` is x; booleans and numbers are themselves.
 */
function literalValue(node: t.Node, kind: 'code' | 'plain'): { v: DefineValue } | undefined {
  switch (node.type) {
    case 'BooleanLiteral': return { v: node.value };
    case 'NumericLiteral': return { v: node.value };
    case 'NullLiteral': return { v: null };
    case 'StringLiteral': return kind === 'plain' ? { v: node.value } : codeValue(node.value);
    case 'TemplateLiteral': {
      if (node.expressions.length > 0) return undefined;
      const text = node.quasis[0]?.value.cooked ?? '';
      return kind === 'plain' ? { v: text } : codeValue(text);
    }
    case 'CallExpression': {
      const c = node.callee;
      const isStringify = c.type === 'MemberExpression' && c.object.type === 'Identifier' && c.object.name === 'JSON'
        && c.property.type === 'Identifier' && c.property.name === 'stringify';
      const arg = node.arguments[0];
      if (!isStringify || !arg || node.arguments.length !== 1) return undefined;
      return literalValue(arg, 'plain');
    }
    case 'TSAsExpression': case 'TSSatisfiesExpression': case 'ParenthesizedExpression':
      return literalValue(node.expression, kind);
    default: return undefined;
  }
}

function codeValue(text: string): { v: DefineValue } | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed)) return { v: parsed as DefineValue };
  } catch {
    // an identifier or expression: replaced by code we do not evaluate
  }
  return undefined;
}
