/**
 * JS/TS expression -> Value: the current time, a fixed instant, a number, a calendar component of
 * the clock, a condition over the clock, or unknown. Follows constants, never-reassigned lets,
 * const objects, enums, destructuring and local helper functions; imports of the scanned project
 * become deferred values resolved at link time.
 */
import type { NodePath } from '@babel/traverse';
import { bindingOf, type ScopeBinding as Binding } from './scope-index.js';
import type * as t from '@babel/types';
import {
  anyEntry, arithmetic, calendarAdd, callValue, compare, fallback, field, fromParts, member, negate, not, relation,
  signOf, toDate, toNumber, type RelOp,
} from '../ops.js';
import { parseTimeUnit, unitMs, type TimeUnit } from '../time.js';
import { UNKNOWN, isPending, type Value } from '../value.js';
import { identifierWords, type CompiledVocabulary } from '../vocabulary.js';
import { canonicalCallee, chainText, importSourceOf, isAmbient, isDefineable, type ModuleKeyResolver } from './names.js';

const MAX_DEPTH = 30;
const MAX_OBJECT_PROPS = 200;
const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '===', '!=', '!==']);

export interface JsEvaluator {
  evaluate(path: NodePath): Value;
  /** Source text of a node, whitespace folded and shortened, for messages. */
  text(node: t.Node): string;
  /** Per-file memo for analyses several rules share (one entry per tag and node). */
  memoize<T>(tag: string, node: t.Node, compute: () => T): T;
}

export interface EvaluatorInput {
  source: string;
  vocabulary: CompiledVocabulary;
  /** Turns a relative import specifier into a module key (repo-relative path without extension). */
  moduleKey: ModuleKeyResolver;
  program: NodePath<t.Program>;
}

