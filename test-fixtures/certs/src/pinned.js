// Certificate pinning for the payment provider: the TLS socket must present this exact cert.
import tls from 'node:tls';

export const PINNED_PAYMENT_CERT = `-----BEGIN CERTIFICATE-----
MIIDZjCCAk6gAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwOjEhMB8GA1UEAwwYcGF5
LmFjbWUtd2lkZ2V0cy5leGFtcGxlMRUwEwYDVQQKDAxBY21lIFdpZGdldHMwHhcN
MjUwNjAxMDAwMDAwWhcNMjgwNjAxMDAwMDAwWjA6MSEwHwYDVQQDDBhwYXkuYWNt
ZS13aWRnZXRzLmV4YW1wbGUxFTATBgNVBAoMDEFjbWUgV2lkZ2V0czCCASIwDQYJ
KoZIhvcNAQEBBQADggEPADCCAQoCggEBALiBPiCvn7ErDpq9NxBbE15mT6qZMhna
lgUiRHFwh20zHSjC4pimC6U3oKVAQZsRcF3kQthbqJbTJnqL+8RfPe3tB20bDIEx
eJ1oayY8mnlcxFFzYNxb0GUMDT+t5LrqQBG1IvTOt0SOmuKF9xwthSU2N75+11q0
mxQOcn0yinUiYbwq7rMHkZZmrxjnRmvGQrE6znNxmFXz0M0d7PcZXQeHFHMbPwFg
JFvlYgDUGM07UsXxTUr/E8POdaf2CRTSP9x0DwA5DnV50RXmyeCQ82m/gwhwv9iK
Ym8VmLf6sICyl/QMefe9Nl4mL/RsHuMIBVTKk69TPy18dKNG5BzmMFUCAwEAAaN2
MHQwCQYDVR0TBAIwADAOBgNVHQ8BAf8EBAMCBaAwEwYDVR0lBAwwCgYIKwYBBQUH
AwEwIwYDVR0RBBwwGoIYcGF5LmFjbWUtd2lkZ2V0cy5leGFtcGxlMB0GA1UdDgQW
BBSgr0D7/Y2FmQnMwpywtAMGvjqw5zANBgkqhkiG9w0BAQsFAAOCAQEAqQBbmV7+
co1gGNF6raWqqNS/oN1lH7N6jdelCFCETLN36lvFUvV9nnGd3rv0nuuyIUoKp415
Jql+TclLqsoIQmo5jlrwUODHjPX2LP5VmuFWa4NgfUswuUHiQozrI/xuxSzgctR6
6Fuj4NRDnzhV/7l7sXDWHfU/YPy+epu4i/C1t0O3lz5HAoYgJT5ZkWktg+FidK8q
PS2isKtiqUkH5+aZu5QOr2e7eZDVj8W8rme6R5HGmj6UC0Sbhw3TXDKYqP86D+S/
jenUEgKs0r9yDIH2BWMAMGYOpsL38fiAxoyBW44y8QAoQMgqUVpgllg14TnylooV
bcWMt2mZQ61oGA==
-----END CERTIFICATE-----
`;

// Telemetry collector, pinned the old way (one string per line).
const TELEMETRY_CERT =
  '-----BEGIN CERTIFICATE-----\n' +
  'MIIDZjCCAk6gAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwOjEhMB8GA1UEAwwYdGVs\n' +
  'ZW1ldHJ5LnZlbmRvci5leGFtcGxlMRUwEwYDVQQKDAxBY21lIFdpZGdldHMwHhcN\n' +
  'MjUwMTAxMDAwMDAwWhcNMzAwMTE1MTIwMDAwWjA6MSEwHwYDVQQDDBh0ZWxlbWV0\n' +
  'cnkudmVuZG9yLmV4YW1wbGUxFTATBgNVBAoMDEFjbWUgV2lkZ2V0czCCASIwDQYJ\n' +
  'KoZIhvcNAQEBBQADggEPADCCAQoCggEBAJSrv+LKGy1rXlvCMZBZRBMZPWTzxBdH\n' +
  'tKq3TgpDJjehjZBS+WVfPm22E+XKNlduEIEyBfI7zr3WD9JehvHG2ZP9r+7DPwex\n' +
  'BKJuP8s8VyKrMzf6NBm6b7rwgpdNzd3tJxLJKdyaI+O7vt/k0oQ9OzMEgm64r1Oi\n' +
  'h+L+oqLOnVHBpOc5yzLm8W4lSzm3x2DWtitJS5wFogWDWOSluPKOefekhxLR1BKn\n' +
  '9Q9EUDnYt2nKNfCFQSM+yy5Yv7Vzr+Xd2iSHUbcOJmiUDdHh+GR9DMJunMedXVLN\n' +
  'Q1KSdB/znK3ReDt9XGO5YhWQEEfx9Af/Cvmwy64tzcKJ/YOsI+23Gd8CAwEAAaN2\n' +
  'MHQwCQYDVR0TBAIwADAOBgNVHQ8BAf8EBAMCBaAwEwYDVR0lBAwwCgYIKwYBBQUH\n' +
  'AwEwIwYDVR0RBBwwGoIYdGVsZW1ldHJ5LnZlbmRvci5leGFtcGxlMB0GA1UdDgQW\n' +
  'BBTflxitV+VeDf5fbjplUlMXKpoHHzANBgkqhkiG9w0BAQsFAAOCAQEAIrDa49vo\n' +
  'DxzWJuwTb4GNcp++KSz2tXjqOaBONHuhhAcRLebhKOUUzWibwd0SPNHbAGggw6yd\n' +
  'gn33J8uppVp3VjynI+nSWGaGzaQiusKmMVTqXIOiC6Xdek1qy8djjKlV1XUjG9ev\n' +
  'mvYkCP0QyIDk3juA9hFef2r76SoDiq1Ty10dhP2P8KoIS0wkXuXgNsoszttbV68i\n' +
  'grek5158a6zwZTTJrZecAqkUdfhfdpx4s9HH9PNfgUglGAmUQ1pz3kmN0WIv7INu\n' +
  'VcpGQTaaun4J2tj9cpR7Zyqs1G+L1mJ875ScgxL/Ne8KRXcT5H39BXUFlVmpb0Kk\n' +
  'e/4nv/HGXlGjjA==\n' +
  '-----END CERTIFICATE-----\n';

export function connectPayments(host) {
  return tls.connect({ host, port: 443, ca: [PINNED_PAYMENT_CERT], servername: host });
}

export function connectTelemetry(host) {
  return tls.connect({ host, port: 4443, ca: [TELEMETRY_CERT] });
}
