// Beta programme keys. Testers received a key that is valid until the end of 2027.

const BETA_KEY_EXPIRES = 1830297600; // 2028-01-01T00:00:00Z, unix seconds

/** Vendor id embedded in every beta key; not a timestamp. */
const BETA_VENDOR_ID = 1830297600;

export function betaKeyValid(key) {
  if (key.vendorId !== BETA_VENDOR_ID) {
    return false;
  }
  const nowSec = Math.floor(Date.now() / 1000);
  if (nowSec >= BETA_KEY_EXPIRES) { // expect: js/hardcoded-expiry error
    return false;
  }
  // Signed session claims carry their own expiry, read at run time.
  return key.claims.exp > nowSec;
}
