import { it, expect } from 'vitest';

const TRIAL_END = Date.parse('2027-05-01');

it('treats the beta trial as over after May 2027', () => {
  const over = Date.now() > TRIAL_END;
  if (over) throw new Error('trial expired in test env');
  expect(over).toBe(false);
});
