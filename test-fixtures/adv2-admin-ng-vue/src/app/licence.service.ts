import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

const DAY_MS = 86_400_000;

@Injectable({ providedIn: 'root' })
export class LicenceService {
  static get EXPIRY(): Date {
    return new Date('2027-04-01T00:00:00Z');
  }

  private get graceEndsAt(): number {
    return LicenceService.EXPIRY.getTime() + 14 * DAY_MS;
  }

  constructor(private readonly http: HttpClient) {}

  isLicensed(): boolean {
    return Date.now() < LicenceService.EXPIRY.getTime(); // expect: js/hardcoded-expiry error
  }

  inGracePeriod(): boolean {
    return !this.isLicensed() && Date.now() < this.graceEndsAt; // expect: js/hardcoded-expiry
  }

  /** The server's licence record: read at run time. */
  async serverLicenceValid(): Promise<boolean> {
    const lic = await firstValueFrom(this.http.get<{ validUntil: string }>('/api/licence'));
    return Date.now() < Date.parse(lic.validUntil);
  }

  daysUntil(dateIso: string): number {
    return Math.ceil((Date.parse(dateIso) - Date.now()) / DAY_MS);
  }
}
