#!/usr/bin/env node
'use strict';
const { X509Certificate } = require('node:crypto');
const fs = require('node:fs');

const cert = new X509Certificate(fs.readFileSync(process.argv[2] ?? 'certs/codesign.pem'));
const notAfter = new Date(cert.validTo);
const daysLeft = Math.floor((notAfter.getTime() - Date.now()) / 864e5);
if (daysLeft < 0) {
  console.error(`Certificate expired ${-daysLeft} days ago`);
  process.exit(1);
} else if (daysLeft < 30) {
  console.warn(`Certificate expires in ${daysLeft} days`);
}
