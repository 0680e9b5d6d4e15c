/**
 * The guards a trigger sits behind in JS/TS: `&&` partners, enclosing `if`/`?:` tests, earlier
 * early exits (`if (!IS_BETA) return;`) and, one level up, the guards around every call of the
 * function holding it. Each guard becomes a GuardExpr over compile-time names, and is marked
 * pre-release when it tests for a beta flag, a pre-release channel or a pre-release version.
 */
import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { notGuard, type GuardExpr, type GuardFact } from '../guard.js';
import { isPending } from '../value.js';
import { identifierWords, type CompiledVocabulary } from '../vocabulary.js';
import { callSitesOf } from './context.js';
import { chainText, isDefineable } from './names.js';
import { bindingOf } from './scope-index.js';
import type { JsEvaluator } from './evaluate.js';

const MAX_GUARDS = 12;
const MAX_CLASSIFY_DEPTH = 6;
const MAX_CALL_SITES = 8;
const EQUALITY = new Set(['===', '==', '!==', '!=']);

/**
 * `prerelease`: the condition being true implies a pre-release build (`IS_BETA`, `channel ===
 * 'beta'`). `prereleaseWhenFalse`: its being false does (`!IS_BETA`, `channel !== 'beta'`), so
 * `if (!IS_BETA) return;` guards what follows with a pre-release condition.
 */
interface Classified {
  expr: GuardExpr;
  prerelease: boolean;
  prereleaseWhenFalse?: boolean;
}

export interface GuardOptions {
  /**
   * Also take the guards around every call of the function holding the trigger. Callers allow
   * it when the trigger blocks or the function is named for a pre-release (`enforceBetaExpiry`):
   * a promotion's end date called inside an `if (EAP)` block is not a pre-release gate.
   */
  callSites: boolean;
}

/** One condition as a guard (`if (IS_BETA) ...`): what it reads and whether it tests for a pre-release. */
export function classifyCondition(test: NodePath, evaluator: JsEvaluator, vocab: CompiledVocabulary): GuardFact | undefined {
  let found: GuardFact | undefined;
  collectGuardsOf(test, evaluator, vocab, (fact) => { found = fact; });
  return found;
}

function collectGuardsOf(test: NodePath, evaluator: JsEvaluator, vocab: CompiledVocabulary, emit: (f: GuardFact) => void): void {
  // Reuses the classifier of collectGuards on a bare condition: the test is its own && partner.
  const facts = collectGuards(test, [], evaluator, vocab, { callSites: false }, test);
  for (const f of facts) emit(f);
}

