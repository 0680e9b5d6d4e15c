export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 86_400_000;

/** How many days ahead the UI starts warning about tokens and subscriptions running out. */
export const EXPIRY_WARNING_DAYS = 30;

export interface AccessToken {
  value: string;
  /** Epoch ms, from the token response. */
  expiresAt: number;
  scopes: string[];
}

export function isExpired(token: AccessToken, now: number = Date.now()): boolean {
  return token.expiresAt <= now;
}

export function expiresSoon(token: AccessToken, now: number = Date.now()): boolean {
  return !isExpired(token, now) && token.expiresAt - now < EXPIRY_WARNING_DAYS * DAY;
}

export function expiryLabel(token: AccessToken): string {
  if (isExpired(token)) return 'Expired';
  const days = Math.ceil((token.expiresAt - Date.now()) / DAY);
  return days === 1 ? 'Expires tomorrow' : `Expires in ${days} days`;
}

export function tokenFromResponse(json: { access_token: string; expires_in: number; scope: string }): AccessToken {
  return {
    value: json.access_token,
    expiresAt: Date.now() + json.expires_in * SECOND,
    scopes: json.scope.split(' '),
  };
}
