/**
 * One self-contained HTML page for release managers: counts, a timeline of when each trigger
 * fires relative to `--now` (inline SVG), and a filterable list of every finding.
 *
 * - No network: CSS and JS are inline, fonts are the system's, and a Content-Security-Policy
 *   (`default-src 'none'`, the script and style allowed by their hashes) makes the browser
 *   refuse anything else, even if a scanned string were to slip through.
 * - Every scanned string (paths, messages, snippets, reasons) is HTML-escaped, with control
 *   characters and bidi overrides shown as escapes.
 * - Deterministic: positions come from the result alone (`now`, trigger dates), never the clock.
 *
 * The timeline spans from shortly before the earliest trigger (at most two years back) to the
 * horizon, `now` + 2 years. A trigger beyond either edge is drawn at the edge as an arrow. One
 * marker per dated finding (active or suppressed), coloured by severity, in a lane per severity;
 * hovering shows a tooltip (`<title>`), clicking jumps to the finding in the list.
 */
import { createHash } from 'node:crypto';
import type { Finding, ScanResult, Severity, SuppressedFinding } from '../engine/types.js';
import { escapeControl } from './escape.js';
import { compareByFiringDate, describeDays, isoDay, plural, SEVERITIES, summarise } from './summary.js';
import { compareText } from '../engine/text-order.js';
import type { Reporter, ReporterContext } from './types.js';

const DAY = 86_400_000;
const HORIZON_YEARS = 2;

type Entry = { id: number; finding: Finding; suppressed: SuppressedFinding['suppression'] | undefined };

