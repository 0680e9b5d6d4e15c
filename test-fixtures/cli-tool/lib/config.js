'use strict';

const os = require('os');
const path = require('path');

const YEAR = '2027-';

module.exports = {
  // Preview builds of the CLI stop working after this date.
  EXPIRES: YEAR + '06-30',
  API_URL: process.env.ACME_API_URL || 'https://deploy.example.com/api',
  CACHE_DIR: process.env.ACME_CACHE_DIR || path.join(os.homedir(), '.cache', 'acme-deploy'),
  LOG_DIR: path.join(os.homedir(), '.acme-deploy', 'logs'),
  REQUEST_TIMEOUT_MS: 30000,
  MAX_RETRIES: 5,
  /** Telemetry application id registered with the analytics vendor. */
  TELEMETRY_APP_ID: 1735689600123,
};
