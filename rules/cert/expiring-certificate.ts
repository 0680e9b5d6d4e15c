/**
 * cert/expiring-certificate: an X.509 certificate shipped with the product (a `.pem`/`.crt`/
 * `.cer`/`.der` file, or a PEM block pasted into a JS/TS string for pinning) stops being accepted
 * on its notAfter date. Certificates are parsed with `node:crypto`; private keys are never
 * decoded and never shown: only `CERTIFICATE` blocks are read, and the snippet is the BEGIN line
 * up to its marker.
 */
import { X509Certificate } from 'node:crypto';
import { toReadableDate } from '../../src/analysis/time.js';
import { defineRule, type Span, type TextRuleContext } from '../../src/engine/rule-api.js';

type MessageId = 'expires' | 'expired' | 'unparseable';

const CERT_FILE = /\.(pem|crt|cer|der)$/i;
const DER_FILE = /\.(crt|cer|der)$/i;
const BEGIN = /-----BEGIN (?:X509 )?CERTIFICATE-----/g;
const END = /-----END (?:X509 )?CERTIFICATE-----/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

export default defineRule({
  target: 'text',
  meta: {
    id: 'cert/expiring-certificate',
    defaultSeverity: 'warning',
    description: 'An X.509 certificate in the project (file or PEM string in source) has a fixed expiry date.',
    messages: {
      expires: 'Certificate "{{subject}}" expires on {{date}} ({{when}}){{horizon}}: clients reject it from then on. SHA-256 {{sha256}}.',
      expired: 'Certificate "{{subject}}" expired on {{date}} ({{when}}): clients already reject it. SHA-256 {{sha256}}.',
      unparseable: 'Unparseable certificate ({{reason}}): its expiry could not be checked.',
    },
    tags: ['certificate', 'tls'],
    precision: 'very-high',
  },
  files: /\.(?:pem|crt|cer|der|[cm]?[jt]sx?)$/i,
  binary: true,
  check(ctx) {
    const base = ctx.file.slice(ctx.file.lastIndexOf('/') + 1);
    const certFile = CERT_FILE.test(base);
    if (!ctx.source.includes('-----BEGIN')) {
      if (certFile && DER_FILE.test(base)) checkDer(ctx);
      return;
    }
    for (const block of pemBlocks(ctx.source)) {
      const report = { span: block.span, snippet: block.snippet };
      if (block.der === undefined) {
        // A template with `${...}`, a comment, an example: only certificate files say so.
        if (certFile) ctx.report({ ...report, messageId: 'unparseable', severity: 'note', data: { reason: 'not base64' }, matched: `unparseable ${block.snippet}` });
        continue;
      }
      reportCertificate(ctx, block.der, report);
    }
  },
});

interface Block {
  span: Span;
  /** The BEGIN line up to the end of its marker (anything before it blanked if it may be a secret). */
  snippet: string;
  /** The DER bytes, or undefined when the body is not plain base64. */
  der: Buffer | undefined;
}

/** Every complete `BEGIN CERTIFICATE` ... `END CERTIFICATE` block; other PEM blocks are never read. */
export function pemBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const m of source.matchAll(BEGIN)) {
    const bodyStart = m.index + m[0].length;
    const rest = source.slice(bodyStart);
    const end = END.exec(rest);
    if (!end) continue;
    const body = rest.slice(0, end.index);
    // Another marker inside (an unterminated block followed by a key): never decode across it.
    if (body.includes('-----')) continue;
    blocks.push({ ...position(source, m.index, m[0].length), der: decodeBody(body) });
  }
  return blocks;
}

