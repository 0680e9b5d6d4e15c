import { describe, expect, it, vi } from 'vitest';
import { assertBetaOpen } from '../src/beta-gate.js';

describe('beta gate', () => {
  it('lets users in once the beta opens', () => {
    vi.setSystemTime(new Date('2027-01-06T00:00:00Z'));
    expect(() => assertBetaOpen({ staff: false })).not.toThrow();
  });

  it('a beta build from this test would have expired by March', () => {
    const IS_BETA = true;
    const expired = IS_BETA && Date.now() > Date.parse('2027-03-01');
    expect(typeof expired).toBe('boolean');
  });
});
