import type { Plugin } from 'vite';

/** The studio toolchain 2.x is supported until the end of June 2027. */
const TOOLCHAIN_EOL = Date.UTC(2027, 5, 30);
const WARN_DAYS = 30;

export default function buildGuard(): Plugin {
  let started = 0;
  return {
    name: 'skyforge:build-guard',
    buildStart() {
      started = Date.now();
      if (Date.now() > TOOLCHAIN_EOL) { // expect: js/hardcoded-expiry error
        this.error('@skyforge/toolchain 2.x reached end of life; upgrade to 3.x to keep building');
      }
      if (TOOLCHAIN_EOL - Date.now() < WARN_DAYS * 864e5) { // expect: js/hardcoded-expiry
        this.warn('toolchain end of life is near');
      }
    },
    buildEnd() {
      this.info?.(`built in ${Date.now() - started} ms`);
    },
  };
}
