import type { FileStat, IO } from '../../src/engine/io.js';

export interface FakeIO extends IO {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** An IO over an in-memory set of paths: enough for the CLI, which only stats, reads docs and writes reports. */
export function fakeIO(opts: { files?: Record<string, string>; dirs?: string[]; env?: Record<string, string>; tty?: boolean; cwd?: string } = {}): FakeIO {
  const cwd = opts.cwd ?? '/project';
  const files = new Map(Object.entries(opts.files ?? {}));
  const dirs = new Set([cwd, ...(opts.dirs ?? [])]);
  const io: FakeIO = {
    out: '',
    err: '',
    written: new Map(),
    cwd,
    env: opts.env ?? {},
    clock: () => Date.UTC(2026, 0, 25, 12),
    stdout: { write: (t) => void (io.out += t), isTTY: opts.tty ?? false },
    stderr: { write: (t) => void (io.err += t), isTTY: opts.tty ?? false },
    readFile: async (p) => {
      const content = files.get(p);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return Buffer.from(content);
    },
    writeFile: async (p, content) => void io.written.set(p, content),
    stat: async (p): Promise<FileStat | undefined> => {
      if (files.has(p)) return { size: files.get(p)!.length, isFile: true, isDirectory: false, isSymbolicLink: false };
      if (dirs.has(p)) return { size: 0, isFile: false, isDirectory: true, isSymbolicLink: false };
      return undefined;
    },
  };
  return io;
}
