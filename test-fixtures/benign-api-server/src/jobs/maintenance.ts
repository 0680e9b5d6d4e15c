import { X509Certificate } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import tls from 'node:tls';
import { DAY, SECOND } from '../config.js';

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

interface Job {
  name: string;
  run: () => Promise<void>;
  intervalMs?: number;
  dailyAt?: { hour: number; minute: number };
  nextRunAt: number;
  running: boolean;
}

/** Next occurrence of hh:mm local time, strictly after `from`. */
export function nextDailyRun(hour: number, minute: number, from: Date = new Date()): Date {
  const next = new Date(from);
  next.setHours(hour, minute, 0, 0);
  if (next.getTime() <= from.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/** A tiny in-process cron: good enough for housekeeping that may run twice after a restart. */
export class Scheduler {
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly log: Logger) {}

  every(name: string, intervalMs: number, run: () => Promise<void>): this {
    this.jobs.push({ name, run, intervalMs, nextRunAt: Date.now() + intervalMs, running: false });
    return this;
  }

  daily(name: string, hour: number, minute: number, run: () => Promise<void>): this {
    const nextRunAt = nextDailyRun(hour, minute).getTime();
    this.jobs.push({ name, run, dailyAt: { hour, minute }, nextRunAt, running: false });
    return this;
  }

  start(tickMs = SECOND): void {
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = Date.now();
    for (const job of this.jobs) {
      if (job.running || now < job.nextRunAt) continue;
      job.running = true;
      const startedAt = Date.now();
      job
        .run()
        .then(() => this.log.info(`${job.name} finished in ${Date.now() - startedAt} ms`))
        .catch((err: unknown) => this.log.error(`${job.name} failed: ${String(err)}`))
        .finally(() => {
          job.running = false;
          job.nextRunAt = job.intervalMs
            ? Date.now() + job.intervalMs
            : nextDailyRun(job.dailyAt!.hour, job.dailyAt!.minute).getTime();
        });
    }
  }
}

const MAX_LOG_AGE_MS = 14 * DAY;
/** Rotate when a live log passes ~1.7 GB; the shipper chokes on bigger files. */
const MAX_LOG_BYTES = 1_700_000_000;

export async function rotateLogs(dir: string, log: Logger): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path);
    if (name.endsWith('.log') && info.size > MAX_LOG_BYTES) {
      await rename(path, `${path}.${Date.now()}`);
      log.info(`rotated ${name} (${info.size} bytes)`);
      continue;
    }
    if (/\.log\.\d+$/.test(name) && Date.now() - info.mtimeMs > MAX_LOG_AGE_MS) {
      await unlink(path);
      log.info(`deleted ${name}, older than ${MAX_LOG_AGE_MS / DAY} days`);
    }
  }
}

/** Warn three weeks before our own certificate runs out (it is renewed by certbot, usually). */
const CERT_RENEWAL_WARNING_DAYS = 21;

export async function checkLocalCertificate(certPath: string, log: Logger): Promise<number> {
  const cert = new X509Certificate(await readFile(certPath));
  const validFrom = new Date(cert.validFrom);
  const validTo = new Date(cert.validTo);

  if (validFrom > new Date()) log.warn(`${certPath} is not valid before ${validFrom.toISOString()}`);

  const daysLeft = Math.floor((validTo.getTime() - Date.now()) / DAY);
  if (daysLeft < 0) log.error(`${certPath} expired on ${validTo.toISOString()}`);
  else if (daysLeft <= CERT_RENEWAL_WARNING_DAYS) log.warn(`${certPath} expires in ${daysLeft} days`);
  return daysLeft;
}

/** Checks the certificate a partner presents, so we hear about their expiry before our users do. */
export function checkUpstreamCertificate(host: string, port = 443): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername: host }, () => {
      const peer = socket.getPeerCertificate();
      socket.end();
      if (new Date(peer.valid_to) < new Date()) {
        reject(new Error(`${host}: certificate expired on ${peer.valid_to}`));
        return;
      }
      resolve(Math.floor((Date.parse(peer.valid_to) - Date.now()) / DAY));
    });
    socket.setTimeout(10 * SECOND, () => socket.destroy(new Error(`${host}: TLS handshake timed out`)));
    socket.on('error', reject);
  });
}
