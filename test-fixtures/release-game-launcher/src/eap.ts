import { EAP, IS_BETA, PRERELEASE } from './config/build.js';
import { showModal } from './ui/modal.js';

/** Early Access closes when the full game launches. */
export const EAP_ENDS = new Date(Date.UTC(2027, 5, 30));
/** Server-side wipe of Early Access characters, in unix seconds (2027-05-01). */
const EAP_WIPE_AT = 1809129600;

export function eapGate(): boolean {
  if (!EAP) return true;
  if (Date.now() >= EAP_ENDS.getTime()) { // expect: js/prerelease-expiry error
    showModal('Early Access has ended', 'Thank you for playing! The full game is available on the store page.');
    return false;
  }
  return true;
}

export function wipeWarningDue(): boolean {
  return EAP && Math.floor(Date.now() / 1000) > EAP_WIPE_AT - 14 * 86400; // expect: js/prerelease-expiry error
}

/** The closed playtest depot (PRERELEASE = true) stopped in December; this depot is not one. */
export function playtestGate(): void {
  if (PRERELEASE && Date.now() > Date.parse('2026-12-15')) { // expect: js/prerelease-expiry note
    throw new Error('Playtest build expired');
  }
}

/** Beta branch hotfix channel; off in this depot. */
export function betaHotfixNotice(): void {
  if (IS_BETA) {
    if (new Date().getUTCFullYear() > 2026) { // expect: js/prerelease-expiry note
      showModal('Beta branch', 'The beta branch has closed; switch back to the default branch in Steam.');
    }
  }
}
