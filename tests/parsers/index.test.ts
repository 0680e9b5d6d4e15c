import { describe, expect, it } from 'vitest';
import { configFormatOf, parseConfigText } from '../../src/parsers/index.js';

describe('parseConfigText', () => {
  it('dispatches by file name', () => {
    const cases: [string, ReturnType<typeof configFormatOf>][] = [
      ['config/app.production.json', 'json'], ['.vscode/settings.jsonc', 'json'], ['site.webmanifest', 'json'],
      ['k8s/deploy.yaml', 'yaml'], ['.github/release.yml', 'yaml'], ['Cargo.toml', 'toml'],
      ['.env', 'env'], ['.env.production', 'env'], ['.env.production.local', 'env'], ['docker/prod.env', 'env'],
      ['src/main/resources/application-prod.properties', 'properties'], ['settings.ini', 'ini'], ['setup.cfg', 'ini'],
      ['C:\\app\\Config.JSON', 'json'], ['README.md', undefined], ['app.js', undefined], ['environment.ts', undefined],
    ];
    for (const [name, format] of cases) expect(configFormatOf(name), name).toBe(format);
  });

  it('parses with the format of the name, and answers undefined for other files', () => {
    expect(parseConfigText('.env.production', 'VITE_CHANNEL=beta\n')).toMatchObject({ ok: true, format: 'env', entries: [{ key: 'VITE_CHANNEL', value: 'beta' }] });
    expect(parseConfigText('x.yml', 'a: [1')).toMatchObject({ ok: false, format: 'yaml' });
    expect(parseConfigText('notes.txt', 'A=1')).toBeUndefined();
  });
});
