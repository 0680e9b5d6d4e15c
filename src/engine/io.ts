/**
 * Every side effect a scan or the CLI needs, passed in as a value so the engine and CLI can be
 * tested without a disk, a terminal or a clock.
 */
export interface FileStat {
  size: number;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  /** Modification time and inode, when the IO knows them (the cache's stat fast path needs both). */
  mtimeMs?: number;
  ino?: number;
}

/**
 * A value, or a promise of it. An IO may answer at once: node's lstat does, and a cached scan
 * stats every file, where a promise and a microtask per call cost about half as much again as
 * the stats themselves.
 */
export type MaybePromise<T> = T | Promise<T>;

/** Whether an answer is still to come (a promise or any other thenable). */
export function isPending<T>(answer: MaybePromise<T>): answer is Promise<T> {
  return typeof (answer as { then?: unknown } | undefined)?.then === 'function';
}

export interface IO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Current wall clock in ms; used only when --now is not given. */
  clock(): number;
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void; isTTY?: boolean };
  readFile(absPath: string): Promise<Buffer>;
  /** Writes a file atomically (temporary file + rename). */
  writeFile(absPath: string, content: string | Uint8Array): Promise<void>;
  /** lstat: never follows the final symbolic link. May answer (and throw) synchronously. */
  stat(absPath: string): MaybePromise<FileStat | undefined>;
}

/**
 * lstat, with a path that cannot be checked (permission denied, I/O error) taken as absent. An
 * answer the IO gives at once is returned at once (a cached scan stats every file).
 */
export function statQuietly(io: IO, absPath: string): MaybePromise<FileStat | undefined> {
  try {
    const answer = io.stat(absPath);
    return isPending(answer) ? answer.catch(() => undefined) : answer;
  } catch {
    return undefined;
  }
}
