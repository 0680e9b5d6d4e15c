import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/reporters/html.js';
import { reporters } from '../helpers/reporters.js';
import { finding, FULL_RULES, result, suppressedFinding } from './sample.js';

const ctx = { rules: FULL_RULES, color: false };
// now = 2026-01-25; horizon = 2028-01-25
const audit = result(
  [
    finding({ file: 'src/soon.ts', trigger: { date: '2026-06-01T00:00:00.000Z', daysFromNow: 127 }, fingerprint: 'a' }),
    finding({ file: 'src/past.ts', severity: 'warning', trigger: { date: '2025-08-12T00:00:00.000Z', daysFromNow: -166 }, fingerprint: 'b' }),
    finding({ file: 'src/far.ts', trigger: { date: '2031-01-01T00:00:00.000Z', daysFromNow: 1803 }, fingerprint: 'c' }),
    finding({ file: 'src/ancient.ts', trigger: { date: '2010-01-01T00:00:00.000Z', daysFromNow: -5868 }, fingerprint: 'd' }),
    finding({ file: 'src/cal.ts', ruleId: 'js/calendar-check', severity: 'note', trigger: null, fingerprint: 'e' }),
  ],
  {
    suppressed: [suppressedFinding({ file: 'src/kept.ts', fingerprint: 's' }, { reason: 'until <v2> & "later"' })],
    errors: [{ file: 'src/<broken>.ts', phase: 'parse', message: 'Unexpected token' }],
  },
);

function markers(html: string): string[] {
  return [...html.matchAll(/<a class="(marker [^"]*)"/g)].map((m) => m[1]!);
}

describe('html reporter', () => {
  it('is one self-contained document: no external resources, a CSP that forbids them', () => {
    const html = reporters.html(audit, ctx);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    // Nothing is fetched: no src= / href= to anything but fragments, no @import or url() in CSS.
    expect(html).not.toMatch(/\bsrc=/);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/@import|url\(/);
    // The inline script and style are allowed by their hashes, nothing else.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
  });

  it('counts findings by severity in the header', () => {
    const html = reporters.html(audit, ctx);
    expect(html).toContain('<li class="card card-error"><span class="value">3</span> <span class="label">errors</span></li>');
    expect(html).toContain('<li class="card card-warning"><span class="value">1</span> <span class="label">warning</span></li>');
    expect(html).toContain('<li class="card card-fired"><span class="value">2</span> <span class="label">already fired</span></li>');
    expect(html).toContain('<span class="value">2026-06-01</span> <span class="label">next to fire (in 127 days)</span>');
    expect(html).toContain('<li class="card card-suppressed"><span class="value">1</span>');
  });

  it('draws one timeline marker per dated finding, clamping dates beyond the edges', () => {
    const html = reporters.html(audit, ctx);
    const m = markers(html);
    // 4 dated active findings + 1 dated suppressed one; the calendar note has no date.
    expect(m).toHaveLength(5);
    expect(m.filter((c) => c.includes('marker-clamped'))).toHaveLength(2);
    expect(m.filter((c) => c.includes('marker-suppressed'))).toHaveLength(1);
    expect(m.filter((c) => c.includes('marker-warning'))).toHaveLength(1);
    expect(html).toContain('beyond the horizon');
    expect(html).toContain('before the start of the timeline');
    expect(html).toContain('1 finding without a fixed date is listed below, not on the timeline.');
    // The now line and the horizon.
    expect(html).toMatch(/<line class="now" /);
    expect(html).toContain('now 2026-01-25');
    expect(html).toContain('horizon 2028-01-25 (+2 years)');
  });

  it('places markers in time order from left to right, the past left of now', () => {
    const html = reporters.html(audit, ctx);
    const xOf = (date: string) => {
      const tag = new RegExp(`data-date="${date}"[^>]*><title>[^<]*</title><circle cx="([\\d.]+)"`).exec(html);
      return Number(tag![1]);
    };
    const nowX = Number(/<line class="now" x1="([\d.]+)"/.exec(html)![1]);
    expect(xOf('2025-08-12')).toBeLessThan(nowX);
    expect(xOf('2026-06-01')).toBeGreaterThan(nowX);
  });

  it('lists every finding, suppressed ones marked, with filter controls', () => {
    const html = reporters.html(audit, ctx);
    expect([...html.matchAll(/<tr id="finding-\d+"/g)]).toHaveLength(6);
    expect(html).toContain('<input id="filter-text" type="search"');
    for (const s of ['error', 'warning', 'note']) expect(html).toContain(`data-filter-severity value="${s}" checked`);
    expect(html).toContain('data-suppressed="true" class="is-suppressed"');
    // Sorted by firing date, undated last.
    const order = [...html.matchAll(/<td class="where">([^<]*)<\/td>/g)].map((x) => x[1]!.split(':')[0]);
    expect(order).toEqual(['src/ancient.ts', 'src/past.ts', 'src/soon.ts', 'src/kept.ts', 'src/far.ts', 'src/cal.ts']);
  });

  it('escapes all scanned text', () => {
    const evil = '<script>alert("x")</script>&\'';
    const html = reporters.html(
      result([finding({ message: evil, file: `src/${evil}.ts`, snippet: evil, ruleId: `js/${evil}` })], {
        suppressed: [suppressedFinding({}, { reason: evil, source: evil })],
        errors: [{ file: evil, phase: 'read', message: evil }],
      }),
      { ...ctx, profile: evil },
    );
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(esc('a\u202eb\u001bc')).toBe('a\\u202eb\\x1bc');
  });

  it('is deterministic', () => {
    expect(reporters.html(audit, ctx)).toBe(reporters.html({ ...audit, stats: { ...audit.stats, durationMs: 1 } }, ctx));
  });

  it('renders an empty scan', () => {
    const html = reporters.html(result([]), ctx);
    expect(markers(html)).toHaveLength(0);
    expect(html).toContain('No time bombs found.');
    expect(html).toContain('Nothing to list.');
  });
});
