/**
 * A release audit report in GitHub-flavoured markdown (a PR comment, a job summary, a wiki
 * page): a summary, every trigger in the order it fires, findings without a date, what was
 * suppressed and why, the files that could not be scanned, and the scope of the scan.
 *
 * Scanned text (paths, messages) is escaped so it renders as the text it is: no table broken by
 * a `|`, no code span opened by a backtick, no emphasis, link, HTML or math from the source.
 * Timing is left out so the same scan gives the same report.
 */
import type { Finding, ScanResult, SuppressedFinding, Suppression } from '../engine/types.js';
import { escapeControl } from './escape.js';
import {
  compareByFiringDate, compareByLocation, describeDays, isoDay, plural, SEVERITIES, summarise,
} from './summary.js';
import { compareText } from '../engine/text-order.js';
import type { Reporter, ReporterContext } from './types.js';

export const markdownReporter: Reporter = (result, ctx) => {
  const out: string[] = ['# timebomb release audit', ''];
  out.push(...summarySection(result), '');

  const dated = result.findings.filter((f) => f.trigger !== null).sort(compareByFiringDate);
  out.push('## Triggers by firing date', '');
  if (dated.length === 0) out.push('No finding fires on a fixed date.', '');
  else {
    out.push(
      ...table(
        ['When', 'Days from now', 'Severity', 'Rule', 'Where', 'What'],
        ['---', '---', '---', '---', '---', '---'],
        dated.map((f) => [isoDay(f.trigger!.date), describeDays(f.trigger!.daysFromNow), f.severity, f.ruleId, where(f), f.message]),
      ),
      '',
    );
  }

  const undated = result.findings.filter((f) => f.trigger === null).sort(compareByLocation);
  if (undated.length > 0) {
    out.push('## Findings without a date', '');
    out.push(
      ...table(['Severity', 'Rule', 'Where', 'What'], ['---', '---', '---', '---'], undated.map((f) => [f.severity, f.ruleId, where(f), f.message])),
      '',
    );
  }

  out.push('## Suppressions', '');
  if (result.suppressed.length === 0) out.push('Nothing was suppressed.', '');
  else {
    const rows = [...result.suppressed].sort(compareByFiringDate).map((f: SuppressedFinding) => [
      f.trigger ? isoDay(f.trigger.date) : '—', f.severity, f.ruleId, where(f), kindWord(f.suppression), f.suppression.reason,
      f.suppression.until ?? '—', f.suppression.source,
    ]);
    out.push(
      ...table(['When', 'Severity', 'Rule', 'Where', 'Suppressed by', 'Reason', 'Until', 'Written at'], Array(8).fill('---'), rows),
      '',
    );
  }

  if (result.errors.length > 0) {
    out.push('## Files not scanned', '');
    const errors = [...result.errors].sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
    out.push(...table(['File', 'Phase', 'Problem'], ['---', '---', '---'], errors.map((e) => [e.file, e.phase, e.message])), '');
  }

  out.push(...scopeSection(result, ctx));
  return out.join('\n') + '\n';
};

function summarySection(result: ScanResult): string[] {
  const s = summarise(result);
  const n = result.findings.length;
  const lines: string[] = [];
  lines.push(
    `Reference date (\`--now\`): **${isoDay(result.now)}**. ` +
      `${plural(result.stats.filesScanned, 'file')} scanned by ${escapeMarkdown(`${result.tool.name} ${result.tool.version}`)}.`,
    '',
  );
  if (n === 0) lines.push('**No time bombs found.**');
  else {
    const parts = [`**${plural(n, 'finding')}** in ${plural(s.filesWithFindings, 'file')}`];
    if (s.alreadyFired > 0) parts.push(`**${s.alreadyFired} already fired**`);
    if (s.nextToFire) {
      const t = s.nextToFire.trigger!;
      parts.push(`the next fires on **${isoDay(t.date)}** (${describeDays(t.daysFromNow)})`);
    }
    lines.push(parts.join('; ') + '.');
  }
  lines.push('');
  lines.push(
    ...table(
      ['Severity', 'Findings'],
      ['---', '---:'],
      [
        ...SEVERITIES.map((sev) => [sev, String(s.counts[sev])]),
        ['suppressed', String(result.suppressed.length)],
        ['files not scanned', String(result.errors.length)],
      ],
    ),
  );
  return lines;
}

function scopeSection(result: ScanResult, ctx: ReporterContext): string[] {
  const rules = [...ctx.rules].sort((a, b) => compareText(a.id, b.id));
  const lines = ['## Scope', ''];
  lines.push(`- Reference date (\`--now\`): ${escapeMarkdown(result.now)}`);
  lines.push(`- Files scanned: ${result.stats.filesScanned}`);
  if (ctx.profile !== undefined) lines.push(`- Profile: ${escapeMarkdown(ctx.profile)}`);
  lines.push(
    `- Rules (${rules.length}): ` +
      (rules.length === 0 ? 'none' : rules.map((r) => `${escapeMarkdown(r.id)} (${r.defaultSeverity})`).join(', ')),
  );
  lines.push(`- Tool: ${escapeMarkdown(`${result.tool.name} ${result.tool.version}`)}`);
  return lines;
}

function kindWord(s: Suppression): string {
  return s.kind === 'inline' ? 'inline directive' : s.kind === 'config' ? 'config allowlist' : 'baseline';
}

function where(f: Finding): string {
  return `${f.file}:${f.line}`;
}

/** A GFM table; every cell is escaped scanned text. */
function table(head: string[], align: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align), ...rows.map((r) => line(r.map(escapeMarkdown)))];
}

/**
 * Text that renders as itself, on one line, inside or outside a table cell: control characters
 * (newlines included) as visible escapes, then a backslash before every markdown punctuation
 * character that could start a construct, and `&` as an entity so no entity is formed.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`);
}
