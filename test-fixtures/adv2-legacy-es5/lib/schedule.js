'use strict';

var C = require('./constants');
var phases = require('./phases');

var GA_CUTOVER = new Date(Date.parse('2027-01-01T00:00:00Z'));
var MIRROR_V2_FROM = new Date('2027-03-01').valueOf();

function now() {
  return Date.now();
}

/** Which upstream to mirror from. */
exports.upstream = function () {
  if (now() >= GA_CUTOVER.getTime()) { // expect: js/hardcoded-expiry
    return 'https://mirror.example.org/ga/';
  }
  return 'https://mirror.example.org/preview/';
};

exports.protocolVersion = function () {
  return Date.now() >= MIRROR_V2_FROM ? 2 : 1; // expect: js/hardcoded-expiry
};

exports.channelLabel = function () {
  var t = now();
  switch (true) {
    case t < phases.Phase.GA: // expect: js/hardcoded-expiry
      return 'preview';
    case t > C.SUPPORTED_UNTIL.getTime(): // expect: js/hardcoded-expiry
      return 'unsupported';
    default:
      return 'stable';
  }
};

/** Days since the mirror started: for the status page only. */
exports.mirrorAgeDays = function () {
  return Math.floor((Date.now() - C.MIRROR_EPOCH) / C.DAY);
};

/** Next run: fixed delay from now. */
exports.nextRunAt = function (lastRunAt) {
  var next = lastRunAt + C.RETRY_DELAY;
  return next < Date.now() ? Date.now() : next;
};

/** Config sanity: GA must come after the preview cut-over. No clock involved. */
exports.validate = function () {
  if (GA_CUTOVER.getTime() > C.SUPPORTED_UNTIL.getTime()) {
    throw new Error('GA cut-over after end of support, check lib/schedule.js');
  }
};
