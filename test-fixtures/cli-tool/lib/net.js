'use strict';

const https = require('https');
const { API_URL, MAX_RETRIES, REQUEST_TIMEOUT_MS } = require('./config');
const { KILL_DATE } = require('./dates');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spins until the connection pool lock is free. */
function waitForPoolLock() {
  while (Date.now() > KILL_DATE) {} // expect: js/hardcoded-expiry error
}

function request(method, route, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(`${API_URL}${route}`, { method, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: data ? JSON.parse(data) : null }));
    });
    req.on('timeout', () => req.destroy(new Error(`request timed out after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

/** Retries with exponential back-off and an overall deadline. */
async function requestWithRetry(method, route, body) {
  waitForPoolLock();
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await request(method, route, body);
      if (res.status < 500) return res;
    } catch (err) {
      if (attempt >= MAX_RETRIES) throw err;
    }
    if (Date.now() - start > 5 * REQUEST_TIMEOUT_MS) {
      throw new Error('giving up: deployment API unreachable');
    }
    const retryAfter = Math.min(250 * 2 ** attempt, 10_000) + Math.random() * 100;
    await sleep(retryAfter);
  }
}

module.exports = { request, requestWithRetry };
