/* eslint-env node */
'use strict';

// Classic revealing-module pattern: everything lives inside the IIFE.
var Constants = (function () {
  var DAY = 24 * 60 * 60 * 1000;
  var BUILT_AT = Date.UTC(2026, 5, 1);

  return {
    DAY: DAY,
    BUILT_AT: BUILT_AT,
    MAX_BUILD_AGE: 240 * DAY,
    EVAL_ENDS: 'December 31, 2026',
    SUPPORTED_UNTIL: new Date(Date.UTC(2027, 11, 31)),
    RETRY_DELAY: 5 * 1000,
    MIRROR_EPOCH: Date.UTC(2015, 0, 1)
  };
})();

module.exports = Constants;
