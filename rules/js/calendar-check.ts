/**
 * js/calendar-check: behaviour that depends on the month, day or weekday of the current date
 * (holiday banners, "closed on Sundays"). It recurs rather than fires once, so it is a note.
 */
import { defineRule, type NodePath, type t } from '../../src/engine/rule-api.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIONAL = new Set(['<', '<=', '>', '>=', '==', '===', '!=', '!==']);

export default defineRule({
  target: 'js',
  meta: {
    id: 'js/calendar-check',
    defaultSeverity: 'note',
    description: 'Behaviour depends on the month, day or weekday of the current date.',
    messages: {
      calendar: 'Behaviour depends on the calendar: {{clock}} {{op}} {{value}}{{meaning}}. Make sure the other days of the year are tested.',
    },
    tags: ['calendar'],
    precision: 'high',
  },
  create(context) {
    const check = (path: NodePath) => {
        const value = context.evaluator.evaluate(path);
        if (value.kind !== 'condition' || value.cond.kind !== 'calendar') return;
        const c = value.cond;
        const meaning = c.field === 'month' && c.value >= 0 && c.value < 12 ? ` (${MONTHS[c.value]})`
          : c.field === 'weekday' && c.value >= 0 && c.value < 7 ? ` (${WEEKDAYS[c.value]})` : '';
        context.report({
          node: path.node,
          messageId: 'calendar',
          data: { clock: c.clockText, op: c.op, value: String(c.value), meaning },
        });
    };
    return {
      BinaryExpression(path: NodePath<t.BinaryExpression>) {
        if (RELATIONAL.has(path.node.operator)) check(path);
      },
      CallExpression(path: NodePath<t.CallExpression>) {
        const callee = path.node.callee;
        if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === 'includes') check(path);
      },
    };
  },
});
