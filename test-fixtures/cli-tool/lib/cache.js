'use strict';

const fs = require('fs');
const path = require('path');
const { CACHE_DIR } = require('./config');
const { CACHE_V1_RETIRED, DAY } = require('./dates');

const TTL_MS = 6 * 60 * 60 * 1000;

function migrateCache() {
  // Old v1 caches are not readable by 2.x; after the retirement date we wipe them.
  if (Date.now() >= CACHE_V1_RETIRED) { // expect: js/hardcoded-expiry error
    fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  }
}

function read(key) {
  const file = path.join(CACHE_DIR, `${key}.json`);
  if (!fs.existsSync(file)) {
    return undefined;
  }
  const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (entry.storedAt + TTL_MS < Date.now()) {
    fs.unlinkSync(file);
    return undefined;
  }
  return entry.value;
}

function write(key, value) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(path.join(CACHE_DIR, `${key}.json`), JSON.stringify({ storedAt: Date.now(), value }));
}

/** `acme-deploy cache prune --expire-after <days>` */
function expireOldEntries(days) {
  const maxAge = days * DAY;
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (Date.now() - fs.statSync(file).mtimeMs > maxAge) {
      fs.unlinkSync(file);
    }
  }
}

module.exports = { migrateCache, read, write, expireOldEntries };
