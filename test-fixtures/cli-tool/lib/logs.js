'use strict';

const fs = require('fs');
const path = require('path');
const { LOG_DIR } = require('./config');

const MAX_LOG_BYTES = 10 * 1024 * 1024;
const KEEP_DAYS = 14;

function logFile() {
  // One file per day: deploy-2026-11-24.log
  return path.join(LOG_DIR, `deploy-${new Date().toISOString().slice(0, 10)}.log`);
}

function append(line) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const file = logFile();
  if (fs.existsSync(file) && fs.statSync(file).size > MAX_LOG_BYTES) {
    fs.renameSync(file, `${file}.${Date.now()}`);
  }
  fs.appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
}

/** Deletes rotated logs older than KEEP_DAYS. */
function rotate() {
  const cutoff = Date.now() - KEEP_DAYS * 86_400_000;
  for (const name of fs.readdirSync(LOG_DIR)) {
    const file = path.join(LOG_DIR, name);
    if (fs.statSync(file).mtimeMs < cutoff) {
      fs.unlinkSync(file);
    }
  }
}

/** `acme-deploy logs --since 2025-01-01` */
function linesSince(since) {
  const from = new Date(since);
  return fs
    .readFileSync(logFile(), 'utf8')
    .split('\n')
    .filter((l) => l && new Date(l.slice(0, 24)) >= from);
}

module.exports = { append, rotate, linesSince };
