'use strict';

var C = require('./constants');
var phases = require('./phases');

function Licence(opts) {
  opts = opts || {};
  this.key = opts.key || null;
  this.issuedAt = opts.issuedAt || 0;
  this.channel = opts.channel || phases.Channel.STABLE;
}

/** Evaluation copies stop syncing once the evaluation period is over. */
Licence.prototype.isEvaluationOver = function () {
  return !this.key && Date.now() > Date.parse(C.EVAL_ENDS); // expect: js/hardcoded-expiry error
};

Licence.prototype.assertFreshBuild = function () {
  if (new Date().getTime() - C.BUILT_AT > C.MAX_BUILD_AGE) { // expect: js/hardcoded-expiry error
    throw new Error('This build of mirror-agent is too old. Please download a newer release.');
  }
};

Licence.prototype.previewAllowed = function () {
  if (this.channel !== phases.Channel.PREVIEW) return true;
  return Date.now() < phases.Phase.PREVIEW_ENDS; // expect: js/hardcoded-expiry error
};

/** Keys are valid for one year from issue: relative to the key, not to a fixed date. */
Licence.prototype.isKeyExpired = function () {
  return Date.now() > this.issuedAt + 365 * C.DAY;
};

Licence.prototype.describe = function () {
  return 'licence ' + (this.key || 'evaluation') + ', issued ' + new Date(this.issuedAt).toISOString();
};

module.exports = Licence;
