import { githubReporter } from './github.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterContext } from './types.js';

/** Every output format, in the order `--help` lists them. */
export const REPORTER_NAMES = ['text', 'json', 'sarif', 'github', 'markdown', 'html'] as const;

export type ReporterName = (typeof REPORTER_NAMES)[number];

export const reporters: Record<ReporterName, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
  html: htmlReporter,
};

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
