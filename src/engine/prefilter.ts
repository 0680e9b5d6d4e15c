/**
 * Cheap text checks that decide which files need the full analysis. They may skip work, never
 * findings: a finding needs a reading of the clock and a fixed time, each either in the file or
 * in a file it imports (directly or through a re-exporting index). The fixture suite checks that
 * scanning with and without this filter gives the same findings.
 */

import { escapeRegExp } from '../analysis/dates.js';
import { identifierWords, type Vocabulary } from '../analysis/vocabulary.js';

/**
 * Tokens of every expression the evaluator turns into a reading of the clock: Date.now, new Date
 * without arguments, Date(), the clock calls of date libraries (moment(), dayjs(), DateTime.now(),
 * Temporal.Now, date-fns constructNow / isPast / isFuture, luxon diffNow), performance.timeOrigin,
 * and an import of a date package (whose functions may be renamed). Calendar reads, toISOString,
 * useState and method calls such as `clock.now()` give a clock only when one of these is in the
 * file or in a file it imports, which the import check below follows.
 */
const CLOCK_TOKENS = /\bDate\s*(?:\.\s*now\b|\(\s*\))|\bnew\s+Date\b\s*(?:\(\s*\)|[^\s(])|\b(?:moment|dayjs)(?:\s*\.\s*(?:utc|tz))?\s*\(\s*\)|['"](?:moment|dayjs|luxon|date-fns|@js-temporal\/polyfill|temporal-polyfill)['"/-]|\bDateTime\s*\.\s*(?:now|local|utc)\b|\bTemporal\s*\.\s*Now\b|performance\s*\.\s*timeOrigin|(?<![.\w$])is(?:Past|Future)\s*\(|constructNow|diffNow/;

/**
 * A build-instant name in any case and spelling: BUILD_TIME, buildDate, builtAt, COMPILED_AT,
 * bundleTime, buildTimestamp; a word that goes on (`buildDone`, `bundleTimeout`) is another word.
 */
const BUILD_INSTANT = /(?:[Bb][Uu][Ii][Ll][DdTt]|[Cc][Oo][Mm][Pp][Ii][Ll][Ee]|[Bb][Uu][Nn][Dd][Ll][Ee]|[Rr][Ee][Ll][Ee][Aa][Ss][Ee])[Dd]?[_\s.-]?(?:[Tt][Ii][Mm][Ee](?:[Ss][Tt][Aa][Mm][Pp])?|[Dd][Aa][Tt][Ee]|[Tt][Ss]|[Aa][Tt]|[Ee][Pp][Oo][Cc][Hh]|[Ii][Nn][Ss][Tt][Aa][Nn][Tt]|[Dd][Aa][Yy]|[Oo][Nn])(?![a-z])/;

/**
 * Anything that can spell a fixed time: a year 2000-2100 (every date text the grammar accepts
 * has one), an epoch-like number, digits joined by a date separator inside a string (also pieces
 * of a concatenated date), Date.UTC, getYear (whose years are offset by 1900), and a build-instant
 * name (`__BUILD_TIME__`, `builtAt`: `Date.now() - BUILD_TIME > 90 * DAY` is a build-age check).
 */
const FIXED_TOKENS = new RegExp(/\b(?:20\d\d|2100)\b|\b[1-4]\d{9}\b|\b\d{12,13}\b|\d(?:\.\d+)?e1[12]\b|\b\d{1,3}(?:_\d{3}){3,4}\b|['"`][^'"`\n]{0,24}\d[-/]\d|\d[-/]['"`]|Date\.UTC|getYear|\b20\d{6}T\d|get(?:UTC)?(?:Month|Date|Day|Hours)\b|\.(?:month|day|weekday|date|hour)\b|\\x3\d|\\u003\d|fromCharCode|base64/.source + '|' + BUILD_INSTANT.source);

// Relative specifiers and alias-looking ones (`@/config`, `~/lib`); packages resolve to nothing.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"\n]*|\.{1,2}|[@~#]\/[^'"\n]*|[A-Za-z@~#$][\w@~#$.\/-]*)['"]/g;
const REEXPORT = /\bexport\s*\*|\bexport\s*(?:type\s*)?\{[^}]*\}\s*from\b|module\.exports\s*=\s*require\b|\.\.\.\s*require\s*\(/;

/** Comments stripped only to keep licence-header years in large files from defeating the filter. */
const LARGE_FILE = 64 * 1024;

export interface TextFacts {
  clock: boolean;
  fixed: boolean;
  /**
   * A fixed time close enough to a clock reading to meet it in a comparison. Same as `fixed` for
   * ordinary files; large files (bundles) are checked by windows around each clock token, and by
   * the names their fixed constants are bound to.
   */
  fixedNearClock: boolean;
  /** Relative import specifiers, as written. */
  specifiers: string[];
  /** The file re-exports from other modules (an index or barrel file). */
  reexports: boolean;
  /**
   * The file's code is only imports and re-exports (an index or barrel file): it computes nothing,
   * so it holds no trigger of its own, though it passes on what it re-exports. Optional: facts
   * made before it existed lack it, and count as code.
   */
  linksOnly?: boolean;
  /**
   * A small file that speaks of a pre-release and of expiry (`if (IS_BETA && expired) app.quit()`):
   * a blocking pre-release expiry path may hold no date at all.
   */
  prereleaseExpiry: boolean;
}

const PRERELEASE_WORD = /beta|preview|insider|\beap\b|canary|nightly|pre-?release|early.?access/i;
const EXPIRED_WORD = /expired|has ended|no longer (?:supported|available|valid)|too old/i;

/**
 * Tokens the vocabulary adds to those written above: a date library, clock call or build-instant
 * name that a user added to rules/vocabulary/ (global regular expressions; undefined when the
 * vocabulary adds nothing, as the shipped one does not).
 */
export interface VocabularyTokens {
  clock?: RegExp;
  /** Build-instant word patterns added to release.json, matched as the analysis does: on a name's words. */
  buildInstant?: RegExp;
}

/** The build-instant word patterns that BUILD_INSTANT above spells out (release.json's as shipped). */
const KNOWN_BUILD_INSTANT_WORDS = new Set([
  '\\bbuild (?:time|date|timestamp|ts|at|epoch|instant|day)\\b', '\\bbuilt (?:at|on|time|date)\\b',
  '\\bcompile(?:d)? (?:time|date|at|on)\\b', '\\bbundle (?:time|date)\\b', '\\brelease (?:time|timestamp)\\b',
]);

/**
 * What the vocabulary makes a clock or a fixed time beyond the tokens written here, so that a
 * library or name added to rules/vocabulary/ is never filtered out before the analysis sees it:
 * a package (its import), a clock call (`LocalDate.now`), a compare function that reads the clock
 * itself, a build-instant word pattern (tested on the words of every name in the file, as the
 * analysis tests a name: `SHIP_TIME` is `ship time`). What the tokens above already match adds
 * nothing.
 */
export function vocabularyTokens(vocabulary: Pick<Vocabulary, 'dateApis' | 'release'>): VocabularyTokens {
  const clock: string[] = [];
  const covered = (sample: string) => CLOCK_TOKENS.test(sample);
  for (const name of Object.keys(vocabulary.dateApis.packages).filter((key) => !key.startsWith('$'))) {
    if (!covered(`'${name}'`)) clock.push(`['"]${escapeRegExp(name)}['"/]`);
  }
  for (const prefix of vocabulary.dateApis.packagePrefixes) {
    if (!covered(`'${prefix}x'`)) clock.push(`['"]${escapeRegExp(prefix)}`);
  }
  // Keys are names such as `LocalDate.now`; `$comment` entries are not.
  const calls = [
    ...Object.keys(vocabulary.dateApis.clockCalls),
    ...Object.entries(vocabulary.dateApis.compareFunctions).filter(([, f]) => Array.isArray(f?.args) && f.args.includes('now')).map(([name]) => name),
  ].filter((name) => /^[A-Za-z_][\w$]*(?:\.[\w$]+)*$/.test(name));
  for (const name of calls) {
    if (!covered(`${name}()`)) clock.push(`(?<![.\\w$])${name.split('.').map(escapeRegExp).join('\\s*\\.\\s*')}\\s*\\(`);
  }
  const buildInstant = vocabulary.release.buildInstantWords.filter((pattern) => !KNOWN_BUILD_INSTANT_WORDS.has(pattern));
  return {
    ...(clock.length > 0 ? { clock: new RegExp(clock.join('|'), 'g') } : {}),
    // As the vocabulary compiles them (one case-insensitive alternation).
    ...(buildInstant.length > 0 ? { buildInstant: new RegExp(buildInstant.join('|'), 'i') } : {}),
  };
}

const NAME = /[A-Za-z_$][\w$]*/g;

/** Whether a name in the text (any, comments too: this may only add candidates) is a build instant by `words`. */
function namesBuildInstant(text: string, words: RegExp): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    const name = m[0];
    if (seen.has(name)) continue;
    seen.add(name);
    if (words.test(identifierWords(name))) return true;
  }
  return false;
}

export function textFacts(source: string, extra: VocabularyTokens = {}): TextFacts {
  const clock = matchesInCode(CLOCK_TOKENS_GLOBAL, source) || (extra.clock !== undefined && matchesInCode(extra.clock, source));
  let code = source;
  let fixed = matchesInCode(FIXED_TOKENS_GLOBAL, code) || (extra.buildInstant !== undefined && namesBuildInstant(code, extra.buildInstant));
  if (fixed && source.length > LARGE_FILE) {
    code = stripComments(source);
    fixed = FIXED_TOKENS.test(code) || (extra.buildInstant !== undefined && namesBuildInstant(code, extra.buildInstant));
  }
  const fixedNearClock = clock && fixed && (code.length <= LARGE_FILE || fixedMeetsClock(code, extra));
  const specifiers: string[] = [];
  for (const m of source.matchAll(RELATIVE_IMPORT)) if (!onCommentLine(source, m.index)) specifiers.push(m[1]!);
  // The expiry words first: they are rarer, and their case-insensitive scan is the cheaper one.
  const prereleaseExpiry = source.length <= LARGE_FILE && EXPIRED_WORD.test(source) && PRERELEASE_WORD.test(source);
  const linksOnly = specifiers.length > 0 && onlyModuleLinks(source);
  return { clock, fixed, fixedNearClock, specifiers, reexports: REEXPORT.test(source), prereleaseExpiry, ...(linksOnly ? { linksOnly } : {}) };
}

/**
 * White space, semicolons and comments, each matched one way only (a comment can neither end early
 * nor run on into the next one): backtracking through such alternatives takes exponential time.
 */
const GAP = String.raw`(?:\s|;|\/\/[^\n]*(?![^\n])|\/\*(?:[^*]|\*(?!\/))*\*\/)*`;
/**
 * One statement that only links modules, with the gap before it: `'use strict'`, `import ... from
 * '...'`, `import '...'`, `export * (as ns) from '...'`, `export { a, b as c } (from '...')` (also
 * `type`), `module.exports = require('...')`. Sticky: each match starts where the last one ended,
 * and the first statement of real code ends the run.
 */
const MODULE_LINK = new RegExp(GAP + String.raw`(?:(['"])use strict\1|import\s*(?:[\w$*{}\s,]+?\s*from\s*)?(['"])[^'"\n]*\2|export\s*(?:type\s+)?\*\s*(?:as\s+[\w$]+\s*)?from\s*(['"])[^'"\n]*\3|export\s*(?:type\s+)?\{[^}]*\}\s*from\s*(['"])[^'"\n]*\4|export\s*(?:type\s+)?\{[^}]*\}|module\.exports\s*=\s*require\s*\(\s*(['"])[^'"\n]*\5\s*\))`, 'y');
/** White space, semicolons and comments up to the end of the text. */
const NOTHING_MORE = new RegExp(`${GAP}$`, 'y');

/** Whether the text's code is nothing but module links (MODULE_LINK), at least one import or export. */
export function onlyModuleLinks(source: string): boolean {
  let at = 0;
  let links = 0;
  for (;;) {
    MODULE_LINK.lastIndex = at;
    const m = MODULE_LINK.exec(source);
    if (!m) break;
    at = MODULE_LINK.lastIndex;
    // A directive links nothing.
    if (m[1] === undefined) links++;
  }
  NOTHING_MORE.lastIndex = at;
  return links > 0 && NOTHING_MORE.test(source);
}

const CLOCK_TOKENS_GLOBAL = new RegExp(CLOCK_TOKENS.source, 'g');
const FIXED_TOKENS_GLOBAL = new RegExp(FIXED_TOKENS.source, 'g');

/**
 * Whether a global regex matches outside lines that are plainly comments: date-library docs are
 * full of examples (` * isToday(new Date(2014, 9, 6))`), and webpack's JSDoc of type imports.
 */
function matchesInCode(re: RegExp, source: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (!onCommentLine(source, m.index)) return true;
    const eol = source.indexOf('\n', m.index);
    if (eol < 0) return false;
    re.lastIndex = eol + 1;
  }
  return false;
}

