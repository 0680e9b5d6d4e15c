/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per active
 * finding, which the runner turns into annotations on the pull request's diff. Suppressed
 * findings are not printed (they are not problems); files that could not be scanned are
 * annotated too, so a gap in coverage is visible where the file is.
 *
 * Escaping follows the runner's own (actions/toolkit `command.ts`): in the message `%`, CR and LF
 * become `%25`, `%0D`, `%0A`; in property values also `:` and `,` become `%3A`, `%2C`. Other
 * control characters and bidi overrides are shown as escapes: the log viewer is a terminal.
 */
import type { FileError, Finding, Severity } from '../engine/types.js';
import { escapeControl } from './escape.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export const githubReporter: Reporter = (result) => {
  const lines = result.findings.map(annotation);
  for (const e of result.errors) lines.push(fileErrorAnnotation(e));
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
};

function annotation(f: Finding): string {
  const props: [string, string | number][] = [
    ['file', f.file],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', f.ruleId],
  ];
  return command(COMMAND[f.severity], props, f.message);
}

function fileErrorAnnotation(e: FileError): string {
  const kind = e.phase === 'skip' ? 'notice' : 'warning';
  const what = e.phase === 'skip' ? 'timebomb skipped this file' : `timebomb could not scan this file (${e.phase})`;
  return command(kind, [['file', e.file], ['title', what]], e.message);
}

function command(name: string, props: [string, string | number][], message: string): string {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

export function escapeData(text: string): string {
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