export const htmlReporter: Reporter = (result, ctx) => {
  const entries: Entry[] = [
    ...result.findings.map((f) => ({ finding: f, suppressed: undefined })),
    ...result.suppressed.map((f) => ({ finding: f as Finding, suppressed: f.suppression })),
  ]
    .sort((a, b) => compareByFiringDate(a.finding, b.finding) || Number(a.suppressed !== undefined) - Number(b.suppressed !== undefined))
    .map((e, id) => ({ ...e, id: id + 1 }));

  const title = `timebomb release audit — ${isoDay(result.now)}`;
  const styleHash = sha256(STYLE);
  const scriptHash = sha256(SCRIPT);
  const csp = `default-src 'none'; style-src '${styleHash}'; script-src '${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    header(result),
    timelineSection(result, entries),
    listSection(entries, Date.parse(result.now)),
    errorsSection(result),
    scopeSection(result, ctx),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

function header(result: ScanResult): string {
  const s = summarise(result);
  const n = result.findings.length;
  const next = s.nextToFire?.trigger;
  const cards: [string, string, string][] = [
    ['error', String(s.counts.error), plural(s.counts.error, 'error').replace(/^\d+ /, '')],
    ['warning', String(s.counts.warning), plural(s.counts.warning, 'warning').replace(/^\d+ /, '')],
    ['note', String(s.counts.note), plural(s.counts.note, 'note').replace(/^\d+ /, '')],
    ['fired', String(s.alreadyFired), 'already fired'],
    ['next', next ? isoDay(next.date) : '—', next ? `next to fire (${describeDays(next.daysFromNow)})` : 'next to fire'],
    ['suppressed', String(result.suppressed.length), 'suppressed'],
    ['files', String(result.stats.filesScanned), `files scanned${result.errors.length > 0 ? `, ${result.errors.length} not scanned` : ''}`],
  ];
  const verdict = n === 0 ? 'No time bombs found.' : `${plural(n, 'finding')} in ${plural(s.filesWithFindings, 'file')}.`;
  return [
    '<header>',
    '<h1>timebomb release audit</h1>',
    `<p class="lead">Reference date <strong>${esc(isoDay(result.now))}</strong> (<code>--now</code>). ${esc(verdict)}</p>`,
    '<ul class="cards">',
    ...cards.map(([cls, value, label]) => `<li class="card card-${cls}"><span class="value">${esc(value)}</span> <span class="label">${esc(label)}</span></li>`),
    '</ul>',
    '</header>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Timeline

const WIDTH = 1200;
const LEFT = 92;
const RIGHT = 28;
const TOP = 34;
const LEVEL = 15;
const LANE_PAD = 14;
const AXIS = 40;
const RADIUS = 6;

function timelineSection(result: ScanResult, entries: Entry[]): string {
  const dated = entries.filter((e) => e.finding.trigger !== null);
  const undated = entries.length - dated.length;
  const note =
    undated > 0
      ? `<p class="muted">${esc(plural(undated, 'finding'))} without a fixed date ${undated === 1 ? 'is' : 'are'} listed below, not on the timeline.</p>`
      : '';
  const legend =
    '<p class="legend">● fires on that date (red band: already fired) · ▶ ◀ beyond the edge of the timeline, drawn at the edge · ' +
    '○ suppressed. Hover a marker for details; click it to jump to the finding below.</p>';
  return ['<section id="timeline">', '<h2>When they fire</h2>', timelineSvg(result, dated), legend, note, '</section>'].join('\n');
}

function timelineSvg(result: ScanResult, dated: Entry[]): string {
  const now = Date.parse(result.now);
  const end = addUtcYears(now, HORIZON_YEARS);
  const pastLimit = startOfUtcMonth(addUtcYears(now, -HORIZON_YEARS));
  const earliest = Math.min(now - 90 * DAY, ...dated.map((e) => Date.parse(e.finding.trigger!.date)));
  const start = Math.max(pastLimit, startOfUtcMonth(earliest));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (t: number) => LEFT + ((Math.min(Math.max(t, start), end) - start) / (end - start)) * plotWidth;

  // Lanes by severity; within a lane, markers closer than a marker's width stack upwards.
  const lanes = SEVERITIES.map((severity) => {
    const items = dated
      .filter((e) => e.finding.severity === severity)
      .map((e) => ({ entry: e, at: Date.parse(e.finding.trigger!.date) }))
      .map((m) => ({ ...m, cx: x(m.at), level: 0 }));
    const lastX: number[] = [];
    for (const m of items) {
      let level = lastX.findIndex((lx) => m.cx - lx >= RADIUS * 2 + 2);
      if (level === -1) level = lastX.length;
      lastX[level] = m.cx;
      m.level = level;
    }
    return { severity, items, levels: Math.max(1, lastX.length) };
  });
  let y = TOP;
  const laneBoxes = lanes.map((lane) => {
    const height = lane.levels * LEVEL + LANE_PAD * 2;
    const box = { ...lane, top: y, height };
    y += height;
    return box;
  });
  const plotBottom = y;
  const height = plotBottom + AXIS;
  const nowX = x(now);

  const parts: string[] = [];
  parts.push(
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="timeline-title">`,
    `<title id="timeline-title">${esc(`Timeline: ${plural(dated.length, 'trigger')} between ${isoDay(new Date(start).toISOString())} and the horizon ${isoDay(new Date(end).toISOString())}; now is ${isoDay(result.now)}`)}</title>`,
    `<rect class="past" x="${f1(LEFT)}" y="${TOP}" width="${f1(nowX - LEFT)}" height="${f1(plotBottom - TOP)}"/>`,
    `<text class="past-label" x="${f1(LEFT + 6)}" y="${TOP - 8}">already fired</text>`,
  );
  laneBoxes.forEach((lane, i) => {
    if (i > 0) parts.push(`<line class="lane-sep" x1="${LEFT}" y1="${f1(lane.top)}" x2="${WIDTH - RIGHT}" y2="${f1(lane.top)}"/>`);
    parts.push(`<text class="lane-label lane-${lane.severity}" x="${LEFT - 10}" y="${f1(lane.top + lane.height / 2 + 4)}" text-anchor="end">${lane.severity}</text>`);
  });
  parts.push(`<line class="axis" x1="${LEFT}" y1="${f1(plotBottom)}" x2="${WIDTH - RIGHT}" y2="${f1(plotBottom)}"/>`);
  parts.push(...ticks(start, end, x, TOP, plotBottom));
  parts.push(
    `<line class="now" x1="${f1(nowX)}" y1="${TOP - 18}" x2="${f1(nowX)}" y2="${f1(plotBottom + 6)}"/>`,
    `<text class="now-label" x="${f1(nowX + 5)}" y="${TOP - 20}">now ${esc(isoDay(result.now))}</text>`,
    `<line class="horizon" x1="${WIDTH - RIGHT}" y1="${TOP - 18}" x2="${WIDTH - RIGHT}" y2="${f1(plotBottom + 6)}"/>`,
    `<text class="horizon-label" x="${WIDTH - RIGHT - 5}" y="${TOP - 20}" text-anchor="end">horizon ${esc(isoDay(new Date(end).toISOString()))} (+${HORIZON_YEARS} years)</text>`,
  );
  for (const lane of laneBoxes) {
    for (const m of lane.items) {
      const cy = lane.top + LANE_PAD + lane.levels * LEVEL - m.level * LEVEL - LEVEL / 2;
      parts.push(marker(m.entry, m.at, m.cx, cy, m.at > end ? 'after' : m.at < start ? 'before' : undefined));
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function marker(e: Entry, at: number, cx: number, cy: number, clamped: 'before' | 'after' | undefined): string {
  const f = e.finding;
  const classes = ['marker', `marker-${f.severity}`];
  if (e.suppressed) classes.push('marker-suppressed');
  if (clamped) classes.push('marker-clamped');
  const t = f.trigger!;
  const tip = [
    `${isoDay(t.date)} (${describeDays(t.daysFromNow)})${clamped === 'after' ? ', beyond the horizon' : clamped === 'before' ? ', before the start of the timeline' : ''}`,
    `${f.severity} · ${f.ruleId}${e.suppressed ? ` · suppressed: ${e.suppressed.reason}` : ''}`,
    `${f.file}:${f.line}`,
    f.message,
  ].join('\n');
  const shape =
    clamped === 'after'
      ? `<path d="M${f1(cx - RADIUS)} ${f1(cy - RADIUS)} L${f1(cx + RADIUS)} ${f1(cy)} L${f1(cx - RADIUS)} ${f1(cy + RADIUS)} Z"/>`
      : clamped === 'before'
        ? `<path d="M${f1(cx + RADIUS)} ${f1(cy - RADIUS)} L${f1(cx - RADIUS)} ${f1(cy)} L${f1(cx + RADIUS)} ${f1(cy + RADIUS)} Z"/>`
        : `<circle cx="${f1(cx)}" cy="${f1(cy)}" r="${RADIUS}"/>`;
  return (
    `<a class="${classes.join(' ')}" href="#finding-${e.id}" data-finding="${e.id}" data-date="${esc(isoDay(t.date))}" data-at="${at}">` +
    `<title>${esc(tip)}</title>${shape}</a>`
  );
}

/** A labelled tick at every 1 January, a small one at every other quarter. */
function ticks(start: number, end: number, x: (t: number) => number, top: number, bottom: number): string[] {
  const out: string[] = [];
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = Math.ceil(first.getUTCMonth() / 3) * 3;
  for (;;) {
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const t = Date.UTC(year, month, 1);
    if (t > end) break;
    if (t >= start) {
      const tx = f1(x(t));
      if (month === 0) {
        out.push(`<line class="grid" x1="${tx}" y1="${top}" x2="${tx}" y2="${f1(bottom)}"/>`);
        out.push(`<line class="tick" x1="${tx}" y1="${f1(bottom)}" x2="${tx}" y2="${f1(bottom + 8)}"/>`);
        out.push(`<text class="tick-label year" x="${tx}" y="${f1(bottom + 24)}" text-anchor="middle">${year}</text>`);
      } else {
        out.push(`<line class="tick minor" x1="${tx}" y1="${f1(bottom)}" x2="${tx}" y2="${f1(bottom + 5)}"/>`);
        out.push(`<text class="tick-label" x="${tx}" y="${f1(bottom + 18)}" text-anchor="middle">${MONTHS[month]}</text>`);
      }
    }
    month += 3;
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function addUtcYears(t: number, years: number): number {
  const d = new Date(t);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

function startOfUtcMonth(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function f1(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

// ---------------------------------------------------------------------------------------------
// The list

function listSection(entries: Entry[], now: number): string {
  const bySeverity = (s: Severity) => entries.filter((e) => e.finding.severity === s).length;
  const suppressed = entries.filter((e) => e.suppressed).length;
  const controls = [
    '<div class="filters" role="search">',
    '<label class="text-filter">Filter <input id="filter-text" type="search" placeholder="rule, file, message…" autocomplete="off"></label>',
    ...SEVERITIES.map(
      (s) => `<label class="sev-filter sev-${s}"><input type="checkbox" data-filter-severity value="${s}" checked> ${s} (${bySeverity(s)})</label>`,
    ),
    `<label><input id="filter-suppressed" type="checkbox" checked> suppressed (${suppressed})</label>`,
    // Replaced by the script with "n of m shown" once filters apply.
    `<output id="filter-count" for="filter-text">${esc(plural(entries.length, 'finding'))}</output>`,
    '</div>',
  ];
  const rows = entries.map((e) => {
    const f = e.finding;
    const when = f.trigger ? isoDay(f.trigger.date) : '—';
    const days = f.trigger ? describeDays(f.trigger.daysFromNow) : 'no fixed date';
    const fired = f.trigger !== null && Date.parse(f.trigger.date) <= now;
    const sup = e.suppressed
      ? `<p class="suppression">Suppressed (${esc(e.suppressed.kind)}, ${esc(e.suppressed.source)}${e.suppressed.until ? `, until ${esc(e.suppressed.until)}` : ''}): ${esc(e.suppressed.reason)}</p>`
      : '';
    const snippet = f.snippet !== '' ? `<pre><code>${esc(f.snippet)}</code></pre>` : '';
    return (
      `<tr id="finding-${e.id}" data-finding="${e.id}" data-severity="${f.severity}" data-suppressed="${e.suppressed ? 'true' : 'false'}"${e.suppressed ? ' class="is-suppressed"' : ''}>` +
      `<td class="when">${esc(when)}</td>` +
      `<td class="days${fired ? ' fired' : ''}">${esc(days)}</td>` +
      `<td><span class="badge badge-${f.severity}">${f.severity}</span></td>` +
      `<td class="rule">${esc(f.ruleId)}</td>` +
      `<td class="where">${esc(`${f.file}:${f.line}:${f.column}`)}</td>` +
      `<td class="what">${esc(f.message)}${sup}${snippet}</td>` +
      '</tr>'
    );
  });
  return [
    '<section id="findings">',
    '<h2>Findings</h2>',
    ...controls,
    entries.length === 0
      ? '<p class="muted">Nothing to list.</p>'
      : [
          '<table class="findings">',
          '<thead><tr><th>When</th><th>Days from now</th><th>Severity</th><th>Rule</th><th>Where</th><th>What</th></tr></thead>',
          '<tbody>',
          ...rows,
          '</tbody>',
          '</table>',
        ].join('\n'),
    '</section>',
  ].join('\n');
}

function errorsSection(result: ScanResult): string {
  if (result.errors.length === 0) return '';
  const errors = [...result.errors].sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
  return [
    '<section id="errors">',
    '<h2>Files not scanned</h2>',
    '<ul>',
    ...errors.map((e) => `<li><span class="where">${esc(e.file)}</span>: ${esc(e.phase)}: ${esc(e.message)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function scopeSection(result: ScanResult, ctx: ReporterContext): string {
  const rules = [...ctx.rules].sort((a, b) => compareText(a.id, b.id));
  const items = [
    ['Reference date (--now)', result.now],
    ['Files scanned', String(result.stats.filesScanned)],
    ...(ctx.profile !== undefined ? [['Profile', ctx.profile]] : []),
    ['Rules', rules.length === 0 ? 'none' : rules.map((r) => `${r.id} (${r.defaultSeverity})`).join(', ')],
    ['Tool', `${result.tool.name} ${result.tool.version}`],
  ];
  return [
    '<section id="scope">',
    '<h2>Scope</h2>',
    '<dl>',
    ...items.map(([k, v]) => `<dt>${esc(k!)}</dt><dd>${esc(v!)}</dd>`),
    '</dl>',
    '</section>',
  ].join('\n');
}

/** HTML-escapes scanned text (for element content and quoted attribute values alike). */
export function esc(text: string): string {
  return escapeControl(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const STYLE = `
:root { --error: #cf222e; --warning: #bf8700; --note: #0969da; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
code, pre, .where, .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
.lead { margin: 0 0 12px; color: var(--muted); }
.muted { color: var(--muted); }
.cards { list-style: none; display: flex; flex-wrap: wrap; gap: 10px; padding: 0; margin: 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 110px; background: var(--soft); }
.card .value { display: block; font-size: 22px; font-weight: 600; }
.card .label { color: var(--muted); }
.card-error .value { color: var(--error); }
.card-warning .value { color: var(--warning); }
.card-note .value { color: var(--note); }
.timeline { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.timeline text { font-size: 12px; fill: var(--muted); }
.timeline .past { fill: #cf222e; fill-opacity: 0.06; }
.timeline .past-label { fill: var(--error); }
.timeline .lane-label { font-weight: 600; }
.timeline .lane-error { fill: var(--error); }
.timeline .lane-warning { fill: var(--warning); }
.timeline .lane-note { fill: var(--note); }
.timeline .lane-sep { stroke: var(--line); stroke-dasharray: 2 4; }
.timeline .axis, .timeline .tick { stroke: var(--muted); }
.timeline .grid { stroke: var(--line); }
.timeline .year { font-weight: 600; fill: var(--fg); }
.timeline .now { stroke: var(--fg); stroke-width: 2; }
.timeline .now-label { fill: var(--fg); font-weight: 600; }
.timeline .horizon { stroke: var(--muted); stroke-dasharray: 5 4; }
.marker { cursor: pointer; }
.marker circle, .marker path { stroke: #ffffff; stroke-width: 1.5; }
.marker-error { fill: var(--error); }
.marker-warning { fill: var(--warning); }
.marker-note { fill: var(--note); }
.marker-suppressed circle, .marker-suppressed path { fill: #ffffff; stroke-width: 2; stroke-dasharray: 2 2; }
.marker-error.marker-suppressed circle, .marker-error.marker-suppressed path { stroke: var(--error); }
.marker-warning.marker-suppressed circle, .marker-warning.marker-suppressed path { stroke: var(--warning); }
.marker-note.marker-suppressed circle, .marker-note.marker-suppressed path { stroke: var(--note); }
.marker:hover circle, .marker:hover path, .marker:focus circle, .marker:focus path { stroke: var(--fg); stroke-width: 2.5; }
.marker.filtered-out { opacity: 0.12; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 14px; margin: 0 0 12px; }
.filters input[type=search] { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 260px; margin-left: 6px; }
#filter-count { color: var(--muted); margin-left: auto; }
table.findings { border-collapse: collapse; width: 100%; }
.findings th, .findings td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
.findings th { background: var(--soft); font-weight: 600; }
.findings td.when, .findings td.days { white-space: nowrap; }
.findings td.days.fired { color: var(--error); font-weight: 600; }
.findings td.rule { white-space: nowrap; }
.findings td.where { min-width: 240px; overflow-wrap: anywhere; }
.findings tr:target { background: #fff8c5; }
.findings tr.is-suppressed { color: var(--muted); }
.findings pre { margin: 6px 0 0; padding: 6px 8px; background: var(--soft); border-radius: 6px; white-space: pre-wrap; word-break: break-all; }
.suppression { margin: 4px 0 0; font-style: italic; }
.legend { margin: 6px 0 0; color: var(--muted); font-size: 12px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #ffffff; font-size: 12px; font-weight: 600; }
.badge-error { background: var(--error); }
.badge-warning { background: var(--warning); }
.badge-note { background: var(--note); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: 600; }
dd { margin: 0; }
@media print { .filters { display: none; } }
`;

const SCRIPT = `
(function () {
  'use strict';
  var text = document.getElementById('filter-text');
  var suppressed = document.getElementById('filter-suppressed');
  var count = document.getElementById('filter-count');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter-severity]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-finding]'));
  var markers = {};
  Array.prototype.forEach.call(document.querySelectorAll('.marker[data-finding]'), function (m) {
    markers[m.getAttribute('data-finding')] = m;
  });
  function apply() {
    var query = text.value.trim().toLowerCase();
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var shown = 0;
    rows.forEach(function (row) {
      var ok = wanted[row.getAttribute('data-severity')] === true &&
        (suppressed.checked || row.getAttribute('data-suppressed') !== 'true') &&
        (query === '' || row.textContent.toLowerCase().indexOf(query) !== -1);
      row.hidden = !ok;
      if (ok) shown += 1;
      var marker = markers[row.getAttribute('data-finding')];
      if (marker) marker.classList.toggle('filtered-out', !ok);
    });
    count.textContent = shown + ' of ' + rows.length + ' shown';
  }
  text.addEventListener('input', apply);
  suppressed.addEventListener('change', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;
