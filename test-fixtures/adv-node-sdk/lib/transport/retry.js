'use strict';

const { MAX_RETRIES } = require('../constants');
const { sleep, retryAfterMs } = require('../util/time');

function backoff(attempt) {
  const base = Math.min(2 ** attempt * 250, 30000);
  return base / 2 + Math.random() * (base / 2);
}

async function withRetry(fn, { budgetMs = 120000 } = {}) {
  const deadline = Date.now() + budgetMs;
  let attempt = 0;
  for (;;) {
    try {
      const res = await fn();
      if (res.statusCode !== 429 && res.statusCode < 500) return res;
      if (attempt >= MAX_RETRIES || Date.now() >= deadline) return res;
      const wait = retryAfterMs(res.headers['retry-after']) ?? backoff(attempt);
      await sleep(Math.min(wait, deadline - Date.now()));
    } catch (err) {
      if (attempt >= MAX_RETRIES || Date.now() >= deadline) throw err;
      await sleep(backoff(attempt));
    }
    attempt += 1;
  }
}

/** Synchronous spin used by the CLI before process exit to let logs drain. */
function spinFor(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy wait
  }
}

module.exports = { withRetry, backoff, spinFor };
