/**
 * config/expiry-key: expiry keys with fixed dates in every config format, severities, and the
 * benign look-alikes (durations, headers, schemas, non-expiry dates, skipped files).
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/config/expiry-key.js';
import { NOW, runRule } from './config-helpers.js';

const MARCH_1 = Date.UTC(2027, 2, 1);
const run = (file: string, text: string, options?: Parameters<typeof runRule>[3]) => runRule(rule, file, text, options);
const keysOf = (file: string, text: string) => run(file, text).map((r) => r.data!.key);

describe('config/expiry-key', () => {
  it('reports a licence expiry at its key with the trigger date, the key path and a fix hint', () => {
    const text = '{\n  "license": {\n    "seats": 5,\n    "expires": "2027-03-01"\n  }\n}\n';
    const [r, ...rest] = run('config/app.json', text);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      messageId: 'expires', severity: 'error', triggerAt: MARCH_1,
      span: { line: 4, column: 5, endLine: 4, endColumn: 14 },
      triggerText: 'license.expires: 2027-03-01',
      data: { key: 'license.expires', value: '2027-03-01', what: 'licence expiry', where: '' },
    });
    expect(String(r!.data!.hint)).toMatch(/licence server|remove/);
  });

  it('finds the key in every format, at the exact position of the key', () => {
    const cases: [string, string, number, number][] = [
      ['config.yaml', 'app:\n  name: x\n  expires: 2027-03-01\n', 3, 3],
      ['Cargo.toml', '[package]\nname = "x"\n\n[package.metadata]\nexpires = 2027-03-01\n', 5, 1],
      ['.env', 'A=1\nexport EXPIRES=2027-03-01\n', 2, 8],
      ['app.properties', 'a=1\napp.expires = 2027-03-01\n', 2, 1],
      ['settings.ini', '[app]\n  expires = 2027-03-01\n', 2, 3],
      ['settings.jsonc', '// c\n{ "expires": "2027-03-01", }\n', 2, 3],
    ];
    for (const [file, text, line, column] of cases) {
      const reports = run(file, text);
      expect(reports, file).toHaveLength(1);
      expect(reports[0], file).toMatchObject({ triggerAt: MARCH_1, span: { line, column } });
    }
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', () => {
    const [r] = run('app.json', '\uFEFF{\r\n  "a": 1,\r\n  "validUntil": "2027-03-01"\r\n}\r\n');
    expect(r).toMatchObject({ span: { line: 3, column: 3, endLine: 3, endColumn: 15 }, triggerAt: MARCH_1 });
  });

  it('matches key words in any case or separator style, alone or with the key above', () => {
    const text = [
      'licenseExpiresAt: 2027-03-01', 'LICENSE_EXPIRES_AT: 2027-03-01', 'not-after: 2027-03-01', 'EndOfLife: 2027-03-01',
      'kill_date: 2027-03-01', 'BETA_END: 2027-03-01', 'timebomb: 2027-03-01', 'sunset: 2027-03-01', 'eol: 2027-03-01',
      'deadline: 2027-03-01', 'supportedUntil: 2027-03-01', 'trial:\n  ends_at: 2027-03-01', 'expiry:\n  date: 2027-03-01',
      'sunset_dates:\n  - 2027-03-01',
    ].join('\n');
    expect(keysOf('keys.yaml', `${text}\n`)).toEqual([
      'licenseExpiresAt', 'LICENSE_EXPIRES_AT', 'not-after', 'EndOfLife', 'kill_date', 'BETA_END', 'timebomb', 'sunset', 'eol',
      'deadline', 'supportedUntil', 'trial.ends_at', 'expiry.date', 'sunset_dates[0]',
    ]);
  });

  it('reads dates in the explicit grammar, epochs in seconds and milliseconds, and YYYYMMDD', () => {
    const values = [
      '"2027-03-01"', '"2027-03-01T00:00:00Z"', '"2027-03-01T01:00:00+01:00"', '"March 1, 2027"', '"1 March 2027"', '"03/01/2027"',
      '"2027/03/01"', '"Mon, 01 Mar 2027 00:00:00 GMT"', '1803859200', '"1803859200"', '1803859200000', '20270301', '"20270301"',
    ];
    for (const value of values) {
      // 1803859200 is 2027-03-01T00:00:00Z in seconds.
      const reports = run('app.json', `{ "valid_until": ${value} }`);
      expect(reports.map((r) => r.triggerAt), value).toEqual([MARCH_1]);
    }
    expect(run('Cargo.toml', 'expires = 2027-03-01T10:00:00Z\n')[0]!.triggerAt).toBe(MARCH_1 + 10 * 3_600_000);
  });

  it('reports dates already past (the product has already stopped)', () => {
    const [r] = run('app.json', '{ "trial_end": "2025-06-30" }');
    expect(r!.triggerAt).toBe(Date.UTC(2025, 5, 30));
    expect(r!.triggerAt!).toBeLessThan(NOW);
    expect(r!.severity).toBe('error');
  });

  it('grades: error for kill/trial/beta/licence keys and in release configs, warning otherwise', () => {
    const sev = (file: string, text: string, options?: Parameters<typeof runRule>[3]) => run(file, text, options).map((r) => r.severity);
    expect(sev('app.json', '{ "expires": "2027-03-01" }')).toEqual(['warning']);
    expect(sev('app.json', '{ "api": { "sunset": "2027-03-01" } }')).toEqual(['warning']);
    for (const key of ['kill_date', 'trial_expires', 'beta_end', 'license_expiry', 'eval_expires', 'timebomb']) {
      expect(sev('app.json', `{ "${key}": "2027-03-01" }`), key).toEqual(['error']);
    }
    expect(sev('app.json', '{ "licence": { "valid_until": "2027-03-01" } }')).toEqual(['error']);
    const byName = run('config.production.json', '{ "expires": "2027-03-01" }');
    expect(byName).toMatchObject([{ severity: 'error', data: { where: ' in a release configuration (by its file name)' } }]);
    const byProfile = run('config/agent.json', '{ "expires": "2027-03-01" }', { releaseConfig: true, profile: 'release' });
    expect(byProfile).toMatchObject([{ severity: 'error', data: { where: ' in release configuration of profile "release"' } }]);
  });

  it('names the YAML document of a multi-document file', () => {
    const [r] = run('k8s.yaml', 'kind: A\n---\nkind: B\nexpires: 2027-03-01\n');
    expect(r).toMatchObject({ span: { line: 4 }, data: { where: ' (YAML document 2)' } });
  });

  it('ignores dates that are not expiries', () => {
    const text = JSON.stringify({
      created: '2027-03-01', updated: '2027-03-01', published: '2027-03-01', released: '2027-03-01', last_modified: '2027-03-01',
      build_date: '2027-03-01', date: '2027-03-01', since: '2027-03-01', startsAt: '2027-03-01', validFrom: '2027-03-01',
      not_before: '2027-03-01', lastExpiryCheck: '2027-03-01', expiryReminder: '2027-03-01', expiry_format: 'YYYY-MM-DD',
      giftCardsUntil: '2027-03-01', launch: { at: '2027-03-01' }, cache: { expires: '2027-03-01' }, exp: 1803859200,
    }, null, 2);
    expect(run('settings.json', text)).toEqual([]);
  });

  it('ignores relative durations, placeholders and bare years', () => {
    const text = JSON.stringify({
      ttl: 3600, max_age: 86400, expiresIn: '7d', refreshExpiresIn: '30 days', expires_in: 86400, session_expiry: 'PT8H',
      cookie: { expires: 30 }, token_expiry_ms: 1209600000, expiryMs: 2592000000, link_expiry: 2592000000,
      expires_in_seconds: 1803859200, neverExpires: '9999-12-31', expiresAt: '1970-01-01T00:00:00Z', eol: '2027', sunset: 0,
      expires: true, expiry: null, valid_until: 'never', kill_date: '${KILL_DATE}',
    }, null, 2);
    expect(run('auth.json', text)).toEqual([]);
  });

  it('ignores HTTP response headers in hosting configs', () => {
    const vercel = '{ "headers": [ { "source": "/(.*)", "headers": [ { "key": "Expires", "value": "Fri, 01 Jan 2027 00:00:00 GMT" } ] } ] }';
    const netlify = '[[headers]]\nfor = "/*"\n[headers.values]\nExpires = "Thu, 31 Dec 2026 23:59:59 GMT"\n';
    const firebase = '{ "hosting": { "headers": [ { "source": "**", "headers": [ { "key": "Expires", "value": "Mon, 01 Mar 2027 00:00:00 GMT" } ] } ] } }';
    const nginx = 'location:\n  expires: 30d\n  add_header:\n    Expires: "Mon, 01 Mar 2027 00:00:00 GMT"\nproxy:\n  Expires: "Mon, 01 Mar 2027 00:00:00 GMT"\n';
    expect(run('vercel.json', vercel)).toEqual([]);
    expect(run('netlify.toml', netlify)).toEqual([]);
    expect(run('firebase.json', firebase)).toEqual([]);
    expect(run('deploy/nginx.yaml', nginx)).toEqual([]);
  });

  it('ignores JSON Schema and OpenAPI documents and their examples', () => {
    const schema = '{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": { "expires": { "type": "string", "format": "date", "default": "2027-03-01" } } }';
    const bare = '{ "type": "object", "properties": { "expires": { "examples": ["2027-03-01"] } } }';
    const openapi = 'openapi: 3.1.0\ncomponents:\n  schemas:\n    L:\n      properties:\n        expires:\n          example: 2027-03-01\n';
    const embedded = '{ "$schema": "./config.schema.json", "docs": { "examples": { "expires": "2027-03-01" } }, "expires": "2027-03-01" }';
    expect(run('license.json', schema)).toEqual([]);
    expect(run('license.json', bare)).toEqual([]);
    expect(run('api/spec.yaml', openapi)).toEqual([]);
    // A config that points at its schema is still a config; only the example is skipped.
    expect(keysOf('app.json', embedded)).toEqual(['expires']);
  });

  it('never reads lock files, and skips tool configs, changelogs, examples, translations and package.json metadata', () => {
    for (const name of ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'packages.lock.json', 'yarn.lock', 'Cargo.lock', 'composer.lock', 'Gemfile.lock', 'poetry.lock', 'bun.lock', 'flake.lock']) {
      expect(rule.files.test(name), name).toBe(false);
    }
    const dated = '{ "expires": "2027-03-01" }';
    for (const file of ['tsconfig.json', 'tsconfig.build.json', '.eslintrc.json', 'babel.config.json', '.babelrc', 'changelog.json', 'config.example.json', 'locales/en.json', 'src/i18n/de.json', '.github/workflows/x.json', 'renovate.json']) {
      const reports = rule.files.test(file.slice(file.lastIndexOf('/') + 1)) ? run(file, dated) : [];
      expect(reports, file).toEqual([]);
    }
    expect(run('.env.example', 'LICENSE_EXPIRES=2027-03-01\n')).toEqual([]);
    expect(run('src/main/resources/messages_de.properties', 'licence.expires=2027-03-01\n')).toEqual([]);
    const pkg = '{ "name": "x", "version": "1.0.0-beta.1", "engines": { "node": ">=20" }, "publishConfig": { "expires": "2027-03-01" }, "config": { "trialEnds": "2027-03-01" } }';
    expect(keysOf('package.json', pkg)).toEqual(['config.trialEnds']);
  });

  it('ignores lists of many records (data the product reads), not a short list of settings', () => {
    const records = (n: number) => JSON.stringify({ tasks: Array.from({ length: n }, (_, i) => ({ title: `t${i}`, deadline: '2027-03-01' })) });
    expect(run('src/data/tasks.json', records(12))).toEqual([]);
    expect(run('config/licences.json', records(3))).toHaveLength(3);
    // A plain array of dates is not a list of records.
    expect(run('app.json', JSON.stringify({ sunset_dates: Array.from({ length: 12 }, () => '2027-03-01') }))).toHaveLength(12);
  });

  it('ignores translation text: a sentence that contains a date is not a date', () => {
    expect(run('strings.json', '{ "trial_end": "Your trial ends on March 1, 2027", "expires": "Expires {{date}}" }')).toEqual([]);
  });

  it('gives nothing for broken files and files without a date, and skips JSON data dumps over 1 MB', () => {
    expect(run('app.json', '{ "expires": "2027-03-01", ')).toEqual([]);
    expect(run('app.yaml', 'expires: [2027-03-01\n')).toEqual([]);
    expect(run('app.json', '{ "expires": "soon" }')).toEqual([]);
    const dump = `[${Array.from({ length: 30_000 }, (_, i) => `{"id":${i},"expires":"2027-03-01"}`).join(',')}]`;
    expect(dump.length).toBeGreaterThan(1_000_000);
    expect(run('data/coupons.json', dump)).toEqual([]);
    expect(run('data/coupons.json', dump.slice(0, 33) + ']')).toHaveLength(1);
  });

  it('reads Docker Compose environment lists and Kubernetes name/value pairs', () => {
    const compose = 'services:\n  web:\n    environment:\n      - LICENSE_EXPIRES=2027-03-01\n';
    expect(run('docker-compose.yml', compose)).toMatchObject([{ span: { line: 4 }, data: { key: 'services.web.environment.LICENSE_EXPIRES' } }]);
    const k8s = 'env:\n  - name: TRIAL_ENDS_AT\n    value: "2027-03-01"\n';
    expect(run('deploy.yaml', k8s)).toMatchObject([{ span: { line: 2, column: 11 }, severity: 'error', data: { key: 'env.TRIAL_ENDS_AT' } }]);
  });
});
