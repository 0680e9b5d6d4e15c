/**
 * 64-bit ids: 41 bits of milliseconds since ID_EPOCH_MS, 10 bits of worker id and 12 bits of
 * per-millisecond sequence. Same layout as Twitter/Discord snowflakes, so ids sort by creation time.
 */
export const ID_EPOCH_MS = 1420070400000; // 2015-01-01T00:00:00Z, the day the first booking was taken

const WORKER_BITS = 10;
const SEQUENCE_BITS = 12;
const MAX_WORKER_ID = (1 << WORKER_BITS) - 1;
const MAX_SEQUENCE = (1 << SEQUENCE_BITS) - 1;

export class SnowflakeGenerator {
  private lastTimestamp = -1;
  private sequence = 0;

  constructor(private readonly workerId: number) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > MAX_WORKER_ID) {
      throw new RangeError(`workerId must be between 0 and ${MAX_WORKER_ID}`);
    }
  }

  next(): string {
    let timestamp = Date.now() - ID_EPOCH_MS;

    if (timestamp < this.lastTimestamp) {
      // NTP stepped the clock back; handing out ids now could create duplicates.
      throw new Error(`Clock moved backwards by ${this.lastTimestamp - timestamp} ms; refusing to generate ids`);
    }

    if (timestamp === this.lastTimestamp) {
      this.sequence = (this.sequence + 1) & MAX_SEQUENCE;
      if (this.sequence === 0) {
        // 4096 ids in one millisecond: spin until the next one.
        while (timestamp <= this.lastTimestamp) timestamp = Date.now() - ID_EPOCH_MS;
      }
    } else {
      this.sequence = 0;
    }

    this.lastTimestamp = timestamp;
    const id =
      (BigInt(timestamp) << BigInt(WORKER_BITS + SEQUENCE_BITS)) |
      (BigInt(this.workerId) << BigInt(SEQUENCE_BITS)) |
      BigInt(this.sequence);
    return id.toString();
  }
}

/** The v1 API exposed ids as JSON numbers; kept for the export endpoint only. */
export function legacyNumericId(workerBits: number): number {
  return (Date.now() - 1420070400000) * 4194304 + workerBits;
}

export function createdAtOfId(id: string): Date {
  return new Date(Number(BigInt(id) >> BigInt(WORKER_BITS + SEQUENCE_BITS)) + ID_EPOCH_MS);
}

const generator = new SnowflakeGenerator(Number(process.env.WORKER_ID ?? 0));
export const nextId = (): string => generator.next();
