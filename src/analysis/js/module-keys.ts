/**
 * Module keys: a relative import specifier resolved against the importing file into a POSIX path
 * relative to the working directory, still without extension resolution (the link phase tries
 * `.ts`, `.js`, `/index.ts`... against the files it knows).
 */
import { posix } from 'node:path';
import { isRelativeSpecifier, type ModuleKeyResolver } from './names.js';

/** A tsconfig/jsconfig `paths` entry: `@/*` -> `src/*`, as a prefix and target directories. */
export interface PathAlias {
  /** The specifier prefix ('@/' for '@/*'), or the whole specifier for an exact entry. */
  prefix: string;
  exact: boolean;
  /** Repo-relative POSIX targets ('src/' for 'src/*'). */
  targets: string[];
}

export function moduleKeyResolver(file: string, aliases: PathAlias[] = []): ModuleKeyResolver {
  const dir = posix.dirname(file);
  return (specifier) => {
    if (isRelativeSpecifier(specifier)) return posix.normalize(posix.join(dir, specifier));
    for (const alias of aliases) {
      if (alias.exact ? specifier === alias.prefix : specifier.startsWith(alias.prefix)) {
        const rest = alias.exact ? '' : specifier.slice(alias.prefix.length);
        const target = alias.targets[0];
        if (target !== undefined) return posix.normalize(target + rest) || '.';
      }
    }
    return undefined;
  };
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Candidate files for a module key, in the order Node and TypeScript would try them. */
export function moduleKeyCandidates(key: string): string[] {
  const out: string[] = [key];
  const ext = posix.extname(key);
  if (ext === '.js' || ext === '.jsx' || ext === '.mjs' || ext === '.cjs') {
    // TypeScript ESM imports name the emitted .js file; the source is .ts.
    const stem = key.slice(0, -ext.length);
    const tsExt = ext === '.mjs' ? '.mts' : ext === '.cjs' ? '.cts' : ext === '.jsx' ? '.tsx' : '.ts';
    out.push(stem + tsExt, stem + '.tsx');
  }
  for (const e of SOURCE_EXTENSIONS) out.push(key + e);
  // What posix.join(key, 'index' + e) gives for a normalised key, without normalising 8 times.
  const dir = key === '.' ? '' : key.endsWith('/') ? key : `${key}/`;
  for (const e of SOURCE_EXTENSIONS) out.push(`${dir}index${e}`);
  return out;
}
