import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-code.js';
import type { FileError, Severity } from '../../src/engine/types.js';

const of = (...severities: Severity[]) => ({ findings: severities.map((severity) => ({ severity })), errors: [] as FileError[] });

describe('exitCodeFor', () => {
  it('is 0 when there is nothing at or above the threshold and 1 otherwise', () => {
    expect(exitCodeFor(of(), 'error')).toBe(0);
    expect(exitCodeFor(of('warning', 'note'), 'error')).toBe(0);
    expect(exitCodeFor(of('note', 'error'), 'error')).toBe(1);
    expect(exitCodeFor(of('warning'), 'warning')).toBe(1);
    expect(exitCodeFor(of('note'), 'warning')).toBe(0);
    expect(exitCodeFor(of('note'), 'note')).toBe(1);
  });

  it('never fails on findings with --fail-on none', () => {
    expect(exitCodeFor(of('error', 'warning', 'note'), 'none')).toBe(0);
  });

  it('turns file errors into 2 only when strict', () => {
    const withError = { ...of('error'), errors: [{ file: 'a.js', phase: 'parse' as const, message: 'x' }] };
    expect(exitCodeFor(withError, 'error')).toBe(1);
    expect(exitCodeFor(withError, 'none', true)).toBe(2);
    expect(exitCodeFor(of('error'), 'error', true)).toBe(1);
  });
});
