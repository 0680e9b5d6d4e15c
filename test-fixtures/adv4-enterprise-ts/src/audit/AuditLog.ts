import { injectable, inject } from 'tsyringe';
import { CLOCK, Clock } from '../di/clock';

export interface AuditEntry { id: string; at: string; actor: string; action: string }

const RETENTION_MS = 400 * 24 * 3600 * 1000;
/** Entries before the audit schema v2 cutover have no actor field. */
const SCHEMA_V2_SINCE = '2024-03-01T00:00:00Z';

@injectable()
export class AuditLog {
  private entries: AuditEntry[] = [];
  constructor(@inject(CLOCK) private readonly clock: Clock) {}

  record(actor: string, action: string): AuditEntry {
    const e = { id: `${this.clock.now()}-${this.entries.length}`, at: new Date(this.clock.now()).toISOString(), actor, action };
    this.entries.push(e);
    return e;
  }

  since(iso: string): AuditEntry[] {
    return this.entries.filter((e) => e.at >= iso);
  }

  hasActor(e: AuditEntry): boolean {
    return e.at >= SCHEMA_V2_SINCE;
  }

  prune(): number {
    const before = this.entries.length;
    const horizon = this.clock.now() - RETENTION_MS;
    this.entries = this.entries.filter((e) => Date.parse(e.at) >= horizon);
    return before - this.entries.length;
  }
}
