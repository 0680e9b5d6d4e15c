/**
 * bin/timebomb.js runs the CLI bundle (dist/src/bundle/, rolldown.config.mjs). The bundle must
 * find what the modules find relative to their own URL (the worker module, the rule catalogue for
 * worker threads, the code fingerprint's base) and must not load any of timebomb's modules a
 * second time beside it. Without these checks a wrong layout degrades silently: a missing worker
 * module means a scan on one thread, a wrong fingerprint base a cache that never invalidates.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, ensureBuilt, ROOT } from '../helpers/built-cli.js';

const BUNDLE_DIR = join(ROOT, 'dist/src/bundle');
let chunks: { file: string; text: string }[];

beforeAll(() => {
  ensureBuilt();
  chunks = readdirSync(BUNDLE_DIR).filter((f) => f.endsWith('.js')).map((f) => ({ file: f, text: readFileSync(join(BUNDLE_DIR, f), 'utf8') }));
});

describe('the CLI bundle', () => {
  it('is what bin/timebomb.js loads', () => {
    expect(readFileSync(join(ROOT, 'bin/timebomb.js'), 'utf8')).toContain("from '../dist/src/bundle/timebomb.js'");
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('finds every file it names relative to itself', () => {
    const targets: string[] = [];
    for (const { file, text } of chunks) {
      for (const m of text.matchAll(/new URL\((["'])([^"']+)\1, import\.meta\.url\)/g)) {
        targets.push(fileURLToPath(new URL(m[2]!, pathToFileURL(join(BUNDLE_DIR, file)))));
      }
    }
    const rel = targets.map((t) => t.slice(ROOT.length + 1).split('\\').join('/')).sort();
    // The code fingerprint's base (dist/, holding src/ and rules/), the catalogue the worker
    // threads import, and the worker module.
    expect(rel).toEqual(['dist/', 'dist/rules/index.js', 'dist/src/engine/analysis-worker.js']);
    for (const target of targets) expect(existsSync(target), target).toBe(true);
    expect(statSync(join(ROOT, 'dist/src')).isDirectory() && statSync(join(ROOT, 'dist/rules')).isDirectory()).toBe(true);
  });

  it('imports only its own chunks, packages and node built-ins', () => {
    const specifiers = new Set<string>();
    for (const { text } of chunks) {
      // Import and export statements at the start of a line, and import() calls, as rolldown
      // writes them (double quotes); quoted examples in comments are not imports.
      for (const m of text.matchAll(/^(?:import|export)\b[^;\n]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"|\bimport\("([^"]+)"\)/gm)) {
        specifiers.add((m[1] ?? m[2] ?? m[3])!);
      }
    }
    const relative = [...specifiers].filter((s) => s.startsWith('.') || s.startsWith('/'));
    expect(relative.length).toBeGreaterThan(0);
    for (const s of relative) {
      expect(s, 'a relative import leaves the bundle').toMatch(/^\.\/timebomb-[\w-]+\.js$/);
      expect(existsSync(join(BUNDLE_DIR, s))).toBe(true);
    }
    expect([...specifiers].filter((s) => !relative.includes(s)).sort()).toContain('commander');
  });
});
