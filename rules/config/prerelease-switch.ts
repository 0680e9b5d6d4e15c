/**
 * config/prerelease-switch: a pre-release switch turned on (`prerelease: true`, `channel: beta`,
 * `ENABLE_BUILD_EXPIRY=true`, `"timebomb": {"enabled": true}`, `BETA=1`) in a release
 * configuration: a file that is one by its name (`config.production.json`, `.env.production`,
 * `application-prod.properties`) or that the active profile names. The release then ships a
 * pre-release build, with whatever expiry the pre-release carries. Development configs are
 * not read.
 */
import { identifierWords, type CompiledConfigKeys, type CompiledVocabulary } from '../../src/analysis/vocabulary.js';
import { BUNDLER_CONFIG_FILE, definesOf } from '../../src/config/bundler-defines.js';
import { defineRule, type TextRuleContext } from '../../src/engine/rule-api.js';
import { baseName, CONFIG_FILES, readConfigFile, type KeyedEntry } from './config-entries.js';

type MessageId = 'on';

/** Formats whose values are all text: there `BETA=1` is the usual way to say true. */
const UNTYPED = new Set(['env', 'properties', 'ini']);

export default defineRule({
  target: 'text',
  meta: {
    id: 'config/prerelease-switch',
    defaultSeverity: 'error',
    description: 'A pre-release switch (prerelease, beta, channel: beta, build expiry, timebomb) is on in a release configuration.',
    messages: {
      on: 'Pre-release switch `{{key}}: {{value}}` is on in a release configuration ({{why}}): the release ships {{effect}}. {{hint}}',
    },
    tags: ['pre-release', 'config', 'time-bomb'],
    precision: 'high',
  },
  files: new RegExp(`${CONFIG_FILES.source}|${BUNDLER_CONFIG_FILE.source}`, 'i'),
  check(ctx) {
    const base = baseName(ctx.file);
    if (BUNDLER_CONFIG_FILE.test(base)) {
      checkBundlerDefines(ctx, base);
      return;
    }
    const byName = ctx.vocabulary.releaseConfigFile.test(base);
    if (!byName && !ctx.releaseConfig) return;
    if (!ctx.vocabulary.configKeys.prereleaseTextHint.test(ctx.source)) return;
    const config = readConfigFile(ctx);
    if (!config) return;
    const why = ctx.releaseConfig
      ? `named by ${ctx.profile ? `profile "${ctx.profile}"` : 'the active profile'}`
      : `${base} is one by its file name`;
    for (const entry of config.entries) {
      const effect = switchEffect(entry, ctx.vocabulary);
      if (effect === undefined) continue;
      const value = String(entry.value);
      ctx.report({
        span: entry.keySpan,
        messageId: 'on',
        data: {
          key: entry.keyText,
          value,
          why,
          effect,
          hint: 'Turn it off in the release configuration (keep it in a development config), and make the release build fail when a pre-release switch is on.',
        },
        matched: `${entry.keyText}: ${value}`,
      });
    }
  },
});

const HINT = 'Turn it off in the release configuration (keep it in a development config), and make the release build fail when a pre-release switch is on.';

/**
 * `define: { __BETA__: JSON.stringify(true) }` in vite.config.ts, `new DefinePlugin({ PRERELEASE:
 * 'true' })`: the bundler compiles the switch into every build it makes, the release included.
 * Values computed per mode (`mode !== 'production'`) are not literals and are not read.
 */
function checkBundlerDefines(ctx: TextRuleContext<MessageId>, base: string): void {
  for (const d of definesOf(base, ctx.source)) {
    const key = d.name.slice(d.name.lastIndexOf('.') + 1);
    const words = identifierWords(key);
    const entry: KeyedEntry = {
      path: [d.name], key, value: d.value, format: 'json', leafWords: words, parentWords: '', pathWords: [words], keyText: d.name,
      keySpan: { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + key.length },
      valueSpan: { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + key.length },
    } as KeyedEntry;
    // A define is a compile-time flag by nature: `__NIGHTLY__: true` needs no IS_ prefix to be one.
    const effect = switchEffect(entry, ctx.vocabulary) ?? (d.value === true && ctx.vocabulary.prereleaseFlag.test(words) ? 'as a pre-release build' : undefined);
    if (effect === undefined) continue;
    ctx.report({
      span: entry.keySpan,
      messageId: 'on',
      data: { key: d.name, value: String(d.value), why: `${base} compiles it into every build`, effect, hint: HINT },
      matched: `${d.name}: ${String(d.value)}`,
    });
  }
}

/** What a switch that is on does to the release, or undefined when the entry is not one. */
export function switchEffect(entry: KeyedEntry, vocabulary: CompiledVocabulary): string | undefined {
  const keys = vocabulary.configKeys;
  const { leafWords, parentWords } = entry;
  if (leafWords === '') return undefined;
  if (isOn(entry, vocabulary)) {
    if (isSwitchKey(leafWords, keys)) return effectOf(leafWords);
    // `"timebomb": { "enabled": true }`, `beta: { on: yes }`.
    if (keys.switchOnKeys.has(leafWords) && parentWords !== '' && isSwitchKey(parentWords, keys)) return effectOf(parentWords);
  }
  if (typeof entry.value !== 'string' || !vocabulary.prereleaseChannels.has(entry.value.trim().toLowerCase())) return undefined;
  const channel = `a build of the "${entry.value.trim()}" channel`;
  if (keys.channelKey.test(leafWords)) {
    // `channel`, `release`, `stage` alone are generic (a Slack channel): only at the top or under a release-ish key.
    const prefix = keys.keyPrefix.exec(leafWords)?.[0] ?? '';
    const generic = keys.genericChannelKeys.has(leafWords.slice(prefix.length)) && !keys.channelParent.test(prefix);
    if (!generic || entry.pathWords.length === 1 || keys.channelParent.test(parentWords)) return channel;
  }
  // `build: { type: preview }`, `update: { track: beta }`.
  const combined = `${parentWords} ${leafWords}`;
  if (parentWords !== '' && keys.channelKey.test(combined) && !keys.genericChannelKeys.has(combined)) return channel;
  return undefined;
}

/** `isBeta`, `ENABLE_BUILD_EXPIRY`; `canary` alone is a deployment, `isCanary` a build flag. */
function isSwitchKey(words: string, keys: CompiledConfigKeys): boolean {
  if (!keys.prereleaseSwitchKey.test(words)) return false;
  const prefix = keys.keyPrefix.exec(words)?.[0] ?? '';
  const core = words.slice(prefix.length);
  const { word, flagPrefix, buildSuffix } = keys.ambiguousSwitch;
  return !word.test(core) || flagPrefix.test(prefix) || buildSuffix.test(core);
}

function isOn(entry: KeyedEntry, vocabulary: CompiledVocabulary): boolean {
  const keys = vocabulary.configKeys;
  const { value } = entry;
  if (value === true) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim().toLowerCase();
  return keys.truthyValues.has(text) || (UNTYPED.has(entry.format) && keys.numericTruthyValues.has(text));
}

function effectOf(words: string): string {
  if (/\b(?:build expiry|expiry|time ?bomb|kill)\b/.test(words)) return 'with its build-expiry check enabled';
  return 'as a pre-release build';
}
