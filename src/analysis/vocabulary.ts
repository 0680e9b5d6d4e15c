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

/** The raw, serialisable vocabulary (what workers receive). */
export interface Vocabulary {
  dateApis: DateApis;
  signals: Signals;
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
