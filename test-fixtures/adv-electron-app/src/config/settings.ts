/**
 * Persisted user settings with shipped defaults. The trial end is baked in
 * for the beta build; the GA build gets it from the licence server instead.
 */
export interface Settings {
  theme: 'light' | 'dark' | 'system';
  telemetry: boolean;
  autoUpdate: boolean;
  trialEnds: string | null;
  lastOpenedAt: number | null;
}

export const DEFAULTS: Settings = {
  theme: 'system',
  telemetry: true,
  autoUpdate: true,
  trialEnds: null,
  lastOpenedAt: null,
};

export const BETA_SETTINGS: Settings = { ...DEFAULTS, trialEnds: '2027-05-01' };

export function isTrialActive(): boolean {
  return new Date() < new Date(BETA_SETTINGS.trialEnds!); // expect: js/hardcoded-expiry
}

/** Settings read back from disk: any trialEnds here came from the server. */
export function userTrialLapsed(stored: Partial<Settings>): boolean {
  const merged: Settings = { ...DEFAULTS, ...stored };
  if (!merged.trialEnds) return false;
  return Date.now() > Date.parse(merged.trialEnds);
}

export function wasOpenedRecently(settings: Settings): boolean {
  return settings.lastOpenedAt !== null && Date.now() - settings.lastOpenedAt < 7 * 24 * 3600 * 1000;
}

/** Shipped policy; frozen so plugins cannot tamper with it. */
export const POLICY = Object.freeze({
  telemetryOptOutDeadline: '2027-03-31',
  minimumSupportedOs: '10.15',
});

export const UPDATE_POLICY = {
  forceUpdateAfter: '2027-08-01',
  channel: 'beta',
} satisfies Record<string, string>;

export function telemetryMandatory(): boolean {
  return Date.now() > Date.parse(POLICY.telemetryOptOutDeadline); // expect: js/hardcoded-expiry
}

export function mustForceUpdate(): boolean {
  return new Date() >= new Date(UPDATE_POLICY.forceUpdateAfter); // expect: js/hardcoded-expiry
}
