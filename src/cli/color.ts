export interface ColorInputs {
  /** false after --no-color. */
  flag: boolean;
  env: Record<string, string | undefined>;
  isTTY: boolean | undefined;
  /** The report goes to a file (--output), never to a terminal. */
  toFile: boolean;
}

/**
 * Whether the report gets ANSI colour. --no-color and --output always win; then FORCE_COLOR
 * (0/false off; 1, 2, 3, true or empty on; the convention chalk and Node follow, so CI can
 * force colour through a pipe); then NO_COLOR (any non-empty value, no-color.org) and TERM=dumb
 * turn it off; otherwise colour only on a terminal.
 */
export function useColor(o: ColorInputs): boolean {
  if (!o.flag || o.toFile) return false;
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return false;
    if (force === '' || force === 'true' || /^[1-3]$/.test(force)) return true;
  }
  if (o.env.NO_COLOR !== undefined && o.env.NO_COLOR !== '') return false;
  if (o.env.TERM === 'dumb') return false;
  return o.isTTY === true;
}
