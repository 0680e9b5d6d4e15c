/**
 * The release context of a scan: which build the code is judged as. Compile-time defines
 * (`__BETA__=false`, `process.env.NODE_ENV=production`) come from `--define`, a named profile of
 * the config file, bundler configs read as data, and `.env.production` style files.
 */
export type DefineValue = string | number | boolean | null;

/** Defines read from a project's own build configuration; they apply to files under `dir`. */
export interface ScopedDefines {
  /** POSIX directory relative to the working directory ('' for the root). */
  dir: string;
  defines: Record<string, DefineValue>;
  /** The file each define came from (`apps/web/vite.config.ts`, `apps/web/.env.production`). */
  sources: Record<string, string>;
}

export interface ReleaseContext {
  /** Name of the active profile (`release`), undefined when none was chosen. */
  profile?: string;
  /** Compile-time replacements by expression text: `__BETA__`, `process.env.NODE_ENV`, `import.meta.env.VITE_CHANNEL`. */
  defines: Record<string, DefineValue>;
  /** Where each define came from, for messages: `--define`, `profile release`. */
  defineSources: Record<string, string>;
  /** Defines read from bundler configs and `.env.production` files of the scanned tree; `defines` override them. */
  scoped?: ScopedDefines[];
  /** Globs (relative to the working directory) of config files the active profile treats as release configuration. */
  configFiles: string[];
  /** A known build instant (ms since the epoch), from `--build-date`. */
  buildDate?: number;
  /** Where the build date came from (`--build-date`, `profile release`). */
  buildDateSource?: string;
}

export function emptyReleaseContext(): ReleaseContext {
  return { defines: {}, defineSources: {}, configFiles: [] };
}

/**
 * The define lookup for one file: explicit defines (`--define`, the profile) first, then the
 * build configuration nearest to the file.
 */
export function defineLookupFor(release: ReleaseContext | undefined, file: string): (name: string) => { value: DefineValue; source: string } | undefined {
  if (!release) return () => undefined;
  const scoped = (release.scoped ?? [])
    .filter((s) => s.dir === '' || file === s.dir || file.startsWith(`${s.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length);
  return (name) => {
    if (Object.prototype.hasOwnProperty.call(release.defines, name)) {
      return { value: release.defines[name]!, source: release.defineSources[name] ?? '--define' };
    }
    for (const s of scoped) {
      if (Object.prototype.hasOwnProperty.call(s.defines, name)) return { value: s.defines[name]!, source: s.sources[name] ?? s.dir };
    }
    return undefined;
  };
}

/**
 * `NAME=VALUE` as esbuild's --define reads it: a JSON literal (`false`, `1767225600000`,
 * `"production"`), otherwise the text itself as a string (`process.env.NODE_ENV=production`).
 */
export function parseDefine(text: string): { name: string; value: DefineValue } | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const name = text.slice(0, eq).trim();
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(name)) return undefined;
  const raw = text.slice(eq + 1).trim();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed)) return { name, value: parsed as DefineValue };
  } catch {
    // not JSON: a bare word
  }
  return { name, value: raw };
}
