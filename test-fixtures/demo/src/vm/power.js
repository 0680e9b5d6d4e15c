// VM power operations exposed to the management client.

import { checkBuildExpiry, isEvaluationOver } from '../licensing/build-expiry.js';
import { assertStorageMigrationAvailable } from '../licensing/features.js';
import { MAX_VM_MEMORY_BYTES, POWER_ON_TIMEOUT_MS, PRERELEASE_CUTOFF } from '../constants.js';
import { log } from '../log.js';

export class PowerOnError extends Error {
  constructor(vmId, message) {
    super(`VM ${vmId}: ${message}`);
    this.vmId = vmId;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function powerOn(vm, { host }) {
  const status = checkBuildExpiry();
  if (!status.ok) {
    // Surfaces in the client as "A general system error occurred: Internal error".
    throw new PowerOnError(vm.id, `${status.code}: License not available to perform the operation.`);
  }
  if (vm.memoryBytes > MAX_VM_MEMORY_BYTES) {
    throw new PowerOnError(vm.id, 'memory reservation too large');
  }

  const started = Date.now();
  await host.invoke('vm.start', { id: vm.id });
  while (!(await host.isRunning(vm.id))) {
    if (Date.now() - started > POWER_ON_TIMEOUT_MS) {
      throw new PowerOnError(vm.id, 'timed out waiting for the guest to start');
    }
    await sleep(250);
  }
  log.info('vm powered on', { vmId: vm.id, ms: Date.now() - started });
}

export async function resume(vm, { host }) {
  const cutoff = new Date(PRERELEASE_CUTOFF);
  if (new Date() >= cutoff) { // expect: js/hardcoded-expiry error
    throw new PowerOnError(vm.id, 'Resume is disabled: this release candidate has expired.');
  }
  await host.invoke('vm.resume', { id: vm.id });
}

export async function migrate(vm, target, { host }) {
  if (isEvaluationOver()) {
    throw new PowerOnError(vm.id, 'Live migration requires a licence; the evaluation period is over.');
  }
  if (vm.storage !== target.storage) {
    assertStorageMigrationAvailable();
  }
  await host.invoke('vm.migrate', { id: vm.id, target: target.id });
}

/** Snapshots older than the retention window are pruned. */
export function snapshotsToPrune(snapshots, retentionMs) {
  const now = Date.now();
  return snapshots.filter((s) => now - s.createdAt > retentionMs);
}
