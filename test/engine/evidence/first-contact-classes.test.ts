/**
 * Classes of misses and false positives seen on the detect-secrets corpus's tune files (see
 * docs/accuracy.md, "First contact"), each as a class with its look-alikes rather than one
 * string: a hash recorded under a hash's name, a test's config data, a YAML `!!binary` value,
 * `${` inside a generated password, Slack tokens of other lengths, a Telegram token glued to
 * `bot`. The whole built-in rule set runs, as in a scan; every value is made up.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { assessAssignment } from '../../../src/engine/evidence/assess.js';
import { fileKindOf } from '../../../src/engine/evidence/file-kind.js';
import { isPlaceholder } from '../../../src/engine/placeholders.js';
import type { Match } from '../../../src/engine/types.js';
import { builtinRules, scan } from '../../helpers/builtin-scan.js';

function found(text: string, path: string, secret: string): Match {
  const all = scan(text, path);
  const m = all.find((f) => f.secret === secret);
  expect(m, `${text} → ${JSON.stringify(all.map((f) => [f.ruleId, f.secret]))}`).toBeDefined();
  return m!;
}

const quiet = (text: string, path: string): void =>
  expect(scan(text, path).map((m) => [m.ruleId, m.secret])).toEqual([]);

describe('a hash recorded under a name that says it is one', () => {
  it.each([
    ['"hashed_secret": "3c1f0e9a7b25d48e6f0a9c3b7d1e5f2a8c4b6d0e",', 'baseline.json'],
    ['password_sha256 = "9f2b6c1e4a7d3f8b0c5e9a2d6f1b4c7e8a3d5f0b9c2e6a1d4f7b8c3e5a0d9f2b"', 'src/users.py'],
    ['secretDigest: 4a7d3f8b0c5e9a2d6f1b4c7e8a3d5f0b', 'config/app.yml'],
    ['TOKEN_MD5=6f1b4c7e8a3d5f0b9c2e6a1d4f7b8c3e', '.env'],
    ['token_checksum = "e8a3d5f0b9c2e6a1d4f7b8c3e5a0d9f2b6c1e4a7"', 'src/app.rb'],
  ])('%s is not a secret', (line, path) => quiet(`${line}\n`, path));

  it.each([
    // The same hex values under names that do not say "hash" are keys.
    [
      '"client_secret": "3c1f0e9a7b25d48e6f0a9c3b7d1e5f2a8c4b6d0e",',
      'settings.json',
      '3c1f0e9a7b25d48e6f0a9c3b7d1e5f2a8c4b6d0e',
    ],
    ['HMAC_SECRET=6f1b4c7e8a3d5f0b9c2e6a1d4f7b8c3e', '.env', '6f1b4c7e8a3d5f0b9c2e6a1d4f7b8c3e'],
    // A hash's name holding a value that is not hash-shaped is still judged as a secret.
    ['"hashed_secret": "Zq8v-R2kLmP4xT7n!",', 'settings.json', 'Zq8v-R2kLmP4xT7n!'],
  ])('%s is still reported', (line, path, secret) => {
    found(`${line}\n`, path, secret);
  });

  it('drops a hex value under a hash name whatever the file', () => {
    for (const fileKind of ['config', 'source', 'credentials'] as const)
      expect(
        assessAssignment({
          name: 'hashed_secret',
          value: 'a5c4f9c2e7a1b3d8f06e2b7d1c9a8f3e4b6d0c2a',
          fileKind,
          before: '',
          after: '',
        }),
      ).toBeUndefined();
  });
});

describe("a test's config data (a config-format file under a test folder)", () => {
  it.each([
    ['test_data/config.ini', 'fixture'],
    ['tests/fixtures/app.yaml', 'fixture'],
    ['spec/support/.env.test', 'fixture'],
    ['src/app_test.json', 'fixture'],
    ['tests/test_login.py', 'test'],
    ['config/app.yml', 'config'],
    ['examples/app.yml', 'example'],
  ])('%s is a %s file', (path, kind) => expect(fileKindOf(path)).toBe(kind));

  // Digit runs with a counting sequence in them: weak, but what people do type.
  const ini = '[db]\npassword = 234567890b12\n[aws]\naws_secret_key = 3456789012c\n';

  it('reports a weak value under a password name at low confidence, where a deployed config says medium', () => {
    for (const secret of ['234567890b12', '3456789012c']) {
      expect(found(ini, 'config/app.ini', secret).confidence).toBe('medium');
      expect(found(ini, 'test_data/app.ini', secret).confidence).toBe('low');
    }
  });

  it("keeps a test's code as it was: the same weak values there are dropped", () => {
    quiet('password = "234567890b12"\n', 'tests/test_login.py');
  });

  it('never reaches high in a fixture, where a deployed config would', () => {
    const text = 'db:\n  password: Xk4mN8qR2vT6yB1cE5gJ\n';
    expect(found(text, 'config/app.yml', 'Xk4mN8qR2vT6yB1cE5gJ').confidence).toBe('high');
    expect(found(text, 'tests/fixtures/app.yml', 'Xk4mN8qR2vT6yB1cE5gJ').confidence).toBe('medium');
  });

  it('still drops stand-ins and plain words there', () => {
    quiet('password: changeme\napi_token: somefakekey\nsecret: testing\n', 'tests/fixtures/app.yml');
  });
});

describe('a YAML !!binary value under a secret name', () => {
  it('is reported, judged by the text it decodes to', () => {
    const b64 = Buffer.from('4f9c2e7a1b3d8f06a5c4d7e1').toString('base64');
    expect(found(`signing_secret: !!binary ${b64}\n`, 'config/app.yaml', b64).confidence).not.toBe('low');
  });

  it('is dropped when it decodes to a stand-in', () => {
    for (const word of ['changeme', 'password'])
      quiet(`db_password: !!binary ${Buffer.from(word).toString('base64')}\n`, 'config/app.yaml');
  });
});

describe('${ inside a value', () => {
  it.each(['m{{k}q)z${w]tar(eb[plo>-_$#Xv9q}}', 'Zq8v${R2k#Lm!x', 'a${b]c}d-Rt72nxB4'])(
    '%s is a literal, not a template',
    (v) => expect(isPlaceholder(v)).toBe(false),
  );

  it.each([
    '${DB_PASSWORD}',
    '${var.db_password}',
    '${env:API_TOKEN}',
    '${ssm:/app/prod/key}',
    "${config['secret']}",
    '${readSecret(name)}',
    '${DB_PASSWORD:-fallback}',
    '${ token || defaultToken }',
    'jdbc-${HOST}-${PORT}',
    '${1}',
  ])('%s is a reference', (v) => expect(isPlaceholder(v)).toBe(true));

  it('a generated password holding ${ is reported', () => {
    found(
      "ADMIN_SECRET = 'm{{k}q)z${w]tar(eb[plo>-_$#Xv9q}}'\n",
      'src/settings.py',
      'm{{k}q)z${w]tar(eb[plo>-_$#Xv9q}}',
    );
  });
});

describe('Slack tokens of other lengths', () => {
  it.each([
    ['xoxp-618243-372951-804126-f3a9c0e27b5d1648a9ce'],
    ['xoxr-903172-554018-771239-9d4e1b7a2c8f3e6a05bd'],
    ['xoxb-74302918-a7Kq2Zp9Xv4Lm8Rt3Wc6'],
    ['xoxa-2-6180243-3729051-f3a9c0e27b5d1648a9ce51'],
  ])('%s is reported at medium confidence', (token) => {
    const m = found(`SLACK_TOKEN=${token}\n`, 'src/app.env', token);
    expect([m.ruleId, m.confidence]).toEqual(['slack-token-other-length', 'medium']);
  });

  it("leaves a token of today's lengths to its own rule, even when that rule is disabled", () => {
    const token = 'xoxb-176477720919-8023593183716-09d5t7g5s6txvF0zCjgXMqNx';
    const without = new Engine(builtinRules.filter((r) => r.id !== 'slack-bot-token'));
    const all = without.scan(Buffer.from(`x ${token}\n`, 'utf8'), { path: 'src/app.txt' });
    expect(all.map((m) => m.ruleId)).toEqual([]);
  });

  it("a token of today's lengths stays high, under its own rule, once", () => {
    const token = 'xoxb-176477720919-8023593183716-09d5t7g5s6txvF0zCjgXMqNx';
    const all = scan(`SLACK_BOT_TOKEN=${token}\n`, 'src/app.env');
    expect(all.map((m) => [m.ruleId, m.confidence])).toEqual([['slack-bot-token', 'high']]);
  });

  it.each([
    // Not a Slack prefix; ids of one repeated digit; a secret part of letters only, of digits
    // only, or counting.
    'xoxo-618243-372951-804126-f3a9c0e27b5d1648a9ce',
    'xoxa-511111111-31111111111-3111111111111-e039d02840a0b9379c',
    'xoxb-123456-abcdefghijklmnopqrstuv',
    'xoxp-618243-372951-804126-4410283756102937465',
    'xoxb-74302918-1234567890abcdef12',
  ])('%s is not reported as a Slack token', (token) => {
    const all = scan(`${token}\n`, 'src/app.txt');
    expect(all.filter((m) => m.ruleId.startsWith('slack-')).map((m) => m.secret)).toEqual([]);
  });
});

describe('a Telegram bot token glued to `bot`', () => {
  const token = '6283619047:AAq4Xw1bNk7TzR0eLm2VjYc9HdGs5PuF3oE';
  it.each([
    [`path = "bot${token}/sendMessage"`],
    [`'bot${token}'`],
    [`curl https://api.telegram.org/bot${token}/getMe`],
  ])('%s is reported', (line) => {
    expect(found(`${line}\n`, 'src/bot.py', token).ruleId).toBe('telegram-bot-token');
  });

  it.each([[`robot${token}`], [`my_bot${token}`], [`abbot${token}`]])('%s is not (a longer word)', (line) =>
    quiet(`${line}\n`, 'src/bot.py'),
  );
});

describe('a credential name on the parent YAML key, the value on its child', () => {
  it.each([
    ['deploy:\n  provider: pypi\n  password:\n    secure: Kq83hdT2xPz9mW\n', 'Kq83hdT2xPz9mW'],
    ['db:\n  admin_password:\n    value: "Tq7vLp2Wz9xR"\n', 'Tq7vLp2Wz9xR'],
    ['- name: app\n  api_token:\n      plain: Lm39dkQ7wZx4ab\n', 'Lm39dkQ7wZx4ab'],
  ])('%s is reported', (text, secret) => {
    expect(found(text, '.travis.yml', secret).ruleId).toBe('yaml-parent-key-secret');
  });

  it.each([
    // A reference, a stand-in, a child no deeper than its parent, a name that describes the
    // secret, a child key that is not the value's holder, Travis's own ciphertext.
    'deploy:\n  password:\n    secure: $PYPI_PASSWORD\n',
    'db:\n  password:\n    value: changeme\n',
    'db:\n  password:\n  value: Tq7vLp2Wz9xR\n',
    'db:\n  password_policy:\n    value: Tq7vLp2Wz9xR\n',
    'db:\n  password:\n    min_length: Tq7vLp2Wz9xR\n',
    `deploy:\n  password:\n    secure: ${'hK3vQw9ZpL2xN7rT4yB8cF1mJ6sD0gA5eU3iO9wE2qR7tY4uP1aS8dF6gH3jK0lZ5xC2vB9nM7qW4eR1tY8u'.repeat(4)}=\n`,
  ])('%s is not', (text) => quiet(text, '.travis.yml'));

  it('a plain word there is judged as elsewhere: low evidence in a test fixture', () => {
    const text = 'deploy:\n  password:\n    secure: thequickbrownfoxjumpsovertheyard\n';
    expect(found(text, 'config/travis.yml', 'thequickbrownfoxjumpsovertheyard').confidence).toBe('medium');
    quiet(text, 'tests/fixtures/travis.yml');
  });
});

describe('a directive: a name and a quoted value with no operator', () => {
  it.each([
    ['user "deploy" do\n  password "Kq83hdT2xPz9mW"\nend\n', 'Kq83hdT2xPz9mW'],
    ["  api_key 'Lm39dkQ7wZx4ab'\n", 'Lm39dkQ7wZx4ab'],
    ['  client_secret "Tq7vLp2Wz9xR4";\n', 'Tq7vLp2Wz9xR4'],
  ])('%s is reported', (text, secret) => {
    expect(found(text, 'cookbooks/app/recipes/default.rb', secret).ruleId).toBe('generic-directive-secret');
  });

  it.each([
    // A stand-in, an expression, a sentence, an interpolation, a value that does not end the
    // line, a name that is not the line's first word, the detect-secrets corpus's unmatched quote.
    '  password "changeme"\n',
    "  password node['app']['db_password']\n",
    'Enter the password "Kq83hdT2xPz9mW" below\n',
    '  password "#{ENV[\'DB_PASSWORD\']}"\n',
    '  password "Kq83hdT2xPz9mW", sensitive: true\n',
    'log password "Kq83hdT2xPz9mW"\n',
    '  private_key "Kq83hdT2xPz9mW\';\n',
  ])('%s is not', (text) => quiet(text, 'cookbooks/app/recipes/default.rb'));
});
