/**
 * The CLI entry: `bin/timebomb.js` calls `run(process.argv.slice(2), nodeIO())` and sets the
 * process exit code from the result; nothing here calls process.exit.
 */
import { join } from 'node:path';
import type { IO } from '../engine/io.js';
import { packageRoot, toolVersion } from '../package-root.js';
import { runWith } from './program.js';

export async function run(argv: string[], io: IO): Promise<number> {
  return runWith(argv, io, {
    version: toolVersion(),
    rulesDir: join(packageRoot(), 'rules'),
    // The engine and the catalogue (Babel and every rule) load only when a command needs them.
    load: async () => {
      const [{ scan }, { catalogue }] = await Promise.all([import('../api/scan.js'), import('../../rules/index.js')]);
      // Worker threads import the catalogue themselves; rules are code and cannot be sent.
      const catalogueModule = new URL('../../rules/index.js', import.meta.url).href;
      return { scan: (options, io, rules) => scan(options, io, rules, { catalogueModule }), catalogue };
    },
  });
}
