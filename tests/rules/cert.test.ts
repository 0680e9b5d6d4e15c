/**
 * cert/expiring-certificate on PEM text, JS strings and DER bytes: severity against the horizon,
 * positions on the BEGIN line, and private keys never read nor shown.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCalendar } from '../../src/analysis/time.js';
import rule, { looksLikeDerCertificate, parseOpenSslTime, pemBlocks, validToOf } from '../../rules/cert/expiring-certificate.js';
import type { TextReport } from '../../src/engine/rule-api.js';
import { FIXTURES, scanFixture } from '../helpers/fixtures.js';

const TLS = join(FIXTURES, 'certs', 'config', 'tls');
/** api.acme-widgets.example, notAfter 2027-03-01T00:00:00Z. */
const SERVER_PEM = readFileSync(join(TLS, 'server.crt'), 'utf8');
const SERVER_DER = readFileSync(join(TLS, 'server.der'));
const SERVER_KEY = readFileSync(join(TLS, 'server.key'), 'utf8');
const NOT_AFTER = Date.UTC(2027, 2, 1);
const NOW = Date.UTC(2026, 10, 24);
/** Base64 lines of the key: none may ever appear in a report. */
const KEY_LINES = SERVER_KEY.split('\n').filter((l) => /^[A-Za-z0-9+/=]{20,}$/.test(l));

function run(file: string, text: string | Buffer, now = NOW): TextReport<string>[] {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const reports: TextReport<string>[] = [];
  expect(rule.files.test(file.slice(file.lastIndexOf('/') + 1))).toBe(true);
  rule.check({ file, source: bytes.toString('utf8'), bytes, now, horizonEnd: addCalendar(now, 2, 'year'), releaseConfig: false, vocabulary: undefined as never, report: (r) => reports.push(r) });
  return reports;
}

function expectNoKeyMaterial(value: unknown): void {
  const text = JSON.stringify(value);
  for (const line of KEY_LINES) expect(text).not.toContain(line.slice(0, 20));
}

