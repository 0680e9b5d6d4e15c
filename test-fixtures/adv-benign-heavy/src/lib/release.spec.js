import { it, expect } from 'vitest';

it('release date sanity', () => {
  expect(Date.now() < Date.UTC(2030, 0, 1)).toBe(true);
});
