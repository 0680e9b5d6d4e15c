/**
 * config/prerelease-switch: pre-release switches and channels that are on in release configs
 * (by file name or by profile), and the same switches left alone elsewhere.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/config/prerelease-switch.js';
import { runRule } from './config-helpers.js';

const run = (file: string, text: string, options?: Parameters<typeof runRule>[3]) => runRule(rule, file, text, options);
const keysOf = (file: string, text: string, options?: Parameters<typeof runRule>[3]) => run(file, text, options).map((r) => r.data!.key);

describe('config/prerelease-switch', () => {
  it('reports switches that are on in a release config by name, at the key, as errors', () => {
    const text = '# release\nBETA=1\nENABLE_BUILD_EXPIRY=true\nAPI_URL=https://api.example.com\n';
    const reports = run('.env.production', text);
    expect(reports).toMatchObject([
      { span: { line: 2, column: 1, endLine: 2, endColumn: 5 }, data: { key: 'BETA', value: '1', why: '.env.production is one by its file name', effect: 'as a pre-release build' } },
      { span: { line: 3, column: 1 }, data: { key: 'ENABLE_BUILD_EXPIRY', value: 'true', effect: 'with its build-expiry check enabled' } },
    ]);
    // Severity is the rule's default: error.
    expect(rule.meta.defaultSeverity).toBe('error');
    expect(reports.every((r) => r.severity === undefined && String(r.data!.hint).includes('Turn it off'))).toBe(true);
  });

  it('reads every format and the switch shapes of the issue', () => {
    const json = '{\n  "prerelease": true,\n  "channel": "beta",\n  "timebomb": { "enabled": true },\n  "isBeta": true\n}\n';
    expect(keysOf('config/config.production.json', json)).toEqual(['prerelease', 'channel', 'timebomb.enabled', 'isBeta']);
    expect(keysOf('release.yaml', 'app:\n  channel: canary\nbeta:\n  enabled: yes\n')).toEqual(['app.channel', 'beta.enabled']);
    expect(keysOf('release.toml', '[update]\nchannel = "nightly"\n[build]\ntype = "preview"\n')).toEqual(['update.channel', 'build.type']);
    expect(keysOf('application-prod.properties', 'app.preview.mode=on\nrelease.channel=eap\n')).toEqual(['app.preview.mode', 'release.channel']);
    expect(keysOf('settings.release.ini', '[app]\nearly_access = 1\n[updates]\nchannel = insider\n')).toEqual(['app.early_access', 'updates.channel']);
    expect(keysOf('.env.production', 'VITE_RELEASE_CHANNEL=beta\nNEXT_PUBLIC_IS_BETA=true\nREACT_APP_EAP=yes\n')).toEqual(['VITE_RELEASE_CHANNEL', 'NEXT_PUBLIC_IS_BETA', 'REACT_APP_EAP']);
  });

  it('does not read development configs at all', () => {
    const json = '{ "prerelease": true, "channel": "beta", "timebomb": { "enabled": true } }';
    for (const file of ['config.development.json', 'config/dev.json', 'config.json', 'staging.yaml']) expect(run(file, json), file).toEqual([]);
    for (const file of ['.env', '.env.local', '.env.development', '.env.staging', '.env.test']) expect(run(file, 'BETA=1\n'), file).toEqual([]);
    // `products.json` and `reproduce.yaml` are not release configs: `prod` must be a word of the name.
    expect(run('products.json', json)).toEqual([]);
    expect(run('reproduce.yaml', 'prerelease: true\n')).toEqual([]);
  });

  it('reads any file the active profile names as release configuration, and says so', () => {
    const [r] = run('config/release/agent.json', '{ "beta": true }', { releaseConfig: true, profile: 'release' });
    expect(r).toMatchObject({ data: { key: 'beta', why: 'named by profile "release"' } });
    expect(run('config/agent.json', '{ "beta": true }', { releaseConfig: true })[0]!.data!.why).toBe('named by the active profile');
  });

  it('leaves switches that are off, numbers in typed formats, and feature names alone', () => {
    const json = JSON.stringify({
      beta: false, prerelease: 'false', preview: 'off', eap: 'no', insider: 0, alpha: 1, canary: '0', channel: 'stable',
      betaDashboard: true, beta_users: ['a@example.com'], features: { newCheckout: true }, snapshot: true, unstable: true,
      release: { version: '3.0.0', stable: true },
    });
    expect(run('config.production.json', json)).toEqual([]);
    expect(run('.env.production', 'BETA=0\nIS_PREVIEW=false\nPRERELEASE=\n')).toEqual([]);
  });

  it('needs a flag prefix or a build suffix for words that also name deployments and jobs', () => {
    const helm = 'canary:\n  enabled: true\n  weight: 10\nnightly:\n  enabled: true\n  schedule: "0 3 * * *"\npreview:\n  enabled: true\ntheme:\n  alpha: true\n';
    expect(run('values-prod.yaml', helm)).toEqual([]);
    expect(keysOf('.env.production', 'IS_CANARY=true\nNIGHTLY_BUILD=1\nVITE_PREVIEW_MODE=on\nENABLE_ALPHA=yes\nCANARY=1\n')).toEqual(['IS_CANARY', 'NIGHTLY_BUILD', 'VITE_PREVIEW_MODE', 'ENABLE_ALPHA']);
    // As channel values they are pre-release channels all the same.
    expect(keysOf('values-prod.yaml', 'release_channel: canary\n')).toEqual(['release_channel']);
  });

  it('counts generic channel keys only at the top level or under a release-ish key', () => {
    const yaml = 'alerts:\n  channel: internal\nslack:\n  channel: staging\nchannel: beta\npublish:\n  channel: alpha\nelectron:\n  releaseChannel: nightly\n';
    expect(keysOf('app.prod.yaml', yaml)).toEqual(['channel', 'publish.channel', 'electron.releaseChannel']);
    expect(keysOf('.env.production', 'SLACK_CHANNEL=internal\nSENTRY_ENVIRONMENT=staging\n')).toEqual([]);
  });

  it('reads Docker Compose environment lists and Kubernetes env pairs', () => {
    const compose = 'services:\n  web:\n    environment:\n      - NODE_ENV=production\n      - PRERELEASE=true\n';
    expect(run('docker-compose.prod.yml', compose)).toMatchObject([{ span: { line: 5 }, data: { key: 'services.web.environment.PRERELEASE' } }]);
    const k8s = 'env:\n  - name: RELEASE_CHANNEL\n    value: dev\n  - name: IS_BETA\n    value: "false"\n';
    expect(run('k8s-prod.yaml', k8s)).toMatchObject([{ span: { line: 2, column: 11 }, data: { key: 'env.RELEASE_CHANNEL', value: 'dev' } }]);
  });

  it('skips release tooling, CI workflows, examples and package.json metadata', () => {
    expect(run('release-please-config.json', '{ "packages": { ".": { "prerelease": true } } }')).toEqual([]);
    expect(run('.release-it.json', '{ "github": { "preRelease": true } }')).toEqual([]);
    expect(run('release-drafter.yml', 'prerelease: true\n')).toEqual([]);
    expect(run('.github/workflows/release.yml', 'jobs:\n  x:\n    with:\n      prerelease: true\n')).toEqual([]);
    expect(run('.env.production.example', 'BETA=1\n')).toEqual([]);
    expect(run('config/prod/package.json', '{ "version": "2.0.0-beta.1", "publishConfig": { "tag": "beta" }, "release": { "prerelease": true } }')).toEqual([]);
  });

  it('gives nothing for broken release configs', () => {
    expect(run('config.production.json', '{ "beta": true, ')).toEqual([]);
    expect(run('.env.production', 'BETA="1\n')).toEqual([]);
  });
});
