/**
 * Path aliases from tsconfig.json / jsconfig.json (`"paths": { "@/*": ["src/*"] }`), read as
 * data (comments and trailing commas allowed, `extends` not followed), so `import { END } from
 * '@/config/release'` resolves like a relative import.
 */
import { posix } from 'node:path';
import type { PathAlias } from '../analysis/js/module-keys.js';
import type { IO } from '../engine/io.js';
import { stripComments } from '../engine/prefilter.js';

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/** Aliases declared by the config files in each scanned directory and its ancestors up to cwd. */
export async function loadPathAliases(io: IO, scanRoots: string[]): Promise<PathAlias[]> {
  const dirs = new Set<string>();
  for (const root of scanRoots) {
    let dir = posix.normalize(root.split('\\').join('/'));
    for (let i = 0; i < 12; i++) {
      dirs.add(dir);
      if (dir === '.' || dir === '/' || dir.startsWith('..')) break;
      dir = posix.dirname(dir);
    }
  }
  const aliases: PathAlias[] = [];
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    for (const name of CONFIG_NAMES) {
      const file = posix.join(dir, name);
      try {
        const st = await io.stat(posix.isAbsolute(file) ? file : posix.join(io.cwd.split('\\').join('/'), file));
        if (!st?.isFile) continue;
        const text = (await io.readFile(posix.isAbsolute(file) ? file : posix.join(io.cwd.split('\\').join('/'), file))).toString('utf8');
        aliases.push(...aliasesOf(text, dir));
      } catch {
        // an unreadable or invalid config only costs alias resolution
      }
    }
  }
  return aliases;
}

export function aliasesOf(configText: string, configDir: string): PathAlias[] {
  const json = JSON.parse(stripComments(configText).replace(/,(\s*[}\]])/g, '$1')) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
  const options = json.compilerOptions ?? {};
  const base = posix.join(configDir, options.baseUrl ?? '.');
  const out: PathAlias[] = [];
  for (const [pattern, targets] of Object.entries(options.paths ?? {})) {
    if (!Array.isArray(targets)) continue;
    const wildcard = pattern.endsWith('*');
    out.push({
      prefix: wildcard ? pattern.slice(0, -1) : pattern,
      exact: !wildcard,
      targets: targets.map((t) => {
        const joined = posix.normalize(posix.join(base, wildcard ? t.replace(/\*$/, '') : t));
        return wildcard && !joined.endsWith('/') ? joined + '/' : joined;
      }),
    });
  }
  // Longer prefixes first, so '@/config/*' wins over '@/*'.
  return out.sort((a, b) => b.prefix.length - a.prefix.length);
}
