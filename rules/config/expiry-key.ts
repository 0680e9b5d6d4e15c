/**
 * config/expiry-key: a config key that names an expiry (`license.expires`, `BETA_END`,
 * `kill_date`, `valid_until`, `sunset`) set to a fixed date or epoch. Reported at the key with
 * the trigger date. Keys and look-alikes come from rules/vocabulary/config-keys.json.
 */
import { parseDateText } from '../../src/analysis/dates.js';
import type { CompiledConfigKeys } from '../../src/analysis/vocabulary.js';
import { defineRule } from '../../src/engine/rule-api.js';
import { baseName, CONFIG_FILES, readConfigFile, type KeyedEntry } from './config-entries.js';

type MessageId = 'expires';

/** Dates outside these years are placeholders (`1970-01-01`, `9999-12-31` for "never"), not expiries. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
/** A date or an epoch somewhere in the text: without one, no entry can hold a fixed date. */
const DATE_HINT = /20\d\d|\d{10}/;
/** `Thu, 01 Dec 2027 00:00:00 GMT`: the date format of HTTP headers. */
const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const HOUR_MS = 3_600_000;

export default defineRule({
  target: 'text',
  meta: {
    id: 'config/expiry-key',
    defaultSeverity: 'warning',
    description: 'A config key that names an expiry (expires, valid_until, sunset, kill_date, trial_end...) is set to a fixed date or epoch.',
    messages: {
      expires: '{{fires}} {{date}} ({{when}}): config key `{{key}}: {{value}}` is a fixed {{what}} date{{where}}. {{hint}}',
    },
    tags: ['time-bomb', 'config'],
    precision: 'high',
  },
  files: CONFIG_FILES,
  check(ctx) {
    const keys = ctx.vocabulary.configKeys;
    if (!DATE_HINT.test(ctx.source) || !keys.expiryTextHint.test(ctx.source)) return;
    const config = readConfigFile(ctx);
    if (!config) return;
    const byName = ctx.vocabulary.releaseConfigFile.test(baseName(ctx.file));
    const isRecord = recordsOf(config.entries);
    for (const entry of config.entries) {
      if (!namesExpiry(entry, keys) || isHttpHeader(entry, keys) || isRecord(entry)) continue;
      const at = fixedInstant(entry, keys);
      if (at === undefined) continue;
      const allWords = entry.pathWords.join(' ');
      const strong = keys.strongExpiry.test(allWords);
      const release = byName || ctx.releaseConfig;
      const value = shown(entry.value);
      ctx.report({
        span: entry.keySpan,
        messageId: 'expires',
        severity: strong || release ? 'error' : 'warning',
        triggerAt: at,
        triggerText: `${entry.keyText}: ${value}`,
        matched: `${entry.keyText}: ${value}`,
        data: {
          key: entry.keyText,
          value,
          what: kindOf(allWords),
          where: [
            entry.document ? ` (YAML document ${entry.document + 1})` : '',
            ctx.releaseConfig ? ` in release configuration${ctx.profile ? ` of profile "${ctx.profile}"` : ''}`
              : byName ? ' in a release configuration (by its file name)' : '',
          ].join(''),
          hint: strong || release
            ? 'The shipped product stops on that date: read it at run time from something the release can change (licence server, remote config) or remove it; if it must stay, suppress with a reason.'
            : 'If the date is intended, record it (suppress with a reason) and make sure it is renewed before it passes.',
        },
      });
    }
  },
});

/** The key names an expiry: itself, with the key above (`trial: { ends: ... }`), or under one (`sunset: { date: ... }`). */
export function namesExpiry(entry: KeyedEntry, keys: CompiledConfigKeys): boolean {
  const { leafWords, parentWords } = entry;
  const combined = `${parentWords} ${leafWords}`.trim();
  if (keys.benignKey.test(combined)) return false;
  if (leafWords !== '' && keys.expiryKey.test(leafWords)) return true;
  if (parentWords === '') return false;
  // Under a key that names an expiry, a dated leaf is that expiry (`expiry: { date, hard, soft }`).
  return keys.expiryKey.test(parentWords) || keys.expiryKey.test(combined);
}

