/**
 * What a clock condition controls: follows the condition through `!`, `&&`, `||`, variables,
 * returns and call sites to the branch taken once the date has passed, and says what that branch
 * does (throws, exits, redirects, disables...) and which words surround it.
 */
import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { identifierWords, type CompiledVocabulary } from '../vocabulary.js';
import { bindingOf } from './scope-index.js';

export type BehaviourKind =
  | 'throw' | 'exit' | 'redirect' | 'disable' | 'return-invalid' | 'hang' | 'deny' | 'delete' | 'alert' | 'stop'
  /** log/warn/report calls, and `return false`/`null` outside a validity check: not blocking alone. */
  | 'log' | 'reject' | 'other';

export interface Behaviour {
  kind: BehaviourKind;
  text: string;
}

export interface GuardContext {
  /** What the program does once the date has passed, through every use found. */
  after: Behaviour[];
  /** What it does only before the date. */
  before: Behaviour[];
  /** Expiry/trial/beta/licence words found around the condition, as written. */
  words: string[];
  /** Functions the condition flows through, outermost last: ['isExpired', 'powerOn']. */
  via: string[];
  /** The name of the function holding the condition, if any. */
  enclosing?: string;
  /** Other conditions joined with && (for pre-release guards). */
  coGuards: NodePath[];
  /** The statement holding the condition speaks of copyright. */
  copyright: boolean;
  /** The enclosing function (a footer component, say) speaks of copyright. */
  copyrightNearby: boolean;
}

const BLOCKING: ReadonlySet<BehaviourKind> = new Set(['throw', 'exit', 'redirect', 'disable', 'return-invalid', 'hang', 'deny', 'delete', 'alert', 'stop']);
const MAX_USE_DEPTH = 4;
const MAX_BRANCH_NODES = 400;

export function isBlocking(b: Behaviour): boolean {
  return BLOCKING.has(b.kind);
}

