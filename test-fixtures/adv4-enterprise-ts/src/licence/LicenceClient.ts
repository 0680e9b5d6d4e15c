import { injectable, inject } from 'tsyringe';
import { jwtVerify, importSPKI } from 'jose';
import { CLOCK, Clock } from '../di/clock';

export class LicenceError extends Error {}

interface SignedLicence { customer: string; seats: number; expiresAt: number }

/** Used only when the licence server cannot be reached. */
const OFFLINE_FALLBACK_EXPIRY = Date.UTC(2027, 5, 30);

@injectable()
export class LicenceClient {
  private cached?: SignedLicence;

  constructor(@inject(CLOCK) private readonly clock: Clock) {}

  async fetchLicence(pem: string, token: string): Promise<SignedLicence> {
    const key = await importSPKI(pem, 'ES256');
    const { payload } = await jwtVerify(token, key);
    this.cached = payload as unknown as SignedLicence;
    return this.cached;
  }

  isValid(lic: SignedLicence): boolean {
    return this.clock.now() < lic.expiresAt;
  }

  assertLicensed(): void {
    if (this.cached) {
      if (!this.isValid(this.cached)) throw new LicenceError('Licence expired; renew at https://acme.test/renew');
      return;
    }
    if (Date.now() > OFFLINE_FALLBACK_EXPIRY) { // expect: js/hardcoded-expiry error
      throw new LicenceError('Offline licence grace period has expired');
    }
  }
}
