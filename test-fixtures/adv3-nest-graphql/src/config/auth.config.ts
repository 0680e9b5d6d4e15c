import { registerAs } from '@nestjs/config';

export default registerAs('auth', () => ({
  jwtSecret: process.env.JWT_SECRET,
  jwtExpiresIn: '7d',
  refreshExpiresIn: '30d',
  cookieMaxAgeMs: 7 * 24 * 60 * 60 * 1000,
  passwordResetTtlMinutes: 30,
  legacySsoSunset: process.env.LEGACY_SSO_SUNSET,
}));
