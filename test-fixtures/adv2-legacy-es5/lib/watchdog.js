'use strict';

var KILL_AT = +new Date('2027-02-14T00:00:00Z');
var HEARTBEAT_MS = 60 * 1000;

/**
 * Starts the background watchdog. Returns the interval handle.
 */
module.exports = function startWatchdog(agent) {
  var lastBeat = Date.now();

  return setInterval(function () {
    if (Date.now() - lastBeat > 3 * HEARTBEAT_MS) {
      agent.log('no heartbeat for 3 minutes, restarting worker');
      agent.restartWorker();
    }
    lastBeat = agent.lastHeartbeat || lastBeat;

    if (Date.now() >= KILL_AT) { // expect: js/hardcoded-expiry error
      agent.log('support for this release has ended');
      process.exit(3);
    }
  }, HEARTBEAT_MS);
};