export function analyseGuard(condition: NodePath, trueAfter: boolean, vocab: CompiledVocabulary, text: (n: t.Node) => string, source: string): GuardContext {
  const ctx: GuardContext = { after: [], before: [], words: [], via: [], coGuards: [], copyright: false, copyrightNearby: false };
  const seenFunctions = new Set<t.Node>();
  collectOperandWords(condition, ctx, vocab);
  followUse(condition, trueAfter, 0);
  const fn = enclosingFunctionName(condition);
  if (fn) {
    addWords(fn, ctx, vocab);
    ctx.enclosing = fn;
  }
  if (vocab.copyright.test(statementText(condition, source))) ctx.copyright = true;
  const fnNode = condition.getFunctionParent()?.node;
  if (fnNode?.start != null && fnNode.end != null && vocab.copyright.test(source.slice(fnNode.start, Math.min(fnNode.end, fnNode.start + 4000)))) ctx.copyrightNearby = true;
  return ctx;

  function followUse(start: NodePath, polarity: boolean, depth: number): void {
    if (depth > MAX_USE_DEPTH) return;
    let p: NodePath = start;
    let pol = polarity;
    for (;;) {
      const parent = p.parentPath;
      if (!parent) return;
      const pn = parent.node;
      switch (pn.type) {
        case 'ParenthesizedExpression': case 'TSAsExpression': case 'TSNonNullExpression': case 'TSSatisfiesExpression':
          p = parent; continue;
        case 'UnaryExpression':
          if (pn.operator !== '!') return;
          pol = !pol; p = parent; continue;
        case 'LogicalExpression': {
          if (pn.operator === '??') return;
          const other = (p.key === 'left' ? parent.get('right') : parent.get('left')) as NodePath;
          if (pn.operator === '&&') {
            ctx.coGuards.push(other);
            // `cond && action()` as a statement or JSX child: the right side runs when cond holds.
            if (p.key === 'left' && isEffectPosition(parent)) {
              recordBranch(pol ? ctx.after : ctx.before, other);
              return;
            }
          }
          if (pn.operator === '||' && p.key === 'left' && isEffectPosition(parent)) {
            recordBranch(pol ? ctx.before : ctx.after, other);
            return;
          }
          p = parent; continue;
        }
        case 'ConditionalExpression': {
          if (p.key !== 'test') return;
          const cons = parent.get('consequent') as NodePath;
          const alt = parent.get('alternate') as NodePath;
          recordBranch(pol ? ctx.after : ctx.before, cons);
          recordBranch(pol ? ctx.before : ctx.after, alt);
          return;
        }
        case 'IfStatement': {
          if (p.key !== 'test') return;
          const cons = parent.get('consequent') as NodePath;
          const alt = parent.get('alternate') as NodePath;
          recordBranch(pol ? ctx.after : ctx.before, cons);
          if (alt.node) recordBranch(pol ? ctx.before : ctx.after, alt);
          else if (exits(cons.node)) recordFallThrough(parent, pol ? ctx.before : ctx.after);
          return;
        }
        case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': {
          if (p.key !== 'test') return;
          if (pol) {
            const body = (parent.get('body') as NodePath).node;
            const empty = body.type === 'EmptyStatement' || (body.type === 'BlockStatement' && body.body.length === 0);
            ctx.after.push({ kind: empty || !hasBreak(body) ? 'hang' : 'other', text: 'loops while the date has passed' });
            recordBranch(ctx.after, parent.get('body') as NodePath);
          }
          return;
        }
        case 'VariableDeclarator': {
          if (p.key !== 'init' || pn.id.type !== 'Identifier') return;
          addWords(pn.id.name, ctx, vocab);
          const binding = bindingOf(parent, pn.id.name);
          if (binding?.constant) for (const ref of binding.references(20)) followUse(ref, pol, depth + 1);
          return;
        }
        case 'AssignmentExpression': {
          if (p.key !== 'right') return;
          const target = text(pn.left);
          addWords(target, ctx, vocab);
          const last = target.split('.').pop() ?? '';
          if (vocab.disableTargets.has(last)) ctx.after.push({ kind: 'disable', text: target });
          return;
        }
        case 'ReturnStatement':
        case 'ArrowFunctionExpression': {
          if (pn.type === 'ArrowFunctionExpression' && p.key !== 'body') return;
          const fnPath = pn.type === 'ArrowFunctionExpression' ? parent : parent.getFunctionParent();
          if (!fnPath || seenFunctions.has(fnPath.node)) return;
          // `useMemo(() => cond, [])` / `computed(() => cond)`: the hook's value is the condition.
          const hook = fnPath.parentPath;
          if (hook?.isCallExpression() && fnPath.key === 0 && /^(?:React\.)?(?:useMemo|computed)$/.test(text(hook.node.callee))) {
            seenFunctions.add(fnPath.node);
            p = hook;
            continue;
          }
          seenFunctions.add(fnPath.node);
          const name = functionName(fnPath);
          if (name) {
            addWords(name, ctx, vocab);
            ctx.via.push(name);
          }
          for (const call of callSitesOf(fnPath)) followUse(call, pol, depth + 1);
          return;
        }
        case 'CallExpression': {
          if (p.key === 'callee') return;
          const callee = text(pn.callee);
          addWords(callee, ctx, vocab);
          if (vocab.assertCalls.has(callee)) {
            // assert(cond, msg) throws when cond is false.
            (pol ? ctx.before : ctx.after).push({ kind: 'throw', text: `${callee}(...) fails` });
            for (const a of (parent.get('arguments') as NodePath[]).slice(1)) recordBranch(pol ? ctx.before : ctx.after, a);
          } else if (blockingCallKind(callee, vocab)) {
            ctx.after.push({ kind: 'disable', text: `${callee}(...)` });
          }
          return;
        }
        case 'JSXExpressionContainer': {
          const attr = parent.parentPath;
          if (attr?.isJSXAttribute()) {
            const name = attr.node.name.type === 'JSXIdentifier' ? attr.node.name.name : '';
            addWords(name, ctx, vocab);
            if (name === 'disabled' || name === 'hidden' || name === 'readOnly') (pol ? ctx.after : ctx.before).push({ kind: 'disable', text: `${name}={...}` });
          }
          return;
        }
        default:
          return;
      }
    }
  }

  function recordFallThrough(ifPath: NodePath, into: Behaviour[]): void {
    if (!Array.isArray(ifPath.container) || typeof ifPath.key !== 'number') return;
    const siblings = ifPath.container as t.Node[];
    for (let i = ifPath.key + 1; i < siblings.length && i < ifPath.key + 6; i++) {
      const sib = ifPath.getSibling(i);
      recordBranch(into, sib);
    }
  }

  function recordBranch(into: Behaviour[], branch: NodePath): void {
    if (!branch.node) return;
    let count = 0;
    const visit = (p: NodePath): void => {
      if (++count > MAX_BRANCH_NODES) return;
      inspectNode(p, into);
      p.traverse({
        noScope: true,
        enter(inner) {
          if (++count > MAX_BRANCH_NODES) { inner.stop(); return; }
          inspectNode(inner, into);
        },
      });
    };
    visit(branch);
  }

  function inspectNode(p: NodePath, into: Behaviour[]): void {
    const n = p.node;
    switch (n.type) {
      case 'ThrowStatement':
        into.push({ kind: 'throw', text: `throws ${errorMessage(n.argument) ?? text(n.argument)}` });
        break;
      case 'CallExpression': case 'NewExpression': {
        const callee = text(n.callee);
        const kind = n.type === 'CallExpression' ? blockingCallKind(callee, vocab) : undefined;
        if (kind) into.push({ kind, text: `${callee}(...)` });
        else if (/^(console|logger|log)\.|^(warn|debug|info|trace|report|notify)$|(?:^|\.)(?:warn|report\w*|notify\w*|log\w*)$/i.test(callee)) into.push({ kind: 'log', text: callee });
        else if (n.type === 'CallExpression' && httpErrorStatus(n) !== undefined) {
          // res.status(410).send(...): deny listed statuses block; other 4xx/5xx reject a request.
          const { status, call } = httpErrorStatus(n)!;
          const label = `${text(call.callee)}(${status})`;
          if (!into.some((b) => b.text === label)) into.push({ kind: vocab.httpDenyStatuses.has(status) ? 'deny' : 'reject', text: label });
        } else if (n.type === 'CallExpression' && /^(?:next|done|callback|cb|reject)$/.test(callee) && n.arguments.length > 0) {
          into.push({ kind: 'reject', text: `${callee}(error)` });
        } else if (n.type === 'CallExpression' && isStatementLevel(p)) into.push({ kind: 'other', text: callee });
        addWords(callee, ctx, vocab);
        break;
      }
      case 'AssignmentExpression': {
        const target = text(n.left);
        if (vocab.redirectTargets.has(target)) into.push({ kind: 'redirect', text: `${target} = ...` });
        else {
          const last = target.split('.').pop() ?? '';
          const v = n.right;
          if (vocab.disableTargets.has(last) && v.type === 'BooleanLiteral' && (last === 'disabled' ? v.value : !v.value)) into.push({ kind: 'disable', text: `${target} = ${v.value}` });
          else into.push({ kind: 'other', text: target });
        }
        addWords(target, ctx, vocab);
        break;
      }
      case 'ReturnStatement': {
        const arg = n.argument;
        const invalid = !arg || (arg.type === 'BooleanLiteral' && !arg.value) || arg.type === 'NullLiteral'
          || (arg.type === 'Identifier' && arg.name === 'undefined') || (arg.type === 'NumericLiteral' && arg.value === 0)
          || (arg.type === 'ObjectExpression' && arg.properties.some((prop) => prop.type === 'ObjectProperty' && prop.key.type === 'Identifier'
            && /^(?:ok|valid|isValid|allowed|success|enabled|active|licensed)$/.test(prop.key.name) && prop.value.type === 'BooleanLiteral' && !prop.value.value));
        const fnName = functionName(p.getFunctionParent());
        if (invalid && fnName && vocab.validityFunctionName.test(fnName) && !/^(?:is|has)\w*(?:expir|invalid|disabled)/i.test(fnName)) {
          into.push({ kind: 'return-invalid', text: `${fnName}() returns ${arg ? text(arg) : 'nothing'}` });
        } else if (arg?.type === 'BooleanLiteral' && arg.value && fnName && /expir|invalid|disabled|blocked|locked/i.test(fnName)) {
          into.push({ kind: 'return-invalid', text: `${fnName}() returns true` });
        } else into.push({ kind: invalid ? 'reject' : 'other', text: 'return' });
        break;
      }
      case 'WhileStatement': case 'ForStatement': {
        const test = n.type === 'WhileStatement' ? n.test : n.test;
        if ((!test || (test.type === 'BooleanLiteral' && test.value)) && !hasBreak(n.body)) into.push({ kind: 'hang', text: 'infinite loop' });
        break;
      }
      case 'StringLiteral': addText(n.value); break;
      case 'TemplateElement': addText(n.value.cooked ?? ''); break;
      case 'JSXText': addText(n.value); break;
      case 'JSXIdentifier': addWords(n.name, ctx, vocab); break;
      case 'Identifier': if (p.parentPath?.isCallExpression() || p.parentPath?.isJSXOpeningElement()) addWords(n.name, ctx, vocab); break;
      default: break;
    }
  }

  function addText(s: string): void {
    const trimmed = s.trim();
    if (!trimmed) return;
    if (vocab.copyright.test(trimmed)) ctx.copyright = true;
    const m = vocab.expiryWords.exec(trimmed);
    if (m) ctx.words.push(trimmed.length > 60 ? trimmed.slice(0, 57) + '...' : trimmed);
  }
}

