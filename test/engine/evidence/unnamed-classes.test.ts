/**
 * Issue 11: a generated-looking value under a name that says nothing (`mimi=gX69YO4Cv…`). The
 * name gives no evidence, so only a settings file and a dense random run do: such values are
 * reported at low confidence there (medium in a credentials file), and never in code, the docs or
 * the tests, nor under a name for what else a random run is (an id, a digest, a version).
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import type { RuleSpec } from '../../../src/engine/types.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('unnamed-classes');
// Generated the way keys are: base64 of random bytes, and base62.
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b64 = (): string => keys.bytes(30).toString('base64');
const b62 = (): string => keys.chars(24, BASE62);

const RULE = 'generic-unnamed-high-entropy';
const unnamed = (text: string, path: string) => scan(text, path).filter((m) => m.ruleId === RULE);

describe('a random value under a name that says nothing', () => {
  it.each([
    ['an .env line', 'config.env', (v: string) => `mimi=${v}\n`, b64],
    ['a TOML string', 'api.toml', (v: string) => `gi_reo_gi_api = "${v}";\n`, b62],
    ['an INI entry', 'deploy/app.ini', (v: string) => `[upload]\nsigner = ${v}\n`, b62],
    ['a YAML entry', 'config/app.yml', (v: string) => `upload:\n  signer: '${v}'\n`, b64],
    ['an exported shell variable in an env file', '.env.production', (v: string) => `export NIGHTLY=${v}\n`, b62],
  ])('%s is reported at low confidence', (_what, path, line, value) => {
    const v = value();
    const found = unnamed(line(v), path);
    expect(found.map((m) => [m.secret, m.confidence])).toEqual([[v, 'low']]);
  });

  it('is medium in a credentials file', () => {
    const v = b62();
    expect(unnamed(`[default]\nmimi = ${v}\n`, '.aws/credentials').map((m) => m.confidence)).toEqual(['medium']);
  });

  it('is never reported in code, the docs or the tests', () => {
    const v = b62();
    for (const path of ['src/app.py', 'docs/setup.md', 'tests/test_app.py', 'examples/app.env'])
      expect(unnamed(`mimi = "${v}"\n`, path), path).toEqual([]);
  });

  it('leaves names for ids, digests, versions and public material alone', () => {
    const v = b62();
    for (const name of ['request_id', 'integrity', 'commit_sha', 'build_version', 'public_cert', 'cache_nonce'])
      expect(unnamed(`${name} = ${v}\n`, 'app.env'), name).toEqual([]);
  });

  it('leaves words, hex digests, UUIDs, paths and stand-ins alone', () => {
    for (const value of [
      'ThisIsAnOrdinaryCamelCaseName',
      '3f9a0c6e1b7d24f58a0e9c3b6d1f7a2e4c8b0d5f',
      '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      '/usr/local/share/app/Assets2024',
      `EXAMPLE${b62()}`,
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaa1A',
    ])
      expect(unnamed(`bundle = ${value}\n`, 'app.env'), value).toEqual([]);
  });

  it('leaves base64 of text alone: the encoding is random, not the value', () => {
    const motd = Buffer.from('dahuttkalqlphihiinfcluehqfcljvlmtulxswch').toString('base64');
    expect(unnamed(`data:\n  motd: ${motd}\n`, 'k8s/configmap.yaml')).toEqual([]);
  });

  it('leaves names the named detectors weigh to them', () => {
    // `password_hash` is dropped on purpose by generic-secret-*: it must not come back here.
    expect(unnamed(`password_hash = ${b62()}\nauth_nonce = ${b62()}\n`, 'app.env')).toEqual([]);
  });
});

describe('rules limited to kinds of file (fileKinds)', () => {
  const rule: RuleSpec = {
    id: 'only-in-config',
    name: 'only in config',
    severity: 'low',
    keywords: [],
    pattern: '(?:^|\\n)marker=(?<secret>[A-Za-z0-9]{12})',
    fileKinds: ['config'],
    examples: [],
    counterExamples: [],
  };
  const engine = new Engine([rule]);

  it('runs on files of those kinds only', () => {
    const text = Buffer.from('marker=Qm7xT2vLk9Pz\n');
    expect(engine.scan(text, { path: 'app.ini' }).map((m) => m.secret)).toEqual(['Qm7xT2vLk9Pz']);
    expect(engine.scan(text, { path: 'app.py' })).toEqual([]);
    expect(engine.scan(text, { path: 'docs/app.ini' })).toEqual([]);
  });

  it('runs on decoded layers of those files only', () => {
    const inConfig = engine.scan(Buffer.from(`x=%0Amarker%3DQm7xT2vLk9Pz%0A\n`), { path: 'app.ini' });
    expect(inConfig.map((m) => m.secret)).toEqual(['Qm7xT2vLk9Pz']);
    expect(engine.scan(Buffer.from(`x=%0Amarker%3DQm7xT2vLk9Pz%0A\n`), { path: 'app.py' })).toEqual([]);
  });
});
