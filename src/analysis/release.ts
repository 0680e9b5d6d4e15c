/**
 * The release context of a scan: which build the code is judged as. Compile-time defines
 * (`__BETA__=false`, `process.env.NODE_ENV=production`) come from `--define`, a named profile of
 * the config file, bundler configs read as data, and `.env.production` style files.
 */
export type DefineValue = string | number | boolean | null;

export interface ReleaseContext {
  /** Name of the active profile (`release`), undefined when none was chosen. */
  profile?: string;
  /** Compile-time replacements by expression text: `__BETA__`, `process.env.NODE_ENV`, `import.meta.env.VITE_CHANNEL`. */
  defines: Record<string, DefineValue>;
  /** Where each define came from, for messages: `--define`, `profile release`, `vite.config.ts`, `.env.production`. */
  defineSources: Record<string, string>;
  /** Globs (relative to the working directory) of config files the active profile treats as release configuration. */
  configFiles: string[];
  /** A known build instant (ms since the epoch), from `--build-date`. */
  buildDate?: number;
}

export function emptyReleaseContext(): ReleaseContext {
  return { defines: {}, defineSources: {}, configFiles: [] };
}
