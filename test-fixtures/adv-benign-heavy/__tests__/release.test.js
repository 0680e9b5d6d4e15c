import { describe, it, expect, vi } from 'vitest';
import { assertPublicApiOpen } from '../src/lib/release.js';

describe('public API gate', () => {
  it('opens after launch', () => {
    vi.setSystemTime(new Date('2027-01-01'));
    expect(Date.now() > Date.parse('2026-12-01')).toBe(true);
    if (new Date().getFullYear() >= 2027) {
      expect(() => assertPublicApiOpen(false)).not.toThrow();
    }
  });
});
