export interface Licence {
  id: string;
  keyId: string;
  customerId: string;
  productId: number;
  /** ms since epoch, or -1 for perpetual licences. */
  expiresAt: number;
  signature: string;
  payload: string;
  format: 1 | 2;
  offlineToken?: { exp: number; deviceId: string };
}

export interface ValidationResult {
  ok: boolean;
  reason?: string;
}
