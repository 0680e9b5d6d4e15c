/**
 * js/build-age: the current time minus the build instant compared with a duration
 * (`Date.now() - __BUILD_TIME__ > 90 * DAY`): the product stops working a fixed time after it
 * was built, whenever that was. With a known build date the firing day is reported.
 */
import { describeEffect, describeVia, inspectClockSite, isCandidateNode } from '../../src/analysis/js/clock-site.js';
import { defineRule, type NodePath } from '../../src/engine/rule-api.js';

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/build-age',
    defaultSeverity: 'warning',
    description: 'A build-age check: behaviour changes a fixed number of days after the build (a "this build is too old" check).',
    messages: {
      age: 'Build-age check: {{effect}} {{afterBuild}} days after the build ({{builtOn}}): {{clock}} compared with {{fixed}}{{where}}.{{guardState}} {{hint}}',
    },
    tags: ['time-bomb', 'release'],
    precision: 'high',
  },
  create(context) {
    const check = (path: NodePath) => {
      if (!isCandidateNode(path)) return;
      const site = inspectClockSite(path, context);
      if (!site || site.prerelease || !site.buildAge) return;
      // A build-age check that only nudges (an update hint) is worth knowing, not failing on.
      const severity = site.blocking.length > 0 ? 'error' : site.guard.words.length > 0 ? 'warning' : 'note';
      context.report({
        node: path.node,
        messageId: 'age',
        severity,
        trigger: site.value,
        guards: site.guards,
        data: {
          effect: describeEffect(site.blocking, site.guard),
          where: describeVia(site.guard),
          hint: 'Users who install late or cannot update are locked out: remove the check from release builds, or warn without blocking.',
        },
      });
    };
    return { BinaryExpression: check, CallExpression: check };
  },
});