export function collectGuards(condition: NodePath, coGuards: NodePath[], evaluator: JsEvaluator, vocab: CompiledVocabulary, options: GuardOptions = { callSites: true }, only?: NodePath): GuardFact[] {
  const facts: GuardFact[] = [];
  const seen = new Set<t.Node>();
  const add = (path: NodePath, negate: boolean) => {
    if (facts.length >= MAX_GUARDS || seen.has(path.node)) return;
    seen.add(path.node);
    const c = classify(path, 0);
    const prerelease = negate ? c.prereleaseWhenFalse === true : c.prerelease;
    if (!prerelease && !decidable(c.expr)) return;
    // A guard known true in the source (`ENABLED = true`) says nothing unless it is a pre-release switch.
    const expr = negate ? notGuard(c.expr) : c.expr;
    if (!prerelease && expr.kind === 'const' && expr.value) return;
    facts.push({ text: negate ? negatedText(evaluator.text(path.node)) : evaluator.text(path.node), expr, prerelease });
  };
  if (only) {
    add(only, false);
    return facts;
  }
  // `&&` partners found by following the condition through returns belong to one call site only.
  const home = condition.getFunctionParent()?.node;
  for (const g of coGuards) if (g.getFunctionParent()?.node === home) add(g, false);
  walkEnclosing(condition, add, 0);
  return facts;

  function walkEnclosing(start: NodePath, addGuardWhole: (p: NodePath, negate: boolean) => void, level: number): void {
    // `if (a && IS_BETA)` guards with each conjunct; so does `if (!(a || b)) ...`.
    const addGuard = (p: NodePath, negate: boolean): void => {
      const n = p.node;
      if (n.type === 'LogicalExpression' && n.operator === (negate ? '||' : '&&')) {
        addGuard(p.get('left') as NodePath, negate);
        addGuard(p.get('right') as NodePath, negate);
      } else if (n.type === 'ParenthesizedExpression') {
        addGuard(p.get('expression') as NodePath, negate);
      } else {
        addGuardWhole(p, negate);
      }
    };
    let child: NodePath = start;
    let parent = child.parentPath;
    while (parent) {
      const pn = parent.node;
      if ((pn.type === 'IfStatement' || pn.type === 'ConditionalExpression') && child.key !== 'test') {
        addGuard(parent.get('test') as NodePath, child.key === 'alternate');
      } else if (pn.type === 'LogicalExpression' && child.key === 'right' && pn.operator !== '??') {
        addGuard(parent.get('left') as NodePath, pn.operator === '||');
      } else if ((pn.type === 'BlockStatement' || pn.type === 'Program') && typeof child.key === 'number') {
        // `if (!IS_BETA) return;` earlier in the same block: what follows runs only when it is false.
        for (let i = 0; i < child.key; i++) {
          const sib = child.getSibling(i);
          if (sib.isIfStatement() && !sib.node.alternate && exitsEarly(sib.node.consequent)) addGuard(sib.get('test'), true);
        }
      }
      if (parent.isFunction()) {
        // A callback (`setInterval(() => ...)`) runs where it is passed: keep walking out.
        const call = parent.parentPath;
        if (call && (call.isCallExpression() || call.isNewExpression()) && typeof parent.key === 'number') {
          child = call;
          parent = call.parentPath;
          continue;
        }
        if (level === 0 && options.callSites) addCallSiteGuards(parent, addGuard);
        return;
      }
      child = parent;
      parent = parent.parentPath;
    }
  }

  /**
   * The guards around the calls of the function holding the trigger, when every call (up to a
   * few) sits behind the same guard: `if (__BETA__) checkExpiry()`.
   */
  function addCallSiteGuards(fn: NodePath, addGuard: (p: NodePath, negate: boolean) => void): void {
    const calls = callSitesOf(fn).slice(0, MAX_CALL_SITES + 1);
    if (calls.length === 0 || calls.length > MAX_CALL_SITES) return;
    const perCall = calls.map((call) => {
      const found: { path: NodePath; negate: boolean; key: string }[] = [];
      walkEnclosing(call, (p, negate) => found.push({ path: p, negate, key: (negate ? '!' : '') + evaluator.text(p.node) }), 1);
      return found;
    });
    for (const g of perCall[0]!) {
      if (perCall.every((list) => list.some((o) => o.key === g.key))) addGuard(g.path, g.negate);
    }
  }

  function classify(path: NodePath, depth: number): Classified {
    const unknown: Classified = { expr: { kind: 'unknown' }, prerelease: false };
    if (depth > MAX_CLASSIFY_DEPTH || !path.node) return unknown;
    const node = path.node;
    switch (node.type) {
      case 'ParenthesizedExpression': case 'TSAsExpression': case 'TSNonNullExpression': case 'TSSatisfiesExpression':
        return classify(path.get('expression') as NodePath, depth + 1);
      case 'UnaryExpression':
        if (node.operator !== '!') return unknown;
        return negated(classify(path.get('argument') as NodePath, depth + 1));
      case 'LogicalExpression': {
        if (node.operator === '??') return unknown;
        const l = classify(path.get('left') as NodePath, depth + 1);
        const r = classify(path.get('right') as NodePath, depth + 1);
        const lf = l.prereleaseWhenFalse === true;
        const rf = r.prereleaseWhenFalse === true;
        // a && b holds only when both do; a || b fails only when both fail.
        return node.operator === '&&'
          ? { expr: { kind: 'and', args: [l.expr, r.expr] }, prerelease: l.prerelease || r.prerelease, prereleaseWhenFalse: lf && rf }
          : { expr: { kind: 'or', args: [l.expr, r.expr] }, prerelease: l.prerelease && r.prerelease, prereleaseWhenFalse: lf || rf };
      }
      case 'Identifier': case 'MemberExpression': case 'OptionalMemberExpression':
        return classifyName(path, depth);
      case 'BinaryExpression':
        if (isIndexOfCall(node.left)) return classifyIndexOf(path as NodePath<t.BinaryExpression>, depth);
        if (EQUALITY.has(node.operator)) return classifyEquality(path as NodePath<t.BinaryExpression>, depth);
        return unknown;
      case 'CallExpression': case 'OptionalCallExpression':
        return classifyCall(path as NodePath<t.CallExpression>, depth);
      case 'BooleanLiteral': return { expr: { kind: 'const', value: node.value }, prerelease: false };
      default: return unknown;
    }
  }

  /** `IS_BETA`, `process.env.BETA`, `config.isPreview`, `const IS_BETA = CHANNEL === 'beta'`. */
  function classifyName(path: NodePath, depth: number): Classified {
    const name = chainText(path.node);
    const last = name === undefined ? undefined : name.slice(name.lastIndexOf('.') + 1);
    const prerelease = last !== undefined && vocab.prereleaseFlag.test(identifierWords(last));
    if (name !== undefined && isDefineable(path, name)) return { expr: { kind: 'define', name }, prerelease };
    const init = constInit(path);
    if (init) {
      const inner = classify(init, depth + 1);
      return { expr: inner.expr, prerelease: prerelease || inner.prerelease, prereleaseWhenFalse: !prerelease && inner.prereleaseWhenFalse === true };
    }
    const value = evaluator.evaluate(path);
    if (value.kind === 'boolean') return { expr: { kind: 'const', value: value.value }, prerelease };
    if (isPending(value)) return { expr: { kind: 'value', value }, prerelease };
    return { expr: { kind: 'unknown' }, prerelease };
  }

  /** `channel === 'beta'`, `process.env.RELEASE_CHANNEL !== 'stable'`. */
  function classifyEquality(path: NodePath<t.BinaryExpression>, depth: number): Classified {
    const left = path.get('left') as NodePath;
    const right = path.get('right') as NodePath;
    const lv = evaluator.evaluate(left);
    const rv = evaluator.evaluate(right);
    const [subject, literal] = rv.kind === 'string' ? [left, rv.value] : lv.kind === 'string' ? [right, lv.value] : [undefined, undefined];
    if (!subject || literal === undefined) return { expr: { kind: 'unknown' }, prerelease: false };
    const negate = path.node.operator.startsWith('!');
    const subjectWords = identifierWords(chainText(subject.node) ?? evaluator.text(subject.node));
    const holder = vocab.channelHolder.test(subjectWords) || vocab.prereleaseFlag.test(subjectWords);
    const prerelease = holder && vocab.prereleaseChannels.has(literal.toLowerCase());
    const expr = subjectExpr(subject, depth, (name) => ({ kind: 'equals', name, values: [literal] }), (v) => v === literal);
    return negate ? { expr: notGuard(expr), prerelease: false, prereleaseWhenFalse: prerelease } : { expr, prerelease };
  }

  /** `version.indexOf('-beta') !== -1`, `VERSION.indexOf('-rc') > -1`. */
  function classifyIndexOf(path: NodePath<t.BinaryExpression>, depth: number): Classified {
    const left = path.get('left') as NodePath;
    const right = evaluator.evaluate(path.get('right'));
    if (!left.isCallExpression() || right.kind !== 'number') return { expr: { kind: 'unknown' }, prerelease: false };
    const callee = left.node.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'indexOf') return { expr: { kind: 'unknown' }, prerelease: false };
    const op = path.node.operator;
    const found = (op === '!==' || op === '!=') && right.value === -1 || op === '>' && right.value === -1 || op === '>=' && right.value === 0;
    if (!found) return { expr: { kind: 'unknown' }, prerelease: false };
    return classifyStringTest(left.get('callee.object') as NodePath, left, 'includes', depth);
  }

  function classifyCall(path: NodePath<t.CallExpression>, depth: number): Classified {
    const unknown: Classified = { expr: { kind: 'unknown' }, prerelease: false };
    const callee = path.get('callee') as NodePath;
    const calleeName = chainText(callee.node);
    const argIndex = calleeName === undefined ? undefined : vocab.prereleaseFunctions.get(calleeName) ?? vocab.prereleaseFunctions.get(calleeName.slice(calleeName.lastIndexOf('.') + 1));
    if (argIndex !== undefined && !callee.isMemberExpression({ computed: true })) {
      // semver.prerelease(v): non-null for 1.2.3-beta.1.
      const arg = (path.get('arguments') as NodePath[])[argIndex];
      if (!arg) return unknown;
      const pattern = '^v?\\d+\\.\\d+\\.\\d+-';
      return { expr: subjectExpr(arg, depth, (name) => ({ kind: 'matches', name, pattern, flags: '' }), (v) => new RegExp(pattern).test(v)), prerelease: true };
    }
    if (!callee.isMemberExpression() || callee.node.property.type !== 'Identifier') return unknown;
    const method = callee.node.property.name;
    const object = callee.get('object') as NodePath;
    if (method === 'test' && object.node.type === 'RegExpLiteral') {
      // /-(alpha|beta|rc)/.test(version)
      const arg = (path.get('arguments') as NodePath[])[0];
      if (!arg) return unknown;
      const { pattern, flags } = object.node;
      const prerelease = vocab.prereleaseVersion.test(pattern.replace(/\\/g, '')) || mentionsChannel(pattern);
      const re = safeRegExp(pattern, flags);
      return { expr: subjectExpr(arg, depth, (name) => ({ kind: 'matches', name, pattern, flags }), (v) => re?.test(v)), prerelease };
    }
    if (method === 'includes' && object.node.type === 'ArrayExpression') {
      // ['beta', 'canary'].includes(channel)
      const values = object.node.elements.map((e) => (e?.type === 'StringLiteral' ? e.value : undefined));
      const arg = (path.get('arguments') as NodePath[])[0];
      if (!arg || values.some((v) => v === undefined)) return unknown;
      const strings = values as string[];
      const prerelease = strings.some((v) => vocab.prereleaseChannels.has(v.toLowerCase()));
      return { expr: subjectExpr(arg, depth, (name) => ({ kind: 'equals', name, values: strings }), (v) => strings.includes(v)), prerelease };
    }
    if (method === 'includes' || method === 'endsWith' || method === 'startsWith' || method === 'match') {
      return classifyStringTest(object, path, method, depth);
    }
    return unknown;
  }

  /** `version.includes('-beta')`, `VERSION.match(/-rc/)`, `channel.startsWith('beta')`. */
  function classifyStringTest(subject: NodePath, call: NodePath<t.CallExpression>, method: string, depth: number): Classified {
    const unknown: Classified = { expr: { kind: 'unknown' }, prerelease: false };
    const argPath = (call.get('arguments') as NodePath[])[0];
    if (!argPath) return unknown;
    let pattern: string;
    let flags = '';
    if (argPath.node.type === 'RegExpLiteral') {
      pattern = argPath.node.pattern;
      flags = argPath.node.flags;
    } else {
      const v = evaluator.evaluate(argPath);
      if (v.kind !== 'string' || v.value === '') return unknown;
      const escaped = v.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      pattern = method === 'endsWith' ? `${escaped}$` : method === 'startsWith' ? `^${escaped}` : escaped;
    }
    const sample = pattern.replace(/\\/g, '');
    const subjectWords = identifierWords(chainText(subject.node) ?? '');
    const prerelease = vocab.prereleaseVersion.test(sample) && (sample.includes('-') || vocab.versionHolder.test(subjectWords))
      || (vocab.channelHolder.test(subjectWords) && mentionsChannel(sample));
    const re = safeRegExp(pattern, flags);
    return { expr: subjectExpr(subject, depth, (name) => ({ kind: 'matches', name, pattern, flags }), (v) => re?.test(v)), prerelease };
  }

  /**
   * The guard over a subject: a compile-time name becomes a define lookup; a subject the source
   * fixes (`const VERSION = '2.0.0-beta.1'`) is decided now; anything else depends on run time.
   */
  function subjectExpr(subject: NodePath, depth: number, byName: (name: string) => GuardExpr, byValue: (v: string) => boolean | undefined): GuardExpr {
    // `process.env.CHANNEL || 'stable'`: the default is not what every build runs with.
    if (subject.node.type === 'LogicalExpression') return { kind: 'unknown' };
    const name = chainText(subject.node);
    if (name !== undefined && isDefineable(subject, name)) return byName(name);
    // `const channel = process.env.CHANNEL`: follow the alias to the compile-time name.
    const init = constInit(subject);
    if (init && depth < MAX_CLASSIFY_DEPTH) return subjectExpr(init, depth + 1, byName, byValue);
    const v = evaluator.evaluate(subject);
    if (v.kind === 'string') {
      const decided = byValue(v.value);
      return decided === undefined ? { kind: 'unknown' } : { kind: 'const', value: decided };
    }
    // An imported version or channel: decided when the link phase resolves the import.
    if (isPending(v)) {
      const probe = byName('');
      if (probe.kind === 'equals') return { kind: 'value', value: v, values: probe.values };
      if (probe.kind === 'matches') return { kind: 'value', value: v, pattern: probe.pattern, flags: probe.flags };
    }
    return { kind: 'unknown' };
  }

  function mentionsChannel(text: string): boolean {
    for (const word of text.toLowerCase().split(/[^a-z-]+/)) if (word && vocab.prereleaseChannels.has(word)) return true;
    return false;
  }
}

