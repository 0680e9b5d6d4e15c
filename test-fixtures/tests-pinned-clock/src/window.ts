import { systemClock, type Clock } from './clock';

export interface OfferWindow {
  startsAt: Date;
  /** null for offers that run until somebody switches them off in the CMS. */
  endsAt: Date | null;
}

export type WindowState = 'upcoming' | 'live' | 'ended';

export interface RawWindow {
  starts_at: string;
  ends_at?: string | null;
}

export function parseWindow(raw: RawWindow): OfferWindow {
  const startsAt = new Date(raw.starts_at);
  if (Number.isNaN(startsAt.getTime())) throw new TypeError(`Invalid starts_at: ${raw.starts_at}`);
  const endsAt = raw.ends_at ? new Date(raw.ends_at) : null;
  if (endsAt && Number.isNaN(endsAt.getTime())) throw new TypeError(`Invalid ends_at: ${raw.ends_at}`);
  if (endsAt && endsAt <= startsAt) throw new RangeError('ends_at must be after starts_at');
  return { startsAt, endsAt };
}

export function windowState(w: OfferWindow, clock: Clock = systemClock): WindowState {
  const now = clock.now();
  if (now < w.startsAt.getTime()) return 'upcoming';
  if (w.endsAt !== null && now >= w.endsAt.getTime()) return 'ended';
  return 'live';
}

/** Milliseconds until the state next changes, or null when it never will. */
export function msUntilNextChange(w: OfferWindow, clock: Clock = systemClock): number | null {
  const now = clock.now();
  if (now < w.startsAt.getTime()) return w.startsAt.getTime() - now;
  if (w.endsAt !== null && now < w.endsAt.getTime()) return w.endsAt.getTime() - now;
  return null;
}

/** Windows sorted by start, with those already over dropped. */
export function upcomingAndLive(windows: OfferWindow[], clock: Clock = systemClock): OfferWindow[] {
  return windows
    .filter((w) => windowState(w, clock) !== 'ended')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
