/** Shared by the end-to-end tests that spawn the built CLI: is dist/ older than the sources? */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILT = join(ROOT, 'dist/src/cli/run.js');

export function buildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const builtAt = statSync(BUILT).mtimeMs;
  const sources = fg.sync(['src/**/*.ts', 'rules/**/*.ts', 'tsconfig.json', 'package.json'], { cwd: ROOT, absolute: true });
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}
