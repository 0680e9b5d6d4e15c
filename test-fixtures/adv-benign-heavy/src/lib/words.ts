/**
 * Vocabulary that sounds alarming but has no clock comparison behind it.
 */
export const TRIAL_DAYS = 30;
export const LICENCE_EXPIRY_WARNING_DAYS = 14;

export interface Token {
  value: string;
  expired: boolean;
  expiresIn: number;
}

// TODO(security): this is a timebomb if we ever stop rotating keys — add monitoring.
export function isExpired(token: Token): boolean {
  return token.expired === true || token.expiresIn <= 0;
}

export function trialLengthLabel(days = TRIAL_DAYS): string {
  return days > 1 ? `${days}-day free trial` : 'one-day trial';
}

export function licenceExpiresSoon(daysLeft: number): boolean {
  return daysLeft >= 0 && daysLeft <= LICENCE_EXPIRY_WARNING_DAYS;
}

export function certificateValid(cert: { valid_from: string; valid_to: string }, at: Date = new Date()): boolean {
  return new Date(cert.valid_from) <= at && at <= new Date(cert.valid_to);
}

export function parseYear(input: string): number | null {
  const y = Number(input);
  return Number.isInteger(y) && y >= 1970 && y <= 2100 ? y : null;
}

export const UPLOAD_LIMIT_BYTES = 1_700_000_000;

export function uploadTooLarge(size: number): boolean {
  return size > UPLOAD_LIMIT_BYTES;
}
