/**
 * The vocabulary the analysis speaks: date APIs, expiry words, blocking behaviours. It is data
 * (rules/vocabulary/*.json) so a user can read and extend it; this module types and compiles it.
 */
import type { CalendarField } from './value.js';

export interface CalendarSpec { field: CalendarField; add: number }

export interface DateApis {
  packages: Record<string, string | null>;
  packagePrefixes: string[];
  clockCalls: Record<string, 'number' | 'object'>;
  dateFactories: Record<string, { arg: number; format?: number; unit?: 'second' | 'ms' }>;
  partsFactories: Record<string, { monthBase: 0 | 1; object: boolean }>;
  objectFactories: Record<string, { monthBase: 0 | 1 }>;
  compareFunctions: Record<string, { op: '<' | '>' | '<=' | '>='; args: (number | 'now')[] }>;
  signFunctions: Record<string, number[]>;
  differenceFunctions: Record<string, string>;
  addFunctions: Record<string, string>;
  identityFunctions: string[];
  compareMethods: Record<string, '<' | '>' | '<=' | '>='>;
  diffMethods: Record<string, string>;
  epochMethods: Record<string, 'ms' | 'second'>;
  epochProperties: Record<string, 'ms' | 'second' | null>;
  calendarMethods: Record<string, CalendarSpec>;
  calendarProperties: Record<string, CalendarSpec>;
  calendarFunctions: Record<string, CalendarSpec>;
  addMethods: Record<string, 1 | -1>;
  identityMethods: string[];
  isoStringMethods: string[];
}

export interface Signals {
  expiryWords: string[];
  blockingCalls: { exact: string[]; namePatterns: string[] };
  blockingAssignments: { redirectTargets: string[]; disableTargets: string[] };
  validityFunctionNames: string;
  assertCalls: string[];
  httpDenyStatuses: number[];
  copyrightWords: string[];
}

/** What a pre-release build looks like (rules/vocabulary/release.json). */
export interface ReleaseVocabulary {
  prereleaseFlagWords: string[];
  prereleaseChannels: string[];
  channelHolderWords: string[];
  prereleaseVersionSuffix: string;
  versionHolderWords: string[];
  prereleaseFunctions: Record<string, number>;
  buildInstantWords: string[];
  releaseConfigFileNames: string[];
}

/** Config-file keys (rules/vocabulary/config-keys.json): expiry keys, pre-release switches, what to skip. */
export interface ConfigKeysVocabulary {
  expiryKeyWords: string[];
  expiryTextHintWords: { words: string[] };
  strongExpiryWords: { patterns: string[] };
  benignKeyWords: string[];
  relativeDuration: { keyWords: string[]; instantKeyWords: string[]; values: string[] };
  prereleaseSwitch: {
    switchWords: string[];
    excludedFlagWords: string[];
    ambiguousFlagWords: string[];
    flagPrefixWords: string[];
    buildSuffixWords: string[];
    prefixWords: string[];
    suffixWords: string[];
    truthyValues: string[];
    numericTruthyValues: string[];
    channelKeys: string[];
    genericChannelKeys: string[];
    channelParentWords: string[];
    textHintWords: string[];
  };
  skip: {
    fileNames: string[];
    paths: string[];
    packageJsonFields: string[];
    headerContextWords: string[];
    httpDateKeys: string[];
    schemaContainerKeys: string[];
    schemaRootKeys: string[];
  };
}

/** The raw, serialisable vocabulary (what workers receive). */
export interface Vocabulary {
  dateApis: DateApis;
  signals: Signals;
  release: ReleaseVocabulary;
  configKeys: ConfigKeysVocabulary;
}

