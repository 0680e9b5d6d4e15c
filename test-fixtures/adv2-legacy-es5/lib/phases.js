'use strict';

/** Release phases, as ms epochs. Frozen so nobody "fixes" them at run time. */
var Phase = Object.freeze({
  PREVIEW_ENDS: 1802563200000,
  GA: 1798761600000
});

var Channel = Object.freeze({
  STABLE: 'stable',
  PREVIEW: 'preview'
});

exports.Phase = Phase;
exports.Channel = Channel;
