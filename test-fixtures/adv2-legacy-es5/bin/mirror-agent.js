#!/usr/bin/env node
'use strict';

var Licence = require('../lib/licence');
var startWatchdog = require('../lib/watchdog');
var schedule = require('../lib/schedule');
var gate = require('../lib/util/gate.min');

var PREVIEW_END = Date.UTC(2027, 0, 1);
var started = Date.now();

function banner() {
  return 'mirror-agent (c) 2014-' + new Date().getFullYear() + ' Example Org';
}

function main(argv) {
  console.log(banner());

  var now = Date.now();
  if (!(now < PREVIEW_END)) { // expect: js/hardcoded-expiry error
    console.error('This preview build has expired.');
    process.exit(1);
  }

  var since = argv[2] ? Date.parse(argv[2]) : started - 7 * 86400000;
  if (since > Date.now()) {
    console.error('--since is in the future');
    process.exit(2);
  }

  var lic = new Licence({ key: process.env.MIRROR_KEY, issuedAt: Number(process.env.MIRROR_KEY_ISSUED) });
  lic.assertFreshBuild();
  gate({ ok: true });
  startWatchdog({ log: console.log, restartWorker: function () {} });
  console.log('upstream', schedule.upstream(), 'in', Date.now() - started, 'ms');
}

main(process.argv);
