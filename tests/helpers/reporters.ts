/** Every reporter, loaded at once (the CLI loads only the one a run asks for). */
import { githubReporter } from '../../src/reporters/github.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { markdownReporter } from '../../src/reporters/markdown.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { textReporter } from '../../src/reporters/text.js';
import type { Reporter } from '../../src/reporters/types.js';
import type { ReporterName } from '../../src/reporters/index.js';

export const reporters: Record<ReporterName, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
  html: htmlReporter,
};
