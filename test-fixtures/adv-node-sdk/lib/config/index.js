'use strict';

exports = module.exports = {
  ...require('./dates'),
  region: process.env.ACME_REGION || 'us-east-1',
  webhookToleranceS: 300,
};
