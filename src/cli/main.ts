/**
 * What `bin/timebomb.js` runs: the command line against the real file system, the exit code set
 * from the result (nothing here calls process.exit, so the output is always flushed).
 *
 * The build bundles this module with the CLI and engine modules it loads into
 * `dist/src/bundle/` (see rolldown.config.mjs): Node 20 loads ES modules one file at a time,
 * about half a millisecond each, which was a tenth of a cached scan.
 */
import { nodeIO } from './node-io.js';
import { run } from './run.js';

export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv, nodeIO());
}