/**
 * A list of many objects (`tasks: [{ title, deadline }, ...]`, a coupon or certificate
 * inventory) is data the product reads, not a setting: its dates are not reported.
 */
export const MIN_RECORDS = 10;

function recordsOf(entries: KeyedEntry[]): (entry: KeyedEntry) => boolean {
  const firstIndex = (e: KeyedEntry) => e.path.findIndex((p) => /^\d+$/.test(p));
  const listKey = (e: KeyedEntry, i: number) => `${e.document ?? ''}\0${e.path.slice(0, i).join('\0')}`;
  const sizes = new Map<string, number>();
  for (const e of entries) {
    const i = firstIndex(e);
    // Only items that are objects (`[i].field`) make records.
    if (i < 0 || i === e.path.length - 1) continue;
    const key = listKey(e, i);
    sizes.set(key, Math.max(sizes.get(key) ?? 0, Number(e.path[i]) + 1));
  }
  return (e) => {
    const i = firstIndex(e);
    return i >= 0 && i < e.path.length - 1 && (sizes.get(listKey(e, i)) ?? 0) >= MIN_RECORDS;
  };
}

/** Response headers in hosting configs (vercel.json, netlify.toml, firebase.json, nginx-like YAML). */
function isHttpHeader(entry: KeyedEntry, keys: CompiledConfigKeys): boolean {
  if (entry.pathWords.some((w) => keys.headerContext.test(w))) return true;
  return keys.httpDateKeys.has(entry.leafWords) && typeof entry.value === 'string' && HTTP_DATE.test(entry.value.trim());
}

/** The instant a value fixes: a date in the explicit grammar, an epoch (s or ms), or YYYYMMDD. */
export function fixedInstant(entry: KeyedEntry, keys: CompiledConfigKeys): number | undefined {
  const { value } = entry;
  const keyWords = `${entry.parentWords} ${entry.leafWords}`.trim();
  let at: number | undefined;
  if (typeof value === 'number') {
    at = numericInstant(value, keyWords, keys);
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (keys.relativeDurationValue.test(text)) return undefined;
    if (/^\d+$/.test(text)) at = numericInstant(Number(text), keyWords, keys);
    else at = parseDateText(text);
  }
  if (at === undefined) return undefined;
  const year = new Date(at).getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR ? at : undefined;
}

function numericInstant(n: number, keyWords: string, keys: CompiledConfigKeys): number | undefined {
  if (!Number.isSafeInteger(n) || n <= 0) return undefined;
  // `expires_in: 1800000000`, `token_expiry_ms: 1209600000`: durations, whatever their size.
  if (keys.relativeDurationKey.test(keyWords) && !keys.instantKey.test(keyWords)) return undefined;
  if (n >= 19_000_101 && n <= 29_991_231) return compactDate(n);
  if (n >= 1e12 && n < 1e13) return n;
  if (n >= 1e9 && n < 1e10) {
    // A whole number of hours in milliseconds is a duration (2592000000 = 30 days), not seconds.
    if (n % HOUR_MS === 0 || /\b(?:ms|msec|millis\w*)\b/.test(keyWords)) return undefined;
    return n * 1000;
  }
  return undefined;
}

/** 20270301 -> 2027-03-01 (validated by the date grammar). */
function compactDate(n: number): number | undefined {
  const s = String(n);
  return parseDateText(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
}

function shown(value: KeyedEntry['value']): string {
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function kindOf(words: string): string {
  if (/\bkill\b|\btime ?bomb\b/.test(words)) return 'kill';
  if (/\btrial\b/.test(words)) return 'trial end';
  if (/\b(?:beta|alpha|preview|eap|pre ?release|early access|insider|canary|nightly)\b/.test(words)) return 'pre-release end';
  if (/\blicen[cs]/.test(words)) return 'licence expiry';
  if (/\b(?:eval|evaluation|demo)\b/.test(words)) return 'evaluation end';
  if (/\b(?:sunset|eol|end of)\b/.test(words)) return 'end-of-life';
  if (/\b(?:deadline|cut ?off)\b/.test(words)) return 'deadline';
  return 'expiry';
}