export function createEvaluator(input: EvaluatorInput): JsEvaluator {
  const { source, vocabulary: vocab, moduleKey, program } = input;
  const api = vocab.dateApis;
  const memo = new Map<t.Node, Value>();
  const functionMemo = new Map<t.Node, Value>();
  const functionsInProgress = new Set<t.Node>();
  const staticFieldsMemo = new Map<t.Node, Value>();
  const instanceFieldsMemo = new Map<t.Node, Value>();
  // A class body is walked once for its `this.x =` names, however often its fields are read.
  const assignedMembersMemo = new Map<t.Node, Set<string>>();
  const inProgress = new Set<t.Node>();
  const enums = collectEnums(program);

  function text(node: t.Node): string {
    const raw = source.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ').trim();
    return raw.length > 80 ? raw.slice(0, 77) + '...' : raw;
  }

  function evaluate(path: NodePath, depth = 0): Value {
    const node = path.node;
    if (!node || depth > MAX_DEPTH) return UNKNOWN;
    const cached = memo.get(node);
    if (cached) return cached;
    if (inProgress.has(node)) return UNKNOWN; // a cycle through bindings
    inProgress.add(node);
    let value: Value;
    try {
      value = evaluateUncached(path, depth + 1);
    } finally {
      inProgress.delete(node);
    }
    memo.set(node, value);
    return value;
  }

  function evaluateUncached(path: NodePath, depth: number): Value {
    const node = path.node as t.Node;
    switch (node.type) {
      case 'NumericLiteral': return { kind: 'number', value: node.value };
      case 'StringLiteral': return { kind: 'string', value: node.value };
      case 'BooleanLiteral': return { kind: 'boolean', value: node.value };
      case 'NullLiteral': return { kind: 'nullish' };
      case 'BigIntLiteral': {
        const n = Number(node.value);
        return Number.isSafeInteger(n) ? { kind: 'number', value: n } : UNKNOWN;
      }
      case 'TemplateLiteral': return evaluateTemplate(path as NodePath<t.TemplateLiteral>, depth);
      case 'Identifier': return evaluateIdentifier(path as NodePath<t.Identifier>, depth);
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'TypeCastExpression':
        return evaluate(path.get('expression') as NodePath, depth);
      case 'SequenceExpression': {
        const exprs = (path as NodePath<t.SequenceExpression>).get('expressions');
        return exprs.length ? evaluate(exprs[exprs.length - 1]!, depth) : UNKNOWN;
      }
      case 'UnaryExpression': return evaluateUnary(path as NodePath<t.UnaryExpression>, depth);
      case 'BinaryExpression': return evaluateBinary(path as NodePath<t.BinaryExpression>, depth);
      case 'LogicalExpression': {
        const p = path as NodePath<t.LogicalExpression>;
        if (node.operator === '&&') return UNKNOWN;
        const left = evaluate(p.get('left'), depth);
        if (left.kind === 'condition') return UNKNOWN;
        return fallback(left, evaluate(p.get('right'), depth), node.operator === '??');
      }
      case 'ConditionalExpression': {
        const p = path as NodePath<t.ConditionalExpression>;
        const test = evaluate(p.get('test'), depth);
        if (test.kind === 'boolean') return evaluate(test.value ? p.get('consequent') : p.get('alternate'), depth);
        return UNKNOWN;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return evaluateMember(path as NodePath<t.MemberExpression>, depth);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return evaluateCall(path as NodePath<t.CallExpression>, depth);
      case 'NewExpression': return evaluateNew(path as NodePath<t.NewExpression>, depth);
      case 'ObjectExpression': return evaluateObject(path as NodePath<t.ObjectExpression>, depth);
      case 'ArrayExpression': {
        const props: Record<string, Value> = {};
        (path as NodePath<t.ArrayExpression>).get('elements').slice(0, MAX_OBJECT_PROPS).forEach((el, i) => {
          if (el.node && el.node.type !== 'SpreadElement') props[String(i)] = evaluate(el as NodePath, depth);
        });
        return { kind: 'object', props };
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return functionValue(path as NodePath<t.Function>, depth);
      case 'ThisExpression':
        return thisValue(path, depth);
      default:
        return UNKNOWN;
    }
  }

  function evaluateTemplate(path: NodePath<t.TemplateLiteral>, depth: number): Value {
    const quasis = path.node.quasis;
    let out = quasis[0]?.value.cooked ?? '';
    const exprs = path.get('expressions');
    for (let i = 0; i < exprs.length; i++) {
      const v = evaluate(exprs[i] as NodePath, depth);
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') out += String(v.value);
      else return UNKNOWN;
      out += quasis[i + 1]?.value.cooked ?? '';
    }
    return { kind: 'string', value: out };
  }

  function evaluateIdentifier(path: NodePath<t.Identifier>, depth: number): Value {
    const name = path.node.name;
    const found = bindingOf(path, name);
    const binding = found && !isAmbient(found.path) ? found : undefined;
    if (!binding) {
      if (name === 'undefined') return { kind: 'nullish' };
      if (name === 'Infinity') return { kind: 'number', value: Infinity };
      if (name === 'NaN') return { kind: 'number', value: NaN };
      const en = enums.get(name);
      if (en) return evaluateEnum(en, depth);
      return buildInstantValue(name, path.node);
    }
    return evaluateBinding(binding, depth);
  }

  function evaluateBinding(binding: Binding, depth: number): Value {
    const bpath = binding.path;
    if (binding.kind === 'module') {
      const source = importSourceOf(bpath);
      const key = source === undefined ? undefined : moduleKey(source);
      if (key === undefined) return UNKNOWN;
      if (bpath.isImportDefaultSpecifier()) return { kind: 'import', from: key, name: 'default' };
      if (bpath.isImportNamespaceSpecifier()) return { kind: 'import', from: key, name: '*' };
      if (bpath.isImportSpecifier()) {
        const imported = bpath.node.imported;
        return { kind: 'import', from: key, name: imported.type === 'Identifier' ? imported.name : imported.value };
      }
      return UNKNOWN;
    }
    if (!binding.constant) return UNKNOWN;
    if (binding.kind === 'param') return parameterDefault(binding, depth);
    if (bpath.isVariableDeclarator()) {
      const value = declaratorValue(binding, bpath, depth);
      // Only a date can be changed in place (`END.setFullYear(2028)`); looking costs a walk of the file's references.
      return mayBeDate(value) && isMutatedDate(binding) ? UNKNOWN : value;
    }
    if (bpath.isFunctionDeclaration()) return functionValue(bpath, depth);
    if (bpath.isClassDeclaration() || bpath.isClassExpression()) return classStatics(bpath, depth);
    if (bpath.isTSEnumDeclaration()) return evaluateEnum(bpath, depth);
    return UNKNOWN;
  }

  function declaratorValue(binding: Binding, bpath: NodePath<t.VariableDeclarator>, depth: number): Value {
    const init = bpath.get('init');
    const loop = bpath.parentPath?.parentPath;
    if (!init.node && loop?.isForOfStatement() && bpath.node.id.type === 'Identifier') return mergeElements(evaluate(loop.get('right'), depth)) ?? UNKNOWN;
    if (!init.node) return UNKNOWN;
    const initValue = evaluate(init as NodePath, depth);
    const id = bpath.node.id;
    if (id.type === 'Identifier') return initValue;
    return destructure(id, binding.identifier, initValue, bpath, depth);
  }

  /**
   * A parameter is a value read at run time, except that `now = Date.now()` as its default is
   * the clock: callers that omit it (the usual case) compare the current time.
   */
  function parameterDefault(binding: Binding, depth: number): Value {
    const element = iterationElement(binding, depth);
    if (element) return element;
    const parent = binding.identifier && findParentPattern(binding);
    if (!parent) return UNKNOWN;
    const v = evaluate(parent, depth);
    return v.kind === 'clock' && v.lin.now === 1 && v.lin.c === 0 ? v : UNKNOWN;
  }

  /**
   * The element a callback parameter or a `for...of` variable stands for when it iterates a
   * const array literal (`FEATURES.filter((f) => now < Date.parse(f.until))`). Elements are
   * merged property by property, keeping the earliest date, so one finding names the first
   * date that fires.
   */
  function iterationElement(binding: Binding, depth: number): Value | undefined {
    const fn = binding.path.isFunction() ? binding.path : binding.path.parentPath?.isFunction() ? binding.path.parentPath : undefined;
    let iterated: NodePath | undefined;
    if (fn && (fn.node as t.Function).params[0] === binding.identifier) {
      const call = fn.parentPath;
      const callee = call?.isCallExpression() && fn.key === 0 ? call.get('callee') : undefined;
      if (callee?.isMemberExpression() && callee.node.property.type === 'Identifier'
        && /^(?:filter|some|every|find|findIndex|findLast|map|flatMap|forEach)$/.test(callee.node.property.name)) iterated = callee.get('object');
    }
    if (!iterated) return undefined;
    return mergeElements(evaluate(iterated, depth));
  }

  function findParentPattern(binding: Binding): NodePath | undefined {
    const fn = binding.path.isFunction() ? binding.path : binding.path.getFunctionParent();
    if (!fn) return undefined;
    for (const param of (fn as NodePath<t.Function>).get('params')) {
      if (param.isAssignmentPattern() && param.node.left === binding.identifier) return param.get('right');
    }
    return undefined;
  }

  function mayBeDate(v: Value): boolean {
    return v.kind === 'instant' || v.kind === 'clock' || v.kind === 'import' || v.kind === 'deferred';
  }

  /** `END.setFullYear(2028)` later on: the constant's date is not what its initialiser says. */
  function isMutatedDate(binding: Binding): boolean {
    return binding.referenceSites().some(({ node, parent, grandparent }) => {
      if (parent?.type !== 'MemberExpression' || parent.object !== node) return false;
      const prop = parent.property;
      return prop.type === 'Identifier' && /^set[A-Z]/.test(prop.name) && grandparent?.type === 'CallExpression';
    });
  }

  /** Follows the path from a destructuring pattern to `target` and applies it to `value`. */
  function destructure(pattern: t.Node, target: t.Identifier, value: Value, declarator: NodePath, depth: number): Value {
    // State seeded with the clock is the clock only in a ticking "now" hook, by its name.
    const init = (declarator.node as t.VariableDeclarator).init;
    if (init?.type === 'CallExpression' && /(?:^|\.)use(?:State|Ref)$/.test(calleeText(init.callee) ?? '') && !/now|today|clock|time/i.test(target.name)) return UNKNOWN;
    const steps = patternPath(pattern, target);
    if (!steps) return UNKNOWN;
    let v = value;
    for (const step of steps.props) v = member(v, step);
    if (steps.fallback) {
      const fallbackPath = findNodePath(declarator, steps.fallback);
      if (fallbackPath) v = fallback(v, evaluate(fallbackPath, depth), true);
    }
    return v;
  }

  function evaluateUnary(path: NodePath<t.UnaryExpression>, depth: number): Value {
    const arg = evaluate(path.get('argument'), depth);
    switch (path.node.operator) {
      case '-': return negate(arg);
      case '+': return toNumber(arg);
      case '!': return not(arg);
      case '~': {
        // `~~x` truncates: look through the pair.
        const inner = path.get('argument');
        if (inner.isUnaryExpression({ operator: '~' })) return toNumber(evaluate(inner.get('argument'), depth));
        return UNKNOWN;
      }
      case 'void': return { kind: 'nullish' };
      default: return UNKNOWN;
    }
  }

  function evaluateBinary(path: NodePath<t.BinaryExpression>, depth: number): Value {
    const op = path.node.operator;
    const leftPath = path.get('left') as NodePath;
    const rightPath = path.get('right');
    if (op === '+' && isPerformanceClock(leftPath.node, rightPath.node)) {
      return { kind: 'clock', lin: { now: 1, build: 0, c: 0 }, object: false, source: text(path.node) };
    }
    const left = evaluate(leftPath, depth);
    if (left.kind === 'unknown' && op !== '+') return UNKNOWN;
    const right = evaluate(rightPath, depth);
    switch (op) {
      case '+': return arithmetic('add', left, right);
      case '-': return arithmetic('sub', left, right);
      case '*': return arithmetic('mul', left, right);
      case '/': return arithmetic('div', left, right);
      case '%': return arithmetic('mod', left, right);
      case '**':
        return left.kind === 'number' && right.kind === 'number' ? { kind: 'number', value: left.value ** right.value } : UNKNOWN;
      case '|': case '>>': case '>>>':
        // `x | 0` and `x >> 0` truncate to an integer: the same instant for our purposes.
        return right.kind === 'number' && right.value === 0 ? toNumber(left) : UNKNOWN;
      default:
        if (RELATIONAL.has(op)) {
          if (right.kind === 'unknown') return UNKNOWN;
          return compare(op as RelOp, left, right, text(leftPath.node), text(rightPath.node));
        }
        return UNKNOWN;
    }
  }

  function isPerformanceClock(a: t.Node, b: t.Node): boolean {
    const isOrigin = (n: t.Node) => n.type === 'MemberExpression' && calleeText(n) === 'performance.timeOrigin';
    const isNow = (n: t.Node) => n.type === 'CallExpression' && calleeText(n.callee) === 'performance.now';
    return (isOrigin(a) && isNow(b)) || (isNow(a) && isOrigin(b));
  }

  function propertyName(path: NodePath<t.MemberExpression>, depth: number): string | undefined {
    const { property, computed } = path.node;
    if (!computed && property.type === 'Identifier') return property.name;
    if (property.type === 'PrivateName') return `#${property.id.name}`;
    const key = evaluate(path.get('property') as NodePath, depth);
    if (key.kind === 'string') return key.value;
    if (key.kind === 'number') return String(key.value);
    return undefined;
  }

  /**
   * A build-time name the bundler replaces with the build instant (`__BUILD_TIME__`,
   * `process.env.BUILD_TIMESTAMP`, `import.meta.env.VITE_BUILD_DATE`): the BUILD of the linear
   * form, so `Date.now() - __BUILD_TIME__ > 90 * DAY` is a build-age check.
   */
  function buildInstantValue(name: string, node: t.Node): Value {
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (!vocab.buildInstant.test(identifierWords(last))) return UNKNOWN;
    return { kind: 'clock', lin: { now: 0, build: 1, c: 0 }, object: false, source: text(node), buildSource: name };
  }

  function evaluateMember(path: NodePath<t.MemberExpression>, depth: number): Value {
    const envName = chainText(path.node);
    if (envName !== undefined && isDefineable(path, envName) && envName.includes('.')) return buildInstantValue(envName, path.node);
    const prop = propertyName(path, depth);
    if (prop === undefined) return tableLookup(path, depth);
    const objectNode = path.node.object;
    if (objectNode.type === 'Identifier' && objectNode.name === 'Number' && !bindingOf(path, 'Number')) {
      if (prop === 'MAX_SAFE_INTEGER' || prop === 'MAX_VALUE' || prop === 'POSITIVE_INFINITY') return { kind: 'number', value: Infinity };
    }
    // `const clock = Date.now`: the function itself, which returns the clock when called.
    const asCallee = canonicalCallee(path, vocab);
    if (asCallee !== undefined && api.clockCalls[asCallee] === 'number' && !path.parentPath?.isCallExpression()) {
      return { kind: 'function', returns: clockValue('number', path.node) };
    }
    const obj = evaluate(path.get('object'), depth);
    if (obj.kind === 'instant' || obj.kind === 'clock') {
      const epoch = api.epochProperties[prop];
      if (epoch) return epoch === 'second' ? arithmetic('div', toNumber(obj), { kind: 'number', value: 1000 }) : toNumber(obj);
      const cal = api.calendarProperties[prop];
      if (cal && obj.object) return field(obj, cal.field, cal.add, true);
      return UNKNOWN;
    }
    return member(obj, prop);
  }

  /**
   * `NODE_EOL[major]` with a key known only at run time: when every entry of the const table is a
   * fixed date, the lookup is one of them; the earliest stands for all (the first to fire).
   */
  function tableLookup(path: NodePath<t.MemberExpression>, depth: number): Value {
    if (!path.node.computed) return UNKNOWN;
    return anyEntry(evaluate(path.get('object'), depth));
  }

  function calleeText(node: t.Node): string | undefined {
    if (node.type === 'Identifier') return node.name;
    if (node.type === 'ThisExpression') return 'this';
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && node.property.type === 'Identifier') {
      const obj = calleeText(node.object);
      return obj === undefined ? undefined : `${obj}.${node.property.name}`;
    }
    return undefined;
  }

  function args(path: NodePath<t.CallExpression | t.NewExpression>): NodePath[] {
    return path.get('arguments') as NodePath[];
  }

  function argValue(path: NodePath<t.CallExpression | t.NewExpression>, i: number, depth: number): Value {
    const a = args(path)[i];
    if (!a || a.node.type === 'SpreadElement') return UNKNOWN;
    return evaluate(a, depth);
  }

  function clockValue(kind: 'number' | 'object', node: t.Node): Value {
    return { kind: 'clock', lin: { now: 1, build: 0, c: 0 }, object: kind === 'object', source: text(node) };
  }

  /** A date-ish argument: a string or number becomes a date, a date stays itself. */
  function dateArg(v: Value): Value {
    return toDate(v);
  }

  function unitOf(v: Value | undefined, fallbackUnit: string): TimeUnit | undefined {
    if (!v || v.kind === 'nullish') return parseTimeUnit(fallbackUnit);
    if (v.kind === 'string') return parseTimeUnit(v.value);
    return undefined;
  }

  function evaluateCall(path: NodePath<t.CallExpression>, depth: number): Value {
    const callee = path.get('callee') as NodePath;
    const argCount = path.node.arguments.length;
    const canonical = canonicalCallee(callee, vocab);
    if (canonical !== undefined) {
      const viaApi = evaluateApiCall(canonical, path, argCount, depth);
      if (viaApi !== undefined) return viaApi;
    }
    const calleeName = calleeText(callee.node);
    if (calleeName === 'useState' || calleeName === 'React.useState' || calleeName === 'useRef' || calleeName === 'React.useRef') {
      // React state initialised from the clock (`useState(() => Date.now())`): [value, setter].
      // Only a clock survives: any other state is changed by the user at run time.
      const init = argValue(path, 0, depth);
      const value = init.kind === 'function' ? init.returns : init;
      if (value.kind !== 'clock') return UNKNOWN;
      return calleeName.endsWith('useRef') ? { kind: 'object', props: { current: value } } : { kind: 'object', props: { 0: value } };
    }
    if (callee.isIdentifier() && callee.node.name === 'require' && !bindingOf(callee, 'require')) {
      const spec = path.node.arguments[0];
      const key = spec?.type === 'StringLiteral' ? moduleKey(spec.value) : undefined;
      if (key !== undefined) return { kind: 'import', from: key, name: '*' };
      return UNKNOWN;
    }
    if (callee.isMemberExpression() || callee.isOptionalMemberExpression()) {
      return evaluateMethodCall(path, callee as NodePath<t.MemberExpression>, depth);
    }
    // A call of a helper: `function now() { return Date.now(); }`, here or imported.
    const fn = evaluate(callee, depth);
    if (fn.kind === 'function' || (isPending(fn) && argCount === 0)) return callValue(fn);
    return UNKNOWN;
  }

  function evaluateApiCall(name: string, path: NodePath<t.CallExpression>, argCount: number, depth: number): Value | undefined {
    if (argCount === 0 && api.clockCalls[name]) return clockValue(api.clockCalls[name]!, path.node);
    const parts = api.partsFactories[name];
    if (parts && argCount >= 1) {
      const values = args(path).map((a) => evaluate(a, depth));
      return fromParts(values, parts.monthBase, text(path.node), parts.object);
    }
    const objectFactory = api.objectFactories[name];
    if (objectFactory && path.node.arguments[0]?.type === 'ObjectExpression') {
      return fromObjectFields(argValue(path, 0, depth), objectFactory.monthBase, text(path.node));
    }
    const factory = api.dateFactories[name];
    if (factory) {
      let v = argValue(path, factory.arg, depth);
      if (factory.unit === 'second') v = arithmetic('mul', v, { kind: 'number', value: 1000 });
      const format = factory.format !== undefined && path.node.arguments[factory.format] ? argValue(path, factory.format, depth) : undefined;
      return toDate(v, format && format.kind !== 'object' ? format : undefined);
    }
    const cmp = api.compareFunctions[name];
    if (cmp) {
      const operands = cmp.args.map((a) => (a === 'now' ? clockValue('object', path.node) : dateArg(argValue(path, a, depth))));
      const texts = cmp.args.map((a) => (a === 'now' ? 'now' : text(path.node.arguments[a] ?? path.node)));
      return relation(cmp.op, operands[0]!, operands[1]!, texts[0]!, texts[1]!);
    }
    const sign = api.signFunctions[name];
    if (sign) {
      const a = toNumber(dateArg(argValue(path, sign[0]!, depth)));
      const b = sign.length > 1 ? toNumber(dateArg(argValue(path, sign[1]!, depth))) : undefined;
      if (name === 'Math.sign') return signOf(argValue(path, 0, depth), undefined, text(path.node));
      return signOf(a, b, text(path.node));
    }
    const diffUnit = api.differenceFunctions[name];
    if (diffUnit) {
      const unit = parseTimeUnit(diffUnit);
      if (!unit) return UNKNOWN;
      const diff = arithmetic('sub', toNumber(dateArg(argValue(path, 0, depth))), toNumber(dateArg(argValue(path, 1, depth))));
      return arithmetic('div', diff, { kind: 'number', value: unitMs(unit) });
    }
    const add = api.addFunctions[name];
    if (add) {
      const unit = parseTimeUnit(add.replace(/^-/, ''));
      if (!unit) return UNKNOWN;
      return calendarAdd(dateArg(argValue(path, 0, depth)), argValue(path, 1, depth), unit, add.startsWith('-') ? -1 : 1);
    }
    const cal = api.calendarFunctions[name];
    if (cal) return field(dateArg(argValue(path, 0, depth)), cal.field, cal.add, true);
    if (vocab.identityFunctions.has(name)) {
      if (argCount === 0) return UNKNOWN;
      const v = argValue(path, 0, depth);
      return name.startsWith('Math.') || name === 'Number' || name === 'parseInt' || name === 'BigInt' ? toNumber(v) : v;
    }
    if (name === 'Date.parse') return toNumber(toDate(argValue(path, 0, depth)));
    if (name === 'isWithinInterval') {
      // date-fns: true from start to end; once `end` passes it turns false for good.
      const interval = argValue(path, 1, depth);
      const end = interval.kind === 'object' ? interval.props.end : isPending(interval) ? member(interval, 'end') : undefined;
      if (!end) return UNKNOWN;
      return relation('<=', dateArg(argValue(path, 0, depth)), dateArg(end), text(path.node.arguments[0]!), `${text(path.node.arguments[1]!)}.end`);
    }
    if (name === 'String.fromCharCode') {
      const codes = args(path).map((a) => evaluate(a, depth));
      return codes.every((c) => c.kind === 'number') ? { kind: 'string', value: String.fromCharCode(...codes.map((c) => (c as { value: number }).value)) } : UNKNOWN;
    }

    if (name === 'parseFloat') return toNumber(argValue(path, 0, depth));
    if (name === 'String') return UNKNOWN;
    return undefined;
  }

  function fromObjectFields(obj: Value, monthBase: 0 | 1, label: string): Value {
    if (obj.kind !== 'object') return isPending(obj) ? UNKNOWN : UNKNOWN;
    const get = (k: string[]): Value | undefined => {
      for (const key of k) if (obj.props[key]) return obj.props[key];
      return undefined;
    };
    const year = get(['year', 'years', 'y']);
    if (!year) return UNKNOWN;
    const parts = [year, get(['month', 'months', 'M']) ?? { kind: 'number', value: monthBase }, get(['day', 'days', 'date', 'd']) ?? { kind: 'number', value: 1 },
      get(['hour', 'hours', 'h']) ?? { kind: 'number', value: 0 }, get(['minute', 'minutes', 'm']) ?? { kind: 'number', value: 0 },
      get(['second', 'seconds', 's']) ?? { kind: 'number', value: 0 }] as Value[];
    return fromParts(parts, monthBase, label, true);
  }

  function evaluateMethodCall(path: NodePath<t.CallExpression>, callee: NodePath<t.MemberExpression>, depth: number): Value {
    const method = propertyName(callee, depth);
    if (method === undefined) return UNKNOWN;
    const receiverPath = callee.get('object') as NodePath;
    const receiver = evaluate(receiverPath, depth);
    // `config.get('LEGACY_SUNSET', '2027-05-01')`: the default applies when nothing is configured,
    // like `process.env.X ?? '2027-05-01'`.
    if (receiver.kind === 'unknown' && method === 'get' && path.node.arguments.length === 2
      && path.node.arguments[0]?.type === 'StringLiteral' && /config/i.test(text(receiverPath.node))) {
      return argValue(path, 1, depth);
    }
    if (receiver.kind === 'unknown' || receiver.kind === 'nullish' || receiver.kind === 'boolean') return UNKNOWN;
    if (receiver.kind === 'function' && (method === 'call' || method === 'apply')) return receiver.returns;
    // `clock.now()` on `import * as clock from './clock'`: that module's exported helper.
    if (receiver.kind === 'import' && receiver.name === '*' && path.node.arguments.length === 0) return callValue(member(receiver, method));
    if (receiver.kind === 'object' && path.node.arguments.length === 0) {
      const fnValue = member(receiver, method);
      if (fnValue.kind === 'function') return fnValue.returns;
    }
    if (receiver.kind === 'clockText' && (method === 'slice' || method === 'substring' || method === 'substr')) {
      const start = argValue(path, 0, depth);
      return start.kind === 'number' && start.value === 0 ? receiver : UNKNOWN;
    }
    if (receiver.kind === 'clockText' && (method === 'split' || method === 'trim')) return UNKNOWN;
    const epoch = api.epochMethods[method];
    if (epoch && path.node.arguments.length === 0) {
      const n = toNumber(receiver);
      return epoch === 'second' ? arithmetic('div', n, { kind: 'number', value: 1000 }) : n;
    }
    const cal = api.calendarMethods[method];
    if (cal && path.node.arguments.length === 0 && isDateLike(receiver)) {
      const utc = method.includes('UTC');
      return field(receiver, cal.field, cal.add, utc);
    }
    const cmp = api.compareMethods[method];
    if (cmp && path.node.arguments.length >= 1 && isDateLike(receiver)) {
      const other = dateArg(argValue(path, 0, depth));
      return relation(cmp, receiver, other, text(receiverPath.node), text(path.node.arguments[0]!));
    }
    const diff = api.diffMethods[method];
    if (diff && path.node.arguments.length >= 1 && isDateLike(receiver)) {
      const unit = unitOf(path.node.arguments[1] ? argValue(path, 1, depth) : undefined, diff);
      if (!unit) return UNKNOWN;
      const d = arithmetic('sub', toNumber(receiver), toNumber(dateArg(argValue(path, 0, depth))));
      return arithmetic('div', d, { kind: 'number', value: unitMs(unit) });
    }
    if (method === 'diffNow' && isDateLike(receiver)) {
      const unit = unitOf(path.node.arguments[0] ? argValue(path, 0, depth) : undefined, 'ms');
      if (!unit) return UNKNOWN;
      const d = arithmetic('sub', toNumber(receiver), clockValue('number', path.node));
      return arithmetic('div', d, { kind: 'number', value: unitMs(unit) });
    }
    const addSign = api.addMethods[method];
    if (addSign && path.node.arguments.length >= 1 && isDateLike(receiver)) {
      const first = argValue(path, 0, depth);
      if (first.kind === 'object') {
        let v: Value = receiver;
        for (const [k, amount] of Object.entries(first.props)) {
          const unit = parseTimeUnit(k);
          if (!unit) return UNKNOWN;
          v = calendarAdd(v, amount, unit, addSign);
        }
        return v;
      }
      const unit = unitOf(path.node.arguments[1] ? argValue(path, 1, depth) : undefined, 'ms');
      return unit ? calendarAdd(receiver, first, unit, addSign) : UNKNOWN;
    }
    if (vocab.identityMethods.has(method) && isDateLike(receiver)) return receiver;
    if ((method === 'setHours' || method === 'setUTCHours') && receiver.kind === 'instant'
      && args(path).every((a) => a.isNumericLiteral({ value: 0 }))) {
      // Returns the epoch of the start of that day (read as UTC, like every zone-less date here).
      return { kind: 'instant', ms: Math.floor(receiver.ms / 86_400_000) * 86_400_000, origin: receiver.origin, object: false };
    }
    if (vocab.isoStringMethods.has(method) && receiver.kind === 'clock' && receiver.lin.now === 1 && receiver.lin.c === 0 && receiver.object) {
      return { kind: 'clockText', source: text(path.node) };
    }
    if (vocab.isoStringMethods.has(method) && receiver.kind === 'instant') return { kind: 'string', value: new Date(receiver.ms).toISOString() };
    // `[0, 6].includes(new Date().getDay())`: a calendar check against a set of values.
    if (method === 'includes' && receiver.kind === 'object' && path.node.arguments.length === 1) {
      const arg = argValue(path, 0, depth);
      const first = receiver.props['0'];
      if (arg.kind === 'calendar' && arg.field !== 'year' && first?.kind === 'number') {
        return { kind: 'condition', cond: { kind: 'calendar', field: arg.field, op: 'in', value: first.value - arg.add, clockText: text(path.node.arguments[0]!) } };
      }
    }
    // `systemClock.now()` on an imported object: its method, resolved at link time.
    if (isPending(receiver) && path.node.arguments.length === 0) return callValue(member(receiver, method));
    return UNKNOWN;
  }

  /** Date objects, epoch numbers, and values not known until link time. */
  function isDateLike(v: Value): boolean {
    return v.kind === 'instant' || v.kind === 'clock' || isPending(v);
  }

  function evaluateNew(path: NodePath<t.NewExpression>, depth: number): Value {
    const callee = path.get('callee') as NodePath;
    const name = canonicalCallee(callee, vocab);
    const n = path.node.arguments.length;
    if (name === 'Date') {
      if (n === 0) return clockValue('object', path.node);
      if (n === 1) return toDate(argValue(path, 0, depth));
      return fromParts(args(path).map((a) => evaluate(a, depth)), 0, text(path.node), true);
    }
    if (name !== undefined) {
      const parts = api.partsFactories[name];
      if (parts && n >= 1) return fromParts(args(path).map((a) => evaluate(a, depth)), parts.monthBase, text(path.node), true);
    }
    return UNKNOWN;
  }

  function evaluateObject(path: NodePath<t.ObjectExpression>, depth: number): Value {
    const props: Record<string, Value> = {};
    const spreads: Value[] = [];
    let count = 0;
    for (const p of path.get('properties')) {
      if (++count > MAX_OBJECT_PROPS) break;
      if (p.isObjectProperty()) {
        const key = p.node.computed ? evaluate(p.get('key') as NodePath, depth) : keyValue(p.node.key);
        if (key.kind !== 'string' && key.kind !== 'number') continue;
        props[String(key.value)] = evaluate(p.get('value') as NodePath, depth);
      } else if (p.isSpreadElement()) {
        const spread = evaluate(p.get('argument'), depth);
        if (spread.kind === 'object') Object.assign(props, spread.props);
        else if (isPending(spread)) spreads.push(spread);
      } else if (p.isObjectMethod() && !p.node.computed) {
        const key = keyValue(p.node.key);
        if (key.kind !== 'string') continue;
        const fn = functionValue(p, depth);
        // A getter reads as its value; a method is a function to call.
        props[key.value] = p.node.kind === 'get' ? (fn.kind === 'function' ? fn.returns : UNKNOWN) : fn;
      }
    }
    // `{ ...require('./dates'), X: 1 }`: the imported part is merged at link time.
    return spreads.length > 0 ? { kind: 'object', props, spreads } : { kind: 'object', props };
  }

  /**
   * A function whose body returns one expression that does not use its parameters: calling it
   * gives that value (`function now() { return Date.now(); }`).
   */
  function functionValue(path: NodePath<t.Function>, depth: number): Value {
    const cached = functionMemo.get(path.node);
    if (cached) return cached;
    if (functionsInProgress.has(path.node)) return UNKNOWN; // recursion
    functionsInProgress.add(path.node);
    try {
      const value = computeFunctionValue(path, depth);
      functionMemo.set(path.node, value);
      return value;
    } finally {
      functionsInProgress.delete(path.node);
    }
  }

  function computeFunctionValue(path: NodePath<t.Function>, depth: number): Value {
    const node = path.node;
    if (node.async || node.generator) return UNKNOWN;
    let returned: NodePath | undefined;
    const body = path.get('body') as NodePath;
    if (body.isBlockStatement()) {
      // One way out: the final `return expr` (statements before it may set up what it returns).
      const stmts = body.get('body');
      const last = stmts[stmts.length - 1];
      if (last?.isReturnStatement() && last.node.argument && countReturns(body.node) === 1) returned = last.get('argument') as NodePath;
    } else {
      returned = body;
    }
    if (!returned) return UNKNOWN;
    if (node.params.length > 0) {
      const names = new Set(node.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? [p.left.name] : [])));
      if (names.size !== node.params.length || usesAny(returned.node, names)) return UNKNOWN;
    }
    const v = evaluate(returned, depth);
    return v.kind === 'unknown' ? UNKNOWN : { kind: 'function', returns: v };
  }

  function classStatics(path: NodePath<t.Class>, depth: number): Value {
    return classFields(path, true, depth);
  }

  /**
   * The class fields `this` can see: static fields in a static method, else instance fields that
   * are readonly or never assigned through `this.x =` in the class body.
   */
  function classFields(path: NodePath<t.Class>, statics: boolean, depth: number): Value {
    const cache = statics ? staticFieldsMemo : instanceFieldsMemo;
    const cached = cache.get(path.node);
    if (cached) return cached;
    const value = computeClassFields(path, statics, depth);
    cache.set(path.node, value);
    return value;
  }

  function computeClassFields(path: NodePath<t.Class>, statics: boolean, depth: number): Value {
    const props: Record<string, Value> = {};
    let assigned = statics ? new Set<string>() : assignedMembersMemo.get(path.node);
    if (!assigned) assignedMembersMemo.set(path.node, (assigned = assignedThisMembers(path.node)));
    for (const member of path.get('body').get('body')) {
      // `static get EXPIRY() { return new Date('2027-01-01'); }` reads as its value.
      if (member.isClassMethod() && member.node.kind === 'get' && !!member.node.static === statics && !member.node.computed) {
        const key = keyValue(member.node.key);
        const fn = functionValue(member, depth);
        if (key.kind === 'string' && fn.kind === 'function') props[key.value] = fn.returns;
        continue;
      }
      if (!(member.isClassProperty() || member.isClassPrivateProperty()) || !!member.node.static !== statics || !member.node.value) continue;
      if (member.isClassProperty() && member.node.computed) continue;
      const keyNode = member.node.key;
      const key = keyNode.type === 'PrivateName' ? { kind: 'string' as const, value: `#${keyNode.id.name}` } : keyValue(keyNode);
      if (key.kind !== 'string') continue;
      if (!statics && !member.node.readonly && assigned.has(key.value)) continue;
      props[key.value] = evaluate(member.get('value') as NodePath, depth);
    }
    return { kind: 'object', props };
  }

  function thisValue(path: NodePath, depth: number): Value {
    let fn = path.getFunctionParent();
    while (fn && fn.isArrowFunctionExpression()) fn = fn.parentPath?.getFunctionParent() ?? null;
    if (!fn || !(fn.isClassMethod() || fn.isClassPrivateMethod())) return UNKNOWN;
    const cls = fn.parentPath?.parentPath;
    if (!cls || !(cls.isClassDeclaration() || cls.isClassExpression())) return UNKNOWN;
    return classFields(cls, !!fn.node.static, depth);
  }

  function evaluateEnum(path: NodePath<t.TSEnumDeclaration>, depth: number): Value {
    const props: Record<string, Value> = {};
    let next = 0;
    const members = (path.get('members') as NodePath<t.TSEnumMember>[]);
    for (const m of members) {
      const key = m.node.id.type === 'Identifier' ? m.node.id.name : m.node.id.value;
      if (m.node.initializer) {
        const v = evaluate(m.get('initializer') as NodePath, depth);
        props[key] = v;
        next = v.kind === 'number' ? v.value + 1 : NaN;
      } else {
        props[key] = Number.isNaN(next) ? UNKNOWN : { kind: 'number', value: next };
        next += 1;
      }
    }
    return { kind: 'object', props };
  }

  const shared = new Map<string, Map<t.Node, unknown>>();
  function memoize<T>(tag: string, node: t.Node, compute: () => T): T {
    let byNode = shared.get(tag);
    if (!byNode) shared.set(tag, (byNode = new Map()));
    if (byNode.has(node)) return byNode.get(node) as T;
    const v = compute();
    byNode.set(node, v);
    return v;
  }

  return { evaluate: (p) => evaluate(p, 0), text, memoize };
}

