import { fetchEntitlement } from './entitlement';

/** The server decides when a nightly has run its course; the client only obeys. */
export async function startup(root) {
  const entitlement = await fetchEntitlement();
  if (__NIGHTLY__ && entitlement.nightlyExpired) { // expect: js/prerelease-expiry warning
    root.innerHTML = '<p>This nightly build has expired. Install the stable dashboard.</p>';
    throw new Error('nightly expired');
  }
  if (__NIGHTLY__) {
    console.info('nightly build: verbose logging on');
  }
  if (process.env.RELEASE_CHANNEL === 'nightly' && !entitlement.ok) {
    throw new Error('missing entitlement configuration');
  }
}
