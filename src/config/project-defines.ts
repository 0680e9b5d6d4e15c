/**
 * The defines a scanned project sets for its own release build (bundler configs, .env.production),
 * each scoped to the directory of the file that sets it, added to the release context.
 */
import { posix } from 'node:path';
import type { ReleaseContext, ScopedDefines } from '../analysis/release.js';
import type { IO } from '../engine/io.js';
import { definesOf, isDefineSourcePath } from './bundler-defines.js';
import { compareText } from '../engine/text-order.js';

/** Build configs larger than this are not configs. */
const MAX_DEFINE_SOURCE_BYTES = 512 * 1024;

export async function withProjectDefines(io: IO, release: ReleaseContext | undefined, files: { absPath: string; relPath: string }[]): Promise<ReleaseContext | undefined> {
  const sources = files.filter((f) => isDefineSourcePath(f.relPath)).sort((a, b) => compareText(a.relPath, b.relPath));
  if (sources.length === 0) return release;
  const byDir = new Map<string, ScopedDefines>();
  for (const file of sources) {
    let text: string;
    try {
      const st = await io.stat(file.absPath);
      if (!st?.isFile || st.size > MAX_DEFINE_SOURCE_BYTES) continue;
      text = (await io.readFile(file.absPath)).toString('utf8');
    } catch {
      continue; // an unreadable config is reported by the scan itself when a rule reads it
    }
    const dir = posix.dirname(file.relPath) === '.' ? '' : posix.dirname(file.relPath);
    const scoped = byDir.get(dir) ?? { dir, defines: {}, sources: {} };
    // `.env.production.local` sorts after `.env.production` and overrides it, as the bundlers do.
    for (const d of definesOf(posix.basename(file.relPath), text)) {
      scoped.defines[d.name] = d.value;
      scoped.sources[d.name] = `${file.relPath}:${d.line}`;
    }
    if (Object.keys(scoped.defines).length > 0) byDir.set(dir, scoped);
  }
  if (byDir.size === 0) return release;
  const base = release ?? { defines: {}, defineSources: {}, configFiles: [] };
  return { ...base, scoped: [...(base.scoped ?? []), ...byDir.values()] };
}
