'use strict';
const DAY = 24 * 60 * 60 * 1000;

function isoDay(d) { return new Date(d).toISOString().slice(0, 10); }
function daysBetween(a, b) { return Math.round((Date.parse(b) - Date.parse(a)) / DAY); }

/** Node.js release schedule (https://github.com/nodejs/release). */
const NODE_EOL = Object.freeze({
  18: '2025-04-30',
  20: '2026-04-30',
  22: '2027-04-30',
  24: '2028-04-30',
});

module.exports = { DAY, isoDay, daysBetween, NODE_EOL };
