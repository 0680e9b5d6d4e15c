/**
 * The CLI side of release profiles: `--profile`, `--define`, `--build-date` and `--horizon`
 * become the scan's release context and certificate horizon. Precedence: `--define` over the
 * profile's defines over the project's own build configuration (read during the scan).
 */
import { posix } from 'node:path';
import { parseDateText } from '../analysis/dates.js';
import { parseDefine, type DefineValue, type ReleaseContext } from '../analysis/release.js';
import { addCalendar, parseTimeUnit } from '../analysis/time.js';
import { ConfigError } from '../config/errors.js';
import type { LoadedConfig } from '../config/load.js';

export interface ReleaseFlags {
  define?: string[];
  profile?: string;
  buildDate?: string;
  horizon?: string;
}

export interface ReleaseSetup {
  release?: ReleaseContext;
  horizonEnd?: number;
}

/** Throws ConfigError (exit 2) for an unknown profile or a malformed value. */
export function releaseSetup(flags: ReleaseFlags, config: LoadedConfig | undefined, now: number): ReleaseSetup {
  const defines: Record<string, DefineValue> = {};
  const defineSources: Record<string, string> = {};
  let configFiles: string[] = [];
  let buildDate: number | undefined;
  let buildDateSource = '--build-date';
  if (flags.profile !== undefined) {
    const profiles = config?.config.profiles ?? {};
    const profile = Object.prototype.hasOwnProperty.call(profiles, flags.profile) ? profiles[flags.profile] : undefined;
    if (!profile) {
      const known = Object.keys(profiles).sort();
      throw new ConfigError(`unknown profile '${flags.profile}'${config ? ` in ${config.file}` : ' (no config file found)'}${known.length ? `; known profiles: ${known.join(', ')}` : ''}`);
    }
    for (const [name, value] of Object.entries(profile.defines ?? {})) {
      defines[name] = value;
      defineSources[name] = `profile ${flags.profile}`;
    }
    // Globs in the config are relative to the config file's directory, like the allowlist's.
    configFiles = (profile.configFiles ?? []).map((g) => (config!.dir ? posix.join(config!.dir, g) : g));
    if (profile.buildDate !== undefined) {
      buildDate = parseBuildDate(profile.buildDate, `profile ${flags.profile} buildDate`);
      buildDateSource = `profile ${flags.profile}`;
    }
  }
  for (const text of flags.define ?? []) {
    const parsed = parseDefine(text);
    if (!parsed) throw new ConfigError(`--define ${JSON.stringify(text)}: expected NAME=VALUE, e.g. __BETA__=false or process.env.NODE_ENV=production`);
    defines[parsed.name] = parsed.value;
    defineSources[parsed.name] = '--define';
  }
  if (flags.buildDate !== undefined) {
    buildDate = parseBuildDate(flags.buildDate, '--build-date');
    buildDateSource = '--build-date';
  }
  const hasRelease = flags.profile !== undefined || Object.keys(defines).length > 0 || buildDate !== undefined;
  return {
    ...(hasRelease ? {
      release: {
        ...(flags.profile !== undefined ? { profile: flags.profile } : {}),
        defines, defineSources, configFiles,
        ...(buildDate !== undefined ? { buildDate, buildDateSource } : {}),
      },
    } : {}),
    ...(flags.horizon !== undefined ? { horizonEnd: parseHorizon(flags.horizon, now) } : {}),
  };
}

function parseBuildDate(text: string, what: string): number {
  const at = /^\d{9,13}$/.test(text) ? (Number(text) < 1e11 ? Number(text) * 1000 : Number(text)) : parseDateText(text);
  if (at === undefined) throw new ConfigError(`${what} ${JSON.stringify(text)}: expected a date (2026-11-01), an ISO instant or an epoch`);
  return at;
}

/** `--horizon 18m` (d, w, m, y: counted from --now) or `--horizon 2027-12-31`. */
export function parseHorizon(text: string, now: number): number {
  const m = /^(\d+)\s*([a-z]+)$/i.exec(text.trim());
  if (m) {
    const unitText = m[2]!.toLowerCase();
    const unit = parseTimeUnit({ d: 'day', w: 'week', m: 'month', y: 'year' }[unitText] ?? unitText);
    if (unit && ['day', 'week', 'month', 'year'].includes(unit)) return addCalendar(now, Number(m[1]), unit);
  }
  const at = parseDateText(text.trim());
  if (at !== undefined && /^\d{4}-\d{2}-\d{2}/.test(text.trim())) return at;
  throw new ConfigError(`--horizon ${JSON.stringify(text)}: expected a duration from --now (90d, 18m, 2y) or a date (2027-12-31)`);
}
