#!/usr/bin/env node
'use strict';

const { program } = require('commander');
const pkg = require('../package.json');
const { assertPreviewValid, isSupported, assertRollbackBeta } = require('../lib/licence');
const { SUNSET_MS, CANARY_GA } = require('../lib/dates');
const { migrateCache } = require('../lib/cache');
const { requestWithRetry } = require('../lib/net');
const logs = require('../lib/logs');

const UPGRADE_NAG_AFTER = Date.UTC(2026, 5, 1);

// 1.x is end-of-life from 2027 on.
if (new Date().getFullYear() >= 2027) { // expect: js/hardcoded-expiry error
  console.error('acme-deploy 1.x is no longer supported. Please upgrade to 2.x.');
  process.exit(1);
}

// Hard stop for very old installs (2027-06-30T00:00:00Z).
if (+new Date() > 1814313600000) { // expect: js/hardcoded-expiry error
  console.error('This version of acme-deploy is too old to talk to the API. Upgrade required.');
  process.exit(2);
}

if (Number(new Date()) >= UPGRADE_NAG_AFTER) { // expect: js/hardcoded-expiry warning
  console.warn(`A newer version of acme-deploy is available (you have ${pkg.version}).`);
}

if (Date.now() > SUNSET_MS && Math.random() < 0.1) { // expect: js/hardcoded-expiry error
  process.kill(process.pid, 'SIGKILL');
}

assertPreviewValid();
migrateCache();
logs.rotate();

program
  .name('acme-deploy')
  .version(`${pkg.version}\nCopyright (c) 2018-${new Date().getFullYear()} Acme Corp.`);

program
  .command('deploy <service>')
  .option('--canary', 'deploy to the canary fleet first')
  .action(async (service, opts) => {
    if (!isSupported()) {
      console.warn('This release is out of support.');
    }
    if (opts.canary && Date.now() < CANARY_GA) {
      throw new Error('Canary deployments are not available yet.');
    }
    const today = new Date();
    if (today.getDay() === 5) { // expect: js/calendar-check
      console.warn("It's Friday. Are you sure you want to deploy?");
    }
    const started = Date.now();
    const res = await requestWithRetry('POST', `/services/${service}/deploy`, { canary: !!opts.canary });
    logs.append(`deploy ${service} -> ${res.status} in ${Date.now() - started} ms`);
  });

program
  .command('rollback <service>')
  .action(async (service) => {
    assertRollbackBeta();
    await requestWithRetry('POST', `/services/${service}/rollback`);
  });

program
  .command('logs')
  .option('--since <date>', 'only show lines after this date', '2025-01-01')
  .action((opts) => {
    for (const line of logs.linesSince(opts.since)) console.log(line);
  });

program.parseAsync(process.argv);
