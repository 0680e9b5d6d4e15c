// HTTPS entry point. The certificate is read from disk at run time (config/tls/server.crt);
// to rotate it, replace the files:
//   -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----
// and restart. Never commit the private key (-----BEGIN PRIVATE KEY-----).
import { readFileSync } from 'node:fs';
import https from 'node:https';

const PEM_HEADER = '-----BEGIN CERTIFICATE-----';

export function isPem(text) {
  return text.trimStart().startsWith(PEM_HEADER);
}

export function start(port = 8443) {
  const cert = readFileSync(new URL('../config/tls/server.crt', import.meta.url));
  const key = readFileSync(new URL('../config/tls/server.key', import.meta.url));
  const wrapped = `-----BEGIN CERTIFICATE-----\n${cert.toString('base64')}\n-----END CERTIFICATE-----`;
  return https.createServer({ cert: isPem(cert.toString()) ? cert : wrapped, key }, (req, res) => res.end('ok')).listen(port);
}
