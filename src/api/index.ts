/**
 * The public programmatic API: `import { scan } from 'timebomb'`. It returns the same object the
 * JSON format prints. This entry point wires the shipped rule catalogue; the engine itself never
 * imports it.
 */
import { catalogue as shippedCatalogue } from '../../rules/index.js';
import { nodeIO } from '../cli/node-io.js';
import type { IO } from '../engine/io.js';
import type { RuleDefinition } from '../engine/rule-api.js';
import type { ScanResult } from '../engine/types.js';
import { defaultScanOptions, type ScanOptions } from './options.js';
import { scan as scanWithCatalogue, type ScanExtras } from './scan.js';

export type { ScanOptions } from './options.js';
export type { FileError, Finding, ScanResult, Severity, Trigger, FailOn } from '../engine/types.js';
export type { IO } from '../engine/io.js';
export type { BaselineEntry, BaselineReport, SuppressedFinding, Suppression } from '../engine/types.js';
export type { AllowlistEntry } from '../engine/allowlist.js';
export type { LoadedBaseline } from '../engine/baseline.js';
export type { RuleDefinition } from '../engine/rule-api.js';
export { defaultScanOptions } from './options.js';
export { MissingPathError } from './scan.js';
export { shippedCatalogue as catalogue };

/**
 * Scans with the shipped rules. Missing options take their defaults (`now` defaults to the
 * real clock); `io` defaults to the real file system with `process.cwd()`.
 */
export async function scan(
  options: Partial<ScanOptions> = {},
  io: IO = nodeIO(),
  rules: RuleDefinition[] = shippedCatalogue,
  extras: ScanExtras = {},
): Promise<ScanResult> {
  // Worker threads can load the shipped catalogue by URL; a custom one runs on this thread.
  const catalogueModule = rules === shippedCatalogue ? new URL('../../rules/index.js', import.meta.url).href : undefined;
  return scanWithCatalogue({ ...defaultScanOptions(options.now ?? io.clock()), ...options }, io, rules, { ...(catalogueModule ? { catalogueModule } : {}), ...extras });
}
