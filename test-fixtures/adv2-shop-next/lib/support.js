const EOL = '2027-05-01';
const BETA_END = process.env.BETA_END ?? '2027-01-01';
const MAINTENANCE_UNTIL = process.env.MAINTENANCE_UNTIL;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function assertSupported(logger) {
  await logger.flush();
  const now = Date.now();
  await sleep(0);
  if (now > Date.parse(EOL)) { // expect: js/hardcoded-expiry error
    throw new Error('This version of Acme Shop has reached end of life.');
  }
}

export const betaExpired = () => Date.now() > Date.parse(BETA_END); // expect: js/hardcoded-expiry error

export function inMaintenance() {
  return MAINTENANCE_UNTIL ? Date.now() < Date.parse(MAINTENANCE_UNTIL) : false;
}

export function pricingTier() {
  const now = Date.now();
  switch (true) {
    case now < Date.UTC(2027, 0, 1): // expect: js/hardcoded-expiry
      return 'early-bird';
    case now < Date.UTC(2027, 3, 1): // expect: js/hardcoded-expiry
      return 'standard';
    default:
      return 'late';
  }
}

export async function withTimeout(promise, ms) {
  const deadline = Date.now() + ms;
  const result = await promise;
  if (Date.now() > deadline) console.warn('slow call:', ms, 'ms budget exceeded');
  return result;
}