/** config-keys.json compiled; key patterns are matched against identifierWords(key). */
export interface CompiledConfigKeys {
  expiryKey: RegExp;
  /** Raw-text check before parsing a file for expiry keys. */
  expiryTextHint: RegExp;
  strongExpiry: RegExp;
  benignKey: RegExp;
  relativeDurationKey: RegExp;
  instantKey: RegExp;
  relativeDurationValue: RegExp;
  /** Whole key words of a pre-release switch: `[prefix...] WORD [suffix...]` (`enable build expiry`, `is beta`). */
  prereleaseSwitchKey: RegExp;
  /**
   * Switch words that also name other things (`canary: { enabled: true }` is a deployment): a
   * switch only with a flag prefix (`isCanary`) or a build suffix (`NIGHTLY_BUILD`).
   */
  ambiguousSwitch: { word: RegExp; flagPrefix: RegExp; buildSuffix: RegExp };
  /** Leaf words that turn on the switch named by the key above (`timebomb: { enabled: true }`). */
  switchOnKeys: Set<string>;
  truthyValues: Set<string>;
  numericTruthyValues: Set<string>;
  /** Whole key words of a release channel (`release channel`, `VITE_UPDATE_CHANNEL`). */
  channelKey: RegExp;
  /** The leading prefix words a switch or channel key may carry (`vite`, `next public`, `is`, `enable`). */
  keyPrefix: RegExp;
  genericChannelKeys: Set<string>;
  channelParent: RegExp;
  /** Raw-text check before parsing a release config for switches. */
  prereleaseTextHint: RegExp;
  skipFileName: RegExp;
  skipPath: RegExp;
  packageJsonFields: Set<string>;
  headerContext: RegExp;
  httpDateKeys: Set<string>;
  schemaContainerKeys: Set<string>;
  schemaRootKeys: Set<string>;
}

/** The vocabulary with lookups and regular expressions built once per process. */
export interface CompiledVocabulary {
  raw: Vocabulary;
  dateApis: DateApis;
  identityFunctions: Set<string>;
  identityMethods: Set<string>;
  isoStringMethods: Set<string>;
  expiryWords: RegExp;
  blockingExact: Set<string>;
  blockingName: RegExp[];
  redirectTargets: Set<string>;
  disableTargets: Set<string>;
  validityFunctionName: RegExp;
  assertCalls: Set<string>;
  httpDenyStatuses: Set<number>;
  copyright: RegExp;
  /** Identifier words of a pre-release flag (`IS_BETA`, `__PREVIEW__`, `isEarlyAccess`). */
  prereleaseFlag: RegExp;
  /** Channel names that mean a pre-release build, lower case. */
  prereleaseChannels: Set<string>;
  /** Identifier words of something that holds a channel (`releaseChannel`, `BUILD_FLAVOR`). */
  channelHolder: RegExp;
  /** A version string with a pre-release suffix (`2.0.0-beta.3`). */
  prereleaseVersion: RegExp;
  versionHolder: RegExp;
  prereleaseFunctions: Map<string, number>;
  /** Identifier words of a build instant (`__BUILD_TIME__`, `VITE_BUILD_DATE`, `builtAt`). */
  buildInstant: RegExp;
  /** Base names of release configuration files (`config.production.json`, `.env.production`). */
  releaseConfigFile: RegExp;
  configKeys: CompiledConfigKeys;
}

/** JSON comments ($comment keys) are documentation, not entries. */
function withoutComments<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== '$comment')) as T;
}

export function compileVocabulary(raw: Vocabulary): CompiledVocabulary {
  const d = raw.dateApis;
  const dateApis = Object.fromEntries(
    Object.entries(d).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? withoutComments(v) : v]),
  ) as unknown as DateApis;
  const s = raw.signals;
  return {
    raw,
    dateApis,
    identityFunctions: new Set(d.identityFunctions),
    identityMethods: new Set(d.identityMethods),
    isoStringMethods: new Set(d.isoStringMethods),
    expiryWords: new RegExp(s.expiryWords.join('|'), 'i'),
    blockingExact: new Set(s.blockingCalls.exact),
    blockingName: s.blockingCalls.namePatterns.map((p) => new RegExp(p)),
    redirectTargets: new Set(s.blockingAssignments.redirectTargets),
    disableTargets: new Set(s.blockingAssignments.disableTargets),
    validityFunctionName: new RegExp(s.validityFunctionNames, 'i'),
    assertCalls: new Set(s.assertCalls),
    httpDenyStatuses: new Set(s.httpDenyStatuses),
    copyright: new RegExp(s.copyrightWords.join('|'), 'i'),
    ...compileRelease(raw.release),
    configKeys: compileConfigKeys(raw.configKeys, raw.release),
  };
}

