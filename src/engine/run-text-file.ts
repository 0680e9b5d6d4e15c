/**
 * The per-file phase for text rules (config files, certificates): each rule that wants the file
 * reads it and reports; reports become pending reports like those of JS rules, so positions,
 * severities, fingerprints and trigger dates are handled in one place. A throwing rule becomes a
 * FileError.
 */
import { toReadableDate } from '../analysis/time.js';
import type { FileFacts, PendingReport } from './facts.js';
import { snippetAt, snippetOf, type Snippet } from './locate.js';
import type { TextReport, TextRule, TextRuleContext } from './rule-api.js';

/** What each text rule's context is made of, plus the rules that may want the file. */
export type TextFileInput = Omit<TextRuleContext<string>, 'report'> & { rules: TextRule[] };

export function analyseTextFile(input: TextFileInput): FileFacts {
  const { file, source, bytes, now, horizonEnd, releaseConfig, profile, rules, vocabulary } = input;
  const facts: FileFacts = { file, reports: [], exports: {}, starExports: [], errors: [] };
  const base = file.slice(file.lastIndexOf('/') + 1);
  for (const rule of rules) {
    if (!rule.files.test(base)) continue;
    try {
      rule.check({
        file, source, bytes, now, horizonEnd, releaseConfig, vocabulary,
        ...(profile !== undefined ? { profile } : {}),
        report: (r: TextReport<string>) => facts.reports.push(toPending(rule, r, source)),
      });
    } catch (error) {
      facts.errors.push({ file, phase: 'rule', message: `${rule.meta.id}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return facts;
}

function toPending(rule: TextRule, r: TextReport<string>, source: string): PendingReport {
  const shown: Snippet = r.snippet !== undefined ? { text: r.snippet } : snippetAt(source, r.span);
  // The fingerprint's text stays that of the line's first 300 characters (made again only when
  // the snippet shows the line from its middle).
  const fingerprintText = r.matched ?? (shown.column === undefined ? shown.text : snippetOf(source, r.span));
  return {
    ruleId: rule.meta.id,
    severity: r.severity ?? rule.meta.defaultSeverity,
    template: rule.meta.messages[r.messageId] ?? r.messageId,
    data: r.data ?? {},
    span: r.span,
    snippet: shown.text,
    ...(shown.column !== undefined ? { snippetColumn: shown.column } : {}),
    matched: fingerprintText.replace(/\s+/g, ' ').trim().slice(0, 300),
    ...(r.triggerAt !== undefined
      ? {
          trigger: {
            kind: 'condition' as const,
            cond: { kind: 'time' as const, at: r.triggerAt, trueAfter: true, dateText: r.triggerText ?? toReadableDate(r.triggerAt), clockText: 'the clock' },
          },
        }
      : {}),
  };
}
