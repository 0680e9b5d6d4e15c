import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';

const tty = { flag: true, env: {}, isTTY: true, toFile: false };

describe('useColor', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(useColor(tty)).toBe(true);
    expect(useColor({ ...tty, isTTY: false })).toBe(false);
    expect(useColor({ ...tty, isTTY: undefined })).toBe(false);
  });

  it('is off with --no-color or --output, whatever the environment says', () => {
    expect(useColor({ ...tty, flag: false, env: { FORCE_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, toFile: true, env: { FORCE_COLOR: '3' } })).toBe(false);
  });

  it('honours NO_COLOR only when non-empty, and TERM=dumb', () => {
    expect(useColor({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
  });

  it('lets FORCE_COLOR force colour on or off', () => {
    for (const v of ['1', '2', '3', 'true', '']) expect(useColor({ ...tty, isTTY: false, env: { FORCE_COLOR: v } })).toBe(true);
    for (const v of ['0', 'false']) expect(useColor({ ...tty, env: { FORCE_COLOR: v } })).toBe(false);
    expect(useColor({ ...tty, isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    // An unknown value is ignored.
    expect(useColor({ ...tty, isTTY: false, env: { FORCE_COLOR: 'yes' } })).toBe(false);
  });
});
