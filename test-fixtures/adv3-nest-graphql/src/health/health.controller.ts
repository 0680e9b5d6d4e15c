import { Controller, Get } from '@nestjs/common';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

const STARTED = Date.now();

@Controller('health')
export class HealthController {
  @Get()
  health() {
    const cert = new X509Certificate(readFileSync(process.env.TLS_CERT_PATH ?? '/etc/tls/tls.crt'));
    const certDaysLeft = Math.floor((Date.parse(cert.validTo) - Date.now()) / 864e5);
    return {
      status: certDaysLeft > 14 ? 'ok' : 'degraded',
      uptimeS: Math.round((Date.now() - STARTED) / 1000),
      time: new Date().toISOString(),
      buildYear: 2026,
      apiDeprecation: { v1: '2027-03-01', docs: 'https://docs.ledger.test/sunset' },
    };
  }
}
