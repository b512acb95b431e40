import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { loadBuiltinRules } from '../../../src/rules/builtin.js';
import { credentialListItem, multipleAssignment } from '../../../src/engine/validators/positional.js';

const IDS = ['generic-secret-list-item', 'generic-secret-array-item', 'generic-multiple-assignment-secret'];
const engine = new Engine(loadBuiltinRules());
/** The secrets the list and tuple rules report in `text`, read as the file `path`. */
const found = (text: string, path = 'config/app.yaml') =>
  engine
    .scan(Buffer.from(text), { path })
    .filter((f) => IDS.includes(f.ruleId))
    .map((f) => f.secret);

describe('credentialListItem', () => {
  it('reads a plural name as the name of each item', () => {
    const item = (name: string) => credentialListItem('Kq83hdT2xPz9Lm', { groups: { name }, fileKind: 'config' });
    expect(item('passwords')).not.toBe(false);
    expect(item('api_keys')).not.toBe(false);
    expect(item('authTokens')).not.toBe(false);
    // What the singular describes rather than holds, and tokens that are no credential.
    expect(item('token_types')).toBe(false);
    expect(item('csrf_tokens')).toBe(false);
    // Bare keys and tokens name a list of identifiers as often as of credentials.
    expect(item('LIVING_KEYS')).toBe(false);
    expect(item('TOKENS')).toBe(false);
  });

  it('reports every item of a YAML sequence and of a JSON array, each on its own line', () => {
    const yaml = '# Noncompliant\n02_hardcoded_passwords:\n  - "Hardcoded1x"\n  - "hardCoded2Q7"\n  - "haRdcOded3v"\n';
    expect(found(yaml)).toEqual(['Hardcoded1x', 'hardCoded2Q7', 'haRdcOded3v']);
    const json =
      '{\n  "noncompliant": {\n    "02_hardcoded_passwords": [\n      "Hs82kdL3mQz9",\n      "Mz8kRm4xQp6t"\n    ]\n  }\n}\n';
    expect(found(json, 'config/app.json')).toEqual(['Hs82kdL3mQz9', 'Mz8kRm4xQp6t']);
  });

  it('stops at the end of the list', () => {
    const yaml = 'passwords:\n  - "Kq83hdT2xPz9Lm"\nhosts:\n  - "db1Xk4mN8qR2v"\n';
    expect(found(yaml)).toEqual(['Kq83hdT2xPz9Lm']);
  });
});

describe('multipleAssignment', () => {
  const pair = (names: string, prior: string, after: string) =>
    multipleAssignment('Kq83hdT2xPz9Lm', { groups: { names, prior, q: '"' }, after, fileKind: 'source' });

  it('gives the literal the name in its place', () => {
    expect(pair('user, password', '"admin", ', '"')).not.toBe(false);
    expect(pair('password, user', '', '", "admin"')).not.toBe(false);
    expect(pair('password, user', '"admin", ', '"')).toBe(false);
  });

  it('needs as many values as names', () => {
    expect(pair('user, password', '', '"')).toBe(false);
    expect(pair('user, password, host', '"admin", ', '"')).toBe(false);
    expect(pair('user, password', '"admin", ', '"  // rotated')).not.toBe(false);
    expect(pair('user, password', '"admin", ', '" + suffix')).toBe(false);
  });

  it("reads Go's declarations and Python's tuples from real-looking code", () => {
    const go =
      'func init() {\n\tconst static_password01, static_password02 string = "hardcoded0", "hardcoded1"\n' +
      '\tvar static_password03, dynamic_password01 string = "hardcoded2", "{password}"\n}\n';
    expect(found(go, 'cmd/app/main.go')).toEqual(['hardcoded0', 'hardcoded1', 'hardcoded2']);
    const py = 'def connect():\n    user, password = "deploy", "Hs82kdL3mQz9xTq7"\n';
    expect(found(py, 'app/db.py')).toEqual(['Hs82kdL3mQz9xTq7']);
  });
});