/** Names assigned as `this.x = ...` anywhere in a class body (those fields are not constants). */
function assignedThisMembers(cls: t.Class): Set<string> {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const o = n as t.Node;
    if ((o.type === 'AssignmentExpression' || o.type === 'UpdateExpression')) {
      const target = o.type === 'AssignmentExpression' ? o.left : o.argument;
      if (target.type === 'MemberExpression' && target.object.type === 'ThisExpression' && target.property.type === 'Identifier') out.add(target.property.name);
    }
    // for-in, not Object.entries: no array per node. (Inherited keys are the parser's methods: not objects.)
    for (const k in o) {
      const v = (o as unknown as Record<string, unknown>)[k];
      if (k !== 'loc' && k !== 'leadingComments' && k !== 'trailingComments' && v && typeof v === 'object') visit(v);
    }
  };
  visit(cls.body);
  return out;
}

function mergeElements(array: Value): Value | undefined {
  if (array.kind !== 'object') return undefined;
  const elements = Object.keys(array.props).filter((k) => /^\d+$/.test(k)).map((k) => array.props[k]!);
  if (elements.length === 0) return undefined;
  // Only records (`{ key, until }`); a list of bare years or numbers is a dropdown, not a schedule.
  if (!elements.every((e) => e.kind === 'object')) return undefined;
  const props: Record<string, Value> = {};
  const keys = new Set(elements.flatMap((e) => Object.keys((e as { props: Record<string, Value> }).props)));
  for (const key of keys) props[key] = earliest(elements.map((e) => (e as { props: Record<string, Value> }).props[key] ?? UNKNOWN));
  return { kind: 'object', props };
}

