import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterContext } from './types.js';

export type ReporterName = 'text' | 'json';

export const reporters: Record<ReporterName, Reporter> = {
  text: textReporter,
  json: jsonReporter,
};

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
