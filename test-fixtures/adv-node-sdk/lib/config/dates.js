'use strict';

const YEAR = '2027';

/** Regional maintenance freeze: writes are rejected from this date. */
module.exports.WRITE_FREEZE_FROM = `${YEAR}-10-01`;
module.exports.LEGACY_WEBHOOKS_END_S = 1819756800;
