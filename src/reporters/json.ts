import type { Reporter } from './types.js';
import { escapeJsonText } from './escape.js';

/** The ScanResult itself (already the documented contract), two-space indented. */
export const jsonReporter: Reporter = (result) => escapeJsonText(JSON.stringify(result, null, 2)) + '\n';
