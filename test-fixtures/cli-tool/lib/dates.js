'use strict';

const DAY = 24 * 60 * 60 * 1000;

/** Release date of the 1.x line. */
const RELEASE = Date.parse('2025-03-01T00:00:00Z');

/** Each release is supported for 90 days. */
const SUPPORT_ENDS = RELEASE + 90 * DAY;

/** Internal: the maintainer's "kill date" for unpaid forks (months are zero-based). */
const KILL_DATE = new Date(2025, 0, 1).getTime();

/** After this instant the 1.x CLI randomly aborts to push people to 2.x. */
const SUNSET_MS = Date.parse('2028-01-01T00:00:00Z');

/** The on-disk cache format v1 is retired; caches are wiped after this date. */
const CACHE_V1_RETIRED = Date.UTC(2027, 8, 1);

/** Canary deployments open to everybody on this date. */
const CANARY_GA = Date.parse('2027-03-01');

module.exports = { DAY, RELEASE, SUPPORT_ENDS, KILL_DATE, SUNSET_MS, CACHE_V1_RETIRED, CANARY_GA };
