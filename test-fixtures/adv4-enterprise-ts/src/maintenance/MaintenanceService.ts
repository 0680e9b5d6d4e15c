import { injectable, inject } from 'tsyringe';
import { CLOCK, Clock } from '../di/clock';

interface Window { start: string; end: string; reason: string }
export interface ConfigService { get<T>(key: string): Promise<T> }
export const CONFIG = Symbol('ConfigService');

@injectable()
export class MaintenanceService {
  constructor(@inject(CLOCK) private readonly clock: Clock, @inject(CONFIG) private readonly config: ConfigService) {}

  async activeWindow(): Promise<Window | null> {
    const windows = await this.config.get<Window[]>('maintenance.windows');
    const now = new Date();
    return windows.find((w) => now >= new Date(w.start) && now < new Date(w.end)) ?? null;
  }

  async guard(): Promise<void> {
    const w = await this.activeWindow();
    if (w) throw Object.assign(new Error(`Service unavailable: ${w.reason}`), { status: 503 });
  }
}
