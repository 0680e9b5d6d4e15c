/**
 * Bundles the CLI (src/cli/main.ts, as compiled by tsc into dist/) with the modules it imports
 * into a few files in dist/src/bundle/, which bin/timebomb.js loads. Node 20 has no module compile
 * cache and loads ES modules one file at a time: the ~85 modules a cached scan needs took about
 * 125 ms to load, the bundle about 80 ms (issue 5's warm-scan budget is 500 ms).
 *
 * - Packages stay external (imported from node_modules as they are): Babel and the other large
 *   libraries load only on use, as in the modules.
 * - Lazy imports stay lazy: each becomes a chunk of its own, loaded on first use.
 * - The bundle lives two levels below dist/, beside dist/src/engine/, because modules find files
 *   relative to their own URL: the code fingerprint (`../../`), the rule catalogue for worker
 *   threads (`../../rules/index.js`) and the worker module (`../engine/analysis-worker.js`).
 *   Worker threads, the API (`dist/src/api/index.js`) and the tests use the modules, not the bundle.
 *
 * `npm run build` runs this file with node (the rolldown CLI would list every chunk it writes);
 * `rolldown -c rolldown.config.mjs` does the same build, verbosely.
 */
import { pathToFileURL } from 'node:url';

const config = {
  input: { timebomb: 'dist/src/cli/main.js' },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(id),
  output: {
    dir: 'dist/src/bundle',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'timebomb-[name]-[hash].js',
    cleanDir: true,
  },
};

export default config;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { build } = await import('rolldown');
  await build(config);
}
