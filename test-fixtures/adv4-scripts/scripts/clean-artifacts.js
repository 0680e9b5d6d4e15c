#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { DAY } = require('./lib/dates');

const KEEP_DAYS = Number(process.env.KEEP_DAYS ?? 30);
const dir = process.argv[2] ?? 'artifacts';

for (const name of fs.readdirSync(dir)) {
  const p = path.join(dir, name);
  const { mtimeMs } = fs.statSync(p);
  if (Date.now() - mtimeMs > KEEP_DAYS * DAY) {
    fs.rmSync(p, { recursive: true, force: true });
    console.log(`removed expired artifact ${name}`);
  }
}