/** Names in the comparison itself: `Date.now() > BETA_EXPIRY` speaks of a beta expiry. */
function collectOperandWords(condition: NodePath, ctx: GuardContext, vocab: CompiledVocabulary): void {
  const names: string[] = [];
  const walk = (n: t.Node | null | undefined): void => {
    if (!n || names.length > 20) return;
    if (n.type === 'Identifier') names.push(n.name);
    else if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
      walk(n.object);
      if (!n.computed) walk(n.property);
    } else if (n.type === 'BinaryExpression' || n.type === 'LogicalExpression') { walk(n.left as t.Node); walk(n.right); }
    else if (n.type === 'CallExpression' || n.type === 'NewExpression') { walk(n.callee as t.Node); n.arguments.forEach((a) => walk(a as t.Node)); }
    else if (n.type === 'UnaryExpression' || n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression') {
      walk('argument' in n ? n.argument : n.expression);
    }
  };
  walk(condition.node);
  for (const name of names) addWords(name, ctx, vocab);
}

function addWords(name: string, ctx: GuardContext, vocab: CompiledVocabulary): void {
  if (!name) return;
  const words = identifierWords(name);
  if (vocab.expiryWords.test(words) && !ctx.words.includes(name)) ctx.words.push(name);
}

export function blockingCallKind(callee: string, vocab: CompiledVocabulary): BehaviourKind | undefined {
  if (vocab.blockingExact.has(callee)) {
    if (/exit|abort|quit|close|kill|uninstall/i.test(callee)) return /kill/.test(callee) ? 'stop' : 'exit';
    if (/setEnabled/.test(callee)) return 'disable';
    if (/alert/.test(callee)) return 'alert';
    if (/location/.test(callee)) return 'redirect';
    if (/rm|unlink|clear|delete|del/i.test(callee)) return 'delete';
    return 'stop';
  }
  const last = callee.split('.').pop() ?? '';
  if (vocab.blockingName.some((re) => re.test(last))) {
    if (/^(?:disable|deactivate|lock|block|suspend|revoke|deny|refuse|reject)/i.test(last) || /Disable|Deactivate|Lock|Block|Suspend|Revoke/.test(last)) return 'disable';
    if (/wipe|destroy|delete|drop|truncate|purge/i.test(last)) return 'delete';
    return 'stop';
  }
  return undefined;
}

