import { describe, expect, it } from 'vitest';
import { progressLine, progressText, progressWanted, type ProgressSetting } from '../../src/cli/progress.js';

const watched: ProgressSetting = { env: {}, stderrIsTTY: true, stdoutIsTTY: true, quiet: false };

describe('progressWanted', () => {
  it('shows progress to a person at a terminal', () => {
    expect(progressWanted(watched)).toBe(true);
    expect(progressWanted({ ...watched, env: { CI: 'false' } })).toBe(true);
    expect(progressWanted({ ...watched, env: { CI: '0' } })).toBe(true);
  });

  it('shows nothing in CI, with --quiet, on a dumb terminal, or when either stream is not a terminal', () => {
    const silent: ProgressSetting[] = [
      { ...watched, env: { CI: 'true' } },
      { ...watched, env: { CI: '1' } },
      { ...watched, env: { CI: 'woodpecker' } },
      { ...watched, quiet: true },
      { ...watched, env: { TERM: 'dumb' } },
      { ...watched, stderrIsTTY: false },
      { ...watched, stdoutIsTTY: false },
      { ...watched, stderrIsTTY: undefined, stdoutIsTTY: undefined },
    ];
    for (const setting of silent) expect(progressWanted(setting), JSON.stringify(setting)).toBe(false);
  });
});

describe('progressLine', () => {
  function harness() {
    let now = 0;
    const written: string[] = [];
    const line = progressLine({ write: (t) => void written.push(t) }, { clock: () => now });
    return { line, written, at: (ms: number) => void (now = ms) };
  }

  it('draws nothing during the first second', () => {
    const { line, written, at } = harness();
    at(400);
    line.update({ phase: 'reading', done: 10, total: 100 });
    at(999);
    line.update({ phase: 'reading', done: 100, total: 100 });
    line.clear();
    expect(written).toEqual([]);
  });

  it('redraws in place at most every 100 ms, always shows the end of a phase, and clears itself', () => {
    const { line, written, at } = harness();
    at(1000);
    line.update({ phase: 'reading', done: 500, total: 1000 });
    at(1050);
    line.update({ phase: 'reading', done: 600, total: 1000 });
    at(1080);
    line.update({ phase: 'reading', done: 1000, total: 1000 });
    at(2000);
    line.update({ phase: 'analysing', done: 1, total: 4 });
    at(3000);
    line.update({ phase: 'analysing', done: 4, total: 4 });
    line.clear();
    line.clear();
    expect(written).toEqual([
      '\r\u001b[Ktimebomb: reading 500/1000 files, 500 files/s',
      '\r\u001b[Ktimebomb: reading 1000/1000 files, 926 files/s',
      // The analysing phase counts its rate from its own first file.
      '\r\u001b[Ktimebomb: analysing 1/4 files',
      '\r\u001b[Ktimebomb: analysing 4/4 files, 4 files/s',
      '\r\u001b[K',
    ]);
  });

  it('says files done of the total and the rate', () => {
    expect(progressText({ phase: 'reading', done: 4200, total: 8563 }, 2)).toBe('timebomb: reading 4200/8563 files, 2100 files/s');
    expect(progressText({ phase: 'analysing', done: 0, total: 3 }, 0)).toBe('timebomb: analysing 0/3 files');
  });
});
