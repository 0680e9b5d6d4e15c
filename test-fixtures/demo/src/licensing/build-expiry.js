import {
  AGENT_VERSION,
  BUILD_EXPIRES_AT,
  BUILD_TIMESTAMP,
  EVAL_PERIOD_MS,
} from '../constants.js';
import { log } from '../log.js';

// TODO(release): this check is only meant for beta and RC builds. The GA
// pipeline is supposed to flip PRERELEASE to false before packaging.
const PRERELEASE = true;

/**
 * Returns { ok: true } while the build may be used, otherwise the error code
 * that the power-on path reports to the client.
 */
export function checkBuildExpiry() {
  if (!PRERELEASE) {
    return { ok: true };
  }
  if (Date.now() > BUILD_EXPIRES_AT) { // expect: js/prerelease-expiry error
    log.error(`Build ${AGENT_VERSION} has expired; install the GA build.`);
    return { ok: false, code: 'AND0031', reason: 'pre-release build expired' };
  }
  return { ok: true };
}

/** Evaluation mode ends a fixed period after the build was stamped. */
export function isEvaluationOver() {
  return Date.now() - BUILD_TIMESTAMP > EVAL_PERIOD_MS; // expect: js/hardcoded-expiry error
}

/**
 * Sanity check at start-up: a host whose clock is earlier than the build
 * timestamp almost certainly has a dead CMOS battery. Only a warning.
 */
export function warnIfClockBehindBuild() {
  if (Date.now() < BUILD_TIMESTAMP) {
    log.warn('System clock is earlier than the build date; check NTP configuration.');
  }
}
