/**
 * Reads files as they are at another git revision (`git show <ref>:./<path>`), for
 * `--config-from-ref`: the config and baseline come from the target branch, so a pull request
 * cannot allowlist or baseline its own time bomb. git is run with execFile (never a shell), and
 * the ref is checked before it reaches git's command line.
 */
import { ConfigError } from './errors.js';

/** Reads a file (POSIX path relative to the working directory) at the ref; undefined when absent there. */
export type RefReader = (path: string) => Promise<string | undefined>;

/** Runs git in `cwd`; rejects with git's stderr on a non-zero exit. */
export type GitRunner = (args: string[], cwd: string) => Promise<string>;

const MAX_OUTPUT = 256 * 1024 * 1024;

export const runGit: GitRunner = async (args, cwd) => {
  // Loaded on use: most scans never run git, and child_process brings streams and sockets with it.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      // The message is git's own words (stderr), empty when git said nothing.
      if (error) reject(Object.assign(new Error(stderr.trim()), { code: (error as NodeJS.ErrnoException).code }));
      else resolve(stdout);
    });
  });
};

/** A ref that git would take for an option, or that holds control characters, is refused. */
export function isSafeRef(ref: string): boolean {
  return ref.length > 0 && !ref.startsWith('-') && !/[\u0000-\u001f\u007f]/.test(ref);
}

/** Checks that `ref` names a commit, then returns a reader of files at that commit. */
export async function gitRefReader(ref: string, cwd: string, git: GitRunner = runGit): Promise<RefReader> {
  if (!isSafeRef(ref)) throw new ConfigError(`--config-from-ref: "${ref}" is not a git revision`);
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'git is not installed' : (error as Error).message || 'no such commit';
    throw new ConfigError(`--config-from-ref: cannot read revision "${ref}": ${why}`);
  }
  return async (path) => {
    const spec = `${ref}:./${path.replace(/^\.\//, '')}`;
    try {
      await git(['cat-file', '-e', spec], cwd);
    } catch {
      return undefined;
    }
    try {
      return await git(['show', spec], cwd);
    } catch (error) {
      throw new ConfigError(`--config-from-ref: cannot read ${spec}: ${(error as Error).message || 'git show failed'}`);
    }
  };
}
