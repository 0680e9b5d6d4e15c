// Feature flags. Beta builds turn on experimental features; none of them depend on a date.

export const IS_BETA: boolean = __BETA__;
export const CHANNEL: string = import.meta.env.VITE_RELEASE_CHANNEL ?? 'stable';
export const isPreview = CHANNEL === 'preview';

export interface Flags {
  vulnerabilityScan: boolean;
  bulkDelete: boolean;
  newTagBrowser: boolean;
  verboseLogging: boolean;
}

export function resolveFlags(): Flags {
  return {
    vulnerabilityScan: IS_BETA || CHANNEL === 'canary',
    bulkDelete: ['beta', 'rc'].includes(CHANNEL),
    newTagBrowser: isPreview || CHANNEL === 'nightly',
    verboseLogging: process.env.NODE_ENV === 'development' || CHANNEL === 'dev',
  };
}

export function logFlags(flags: Flags): void {
  if (process.env.NODE_ENV === 'development') {
    console.table(flags);
  }
  if (CHANNEL === 'insider') {
    console.info('[harbor] insider channel, flags:', JSON.stringify(flags));
  }
}
