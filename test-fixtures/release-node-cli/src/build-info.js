// Values inlined by esbuild when the CLI is bundled (scripts/bundle.mjs):
//   define: { 'process.env.BUILD_TIMESTAMP': String(Date.now()),
//             'process.env.SHIPWRIGHT_CHANNEL': JSON.stringify(channel) }
import { readFileSync } from 'node:fs';

/** When this bundle was built, in ms since the epoch. */
export const BUILD_TIMESTAMP = Number(process.env.BUILD_TIMESTAMP);

/** 'stable' | 'nightly' | 'dev', chosen by the release job. */
export const CHANNEL = process.env.SHIPWRIGHT_CHANNEL;

/** The version of the installed package, read from package.json at start-up. */
export const RUNTIME_VERSION = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
