/** Injectable clock so components can be tested; production uses the wall clock. */
export const systemClock = {
  now: (): number => Date.now(),
};

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export const now = (): number => Date.now();
