import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression, Interval } from '@nestjs/schedule';
import { LessThan, Repository } from 'typeorm';

const DAY = 864e5;
const BACKFILL_WINDOW_END = Date.parse('2026-12-20T00:00:00Z');

@Injectable()
export class CleanupService {
  private readonly logger = new Logger(CleanupService.name);
  private lastRun = 0;

  constructor(
    private readonly sessions: Repository<{ id: string; expiresAt: Date }>,
    private readonly invoices: Repository<{ id: string; createdAt: Date }>,
    private readonly ledger: { backfillBatch(size: number): Promise<number> },
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_MIDNIGHT)
  async purgeSessions() {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }

  @Cron('0 3 * * 1')
  async archiveInvoices() {
    const cutoff = new Date(Date.now() - 400 * DAY);
    await this.invoices.delete({ createdAt: LessThan(cutoff) });
  }

  @Interval(60_000)
  async backfillLedgerIds() {
    if (Date.now() - this.lastRun < 55_000) return;
    this.lastRun = Date.now();
    if (Date.now() > BACKFILL_WINDOW_END) { // expect: js/hardcoded-expiry
      this.logger.log('ledger id backfill window closed, skipping');
      return;
    }
    const n = await this.ledger.backfillBatch(500);
    this.logger.log(`backfilled ${n} ledger ids`);
  }
}