/** How far back a line starting with `*` looks for the `/*` that opens its comment. */
const COMMENT_LOOKBACK = 4096;

/**
 * Whether `index` lies in a comment that its line plainly shows: a line starting with `//`, or
 * with `/*` not closed before `index`, or a ` * ` line of an open block comment. Anything less
 * clear (a trailing comment after code) counts as code: a token seen there is kept.
 */
export function onCommentLine(source: string, index: number): boolean {
  const lineStart = source.lastIndexOf('\n', index - 1) + 1;
  let i = lineStart;
  while (i < index && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i++;
  const c = source.charCodeAt(i);
  const d = source.charCodeAt(i + 1);
  if (c === 0x2f && d === 0x2f) return i + 1 < index; // `// ...`
  const closedBefore = () => { const close = source.indexOf('*/', i); return close >= 0 && close < index; };
  if (c === 0x2f && d === 0x2a) return i + 1 < index && !closedBefore(); // `/* ...`
  if (c !== 0x2a || i >= index || closedBefore()) return false;
  // ` * ...`: only inside a block comment opened above (not `a\n * b`, a multiplication).
  const from = Math.max(0, lineStart - COMMENT_LOOKBACK);
  const open = source.lastIndexOf('/*', lineStart);
  if (open < from) return false;
  const close = source.lastIndexOf('*/', lineStart);
  return close < open;
}

const WINDOW = 1500;
/**
 * In bundles, round numbers such as 2000 or 2048 are everywhere; near a clock reading only the
 * stronger shapes count: epochs, ISO or US date text, Date.UTC / new Date(2027, ...), or a year
 * next to a calendar-year reading.
 */
const STRONG_FIXED = /\b(?!214748364[78]\b)(?:1\d{9}|2[01]\d{8})\b|\b[1-4]\d{12}\b|\d(?:\.\d+)?e1[12]\b|\b\d{1,3}(?:_\d{3}){3,4}\b|['"`]20\d\d[-/.]\d|\d\/20\d\d['"`]|Date\.UTC\s*\(\s*(?:19|20|21)\d\d\b|new\s+Date\s*\(\s*20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+20\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+20\d\d|getYear\s*\(\s*\)\s*[<>=!]+\s*1\d\d|\b20\d{6}T\d/i;
/** A calendar-year reading, or a date built from a year that may be a named constant (`Date.UTC(END_YEAR, 0)`). */
const YEAR_READING = /get(?:UTC)?FullYear|\.year\b|\byear\s*\(|Date\.UTC\s*\(/;
/**
 * A year as an operand of its own: compared, assigned, a property or returned (`>= 2027`,
 * `END_YEAR = 2027`, `year: 2027`), not a term of arithmetic (`year + 2000`), a branch of a
 * ternary (`? 1900 : 2000`) or an argument (`setTimeout(f, 2000)`).
 */
const YEAR_OPERAND = /(?:[<>]=?|[!=]==?|[^=!<>]=|[A-Za-z_$'"]\s*:|\breturn)\s*(?:20\d\d|2100)\b(?!\s*[-+*/%.\d])|\b(?:20\d\d|2100)\s*(?:[<>]=?|[!=]==?)/;

function windowHasFixed(w: string, extra: VocabularyTokens): boolean {
  return STRONG_FIXED.test(w) || BUILD_INSTANT.test(w) || (YEAR_READING.test(w) && YEAR_OPERAND.test(w))
    || (extra.buildInstant !== undefined && namesBuildInstant(w, extra.buildInstant));
}
/**
 * Where a clock reading is used, for the windows of large files: the clock sources and what is
 * read from them (calendar fields, ISO text, state holding it), as the comparison sits near those.
 */
const CLOCK_USE_TOKENS = new RegExp(`${CLOCK_TOKENS.source}|\\.now\\s*\\(|get(?:UTC)?FullYear|getYear|\\bisPast\\b|\\bisFuture\\b|toISOString|\\buse(?:State|Ref)\\b`, 'g');
const STRONG_FIXED_GLOBAL = new RegExp(STRONG_FIXED.source, 'gi');
const BOUND_NAME = /([A-Za-z_$][\w$]*)\s*[:=]\s*/g;
/** How far before `name =` a strong fixed token may sit in the same statement (`[^;\n]{0,80}`). */
const BINDING_REACH = 80;
/** Slack for the name and the white space around `=` or `:` before that reach. */
const BINDING_SLACK = 400;

/**
 * Names bound to a strong fixed token: `name = ...` or `name: ...` followed, within 80 characters
 * of the same statement and line, by the token. Found from each token backwards (a forward regex
 * over a whole bundle costs more than the rest of the prefilter together).
 */
function namesBoundToFixed(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(STRONG_FIXED_GLOBAL)) {
    const at = m.index;
    const near = Math.max(0, at - BINDING_REACH);
    const segment = code.slice(near, at);
    const reach = near + Math.max(segment.lastIndexOf('\n'), segment.lastIndexOf(';')) + 1;
    const from = Math.max(0, reach - BINDING_SLACK);
    const before = code.slice(from, at);
    for (const b of before.matchAll(BOUND_NAME)) {
      const valueStart = from + b.index + b[0].length;
      if (valueStart >= reach && valueStart <= at && b[1]!.length > 1) names.add(b[1]!);
    }
  }
  return names;
}

/** In a large file: a fixed token near a clock token, or a name bound to one used near it. */
function fixedMeetsClock(code: string, extra: VocabularyTokens): boolean {
  const windows: string[] = [];
  const uses = extra.clock ? [...code.matchAll(CLOCK_USE_TOKENS), ...code.matchAll(extra.clock)].sort((a, b) => a.index - b.index) : code.matchAll(CLOCK_USE_TOKENS);
  for (const m of uses) {
    const w = code.slice(Math.max(0, m.index - WINDOW), m.index + WINDOW);
    if (windowHasFixed(w, extra)) return true;
    windows.push(w);
    if (windows.length > 2000) return true; // a clock on every line: not worth being clever
  }
  const names = namesBoundToFixed(code);
  if (names.size === 0) return false;
  if (names.size > 500) return true;
  const nameRe = new RegExp(`\\b(?:${[...names].map((n) => n.replace(/[$]/g, '\\$')).join('|')})\\b`);
  return windows.some((w) => nameRe.test(w));
}

/**
 * Decides whether `file` needs the full analysis. `factsOf` gives the text facts of another
 * file (undefined when unknown); `resolve` maps a specifier of `from` to a file.
 */
export function needsAnalysis(
  file: string,
  factsOf: (file: string) => TextFacts | undefined,
  resolve: (from: string, specifier: string) => string | undefined,
): boolean {
  const own = factsOf(file);
  // An index file passes values on; the files that use them are the ones analysed.
  if (!own || own.linksOnly) return false;
  if ((own.clock && own.fixedNearClock) || own.prereleaseExpiry) return true;
  if (own.specifiers.length === 0) return false;
  // Either side may come from an import: a `nowSec()` helper, an `EXPIRY` constant, or both.
  // A clock and a fixed time both in the file were judged above (in a bundle: near each other).
  const importedClock = () => importsFileWith(file, 'clock', factsOf, resolve, new Set([file]), 0);
  const importedFixed = () => importsFileWith(file, 'fixed', factsOf, resolve, new Set([file]), 0);
  if (own.clock) return importedFixed() || (own.fixed && importedClock());
  return importedClock() && (own.fixed || importedFixed());
}

function importsFileWith(
  file: string, wanted: 'clock' | 'fixed',
  factsOf: (file: string) => TextFacts | undefined,
  resolve: (from: string, specifier: string) => string | undefined,
  seen: Set<string>, depth: number, providers?: string[],
): boolean {
  const facts = factsOf(file);
  if (!facts || depth > 4) return false;
  let found = false;
  for (const spec of facts.specifiers) {
    // Imported JSON data (`import flags from './flags.json'`) may hold dates; it is not read here.
    if (wanted === 'fixed' && spec.endsWith('.json')) return true;
    const target = resolve(file, spec);
    if (!target || seen.has(target)) continue;
    seen.add(target);
    const tf = factsOf(target);
    if (!tf) continue;
    if (tf[wanted]) {
      if (!providers) return true;
      providers.push(target);
      found = true;
    }
    // An index that re-exports passes values along; so may a module that derives a constant
    // from an import (followed one step only, or every library file would qualify).
    if ((tf.reexports || depth === 0) && importsFileWith(target, wanted, factsOf, resolve, seen, depth + 1, providers)) {
      if (!providers) return true;
      found = true;
    }
  }
  return found;
}

/**
 * For a file `needsAnalysis` chose without a clock of its own: the imported files (through
 * re-exports, as `needsAnalysis` follows them) whose text holds a clock. The file can compare the
 * clock only if one of them exports something that carries it (`exportsCarryClock`), which their
 * analysis tells. Undefined when the file reads the clock itself.
 */
export function clockProviders(
  file: string,
  factsOf: (file: string) => TextFacts | undefined,
  resolve: (from: string, specifier: string) => string | undefined,
): string[] | undefined {
  const own = factsOf(file);
  if (!own || own.clock || own.prereleaseExpiry) return undefined;
  const providers: string[] = [];
  importsFileWith(file, 'clock', factsOf, resolve, new Set([file]), 0, providers);
  return [...new Set(providers)].sort();
}

/** Removes /* *\/ and // comments (not inside strings; regex literals are rare enough to ignore). */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  let last = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x60) { // " ' `
      const quote = c;
      i++;
      while (i < n) {
        const d = source.charCodeAt(i);
        if (d === 0x5c) { i += 2; continue; }
        if (d === quote || (d === 0x0a && quote !== 0x60)) { i++; break; }
        i++;
      }
      continue;
    }
    if (c === 0x2f && i + 1 < n) {
      const d = source.charCodeAt(i + 1);
      if (d === 0x2a) {
        const end = source.indexOf('*/', i + 2);
        out += source.slice(last, i) + ' ';
        i = end < 0 ? n : end + 2;
        last = i;
        continue;
      }
      if (d === 0x2f) {
        const end = source.indexOf('\n', i + 2);
        out += source.slice(last, i);
        i = end < 0 ? n : end;
        last = i;
        continue;
      }
    }
    i++;
  }
  return out + source.slice(last);
}

// Test frameworks and clock-pinning helpers: a file using them is test code wherever it lives.
const TEST_CODE = /\bfrom\s+['"](?:vitest|@jest\/globals|mocha|chai|ava|tap|node:test|@playwright\/test|sinon|mockdate|timekeeper)['"]|\brequire\(\s*['"](?:vitest|@jest\/globals|mocha|chai|ava|tap|node:test|sinon|mockdate|timekeeper)['"]\s*\)|\b(?:vi|jest)\.(?:useFakeTimers|setSystemTime)\s*\(|\bMockDate\.set\s*\(|\bsinon\.useFakeTimers\s*\(|\btimekeeper\.(?:freeze|travel)\s*\(/;

export function isTestCode(source: string): boolean {
  return TEST_CODE.test(source);
}
