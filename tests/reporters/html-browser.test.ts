/**
 * The HTML report of the demo scan, rendered by a real browser: Debian's headless chromium.
 *
 * - The report itself (with its Content-Security-Policy) is screenshotted and its DOM dumped
 *   after load: the filter script must have run under the CSP (it rewrites the count), and the
 *   timeline must hold one marker per dated finding.
 * - A copy instrumented with a probe script (the CSP removed, since the probe is not in it)
 *   measures where the browser actually drew each marker: inside the timeline, with a size,
 *   fired triggers left of the "now" line and future ones right of it.
 *
 * Skipped only on a developer machine without /usr/bin/chromium; with CI set it always runs
 * (CI installs chromium in .ci/run). Set TIMEBOMB_SCREENSHOT=<file.png> to keep the screenshot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, scan } from '../../src/api/index.js';
import { nodeIO } from '../../src/cli/node-io.js';
import type { ScanResult } from '../../src/engine/types.js';
import { reporters } from '../helpers/reporters.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const RUN = existsSync(CHROMIUM) || Boolean(process.env.CI);

function chromium(profile: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--window-size=1280,900', ...args,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Reports, as JSON in a <pre id="probe">, the box of every marker, the timeline and the now line. */
const PROBE = `<script>
addEventListener('load', function () {
  var box = function (el) { var r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, w: r.width, h: r.height, left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
  var svg = document.querySelector('svg.timeline');
  var out = {
    svg: box(svg),
    now: box(document.querySelector('svg.timeline line.now')),
    markers: Array.prototype.map.call(document.querySelectorAll('svg.timeline .marker'), function (m) {
      var b = box(m); b.at = Number(m.getAttribute('data-at')); b.cls = m.getAttribute('class'); return b;
    }),
    count: document.getElementById('filter-count').textContent
  };
  // Exercise the filters: a text query, then a severity box.
  var text = document.getElementById('filter-text');
  text.value = 'beta-key'; text.dispatchEvent(new Event('input'));
  var visible = function () { return Array.prototype.filter.call(document.querySelectorAll('tr[data-finding]'), function (r) { return !r.hidden; }).length; };
  out.afterText = { rows: visible(), dimmed: document.querySelectorAll('svg .marker.filtered-out').length, count: document.getElementById('filter-count').textContent };
  text.value = ''; text.dispatchEvent(new Event('input'));
  var error = document.querySelector('input[data-filter-severity][value="error"]');
  error.checked = false; error.dispatchEvent(new Event('change'));
  out.withoutErrors = { rows: visible(), dimmed: document.querySelectorAll('svg .marker.filtered-out').length };
  var pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});
</script>`;

describe.skipIf(!RUN)('html report in headless chromium', () => {
  let dir: string;
  let result: ScanResult;
  let reportPath: string;
  let dated: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'timebomb-html-browser-'));
    result = await scan({ paths: ['test-fixtures/demo'], now: Date.UTC(2026, 0, 1) }, { ...nodeIO(), cwd: ROOT });
    dated = [...result.findings, ...result.suppressed].filter((f) => f.trigger !== null).length;
    reportPath = join(dir, 'report.html');
    await writeFile(reportPath, reporters.html(result, { rules: catalogue.map((r) => r.meta), color: false }));
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the demo has dated findings to draw', () => {
    expect(result.findings.length).toBeGreaterThan(3);
    expect(dated).toBeGreaterThan(3);
  });

  it('takes a 1280x900 screenshot of the report', async () => {
    const png = join(dir, 'report.png');
    const r = chromium(join(dir, 'profile-shot'), [`--screenshot=${png}`, pathToFileURL(reportPath).href]);
    expect(existsSync(png), r.stderr).toBe(true);
    const bytes = await readFile(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, at bytes 16..23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1280, 900]);
    // A blank page compresses to a few kB; the report with its timeline is far larger.
    expect((await stat(png)).size).toBeGreaterThan(30_000);
    if (process.env.TIMEBOMB_SCREENSHOT) await copyFile(png, process.env.TIMEBOMB_SCREENSHOT);
  }, 120_000);

  it('renders one timeline marker per dated finding, with the filter script running under the CSP', () => {
    const r = chromium(join(dir, 'profile-dom'), ['--dump-dom', pathToFileURL(reportPath).href]);
    const dom = r.stdout;
    expect(dom, r.stderr).toContain('<svg class="timeline"');
    const markers = dom.match(/<a class="marker[ "]/g) ?? [];
    expect(markers).toHaveLength(dated);
    const rows = dom.match(/<tr id="finding-\d+"/g) ?? [];
    expect(rows).toHaveLength(result.findings.length + result.suppressed.length);
    // The script replaced the server-rendered count: it ran, so the CSP hash is right.
    expect(dom).toContain(`${rows.length} of ${rows.length} shown`);
  }, 120_000);

  it('draws every marker inside the timeline, past triggers left of now and future ones right of it', async () => {
    const html = await readFile(reportPath, 'utf8');
    const probed = join(dir, 'probed.html');
    await writeFile(probed, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '').replace('</body>', `${PROBE}\n</body>`));
    const r = chromium(join(dir, 'profile-probe'), ['--dump-dom', pathToFileURL(probed).href]);
    const json = /<pre id="probe">([^<]*)<\/pre>/.exec(r.stdout);
    expect(json, r.stderr).not.toBeNull();
    const probe = JSON.parse(json![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as {
      svg: Box; now: Box; markers: (Box & { at: number; cls: string })[]; count: string;
      afterText: { rows: number; dimmed: number; count: string }; withoutErrors: { rows: number; dimmed: number };
    };
    expect(probe.svg.w).toBeGreaterThan(1000);
    expect(probe.markers).toHaveLength(dated);
    const now = Date.parse(result.now);
    for (const m of probe.markers) {
      expect(m.w).toBeGreaterThan(5);
      expect(m.h).toBeGreaterThan(5);
      expect(m.left).toBeGreaterThanOrEqual(probe.svg.left);
      expect(m.right).toBeLessThanOrEqual(probe.svg.right);
      expect(m.top).toBeGreaterThanOrEqual(probe.svg.top);
      expect(m.bottom).toBeLessThanOrEqual(probe.svg.bottom);
      if (m.at < now) expect(m.x).toBeLessThan(probe.now.x);
      else expect(m.x).toBeGreaterThan(probe.now.x);
    }
    // The filters hide rows and dim the matching markers.
    const all = result.findings.length + result.suppressed.length;
    const beta = [...result.findings, ...result.suppressed].filter((f) => f.file.includes('beta-key')).length;
    expect(beta).toBeGreaterThan(0);
    expect(probe.afterText).toEqual({ rows: beta, dimmed: dated - beta, count: `${beta} of ${all} shown` });
    const errors = [...result.findings, ...result.suppressed].filter((f) => f.severity === 'error');
    expect(probe.withoutErrors.rows).toBe(all - errors.length);
    expect(probe.withoutErrors.dimmed).toBe(errors.filter((f) => f.trigger !== null).length);
    // Later triggers are never drawn left of earlier ones.
    const byTime = [...probe.markers].sort((a, b) => a.at - b.at);
    for (let i = 1; i < byTime.length; i++) expect(byTime[i]!.x).toBeGreaterThanOrEqual(byTime[i - 1]!.x - 0.5);
  }, 120_000);
});

interface Box {
  x: number; w: number; h: number; left: number; right: number; top: number; bottom: number;
}
