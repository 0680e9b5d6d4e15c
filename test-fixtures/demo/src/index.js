#!/usr/bin/env node
// Entry point of the host agent.

import { AGENT_VERSION, BUILD_NUMBER, BUILD_EXPIRES_AT, SUPPORT_ENDS } from './constants.js';
import { warnIfClockBehindBuild } from './licensing/build-expiry.js';
import { logFeatureState } from './licensing/features.js';
import { startMonitor } from './vm/heartbeat.js';
import { log } from './log.js';

const banner = `hv-host-agent ${AGENT_VERSION} (build ${BUILD_NUMBER})
Copyright (c) 2006-${new Date().getFullYear()} Example Virtualization Inc.`;

console.log(banner);
log.info('build expiry stamp', { expiresAt: new Date(BUILD_EXPIRES_AT).toISOString() });

warnIfClockBehindBuild();

const wallClockNow = performance.timeOrigin + performance.now();
if (wallClockNow > SUPPORT_ENDS.getTime()) { // expect: js/hardcoded-expiry
  log.warn('This release is past its end of general support; security fixes are no longer provided.');
}
logFeatureState();

const monitor = startMonitor((vmId) => log.warn('restarting guest via HA', { vmId }));

process.on('SIGTERM', () => {
  clearInterval(monitor);
  process.exit(0);
});
