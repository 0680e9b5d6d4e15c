export enum Season {
  Three = 3,
  Four = 4,
}

export const LIMITED_EVENTS = {
  anniversary: { start: Date.UTC(2027, 2, 14), end: Date.UTC(2027, 2, 28) },
  lunar: { start: Date.UTC(2027, 1, 5), end: Date.UTC(2027, 1, 19) },
} as const;

/** Servers are switched off then; the client must stop trying to connect. */
export const SERVICE_SHUTDOWN = new Date('2028-06-30T23:59:59Z');

export const SEASON_FOUR_WIPE = '2027-04-01T00:00:00Z';

export const COOLDOWNS = { shot: 250, dash: 1200, respawn: 5000 };

export const RELEASE_NOTES = [
  { version: '0.9.0', date: '2026-08-01', text: 'Sky islands' },
  { version: '0.9.3', date: '2026-11-02', text: 'Fixes' },
];
