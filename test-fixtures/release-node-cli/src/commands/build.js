import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import pc from 'picocolors';

const CACHE_FILE = '.shipwright-cache.json';
const CACHE_TTL_MS = 12 * 60 * 60 * 1000;
const SLOW_BUILD_MS = 5000;

function readCache() {
  if (!existsSync(CACHE_FILE)) return null;
  return JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
}

export async function build(args) {
  const force = args.includes('--force');
  const cache = readCache();
  if (!force && cache && Date.now() - cache.builtAt < CACHE_TTL_MS) {
    console.log(pc.dim('up to date (cached build)'));
    return 0;
  }
  const buildStart = Date.now();
  await esbuild.build({ entryPoints: ['site/index.ts'], bundle: true, outdir: 'public', minify: true });
  const took = Date.now() - buildStart;
  if (Date.now() - buildStart > SLOW_BUILD_MS) {
    console.warn(pc.yellow(`build took ${took} ms; consider --incremental`));
  }
  writeFileSync(CACHE_FILE, JSON.stringify({ builtAt: Date.now(), took }));
  return 0;
}
