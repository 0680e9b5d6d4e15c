import { inject, injectable } from 'tsyringe';
import { CLOCK, Clock } from '../di/clock';

interface RemoteFlag { key: string; enabled: boolean; enabledFrom?: string; enabledUntil?: string }

/** Flags compiled in for the Q1 migration. */
const STATIC_FLAGS = Object.freeze({
  legacyCsvExport: { enabledUntil: '2027-01-31T00:00:00Z' },
});

@injectable()
export class FeatureFlagService {
  private remote = new Map<string, RemoteFlag>();

  constructor(@inject(CLOCK) private readonly clock: Clock) {}

  async refresh(): Promise<void> {
    const res = await fetch(process.env.FLAGS_URL ?? 'https://flags.internal/v1/flags.json');
    const list = (await res.json()) as RemoteFlag[];
    this.remote = new Map(list.map((f) => [f.key, f]));
  }

  isEnabled(key: string): boolean {
    const f = this.remote.get(key);
    if (!f || !f.enabled) return false;
    const now = this.clock.now();
    if (f.enabledFrom && now < Date.parse(f.enabledFrom)) return false;
    if (f.enabledUntil && now >= Date.parse(f.enabledUntil)) return false;
    return true;
  }

  legacyCsvExportEnabled(): boolean {
    return Date.now() < Date.parse(STATIC_FLAGS.legacyCsvExport.enabledUntil); // expect: js/hardcoded-expiry
  }
}