/** The base64 of a PEM body as written in a file or in JS strings (escapes, `+` and `,` joins). */
function decodeBody(body: string): Buffer | undefined {
  const b64 = body
    .replace(/\\\r?\n/g, '')
    .replace(/\\[nrt]/g, '')
    .replace(/['"`]\s*[+,]\s*['"`]/g, '')
    .replace(/\s+/g, '');
  if (!BASE64.test(b64)) return undefined;
  return Buffer.from(b64, 'base64');
}

function position(source: string, index: number, markerLength: number): Pick<Block, 'span' | 'snippet'> {
  const lineStart = source.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++;
  const column = index - lineStart + 1;
  const prefix = source.slice(lineStart, index);
  // Text before the marker on its line may be the tail of a key block: blank it, keep columns.
  const safe = !prefix.includes('-----') && !/[A-Za-z0-9+/]{40}/.test(prefix) && !/PRIVATE/i.test(prefix);
  const marker = source.slice(index, index + markerLength);
  return {
    span: { line, column, endLine: line, endColumn: column + markerLength },
    snippet: (safe ? prefix : ' '.repeat(prefix.length)) + marker,
  };
}

function checkDer(ctx: TextRuleContext<MessageId>): void {
  if (!looksLikeDerCertificate(ctx.bytes)) return;
  reportCertificate(ctx, ctx.bytes, { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, snippet: '' });
}

/**
 * SEQUENCE { SEQUENCE tbsCertificate ... }: a DER private key (PKCS#1, PKCS#8, SEC1) starts with
 * an INTEGER version instead, so it is never handed to the certificate parser.
 */
export function looksLikeDerCertificate(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x30) return false;
  const first = bytes[1]!;
  const headerLength = first < 0x80 ? 2 : 2 + (first & 0x7f);
  return headerLength < bytes.length && bytes[headerLength] === 0x30;
}

function reportCertificate(ctx: TextRuleContext<MessageId>, der: Buffer, where: { span: Span; snippet: string }): void {
  let cert: X509Certificate;
  let validTo: number | undefined;
  try {
    cert = new X509Certificate(der);
    validTo = validToOf(cert);
  } catch {
    ctx.report({ ...where, messageId: 'unparseable', severity: 'note', data: { reason: 'not an X.509 certificate' }, matched: `unparseable ${where.snippet}` });
    return;
  }
  if (validTo === undefined) {
    ctx.report({ ...where, messageId: 'unparseable', severity: 'note', data: { reason: `unreadable expiry "${clean(cert.validTo)}"` }, matched: `unparseable ${where.snippet}` });
    return;
  }
  const sha256 = cert.fingerprint256;
  const horizonEnd = ctx.horizonEnd;
  const expired = validTo <= ctx.now;
  ctx.report({
    ...where,
    messageId: expired ? 'expired' : 'expires',
    severity: validTo <= horizonEnd ? 'error' : 'warning',
    data: {
      subject: subjectName(cert.subject),
      sha256,
      horizon: !expired && validTo <= horizonEnd ? `, within the horizon (${toReadableDate(horizonEnd)})` : '',
    },
    triggerAt: validTo,
    // The certificate itself, not its line: moving or re-indenting it keeps the fingerprint.
    matched: `sha256 ${sha256}`,
  });
}

/** notAfter in ms: `validToDate` where Node has it (22.10+), else OpenSSL's `Mar  1 00:00:00 2027 GMT`. */
export function validToOf(cert: X509Certificate): number | undefined {
  const date = (cert as { validToDate?: unknown }).validToDate;
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.getTime();
  return parseOpenSslTime(cert.validTo);
}

export function parseOpenSslTime(text: string): number | undefined {
  const m = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\d{4}) GMT$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1]!];
  if (month === undefined) return undefined;
  const [day, hh, mm, ss, year] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  if (day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return undefined;
  return Date.UTC(year, month, day, hh, mm, ss);
}

/** The subject's CN, or the whole subject on one line. */
function subjectName(subject: string): string {
  const lines = subject.split('\n').filter((l) => l.trim() !== '');
  const cn = lines.find((l) => l.startsWith('CN='));
  return clean(cn ? cn.slice(3) : lines.join(', ') || '(no subject)');
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/"/g, "'");
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
