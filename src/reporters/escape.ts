/**
 * Scanned text (file names, snippets, messages quoting source) must never reach a terminal raw:
 * an ESC starts a terminal control sequence, C1 controls can too, and bidi overrides make the
 * printed line read differently from the code (Trojan Source). They are shown as escapes.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes every unsafe character except tab: `\x1b`, `\x9b`, `\u202e`. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** The non-ASCII unsafe characters, which JSON.stringify leaves raw (it escapes < 0x20 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Rewrites those characters in serialised JSON as `\uXXXX`. They can only occur inside JSON
 * strings, where the escape denotes the same character, so the document parses identically.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
