/**
 * Issue 11: a generated-looking value under a weak credential name (`key`, `auth`, `api`,
 * `nonce`, `seed`, `otp`), as CredSweeper's labelled samples hold them. The name says little, so
 * only a dense random value in code or a config is reported, at low confidence (medium in a
 * credentials file); tests, examples and the docs, names for what else the value is and values
 * that are words, digests or stand-ins are left alone.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('weak-name-classes');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// Dense, as generated keys are: no character twice.
const b62 = (): string => {
  for (;;) {
    const v = keys.chars(20, BASE62);
    if (new Set(v).size === v.length && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};

const RULE = 'generic-weak-name-secret';
const weak = (text: string, path: string) => scan(text, path).filter((m) => m.ruleId === RULE);

describe('a random value under a weak credential name', () => {
  it.each([
    ['a Python assignment', 'app/settings.py', (v: string) => `key = "${v}"\n`],
    ['a JS property', 'src/client.js', (v: string) => `this.auth = '${v}';\n`],
    ['a YAML entry', 'config/app.yml', (v: string) => `oauth:\n  nonce: ${v}\n`],
    ['a JSON member', 'config/app.json', (v: string) => `{"api": "${v}"}\n`],
    ['a Java constant', 'src/Sign.java', (v: string) => `static final String KEY = "${v}";\n`],
    ['a Go short declaration', 'cmd/otp.go', (v: string) => `otpSeed := "${v}"\n`],
    ['a subscript', 'app/cfg.py', (v: string) => `cfg["key"] = "${v}"\n`],
    ['a keyword argument', 'app/db.py', (v: string) => `connect(host="db", api="${v}")\n`],
  ])('%s is reported at low confidence', (_what, path, line) => {
    const v = b62();
    expect(weak(line(v), path).map((m) => [m.secret, m.confidence])).toEqual([[v, 'low']]);
  });

  it('is medium in a credentials file', () => {
    const v = b62();
    expect(weak(`[default]\nkey = ${v}\n`, '.aws/credentials').map((m) => m.confidence)).toEqual(['medium']);
  });

  it('is never reported in the docs, the tests or the examples', () => {
    const v = b62();
    for (const path of ['docs/setup.md', 'tests/test_app.py', 'examples/app.py'])
      expect(weak(`key = "${v}"\n`, path), path).toEqual([]);
  });

  it('leaves names that say what else the value is alone', () => {
    const v = b62();
    for (const name of ['cache_key', 'public_key', 'sort_key', 'partition_key', 'test_key', 'monkey', 'keyboard'])
      expect(weak(`${name} = "${v}"\n`, 'app/settings.py'), name).toEqual([]);
  });

  it('leaves words, identifiers, hex digests, UUIDs and stand-ins alone', () => {
    for (const value of [
      'user_profile_settings',
      'ConfirmPasswordLabelText',
      '3f9a0c6e1b7d24f58a0e9c3b6d1f7a2e',
      '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      `EXAMPLE${b62()}`,
    ])
      expect(weak(`key = "${value}"\n`, 'app/settings.py'), value).toEqual([]);
  });

  it('leaves an unquoted value in code alone: a reference, not a literal', () => {
    // tokguard's own validator table: `'pem-base64-encrypted-private-key': base64PemEncryptedPrivateKey,`.
    const text = "  'pem-base64-encrypted-private-key': base64PemEncryptedPrivateKey,\n";
    expect(weak(text, 'src/engine/validators/index.ts')).toEqual([]);
    expect(weak(`const auth = ${b62()};\n`, 'src/client.js')).toEqual([]);
    // The same unquoted value in a config file is the value itself.
    const v = b62();
    expect(weak(`oauth:\n  nonce: ${v}\n`, 'config/app.yml').map((m) => m.secret)).toEqual([v]);
  });

  it("reads a shell script's unquoted assignment as the value, as the other generic detectors do", () => {
    const v = b62();
    expect(weak(`export AUTH=${v}\n`, 'bin/deploy.sh').map((m) => m.secret)).toEqual([v]);
    expect(weak(`auth = config.${v}\n`, 'src/client.py')).toEqual([]);
  });

  it('leaves markup attributes alone: a CSP nonce, an appSettings key', () => {
    const v = b62();
    expect(weak(`<script nonce="${v}">\n<add key="${v}" value="x"/>\n`, 'web/index.html')).toEqual([]);
  });
});