function compileConfigKeys(c: ConfigKeysVocabulary, release: ReleaseVocabulary): CompiledConfigKeys {
  const any = (patterns: string[]) => new RegExp(patterns.join('|'), 'i');
  const literal = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const s = c.prereleaseSwitch;
  const flagWords = release.prereleaseFlagWords.filter((p) => !s.excludedFlagWords.some((w) => p.includes(w)));
  const prefixes = `(?:(?:${literal(s.prefixWords)}) )*`;
  return {
    expiryKey: any(c.expiryKeyWords),
    expiryTextHint: new RegExp(literal(c.expiryTextHintWords.words), 'i'),
    strongExpiry: any(c.strongExpiryWords.patterns),
    benignKey: any(c.benignKeyWords),
    relativeDurationKey: any(c.relativeDuration.keyWords),
    instantKey: any(c.relativeDuration.instantKeyWords),
    relativeDurationValue: any(c.relativeDuration.values),
    prereleaseSwitchKey: new RegExp(`^${prefixes}(?:${[...flagWords, ...s.switchWords].join('|')})(?: (?:${literal(s.suffixWords)}))*$`, 'i'),
    ambiguousSwitch: {
      word: new RegExp(`^(?:${literal(s.ambiguousFlagWords)})\\b`, 'i'),
      flagPrefix: new RegExp(`\\b(?:${literal(s.flagPrefixWords)}) `, 'i'),
      buildSuffix: new RegExp(` (?:${literal(s.buildSuffixWords)})\\b`, 'i'),
    },
    switchOnKeys: new Set(s.suffixWords),
    truthyValues: new Set(s.truthyValues),
    numericTruthyValues: new Set(s.numericTruthyValues),
    channelKey: new RegExp(`^${prefixes}(?:${literal(s.channelKeys)})$`, 'i'),
    keyPrefix: new RegExp(`^${prefixes}`, 'i'),
    genericChannelKeys: new Set(s.genericChannelKeys),
    channelParent: any(s.channelParentWords),
    prereleaseTextHint: new RegExp(literal([...release.prereleaseChannels, ...s.textHintWords]), 'i'),
    skipFileName: any(c.skip.fileNames),
    skipPath: any(c.skip.paths),
    packageJsonFields: new Set(c.skip.packageJsonFields),
    headerContext: any(c.skip.headerContextWords),
    httpDateKeys: new Set(c.skip.httpDateKeys),
    schemaContainerKeys: new Set(c.skip.schemaContainerKeys),
    schemaRootKeys: new Set(c.skip.schemaRootKeys),
  };
}

function compileRelease(r: ReleaseVocabulary) {
  return {
    prereleaseFlag: new RegExp(r.prereleaseFlagWords.join('|'), 'i'),
    prereleaseChannels: new Set(r.prereleaseChannels.map((c) => c.toLowerCase())),
    channelHolder: new RegExp(r.channelHolderWords.join('|'), 'i'),
    prereleaseVersion: new RegExp(r.prereleaseVersionSuffix, 'i'),
    versionHolder: new RegExp(r.versionHolderWords.join('|'), 'i'),
    prereleaseFunctions: new Map(Object.entries(withoutComments(r.prereleaseFunctions))),
    buildInstant: new RegExp(r.buildInstantWords.join('|'), 'i'),
    releaseConfigFile: new RegExp(r.releaseConfigFileNames.join('|'), 'i'),
  };
}

/** Splits identifiers into words so patterns match `betaEndDate`, `BETA_END_DATE`, `beta-end`. */
export function identifierWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-$.]+/g, ' ')
    .toLowerCase()
    .trim();
}
