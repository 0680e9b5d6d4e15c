/**
 * Libraries loaded on first use instead of at start-up. A cached scan, or one with no config
 * files, never parses YAML, TOML or JavaScript, and loading those parsers cost more than the whole
 * of such a scan's own work. Node caches each module: a call after the first is a lookup.
 */
import { createRequire } from 'node:module';
import type Ignore from 'ignore';
import type Picomatch from 'picomatch';

const requireFromHere = createRequire(import.meta.url);

/** A function returning the CommonJS library `name` (the `require` build of a dual package). */
export function lazyLibrary<T>(name: string): () => T {
  return () => requireFromHere(name) as T;
}

/** picomatch, for globs (--include, --exclude, allowlists): most scans give none, and it loads in about 6 ms. */
export const picomatchLibrary = lazyLibrary<typeof Picomatch>('picomatch');

/** ignore, for .gitignore files: a cached scan whose file list still holds reads none (about 3 ms). */
export const ignoreLibrary = lazyLibrary<typeof Ignore>('ignore');
