/**
 * js/hardcoded-expiry: the current time compared with a fixed date, epoch or year.
 * Graded by what the guarded code does once the date has passed. Sites behind a pre-release
 * guard belong to js/prerelease-expiry, build-age checks to js/build-age.
 */
import { describeEffect, describeVia, inspectClockSite, isCandidateNode } from '../../src/analysis/js/clock-site.js';
import { isPending } from '../../src/analysis/value.js';
import { defineRule, type NodePath } from '../../src/engine/rule-api.js';
import buildAge, { buildAgeSeverity } from './build-age.js';

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/hardcoded-expiry',
    defaultSeverity: 'warning',
    description: 'The current time is compared with a fixed date, epoch or year: behaviour changes when that date passes.',
    messages: {
      fires: '{{fires}} {{date}} ({{when}}): {{effect}} once {{clock}} passes {{fixed}}{{where}}.{{guardState}} {{hint}}',
    },
    tags: ['time-bomb', 'reliability'],
    precision: 'high',
    reportsAlsoAs: [buildAge.meta.id],
  },
  create(context) {
    const check = (path: NodePath) => {
      if (!isCandidateNode(path)) return;
      const site = inspectClockSite(path, context);
      if (!site || site.prerelease || site.buildAge) return;
      const severity = site.blocking.length > 0 || site.guard.words.length > 0 ? 'error' : 'warning';
      context.report({
        node: path.node,
        messageId: 'fires',
        severity,
        trigger: site.value,
        guards: site.guards,
        // `Date.now() - BUILD_TIMESTAMP` with the build instant imported: known at link time.
        ...(isPending(site.value) ? { buildRelative: { ruleId: buildAge.meta.id, template: buildAge.meta.messages.age, severity: buildAgeSeverity(site) } } : {}),
        data: {
          effect: describeEffect(site.blocking, site.guard),
          where: describeVia(site.guard),
          hint: severity === 'error'
            ? 'Remove the fixed date from release code, or read it from configuration with the check off by default.'
            : 'If the date is intended, record it (suppress with a reason); otherwise make it configurable.',
        },
      });
    };
    return { BinaryExpression: check, CallExpression: check };
  },
});
