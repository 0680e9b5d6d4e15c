/**
 * The progress line of a scan someone is watching: on stderr, redrawn in place, shown only once
 * the scan has run for a second, and cleared before anything else is printed. Logs, pipes and CI
 * never see it.
 */
import type { ScanProgress } from '../api/options.js';

export interface ProgressSetting {
  env: Record<string, string | undefined>;
  stderrIsTTY: boolean | undefined;
  stdoutIsTTY: boolean | undefined;
  quiet: boolean;
}

/**
 * Whether a person is watching: both streams are terminals (a redirected report means a script
 * or a file), not CI (`CI` set to anything but `false` or `0`), not `--quiet`, and a terminal
 * that can redraw a line (`TERM=dumb` cannot).
 */
export function progressWanted(s: ProgressSetting): boolean {
  if (s.quiet) return false;
  const ci = s.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') return false;
  if (s.env.TERM === 'dumb') return false;
  return s.stderrIsTTY === true && s.stdoutIsTTY === true;
}

export interface ProgressLine {
  update(progress: ScanProgress): void;
  /** Erases the line if it is shown (before other output, and at the end). */
  clear(): void;
}

export interface ProgressLineOptions {
  /** Monotonic milliseconds; performance.now by default. */
  clock?: () => number;
  /** Nothing is drawn before the scan has run this long. */
  delayMs?: number;
  /** At most one redraw per interval (the last state of a phase is always drawn). */
  intervalMs?: number;
}

const ERASE = '\r\u001b[K';

export function progressLine(stderr: { write(text: string): void }, o: ProgressLineOptions = {}): ProgressLine {
  const clock = o.clock ?? (() => performance.now());
  const delayMs = o.delayMs ?? 1000;
  const intervalMs = o.intervalMs ?? 100;
  const started = clock();
  let phase: ScanProgress['phase'] | undefined;
  let phaseStarted = started;
  let drawnAt = -Infinity;
  let shown = false;
  return {
    update(p) {
      const now = clock();
      if (p.phase !== phase) {
        // The first phase began with the scan; a later one when its first file came in.
        phaseStarted = phase === undefined ? started : now;
        phase = p.phase;
      }
      if (now - started < delayMs) return;
      if (now - drawnAt < intervalMs && p.done < p.total) return;
      drawnAt = now;
      shown = true;
      stderr.write(ERASE + progressText(p, (now - phaseStarted) / 1000));
    },
    clear() {
      if (!shown) return;
      shown = false;
      stderr.write(ERASE);
    },
  };
}

/** `timebomb: analysing 120/310 files, 85 files/s` */
export function progressText(p: ScanProgress, seconds: number): string {
  const rate = seconds > 0 ? Math.round(p.done / seconds) : undefined;
  return `timebomb: ${p.phase} ${p.done}/${p.total} files${rate !== undefined ? `, ${rate} files/s` : ''}`;
}
