/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers (GitLab, Azure DevOps, IDE
 * viewers). One run; rule descriptors come from the catalogue's metadata and the rules' docs
 * (ctx.ruleDocs), not from the findings, so every rule is described even when it did not fire.
 *
 * Choices a CI user cares about:
 * - `artifactLocation.uri` is relative to `%SRCROOT%` (the working directory, which in CI is the
 *   checkout), percent-encoded, never `./`-prefixed and never empty: GitHub matches it against
 *   repository paths. A file outside the working directory gets an absolute file URI instead.
 * - `partialFingerprints['timebomb/v1']` is the finding's own fingerprint (rule, path, matched
 *   text, occurrence), so an alert survives lines being inserted above it.
 * - Suppressed and baselined findings are emitted with `suppressions` (inline directives are
 *   `inSource`, config allowlist and baseline entries `external`), so code scanning shows them
 *   as dismissed instead of forgetting them.
 * - Files that could not be scanned are `toolExecutionNotifications`: the run still succeeded,
 *   but the gap in coverage is visible in the tool status.
 */
import { pathToFileURL } from 'node:url';
import type { RuleMetaData } from '../engine/rule-meta.js';
import type { FileError, Finding, ScanResult, SuppressedFinding, Suppression } from '../engine/types.js';
import { escapeJsonText } from './escape.js';
import { compareByLocation } from './summary.js';
import type { Reporter, ReporterContext } from './types.js';
import { compareFileErrors, compareText } from '../engine/text-order.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/timebomb-scanner/timebomb';
export const FINGERPRINT_KEY = 'timebomb/v1';
const SRCROOT = '%SRCROOT%';

export const sarifReporter: Reporter = (result, ctx) => {
  const rules = ruleDescriptors(result, ctx);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [...result.findings, ...result.suppressed]
    .sort(compareByLocation)
    .map((f) => sarifResult(f, index.get(f.ruleId)!, ctx));

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'timebomb',
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [...result.errors].sort(compareFileErrors).map((e) => notification(e, ctx)),
        properties: { now: result.now, filesScanned: result.stats.filesScanned },
      },
    ],
    ...(ctx.cwd !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } } } : {}),
    results,
    columnKind: 'utf16CodeUnits',
  };
  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return escapeJsonText(JSON.stringify(log, null, 2)) + '\n';
};

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision?: string };
}

/**
 * One descriptor per catalogue rule, sorted by id, then one for any rule id a finding carries
 * that the catalogue does not know (so every result's ruleIndex points at a descriptor).
 */
function ruleDescriptors(result: ScanResult, ctx: ReporterContext): RuleDescriptor[] {
  const known = [...ctx.rules].sort((a, b) => compareText(a.id, b.id));
  const ids = new Set(known.map((r) => r.id));
  const extra = new Map<string, Finding>();
  for (const f of [...result.findings, ...result.suppressed]) {
    if (!ids.has(f.ruleId) && !extra.has(f.ruleId)) extra.set(f.ruleId, f);
  }
  const unknown = [...extra.values()]
    .sort((a, b) => compareText(a.ruleId, b.ruleId))
    .map((f): RuleMetaData => ({ id: f.ruleId, defaultSeverity: f.severity, description: f.ruleId, messages: {} }));
  return [...known, ...unknown].map((meta) => descriptor(meta, ctx.ruleDocs?.[meta.id]));
}

function descriptor(meta: RuleMetaData, doc: string | undefined): RuleDescriptor {
  const markdown = doc !== undefined && doc.trim() !== '' ? doc.trimEnd() + '\n' : `${meta.description}\n`;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: (doc !== undefined ? firstParagraph(doc) : undefined) ?? meta.description },
    helpUri: `${INFORMATION_URI}/blob/main/rules/${meta.id.split('/').map(encodeURIComponent).join('/')}.md`,
    help: { text: markdownToText(markdown), markdown },
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: [...(meta.tags ?? [])],
      ...(meta.precision !== undefined ? { precision: meta.precision } : {}),
    },
  };
}

/** `js/hardcoded-expiry` -> `JsHardcodedExpiry`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The first paragraph of prose in a rule doc: not a heading, list, code block or bold label line. */
function firstParagraph(doc: string): string | undefined {
  const paragraphs = doc.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const p of paragraphs) {
    const text = p.trim();
    if (text === '' || /^(#|```|[-*+] |\d+\. |>|\|)/.test(text) || /^\*\*[^*]+:\*\*/.test(text)) continue;
    return markdownToText(text.replace(/\s*\n\s*/g, ' ')).trim();
  }
  return undefined;
}

/** Markdown read as plain text: headings, emphasis and code marks dropped, links as `text (url)`. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 ($2)');
}

function sarifResult(f: Finding | SuppressedFinding, ruleIndex: number, ctx: ReporterContext): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file, ctx),
          region: region(f),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (f.trigger) out.properties = { triggerDate: f.trigger.date, daysFromNow: f.trigger.daysFromNow };
  if ('suppression' in f) out.suppressions = [suppression(f.suppression)];
  return out;
}

function region(f: Finding): Record<string, number> {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  // endColumn is just after the last character; an empty range still covers one column.
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function suppression(s: Suppression): Record<string, unknown> {
  return {
    kind: s.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: s.reason,
    properties: { source: s.source, timebombKind: s.kind, ...(s.until !== undefined ? { until: s.until } : {}) },
  };
}

function notification(e: FileError, ctx: ReporterContext): Record<string, unknown> {
  return {
    level: e.phase === 'skip' ? 'note' : 'error',
    message: { text: `${e.phase}: ${e.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, ctx) } }],
    properties: { phase: e.phase },
  };
}

/**
 * A repository-relative URI under %SRCROOT% for a path inside the working directory: POSIX
 * separators, no `./`, each segment percent-encoded. Paths that leave it (`../x`, absolute) or
 * that name the directory itself become absolute file URIs (GitHub cannot show them anyway).
 */
export function artifactLocation(file: string, ctx: Pick<ReporterContext, 'cwd'>): { uri: string; uriBaseId?: string } {
  let path = file.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  path = path.replace(/\/{2,}/g, '/');
  const outside = path === '' || path === '.' || path === '..' || path.startsWith('../') || isAbsolutePath(path);
  if (!outside) return { uri: path.split('/').map(encodeSegment).join('/'), uriBaseId: SRCROOT };
  if (isAbsolutePath(path)) return { uri: pathToFileURL(path).href };
  if (ctx.cwd !== undefined) return { uri: pathToFileURL(joinPosix(ctx.cwd, path)).href };
  // Without a working directory all we can give is the path as a relative reference.
  return { uri: path === '' ? '.' : path.split('/').map(encodeSegment).join('/') };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function joinPosix(dir: string, rel: string): string {
  const parts = dir.replace(/\\/g, '/').split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') parts.push(seg);
    else if (parts.length > 1) parts.pop();
  }
  return parts.join('/') || '/';
}

/**
 * encodeURIComponent, but keeping the sub-delimiters and `@` RFC 3986 allows in a path segment
 * unencoded. `:` stays encoded: in a relative reference's first segment it would read as a scheme.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(40|24|2C|3B|3D|2B|26)/gi, (m) => decodeURIComponent(m));
}

/** `file:///work/repo/` for `/work/repo`: a directory URI must end with a slash to resolve against. */
export function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
