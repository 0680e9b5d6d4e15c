/** Fixed UTC offsets (minutes) for the sites we operate. */
export const SITE_OFFSETS = { nyc: -300, lon: 0, ber: 60, syd: 600 } as const;

/** US Eastern DST transitions; instants compared with the *booking's* instant. */
export const DST_TRANSITIONS = [
  { at: Date.UTC(2026, 2, 8, 7), offset: -240 },
  { at: Date.UTC(2026, 10, 1, 6), offset: -300 },
  { at: Date.UTC(2027, 2, 14, 7), offset: -240 },
  { at: Date.UTC(2027, 10, 7, 6), offset: -300 },
];

export function easternOffsetAt(instant: number): number {
  let offset = -300;
  for (const t of DST_TRANSITIONS) if (instant >= t.at) offset = t.offset;
  return offset;
}

export function toSiteLocal(instant: number, site: keyof typeof SITE_OFFSETS): Date {
  const offset = site === 'nyc' ? easternOffsetAt(instant) : SITE_OFFSETS[site];
  return new Date(instant + offset * 60_000);
}

/** Last transition we have data for; compared to the booking, not to the clock. */
export const DST_DATA_ENDS = Date.UTC(2027, 10, 7, 6);
export function hasDstData(bookingInstant: number): boolean {
  return bookingInstant <= DST_DATA_ENDS;
}
