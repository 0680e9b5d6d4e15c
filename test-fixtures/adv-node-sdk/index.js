'use strict';

const { AcmeClient } = require('./lib/client');
const { assertRuntimeSupported } = require('./lib/compat');

assertRuntimeSupported();

module.exports = AcmeClient;
module.exports.AcmeClient = AcmeClient;
module.exports.default = AcmeClient;
