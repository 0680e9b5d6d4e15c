import type { Reporter } from './types.js';

export type { Reporter, ReporterContext } from './types.js';

/** Every output format, in the order `--help` lists them. */
export const REPORTER_NAMES = ['text', 'json', 'sarif', 'github', 'markdown', 'html'] as const;

export type ReporterName = (typeof REPORTER_NAMES)[number];

/**
 * Each reporter loads when its format is asked for: a CI run printing JSON does not load the
 * HTML page, SARIF's rule docs or the colours of the text output.
 */
const loaders: Record<ReporterName, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).textReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  github: async () => (await import('./github.js')).githubReporter,
  markdown: async () => (await import('./markdown.js')).markdownReporter,
  html: async () => (await import('./html.js')).htmlReporter,
};

export function loadReporter(name: ReporterName): Promise<Reporter> {
  return loaders[name]();
}

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}