/** `!IS_BETA` negated reads `IS_BETA`; `a === b` negated reads `!(a === b)`. */
function negatedText(text: string): string {
  if (/^![^=]/.test(text) && !/[\s&|?]/.test(text)) return text.slice(1);
  return /^[\w$.]+$/.test(text) ? `!${text}` : `!(${text})`;
}

/** The initialiser of a never-reassigned `const x = ...` the identifier refers to. */
function constInit(path: NodePath): NodePath | undefined {
  if (!path.isIdentifier()) return undefined;
  const binding = bindingOf(path, path.node.name);
  if (!binding?.constant || !binding.path.isVariableDeclarator() || binding.path.node.id.type !== 'Identifier') return undefined;
  const init = binding.path.get('init') as NodePath;
  return init.node ? init : undefined;
}

function negated(c: Classified): Classified {
  return { expr: notGuard(c.expr), prerelease: c.prereleaseWhenFalse === true, prereleaseWhenFalse: c.prerelease };
}

function decidable(e: GuardExpr): boolean {
  switch (e.kind) {
    case 'const': case 'define': case 'equals': case 'matches': case 'value': return true;
    case 'not': return decidable(e.arg);
    case 'and': case 'or': return e.args.some(decidable);
    default: return false;
  }
}

function isIndexOfCall(node: t.Node): boolean {
  return node.type === 'CallExpression' && node.callee.type === 'MemberExpression'
    && node.callee.property.type === 'Identifier' && node.callee.property.name === 'indexOf';
}

function exitsEarly(node: t.Statement): boolean {
  if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement' || node.type === 'ContinueStatement' || node.type === 'BreakStatement') return true;
  return node.type === 'BlockStatement' && node.body.length > 0 && exitsEarly(node.body[node.body.length - 1]!);
}

function safeRegExp(pattern: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(pattern, flags.replace(/[^gimsuy]/g, ''));
  } catch {
    return undefined;
  }
}

// Re-exported for rules that print a guard's verdict.
export type { GuardFact } from '../guard.js';
