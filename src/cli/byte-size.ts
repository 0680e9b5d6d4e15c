/**
 * `--max-file-size 512k`, `10mb`, `1.5MB`, `4096`: a size as people write it. Units are binary
 * (k = 1024 bytes, m = 1024 k, g = 1024 m), as `ls -h` and `du -h` print them; case and a
 * trailing `b`/`ib` are ignored.
 */
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
