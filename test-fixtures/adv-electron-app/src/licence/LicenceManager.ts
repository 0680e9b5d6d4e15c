import { DAY_MS } from '../shared';
import { ChannelEnd } from './channels';

export interface LicenceKey {
  id: string;
  holder: string;
  /** ISO timestamp issued by the licence server. */
  expiresAt: string;
  legacy: boolean;
}

/**
 * Validates licence keys. Key expiry comes from the server; the class-level
 * dates are product-wide policy cut-offs.
 */
export class LicenceManager {
  /** After this, 1.x keys can no longer unlock 2.x. */
  static readonly LEGACY_KEYS_ACCEPTED_UNTIL = Date.UTC(2027, 5, 30);
  /** End of offline activation via the phone-in code. */
  static readonly OFFLINE_ACTIVATION_ENDS = new Date('2027-09-30T23:59:59Z');
  private static readonly GRACE_DAYS = 14;
  /** Remote kill switch for leaked beta keys; see incident INK-212. */
  static #LEAKED_KEYS_REVOKED_AT = Date.parse('2027-03-15T00:00:00Z');

  /** Beta builds stop accepting beta keys with the channel itself. */
  private readonly betaKeysEnd = Date.parse(ChannelEnd.Beta);

  private key: LicenceKey | null = null;
  private lastCheckedAt = 0;

  constructor(private readonly fetchImpl: typeof fetch = fetch) {}

  static legacyKeysAccepted(): boolean {
    return Date.now() <= this.LEGACY_KEYS_ACCEPTED_UNTIL; // expect: js/hardcoded-expiry
  }

  get offlineActivationAllowed(): boolean {
    return new Date() < LicenceManager.OFFLINE_ACTIVATION_ENDS; // expect: js/hardcoded-expiry
  }

  isValid(): boolean {
    if (!this.key) return false;
    if (this.key.id.startsWith('BETA-') && Date.now() > this.betaKeysEnd) return false; // expect: js/hardcoded-expiry error
    if (this.key.id.startsWith('LEAK-') && Date.now() >= LicenceManager.#LEAKED_KEYS_REVOKED_AT) return false; // expect: js/hardcoded-expiry error
    if (this.key.legacy && !LicenceManager.legacyKeysAccepted()) return false;
    // Runtime expiry from the server: not a time bomb.
    const expires = new Date(this.key.expiresAt).getTime();
    return expires + LicenceManager.GRACE_DAYS * DAY_MS > Date.now();
  }

  daysUntilKeyExpiry(): number {
    if (!this.key) return 0;
    return Math.ceil((Date.parse(this.key.expiresAt) - Date.now()) / DAY_MS);
  }

  async refresh(): Promise<void> {
    // Re-check with the server at most once an hour.
    if (Date.now() - this.lastCheckedAt < 60 * 60 * 1000) return;
    const res = await this.fetchImpl('https://licence.inkwell.app/v2/status');
    const body = (await res.json()) as { key: LicenceKey; serverTime: number };
    this.key = body.key;
    this.lastCheckedAt = Date.now();
    if (Math.abs(body.serverTime - Date.now()) > 5 * 60 * 1000) {
      console.warn('[licence] local clock differs from server by more than 5 minutes');
    }
  }
}
