import { describe, expect, it } from 'vitest';
import { isReporterName, loadReporter, REPORTER_NAMES } from '../../src/reporters/index.js';
import { reporters } from '../helpers/reporters.js';

describe('reporter loading', () => {
  it('loads, for every format name, the reporter of that format', async () => {
    for (const name of REPORTER_NAMES) expect(await loadReporter(name)).toBe(reporters[name]);
  });

  it('knows the format names and nothing else', () => {
    expect(REPORTER_NAMES.every(isReporterName)).toBe(true);
    expect(isReporterName('xml')).toBe(false);
    expect(isReporterName('toString')).toBe(false);
  });
});
