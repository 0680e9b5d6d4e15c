/** The rule catalogue: an explicit, sorted registry. The engine never imports this module. */
import type { RuleDefinition } from '../src/engine/rule-api.js';
import { compareText } from '../src/engine/text-order.js';
import expiringCertificate from './cert/expiring-certificate.js';
import configExpiryKey from './config/expiry-key.js';
import configPrereleaseSwitch from './config/prerelease-switch.js';
import buildAge from './js/build-age.js';
import calendarCheck from './js/calendar-check.js';
import hardcodedExpiry from './js/hardcoded-expiry.js';
import prereleaseExpiry from './js/prerelease-expiry.js';

export const catalogue: RuleDefinition[] = [expiringCertificate, configExpiryKey, configPrereleaseSwitch, buildAge, calendarCheck, hardcodedExpiry, prereleaseExpiry]
  .sort((a, b) => compareText(a.meta.id, b.meta.id)) as RuleDefinition[];

export { loadVocabulary } from './vocabulary.js';
