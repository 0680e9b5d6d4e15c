/**
 * Shared by the end-to-end tests that spawn the built CLI: is dist/ (the modules, and the CLI
 * bundle bin/timebomb.js loads) older than the sources?
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILT = join(ROOT, 'dist/src/cli/run.js');
/** The CLI bundle, built from the modules after them; the build counts as old as the older of the two. */
export const BUNDLE = join(ROOT, 'dist/src/bundle/timebomb.js');

export function buildIsStale(): boolean {
  if (!existsSync(BUILT) || !existsSync(BUNDLE)) return true;
  const builtAt = Math.min(statSync(BUILT).mtimeMs, statSync(BUNDLE).mtimeMs);
  const sources = fg.sync(['src/**/*.ts', 'rules/**/*.ts', 'tsconfig.json', 'package.json', 'rolldown.config.mjs'], { cwd: ROOT, absolute: true });
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds dist/ when it is older than the sources, as `npm run build` does: tsc's emit (type
 * errors are tsc's job), then the CLI bundle.
 */
export function ensureBuilt(): void {
  if (buildIsStale()) {
    spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' });
    spawnSync(process.execPath, [join(ROOT, 'rolldown.config.mjs')], { cwd: ROOT, stdio: 'ignore' });
  }
  if (!existsSync(BUILT) || !existsSync(BUNDLE)) throw new Error('the build did not produce dist/src/cli/run.js and dist/src/bundle/timebomb.js');
}

/** Runs `node bin/timebomb.js <args>` as a child process and collects its output. */
export function runBuiltCli(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/timebomb.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
