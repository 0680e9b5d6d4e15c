/**
 * js/build-age: the current time minus the build instant compared with a duration
 * (`Date.now() - __BUILD_TIME__ > 90 * DAY`): the product stops working a fixed time after it
 * was built, whenever that was. With a known build date the firing day is reported.
 */
import { describeEffect, describeVia, inspectClockSite, isCandidateNode } from '../../src/analysis/js/clock-site.js';
import type { ClockSite } from '../../src/analysis/js/clock-site.js';
import { defineRule, type NodePath, type Severity } from '../../src/engine/rule-api.js';

/** A build that stops working when it is old is an error; one that changes behaviour, a warning. */
export function buildAgeSeverity(site: ClockSite): Severity {
  return site.blocking.length > 0 ? 'error' : 'warning';
}

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/build-age',
    defaultSeverity: 'warning',
    description: 'A build-age check: behaviour changes a fixed number of days after the build (a "this build is too old" check).',
    messages: {
      age: 'Build-age check: {{effect}} {{age}}: {{clock}} compared with {{fixed}}{{where}}.{{guardState}} {{hint}}',
    },
    tags: ['time-bomb', 'release'],
    precision: 'high',
  },
  create(context) {
    const check = (path: NodePath) => {
      if (!isCandidateNode(path)) return;
      const site = inspectClockSite(path, context);
      if (!site || site.prerelease || !site.buildAge) return;
      const severity = buildAgeSeverity(site);
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