describe('cert/expiring-certificate', () => {
  it('reports a certificate expiring within the horizon as an error, on its BEGIN line', () => {
    const [r, ...rest] = run('tls/server.pem', `# api gateway\n${SERVER_PEM}`);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      messageId: 'expires', severity: 'error', triggerAt: NOT_AFTER,
      span: { line: 2, column: 1, endLine: 2, endColumn: 28 }, snippet: '-----BEGIN CERTIFICATE-----',
      data: { subject: 'api.acme-widgets.example', horizon: ', within the horizon (2028-11-24)' },
    });
    expect(r!.data!.sha256).toBe(new X509Certificate(SERVER_PEM).fingerprint256);
  });

  it('reports an expired certificate as an error', () => {
    const [r] = run('server.crt', SERVER_PEM, Date.UTC(2027, 5, 1));
    expect(r).toMatchObject({ messageId: 'expired', severity: 'error', triggerAt: NOT_AFTER });
  });

  it('reports a certificate beyond the horizon as a warning', () => {
    const [r] = run('server.crt', SERVER_PEM, Date.UTC(2025, 1, 28));
    expect(r).toMatchObject({ messageId: 'expires', severity: 'warning', data: { horizon: '' } });
    // Exactly two years before: still within.
    expect(run('server.crt', SERVER_PEM, Date.UTC(2025, 2, 1))[0]!.severity).toBe('error');
  });

  it('reads every block of a bundle and CRLF line ends', () => {
    const reports = run('chain.pem', `${SERVER_PEM}${SERVER_PEM}`.replace(/\n/g, '\r\n'));
    expect(reports.map((r) => r.span.line)).toEqual([1, SERVER_PEM.trimEnd().split('\n').length + 1]);
  });

  it('reads DER bytes, reported at 1:1 with no snippet', () => {
    const [r] = run('server.der', SERVER_DER);
    expect(r).toMatchObject({ severity: 'error', triggerAt: NOT_AFTER, span: { line: 1, column: 1 }, snippet: '' });
    expect(run('server.cer', SERVER_DER)).toHaveLength(1);
  });

  it('skips private keys entirely: PEM, DER, and a key sharing a file or a line with the cert', () => {
    expect(run('server.pem', SERVER_KEY)).toEqual([]);
    const der = createPrivateKey(SERVER_KEY).export({ format: 'der', type: 'pkcs8' });
    expect(looksLikeDerCertificate(der)).toBe(false);
    expect(run('key.der', der)).toEqual([]);
    const combined = run('bundle.pem', `${SERVER_KEY}${SERVER_PEM}`);
    expect(combined).toHaveLength(1);
    expect(combined[0]!.snippet).toBe('-----BEGIN CERTIFICATE-----');
    expectNoKeyMaterial(combined);
    // One JS line holding a key and then the certificate: the text before the marker is blanked.
    const oneLine = `const BUNDLE = ${JSON.stringify(SERVER_KEY + SERVER_PEM)};\n`;
    const [r] = run('src/bundle.ts', oneLine);
    expect(r).toMatchObject({ severity: 'error', span: { line: 1 } });
    expect(r!.snippet!.trim()).toBe('-----BEGIN CERTIFICATE-----');
    expect(r!.snippet!.length).toBe(r!.span.endColumn - 1);
    expectNoKeyMaterial(r);
    // An unterminated certificate block followed by a key: nothing is decoded across the key.
    expect(run('broken.pem', `-----BEGIN CERTIFICATE-----\nMIIB\n${SERVER_KEY}-----END CERTIFICATE-----\n`)).toEqual([]);
  });

  it('reads PEM blocks in JS strings: template literals, \\n escapes, + and array joins', () => {
    const lines = SERVER_PEM.trim().split('\n');
    const template = `export const PIN = \`${SERVER_PEM}\`;\n`;
    const escaped = `const PIN = "${lines.join('\\n')}\\n";\n`;
    const concatenated = `const PIN =\n${lines.map((l) => `  '${l}\\n'`).join(' +\n')};\n`;
    const joined = `const PIN = [\n${lines.map((l) => `  "${l}"`).join(',\n')}\n].join('\\n');\n`;
    for (const [file, source, line] of [['a.js', template, 1], ['b.ts', escaped, 1], ['c.mjs', concatenated, 2], ['d.tsx', joined, 2]] as const) {
      const reports = run(file, source);
      expect(reports, file).toHaveLength(1);
      expect(reports[0], file).toMatchObject({ severity: 'error', triggerAt: NOT_AFTER, span: { line } });
    }
  });

  it('skips garbage without crashing: a note in certificate files, nothing in source', () => {
    const garbage = '-----BEGIN CERTIFICATE-----\nMIIBthisisnotacertificateAAAA\n-----END CERTIFICATE-----\n';
    expect(run('bad.pem', garbage)).toMatchObject([{ messageId: 'unparseable', severity: 'note' }]);
    expect(run('bad.crt', garbage.replace('MIIB', 'not base64 ~'))).toMatchObject([{ messageId: 'unparseable', severity: 'note' }]);
    expect(run('bad.der', Buffer.from([0x30, 0x03, 0x30, 0x01, 0x00]))).toMatchObject([{ messageId: 'unparseable', severity: 'note' }]);
    expect(run('docs.js', '// paste it as -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----\n')).toEqual([]);
    expect(run('wrap.js', 'const pem = `-----BEGIN CERTIFICATE-----\\n${b64}\\n-----END CERTIFICATE-----`;\n')).toEqual([]);
    expect(run('empty.pem', '-----BEGIN CERTIFICATE-----\n')).toEqual([]);
    expect(run('plain.crt', 'hello')).toEqual([]);
  });

  it('parses OpenSSL notAfter text without Date.parse', () => {
    expect(parseOpenSslTime('Mar  1 00:00:00 2027 GMT')).toBe(NOT_AFTER);
    expect(parseOpenSslTime('Jan 15 12:00:00 2030 GMT')).toBe(Date.UTC(2030, 0, 15, 12));
    expect(parseOpenSslTime('2027-03-01')).toBeUndefined();
    expect(parseOpenSslTime('Foo  1 00:00:00 2027 GMT')).toBeUndefined();
    expect(validToOf(new X509Certificate(SERVER_PEM))).toBe(NOT_AFTER);
  });

  it('finds the positions of blocks only', () => {
    expect(pemBlocks(`x\n  y = '-----BEGIN CERTIFICATE-----' + z; // -----END CERTIFICATE-----`)).toMatchObject([{ span: { line: 2, column: 8 }, der: undefined }]);
  });

  it('scans the fixture project without ever reading or printing the private keys', async () => {
    const result = await scanFixture('certs');
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual([
      'test-fixtures/certs/certs/legacy-partner.crt:2 error',
      'test-fixtures/certs/certs/root-ca.pem:1 warning',
      'test-fixtures/certs/config/tls/server.crt:1 error',
      'test-fixtures/certs/config/tls/server.der:1 error',
      'test-fixtures/certs/src/pinned.js:4 error',
      'test-fixtures/certs/src/pinned.js:29 warning',
    ]);
    expect(JSON.stringify(result)).not.toMatch(/PRIVATE KEY/);
    expectNoKeyMaterial(result);
    const signing = readFileSync(join(FIXTURES, 'certs', 'certs', 'signing-key.pem'), 'utf8');
    expect(JSON.stringify(result)).not.toContain(signing.split('\n')[1]!.slice(0, 20));
  });
});