/** Of several candidate values, the one that is the earliest date (or the first, when none is). */
function earliest(values: Value[]): Value {
  let best: { v: Value; at: number } | undefined;
  for (const v of values) {
    const d = toDate(v);
    if (d.kind === 'instant' && (!best || d.ms < best.at)) best = { v, at: d.ms };
  }
  return best?.v ?? values[0] ?? UNKNOWN;
}

function keyValue(key: t.Node): Value {
  if (key.type === 'Identifier') return { kind: 'string', value: key.name };
  if (key.type === 'StringLiteral') return { kind: 'string', value: key.value };
  if (key.type === 'NumericLiteral') return { kind: 'number', value: key.value };
  return UNKNOWN;
}

function collectEnums(program: NodePath<t.Program>): Map<string, NodePath<t.TSEnumDeclaration>> {
  const out = new Map<string, NodePath<t.TSEnumDeclaration>>();
  for (const stmt of program.get('body')) {
    const decl = stmt.isExportNamedDeclaration() ? stmt.get('declaration') : stmt;
    if (decl.node && decl.isTSEnumDeclaration()) out.set(decl.node.id.name, decl);
  }
  return out;
}

/** The property path from a destructuring pattern down to one identifier, and its default. */
function patternPath(pattern: t.Node, target: t.Identifier): { props: string[]; fallback?: t.Node } | undefined {
  if (pattern === target) return { props: [] };
  if (pattern.type === 'AssignmentPattern') {
    const inner = patternPath(pattern.left, target);
    if (inner && inner.props.length === 0 && !inner.fallback) return { props: [], fallback: pattern.right };
    return inner;
  }
  if (pattern.type === 'ObjectPattern') {
    for (const prop of pattern.properties) {
      if (prop.type !== 'ObjectProperty' || prop.computed) continue;
      const key = keyValue(prop.key);
      if (key.kind !== 'string') continue;
      const inner = patternPath(prop.value, target);
      if (inner) return { ...inner, props: [key.value, ...inner.props] };
    }
  }
  if (pattern.type === 'ArrayPattern') {
    for (let i = 0; i < pattern.elements.length; i++) {
      const el = pattern.elements[i];
      if (!el || el.type === 'RestElement') continue;
      const inner = patternPath(el, target);
      if (inner) return { ...inner, props: [String(i), ...inner.props] };
    }
  }
  return undefined;
}

