'use strict';
const log = require('electron-log');

log.transports.file.level = 'info';
if (process.env.NODE_ENV === 'development') {
  log.transports.console.level = 'debug';
  log.debug('development build: verbose logging on');
}

module.exports = log;
