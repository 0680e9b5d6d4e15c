import type { RuleMetaData } from '../../src/engine/rule-meta.js';
import type { Finding, ScanResult, SuppressedFinding, Suppression } from '../../src/engine/types.js';

export const RULES: RuleMetaData[] = [
  { id: 'js/hardcoded-expiry', defaultSeverity: 'error', description: 'Code that stops working after a fixed date.', messages: { fires: 'x' } },
];

/** Two rules as the real catalogue declares them: tags, precision. */
export const FULL_RULES: RuleMetaData[] = [
  {
    id: 'js/hardcoded-expiry', defaultSeverity: 'warning', description: 'The current time is compared with a fixed date.',
    messages: { fires: 'x' }, tags: ['time-bomb', 'reliability'], precision: 'high',
  },
  {
    id: 'js/calendar-check', defaultSeverity: 'note', description: 'Behaviour depends on the month or weekday.',
    messages: { calendar: 'x' }, tags: ['calendar'], precision: 'high',
  },
];

export function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'js/hardcoded-expiry', severity: 'error', message: 'Stops working on 2027-03-01 (400 days from now)',
    file: 'src/license.ts', line: 12, column: 5, endLine: 12, endColumn: 26,
    trigger: { date: '2027-03-01T00:00:00.000Z', daysFromNow: 400 }, fingerprint: 'abc',
    snippet: 'if (Date.now() > TRIAL_END) {', ...over,
  };
}

export function suppressedFinding(over: Partial<Finding>, suppression: Partial<Suppression> = {}): SuppressedFinding {
  return {
    ...finding(over),
    suppression: { kind: 'inline', reason: 'kept until the 2.0 release', source: 'src/license.ts:11', ...suppression },
  };
}

export function result(findings: Finding[], over: Partial<ScanResult> = {}): ScanResult {
  return {
    version: 1, tool: { name: 'timebomb', version: '0.1.0' }, now: '2026-01-25T00:00:00.000Z',
    findings, suppressed: [], errors: [], stats: { filesScanned: 41, durationMs: 210 }, ...over,
  };
}
