/**
 * Where `--cache` keeps its file: `.timebombcache` in the working directory, or `--cache-location`,
 * a file or a directory (an existing one, or a path ending in a separator) that then holds
 * `.timebombcache`.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_CACHE_FILE } from '../engine/cache.js';
import type { IO } from '../engine/io.js';

export async function cacheFilePath(io: IO, location: string | undefined): Promise<string> {
  if (location === undefined || location === '') return join(io.cwd, DEFAULT_CACHE_FILE);
  const abs = isAbsolute(location) ? location : resolve(io.cwd, location);
  if (/[\\/]$/.test(location) || (await io.stat(abs))?.isDirectory) return join(abs, DEFAULT_CACHE_FILE);
  return abs;
}
