/**
 * Fixture expectations: every `expect: <rule-id> [severity]` mark in a fixture file names a
 * finding that must be reported on that line. Findings at warning or above must be claimed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultScanOptions } from '../../src/api/options.js';
import { scan } from '../../src/api/scan.js';
import { nodeIO } from '../../src/cli/node-io.js';
import type { Finding, ScanResult, Severity } from '../../src/engine/types.js';
import { catalogue } from '../../rules/index.js';

export const REPO = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(REPO, 'test-fixtures');
/** Fixtures are judged against a fixed "today". */
export const FIXTURE_NOW = Date.UTC(2026, 10, 24);

export interface Mark {
  file: string;
  line: number;
  ruleId: string;
  severity?: Severity;
  /** `expect-known-miss:` a documented false negative: counted in recall, not a test failure. */
  knownMiss?: boolean;
}

const MARK = /expect(-known-miss)?:\s*([a-z]+\/[a-z0-9-]+)(?:\s+(error|warning|note)\b)?/g;

export function fixtureProjects(): string[] {
  return readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory()).sort();
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Marks inline in source, or in a `<file>.expect` sidecar for formats without comments. */
export function marksIn(projectDir: string): Mark[] {
  const marks: Mark[] = [];
  for (const abs of walk(projectDir)) {
    const file = relative(REPO, abs).split('\\').join('/');
    if (abs.endsWith('.expect')) {
      // sidecar lines: `<line> <rule-id> [severity]`
      const target = file.slice(0, -'.expect'.length);
      for (const raw of readFileSync(abs, 'utf8').split('\n')) {
        const m = /^\s*(\d+)\s+([a-z]+\/[a-z0-9-]+)(?:\s+(error|warning|note))?/.exec(raw);
        if (m) marks.push({ file: target, line: Number(m[1]), ruleId: m[2]!, ...(m[3] ? { severity: m[3] as Severity } : {}) });
      }
      continue;
    }
    const text = readFileSync(abs, 'utf8');
    if (!text.includes('expect')) continue;
    text.split('\n').forEach((lineText, i) => {
      for (const m of lineText.matchAll(MARK)) {
        marks.push({ file, line: i + 1, ruleId: m[2]!, ...(m[3] ? { severity: m[3] as Severity } : {}), ...(m[1] ? { knownMiss: true } : {}) });
      }
    });
  }
  return marks;
}

export async function scanFixture(project: string, extra: Partial<ReturnType<typeof defaultScanOptions>> = {}): Promise<ScanResult> {
  const io = { ...nodeIO(), cwd: REPO };
  return scan({ ...defaultScanOptions(FIXTURE_NOW), paths: [`test-fixtures/${project}`], ...extra }, io, catalogue);
}

export interface Judgement {
  truePositives: number;
  missed: Mark[];
  /** Known misses still missed (expected), and known misses now found (promote the mark). */
  knownMissed: Mark[];
  knownFound: Mark[];
  wrongSeverity: { mark: Mark; finding: Finding }[];
  unclaimed: Finding[];
}

export function judge(marks: Mark[], findings: Finding[]): Judgement {
  const claimed = new Set<Finding>();
  const missed: Mark[] = [];
  const knownMissed: Mark[] = [];
  const knownFound: Mark[] = [];
  const wrongSeverity: Judgement['wrongSeverity'] = [];
  let truePositives = 0;
  for (const mark of marks) {
    const hit = findings.find((f) => !claimed.has(f) && f.file === mark.file && f.line === mark.line && f.ruleId === mark.ruleId);
    if (!hit) { (mark.knownMiss ? knownMissed : missed).push(mark); continue; }
    if (mark.knownMiss) knownFound.push(mark);
    claimed.add(hit);
    truePositives++;
    if (mark.severity && hit.severity !== mark.severity) wrongSeverity.push({ mark, finding: hit });
  }
  const unclaimed = findings.filter((f) => !claimed.has(f) && f.severity !== 'note');
  return { truePositives, missed, knownMissed, knownFound, wrongSeverity, unclaimed };
}
