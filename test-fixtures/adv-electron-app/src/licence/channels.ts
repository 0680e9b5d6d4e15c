/**
 * Release channels. Pre-release channels are time-limited so that testers
 * move to GA instead of running stale betas forever.
 */
export enum Channel {
  Stable = 'stable',
  Beta = 'beta',
  Nightly = 'nightly',
}

export enum ChannelEnd {
  Beta = '2027-02-28T23:59:59Z',
  Nightly = '2027-01-31',
}

/** Numeric enum: the epoch (ms) at which the beta-3 feedback form closes. */
export const enum FeedbackWindow {
  Beta3Closes = 1803772800000,
}

export const CURRENT_CHANNEL: Channel = Channel.Beta;
export const BETA_EXPIRES = ChannelEnd.Beta;

export function nightlyExpired(): boolean {
  return Date.now() > Date.parse(ChannelEnd.Nightly); // expect: js/hardcoded-expiry error
}

export function feedbackFormOpen(): boolean {
  return Date.now() < FeedbackWindow.Beta3Closes; // expect: js/hardcoded-expiry
}

export function channelLabel(channel: Channel): string {
  // Not a date comparison: just mapping enum members to labels.
  return channel === Channel.Stable ? 'Inkwell' : `Inkwell (${channel})`;
}
