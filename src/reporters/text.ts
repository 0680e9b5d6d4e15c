/**
 * The human report: findings grouped by file, each with a small code frame, then a summary line
 * and the files that could not be scanned. Colour comes from a Chalk instance made for this call
 * (level 0 when colour is off), never from chalk's global, so output depends only on the context.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, ScanResult, Severity } from '../engine/types.js';
import { codeFrame } from './code-frame.js';
import { escapeControl } from './escape.js';
import type { Reporter } from './types.js';

export const textReporter: Reporter = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];

  for (const [file, findings] of groupByFile(result.findings)) {
    out.push(c.underline.bold(escapeControl(file)));
    const posWidth = findings.reduce((w, f) => Math.max(w, position(f).length), 0);
    for (const f of findings) {
      out.push(
        `  ${c.dim(position(f).padEnd(posWidth))}  ${severityWord(c, f.severity)}  ` +
          `${escapeControl(f.message)}  ${c.dim(escapeControl(f.ruleId))}`,
      );
      out.push(...codeFrame(f, { gutter: (t) => c.dim(t), marker: (t) => severityColor(c, f.severity)(t) }));
    }
    out.push('');
  }

  if (!ctx.quiet) out.push(summary(c, result, ctx.profile));
  if (result.errors.length > 0) {
    if (!ctx.quiet) out.push('');
    out.push(c.yellow(`${count(result.errors.length, 'file error')}:`));
    for (const e of result.errors) {
      out.push(`  ${escapeControl(e.file)}: ${e.phase}: ${escapeControl(e.message)}`);
    }
  }
  // Quiet with nothing to say prints nothing at all.
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : out.join('\n') + '\n';
};

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

function position(f: Finding): string {
  return `${f.line}:${f.column}`;
}

function severityColor(c: ChalkInstance, s: Severity): ChalkInstance {
  return s === 'error' ? c.red : s === 'warning' ? c.yellow : c.cyan;
}

function severityWord(c: ChalkInstance, s: Severity): string {
  // Padded to the longest word so messages line up.
  return severityColor(c, s)(s.padEnd('warning'.length));
}

function summary(c: ChalkInstance, result: ScanResult, profile: string | undefined): string {
  const files = count(result.stats.filesScanned, 'file') + (profile !== undefined ? ` (profile ${escapeControl(profile)})` : '');
  const seconds = `${(result.stats.durationMs / 1000).toFixed(2)} s`;
  const n = result.findings.length;
  if (n === 0) return c.green(`✔ No time bombs found in ${files} (${seconds})`);
  const by = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const errors = by('error');
  const warnings = by('warning');
  const color = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.cyan;
  return color.bold(
    `✖ ${count(n, 'finding')} (${count(errors, 'error')}, ${count(warnings, 'warning')}, ` +
      `${count(by('note'), 'note')}) in ${files}, ${seconds}`,
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
