/**
 * Cheap text checks that decide whether a file needs the full analysis. They may skip work, never
 * findings: a file without any of these tokens cannot hold a clock comparison. (A file that only
 * exports constants is still loaded on demand when another file imports from it.)
 */

const CLOCK_TOKENS = /Date|moment|dayjs|DateTime|Temporal|performance|getFullYear|getYear|isPast|isFuture|isAfter|isBefore|differenceIn|compare(?:Asc|Desc)|constructNow/;

export function mayContainTrigger(source: string): boolean {
  return CLOCK_TOKENS.test(source);
}

// Test frameworks and clock-pinning helpers: a file using them is test code wherever it lives.
const TEST_CODE = /\bfrom\s+['"](?:vitest|@jest\/globals|mocha|chai|ava|tap|node:test|@playwright\/test|sinon|mockdate|timekeeper)['"]|\brequire\(\s*['"](?:vitest|@jest\/globals|mocha|chai|ava|tap|node:test|sinon|mockdate|timekeeper)['"]\s*\)|\b(?:vi|jest)\.(?:useFakeTimers|setSystemTime)\s*\(|\bMockDate\.set\s*\(|\bsinon\.useFakeTimers\s*\(|\btimekeeper\.(?:freeze|travel)\s*\(/;

export function isTestCode(source: string): boolean {
  return TEST_CODE.test(source);
}
