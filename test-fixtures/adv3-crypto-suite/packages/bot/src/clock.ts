/** Exchange timestamps are whole seconds. */
export const nowSec = (): number => (Date.now() / 1000) >>> 0;

export const nowNs = (): bigint => process.hrtime.bigint();

export function sleep(ms: number) {
  return new Promise<void>((r) => setTimeout(r, ms));
}
