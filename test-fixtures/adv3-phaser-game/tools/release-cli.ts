#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLI_NOT_AFTER = 0x6d182000;
const DAY_S = 86_400;

function nowS(): number {
  return (Date.now() / 1000) | 0;
}

function main(argv: string[]): number {
  if (nowS() > CLI_NOT_AFTER) { // expect: js/hardcoded-expiry error
    console.error('skyforge-release: this pre-release CLI is too old, reinstall from the studio registry');
    return 3;
  }
  const manifest = JSON.parse(readFileSync('release.json', 'utf8')) as { lastRelease: number; freezeUntil?: number };
  if (manifest.freezeUntil && nowS() < manifest.freezeUntil) {
    console.error('release freeze in effect');
    return 2;
  }
  if (nowS() - manifest.lastRelease < DAY_S) {
    console.warn('released less than a day ago, continuing anyway');
  }
  if (new Date().getUTCDay() === 5 && !argv.includes('--yolo')) { // expect: js/calendar-check
    console.error('no releases on Fridays');
    return 4;
  }
  execFileSync('git', ['tag', `v${new Date().toISOString().slice(0, 10)}`]);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
