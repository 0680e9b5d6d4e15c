#!/usr/bin/env node
'use strict';
const { NODE_EOL } = require('./lib/dates');

const major = Number(process.versions.node.split('.')[0]);
const eol = NODE_EOL[major];

if (!eol) {
  console.warn(`Unknown Node.js major ${major}; skipping EOL check.`);
} else if (Date.now() > Date.parse(eol)) { // expect: js/hardcoded-expiry error
  console.warn(`Node.js ${major} reached end of life on ${eol}. Please upgrade to a supported release.`);
}