function errorMessage(arg: t.Node): string | undefined {
  if ((arg.type === 'NewExpression' || arg.type === 'CallExpression') && arg.arguments[0]?.type === 'StringLiteral') return JSON.stringify(arg.arguments[0].value);
  if (arg.type === 'StringLiteral') return JSON.stringify(arg.value);
  return undefined;
}

/** True when a statement always leaves the enclosing block (return, throw, break, continue). */
function exits(n: t.Node): boolean {
  if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement' || n.type === 'BreakStatement' || n.type === 'ContinueStatement') return true;
  if (n.type === 'BlockStatement') return n.body.length > 0 && exits(n.body[n.body.length - 1]!);
  if (n.type === 'ExpressionStatement' && n.expression.type === 'CallExpression') {
    const c = n.expression.callee;
    return c.type === 'MemberExpression' && c.object.type === 'Identifier' && c.object.name === 'process' && c.property.type === 'Identifier' && c.property.name === 'exit';
  }
  return false;
}

function hasBreak(n: t.Node): boolean {
  let found = false;
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const o = x as { type?: string };
    if (o.type === 'BreakStatement' || o.type === 'ReturnStatement' || o.type === 'ThrowStatement') { found = true; return; }
    if (o.type && /Function/.test(o.type)) return;
    for (const [k, v] of Object.entries(o)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(n);
  return found;
}

/** The 4xx/5xx status a response call chain sets: res.status(404).send(...), res.sendStatus(410). */
function httpErrorStatus(call: t.CallExpression): { status: number; call: t.CallExpression } | undefined {
  let c: t.Node = call;
  for (let i = 0; i < 4 && c.type === 'CallExpression'; i++) {
    const callee: t.Node = c.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return undefined;
    if (/^(?:status|sendStatus|writeHead)$/.test(callee.property.name)) {
      const arg = c.arguments[0];
      return arg?.type === 'NumericLiteral' && arg.value >= 400 && arg.value < 600 ? { status: arg.value, call: c } : undefined;
    }
    c = callee.object;
  }
  return undefined;
}

/** A call whose result is the statement itself (not an argument or a part of a message). */
function isStatementLevel(p: NodePath): boolean {
  let q: NodePath | null = p.parentPath;
  while (q && (q.isAwaitExpression() || q.isParenthesizedExpression())) q = q.parentPath;
  return !!q && (q.isExpressionStatement() || q.isVariableDeclarator() || q.isReturnStatement() || q.isArrowFunctionExpression());
}

function isEffectPosition(p: NodePath): boolean {
  const parent = p.parentPath;
  return !!parent && (parent.isExpressionStatement() || parent.isJSXExpressionContainer());
}

/** The name a function is known by: declaration, `const f = () =>`, method or property key. */
export function functionName(fn: NodePath | null | undefined): string | undefined {
  if (!fn) return undefined;
  const n = fn.node;
  if ((n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') && n.id) return n.id.name;
  if ((n.type === 'ObjectMethod' || n.type === 'ClassMethod') && n.key.type === 'Identifier') return n.key.name;
  const parent = fn.parentPath;
  if (parent?.isVariableDeclarator() && parent.node.id.type === 'Identifier') return parent.node.id.name;
  if (parent?.isObjectProperty() && parent.node.key.type === 'Identifier') return parent.node.key.name;
  if (parent?.isClassProperty() && parent.node.key.type === 'Identifier') return parent.node.key.name;
  if (parent?.isAssignmentExpression()) {
    const left = parent.node.left;
    if (left.type === 'MemberExpression' && left.property.type === 'Identifier') return left.property.name;
  }
  return undefined;
}

function enclosingFunctionName(p: NodePath): string | undefined {
  let fn = p.getFunctionParent();
  for (let i = 0; fn && i < 3; i++) {
    const name = functionName(fn);
    if (name) return name;
    fn = fn.parentPath?.getFunctionParent() ?? null;
  }
  return undefined;
}

/** Calls of a function in this file (by its binding), as call-expression paths. */
export function callSitesOf(fn: NodePath): NodePath[] {
  const n = fn.node;
  let bindingName: string | undefined;
  // The function's name is looked up from outside it (its own scope may shadow the name).
  let scopePath: NodePath = fn;
  if (n.type === 'FunctionDeclaration' && n.id) {
    bindingName = n.id.name;
    scopePath = fn.parentPath ?? fn;
  } else if (fn.parentPath?.isVariableDeclarator() && fn.parentPath.node.id.type === 'Identifier') {
    bindingName = fn.parentPath.node.id.name;
    scopePath = fn.parentPath;
  }
  if (!bindingName && (n.type === 'ClassMethod' || n.type === 'ClassPrivateMethod')) return methodCallSites(fn);
  if (!bindingName && n.type === 'ObjectMethod') return objectMethodCallSites(fn);
  if (!bindingName) return [];
  const binding = bindingOf(scopePath, bindingName);
  if (!binding) return [];
  const calls: NodePath[] = [];
  for (const ref of binding.references(20)) {
    const parent = ref.parentPath;
    if (parent?.isCallExpression() && ref.key === 'callee') calls.push(parent);
  }
  return calls;
}

/** `this.isExpired()` (and `ClassName.isExpired()` for statics) inside the method's class. */
function methodCallSites(method: NodePath): NodePath[] {
  const node = method.node as t.ClassMethod | t.ClassPrivateMethod;
  const name = node.key.type === 'Identifier' ? node.key.name : node.key.type === 'PrivateName' ? node.key.id.name : undefined;
  const cls = method.parentPath?.parentPath;
  if (!name || !cls) return [];
  const className = cls.node.type === 'ClassDeclaration' && cls.node.id ? cls.node.id.name : undefined;
  const calls: NodePath[] = [];
  cls.traverse({
    noScope: true,
    CallExpression(call) {
      const callee = call.node.callee;
      if (calls.length >= 20 || callee.type !== 'MemberExpression') return;
      const prop = callee.property;
      const propName = prop.type === 'Identifier' ? prop.name : prop.type === 'PrivateName' ? prop.id.name : undefined;
      const onThis = callee.object.type === 'ThisExpression' || (className !== undefined && callee.object.type === 'Identifier' && callee.object.name === className);
      if (propName === name && onThis) calls.push(call);
    },
  });
  return calls;
}

/** `lic.isExpired()` for a method of `const lic = { isExpired() {...} }`. */
function objectMethodCallSites(method: NodePath): NodePath[] {
  const node = method.node as t.ObjectMethod;
  const obj = method.parentPath;
  const decl = obj?.parentPath;
  if (node.key.type !== 'Identifier' || !decl?.isVariableDeclarator() || decl.node.id.type !== 'Identifier') return [];
  const binding = bindingOf(decl, decl.node.id.name);
  const calls: NodePath[] = [];
  for (const ref of binding?.references(20) ?? []) {
    const member = ref.parentPath;
    if (member?.isMemberExpression() && member.node.property.type === 'Identifier' && member.node.property.name === node.key.name && member.parentPath?.isCallExpression()) {
      calls.push(member.parentPath);
    }
  }
  return calls;
}

function statementText(p: NodePath, source: string): string {
  const stmt = p.getStatementParent();
  const n = stmt?.node ?? p.node;
  if (n.start == null || n.end == null) return '';
  return source.slice(n.start, Math.min(n.end, n.start + 400));
}
