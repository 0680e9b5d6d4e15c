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
  /** lstat: never follows the final symbolic link. */
  stat(absPath: string): Promise<FileStat | undefined>;
}
