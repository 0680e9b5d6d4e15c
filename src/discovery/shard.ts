/**
 * `--shard <i>/<n>`: which discovered files one CI job of a matrix analyses.
 *
 * A file belongs to shard `1 + (h mod n)`, where `h` is the first 32 bits of the SHA-256 of its
 * POSIX path relative to the working directory. The hash depends on nothing but the path, so every
 * machine, operating system and Node version agrees on the split, and adding or removing a file
 * moves no other file between shards (a sorted list cut into n slices would shift every file after
 * it). Shards are balanced by file count on average, not exactly.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Enough for any CI matrix; a larger count is almost certainly a typo. */
export const MAX_SHARDS = 1024;

/** `2/4` -> { index: 2, count: 4 }, or the reason it is not a shard. */
export function parseShard(text: string): Shard | { error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: `--shard expects <i>/<n> (for example 1/4), not '${text}'` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return { error: `--shard ${text}: the number of shards must be between 1 and ${MAX_SHARDS}` };
  if (index < 1 || index > count) return { error: `--shard ${text}: the shard number must be between 1 and ${count} (shards count from 1)` };
  return { index, count };
}

/** The 1-based shard a file (POSIX path relative to the working directory) belongs to. */
export function shardOf(relPath: string, count: number): number {
  const digest = createHash('sha256').update(relPath, 'utf8').digest();
  return 1 + (digest.readUInt32BE(0) % count);
}

export function inShard(relPath: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(relPath, shard.count) === shard.index;
}
