/**
 * js/prerelease-expiry: a time trigger behind a pre-release guard (`IS_BETA`, `channel ===
 * 'beta'`, `version.includes('-rc')`). The VMware ESX 3.5 Update 2 failure: expiry code meant
 * for pre-release builds, left switched on in the release.
 */
import { describeEffect, describeVia, inspectClockSite, isCandidateNode } from '../../src/analysis/js/clock-site.js';
import { analyseGuard, isBlocking } from '../../src/analysis/js/context.js';
import { classifyCondition } from '../../src/analysis/js/guards.js';
import { identifierWords } from '../../src/analysis/vocabulary.js';
import { defineRule, type NodePath, type t } from '../../src/engine/rule-api.js';

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/prerelease-expiry',
    defaultSeverity: 'error',
    description: 'A pre-release expiry gate: a time trigger behind a beta/preview/channel/version check. If the check is on in the release, the release expires.',
    messages: {
      gate: 'Pre-release expiry gate behind `{{guard}}`: {{fires}} {{date}} ({{when}}): {{effect}} once {{clock}} passes {{fixed}}{{where}}.{{guardState}} {{hint}}',
      blocks: 'Pre-release expiry check behind `{{guard}}`: {{effect}} ({{words}}); the date is decided at run time.{{guardState}} {{hint}}',
    },
    tags: ['time-bomb', 'release'],
    precision: 'high',
  },
  create(context) {
    const check = (path: NodePath) => {
      if (!isCandidateNode(path)) return;
      const site = inspectClockSite(path, context);
      if (!site?.prerelease) return;
      // The guard decides whether release builds carry the trigger; the effect decides how bad.
      // The guard already says "beta": only words of expiry itself raise the grade here.
      const expiryWords = site.guard.words.filter((w) => speaksOfExpiry(w));
      const severity = site.blocking.length > 0 || expiryWords.length > 0 || site.buildAge ? 'error' : 'warning';
      context.report({
        node: path.node,
        messageId: 'gate',
        severity,
        trigger: site.value,
        guards: site.guards,
        data: {
          guard: site.prerelease.text,
          effect: describeEffect(site.blocking, site.guard),
          where: describeVia(site.guard),
          hint: 'Make sure release builds compile the check out (a build-time define such as `__BETA__=false`), and scan with `--profile release` to confirm.',
        },
      });
    };
    /**
     * `if (IS_BETA && buildHasExpired()) app.quit()`: a blocking expiry path behind a pre-release
     * guard, whose date is not in the code. Reported without a date, unless a dated comparison
     * inside it is reported already.
     */
    const checkBlock = (path: NodePath<t.IfStatement>) => {
      const test = path.get('test');
      const guard = classifyCondition(test, context.evaluator, context.vocabulary);
      if (!guard?.prerelease) return;
      const behaviour = analyseGuard(test, true, context.vocabulary, context.evaluator.text, context.source);
      const blocking = behaviour.after.filter(isBlocking);
      const expiryWords = behaviour.words.filter((w) => speaksOfExpiry(w));
      if (blocking.length === 0 || expiryWords.length === 0 || readsClock(test) || holdsClockSite(path)) return;
      context.report({
        node: test.node,
        messageId: 'blocks',
        severity: 'warning',
        guards: [guard],
        data: {
          guard: guard.text,
          effect: describeEffect(blocking, behaviour),
          words: expiryWords.slice(0, 2).map((w) => JSON.stringify(w)).join(', '),
          hint: 'Make sure release builds compile this path out (a build-time define such as `__BETA__=false`), and scan with `--profile release` to confirm.',
        },
      });
    };
    /** "nightlyExpired" speaks of expiry once the pre-release word is taken out; "Insiders" does not. */
    const prereleaseWords = new RegExp(context.vocabulary.prereleaseFlag.source, 'gi');
    const speaksOfExpiry = (w: string): boolean => context.vocabulary.expiryWords.test(identifierWords(w).replace(prereleaseWords, ' '));
    /** Whether any node inside `path` (not `path` itself) satisfies `test`; stops at the first. */
    const anyInside = (path: NodePath, test: (inner: NodePath) => boolean): boolean => {
      let found = false;
      path.traverse({
        noScope: true,
        enter(inner) {
          if (found) { inner.stop(); return; }
          found = test(inner);
        },
      });
      return found;
    };
    /** `isPreview && Date.now() > lease.expiresAt`: the clock against a date read at run time is not a time bomb. */
    const readsClock = (test: NodePath): boolean => anyInside(test, (inner) => {
      const v = context.evaluator.evaluate(inner);
      return v.kind === 'clock' && v.lin.now !== 0;
    });
    const holdsClockSite = (path: NodePath): boolean => anyInside(path, (inner) => isCandidateNode(inner) && inspectClockSite(inner, context) !== undefined);
    return { BinaryExpression: check, CallExpression: check, IfStatement: checkBlock };
  },
});
