/**
 * The real IO: node:fs and the process. Kept to this one module so everything else can be
 * tested with a fake.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type { FileStat, IO } from '../engine/io.js';

export function nodeIO(): IO {
  // `timebomb scan | head` closes the pipe early; that is not a crash. Without a listener the
  // EPIPE 'error' event would be thrown as an uncaught exception. One listener per stream, however
  // often an IO is made (the programmatic API and tests make many).
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(ignoreBrokenPipe)) stream.on('error', ignoreBrokenPipe);
  }
  return {
    cwd: process.cwd(),
    env: process.env,
    clock: () => Date.now(),
    stdout: {
      write: (text) => void process.stdout.write(text),
      isTTY: process.stdout.isTTY === true,
    },
    stderr: {
      write: (text) => void process.stderr.write(text),
      isTTY: process.stderr.isTTY === true,
    },
    // Synchronous on purpose, like stat below: source files are small and in the page cache, and
    // the promise API's four thread-pool round trips per file (open, fstat, read, close) cost
    // several times the read itself.
    readFile: async (absPath) => readFileSync(absPath),
    writeFile: writeFileAtomic,
    stat: statOrUndefined,
  };
}

function ignoreBrokenPipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
}

/**
 * Temporary file in the same directory (so the rename stays on one file system), then rename:
 * a reader sees the old report or the new one, never half of one.
 */
export async function writeFileAtomic(absPath: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${absPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, absPath);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * Synchronous on purpose, and answered without a promise: an lstat takes microseconds, and a
 * cached scan stats every file, where the thread pool's round trip per call cost several times
 * the call itself, and a promise per call half as much again.
 */
function statOrUndefined(absPath: string): FileStat | undefined {
  try {
    // throwIfNoEntry: a missing file is common (a vanished one, a probe for tsconfig.json), and
    // an exception costs more than the stat.
    const s = lstatSync(absPath, { throwIfNoEntry: false });
    return s && { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}
