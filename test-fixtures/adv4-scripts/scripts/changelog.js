#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const { isoDay, daysBetween } = require('./lib/dates');

/** Releases come from CHANGELOG.md headings: "## 4.2.0 - 2026-10-02". */
function parseReleases(md) {
  return [...md.matchAll(/^## (\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})/gm)].map((m) => ({ version: m[1], date: m[2] }));
}

const releases = parseReleases(fs.readFileSync('CHANGELOG.md', 'utf8'));
releases.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

for (let i = 1; i < releases.length; i++) {
  const gap = daysBetween(releases[i].date, releases[i - 1].date);
  if (gap < 0) throw new Error(`Release ${releases[i - 1].version} is dated before ${releases[i].version}`);
}

const today = isoDay(Date.now());
const future = releases.filter((r) => r.date > today);
if (future.length) console.warn(`Unreleased versions dated in the future: ${future.map((r) => r.version).join(', ')}`);

/** Releases before the 3.0 rewrite used a different heading format. */
const REWRITE_DATE = '2023-05-01';
const modern = releases.filter((r) => r.date >= REWRITE_DATE);
console.log(`${modern.length} releases since the rewrite`);
