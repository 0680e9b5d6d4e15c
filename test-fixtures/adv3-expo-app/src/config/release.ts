/** Release channel settings baked into the binary at build time. */
export const Release = {
  channel: 'preview',
  previewEndsAt: '2027-02-01T00:00:00Z',
  builtAt: 1790812800000,
} as const;

/** Store builds older than this are sent to the "please update" screen. */
export const FORCE_UPDATE_AFTER = Date.UTC(2027, 5, 30);

export const PROMO = {
  summerSaleStart: '2027-06-01',
  summerSaleEnd: '2027-06-30',
};

export const NEW_SYNC_ENGINE_FROM = new Date('2027-01-15T09:00:00Z');
export const LEGACY_MAPS_OFF = new Date(2026, 9, 1);

export const SUPPORT_EMAIL = 'help@fieldnotes.test';
export const SESSION_REFRESH_MARGIN_MS = 30_000;
export const FOUNDED_YEAR = 2015;