function findNodePath(root: NodePath, target: t.Node): NodePath | undefined {
  let found: NodePath | undefined;
  root.traverse({
    noScope: true,
    enter(p) {
      if (p.node === target) {
        found = p;
        p.stop();
      }
    },
  });
  return found;
}

/** Return statements of a function body, not counting nested functions. */
function countReturns(body: t.Node): number {
  let count = 0;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const o = n as { type?: string };
    if (o.type === 'ReturnStatement') count++;
    if (o.type && /Function|ClassMethod|ObjectMethod/.test(o.type)) return;
    for (const k in o) {
      const v = (o as Record<string, unknown>)[k];
      if (k !== 'loc' && v && typeof v === 'object') visit(v);
    }
  };
  visit((body as t.BlockStatement).body);
  return count;
}

function usesAny(node: t.Node, names: Set<string>): boolean {
  let used = false;
  const visit = (n: unknown): void => {
    if (used || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const o = n as { type?: string; name?: string };
    if (o.type === 'Identifier' && o.name && names.has(o.name)) { used = true; return; }
    for (const k in o) {
      if (k === 'loc' || k === 'start' || k === 'end' || k === 'leadingComments' || k === 'trailingComments') continue;
      const v = (o as Record<string, unknown>)[k];
      if (v && typeof v === 'object') visit(v);
    }
  };
  visit(node);
  return used;
}
