/**
 * js/prerelease-expiry: a time trigger behind a pre-release guard (`IS_BETA`, `channel ===
 * 'beta'`, `version.includes('-rc')`). The VMware ESX 3.5 Update 2 failure: expiry code meant
 * for pre-release builds, left switched on in the release.
 */
import { describeEffect, describeVia, inspectClockSite, isCandidateNode } from '../../src/analysis/js/clock-site.js';
import { identifierWords } from '../../src/analysis/vocabulary.js';
import { defineRule, type NodePath } from '../../src/engine/rule-api.js';

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/prerelease-expiry',
    defaultSeverity: 'error',
    description: 'A pre-release expiry gate: a time trigger behind a beta/preview/channel/version check. If the check is on in the release, the release expires.',
    messages: {
      gate: 'Pre-release expiry gate behind `{{guard}}`: {{fires}} {{date}} ({{when}}): {{effect}} once {{clock}} passes {{fixed}}{{where}}.{{guardState}} {{hint}}',
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
      const expiryWords = site.guard.words.filter((w) => !context.vocabulary.prereleaseFlag.test(identifierWords(w)));
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
    return { BinaryExpression: check, CallExpression: check };
  },
});
