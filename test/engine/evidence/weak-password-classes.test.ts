/**
 * Issue 11: weak passwords (a word, a default, a short value) under a password's name. The value
 * says nothing, so the evidence is the name, the literal and the kind of file: found at low
 * confidence in code and configs, quiet in tests, examples, docs and translation tables. Each
 * case is a real shape with made-up values; the whole built-in rule set runs, as in a scan.
 */
import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../src/engine/evidence/file-kind.js';
import { expectFound, expectQuiet } from '../../helpers/builtin-scan.js';

describe('weak passwords in code and configs', () => {
  it.each([
    ['a C pointer', 'char *password = "McFly";\n', 'src/login.c', 'McFly'],
    ['an object literal', "const opts = {\n  password: 'chicken',\n};\n", 'src/client.ts', 'chicken'],
    [
      'a keyword argument',
      'req = get(url,\n    password = "thisisabadpassword")\n',
      'app/fetch.py',
      'thisisabadpassword',
    ],
    ['a WordPress constant', "define( 'DB_PASSWORD', 'admin' );\n", 'wp-config.php', 'admin'],
    ['a Ruby setter called by name', 'user.send("password=", "secret123")\n', 'lib/seed.rb', 'secret123'],
    ['a PHP variable', '$db_pass = "tigger";\n', 'inc/db.php', 'tigger'],
    ['an env file', 'IRC_NICK=bot\nIRC_PASS=irc_pass\n', 'config', 'irc_pass'],
    ['a shell profile', 'export MYSQL_PASSWORD=dragon\n', '.bash_profile', 'dragon'],
    ['a properties file', 'smtp.host=mail\nsmtp.password=tigger\n', 'app.properties', 'tigger'],
  ])('%s', (_what, text, path, secret) => {
    expect(expectFound(text, path, secret).confidence).toBe('low');
  });

  it('leaves a stronger finding to the generic rules', () => {
    const m = expectFound('const dbPassword = "Zq8v-R2kLmP4xT7n!";\n', 'src/db.ts', 'Zq8v-R2kLmP4xT7n!');
    expect(m.ruleId).toBe('generic-secret-quoted');
    expect(m.confidence).not.toBe('low');
  });

  it.each([
    ['a test', "user = User(password='chicken')\n", 'tests/test_login.py'],
    ['a spec', "const user = { password: 'chicken' };\n", 'src/login.spec.ts'],
    ['the docs', 'password: chicken\n', 'docs/setup.md'],
    ['an example', "define('DB_PASSWORD', 'admin');\n", 'wp-config-sample.php'],
    ['a comment', "// password: 'chicken',\n", 'src/client.ts'],
  ])('stays quiet in %s', (_what, text, path) => {
    expectQuiet(text, path);
  });

  it.each([
    ['the credential word', 'password: "password",\n'],
    ['a widget kind', 'password = "hidden";\n'],
    ['a hashing driver', "hashing = { password: 'bcrypt' };\n"],
    ['a validation rule list', "'password' => 'required|confirmed',\n"],
    ['a field name', 'const password = "password_field";\n'],
    ['a concatenation', 'password = "abc" + suffix;\n'],
    ['a template', "$password = '${DB_PASSWORD}';\n"],
    ['a translation', 'password: "Passwort",\n'],
    ["the service's own name", 'POSTGRES_PASSWORD: postgres\n'],
    ['a documented default', "export const MREMOTENG_DEFAULT_PASSWORD = 'mR3m';\n"],
    ['a wrong password a test types', 'client.post("/login", data={"user": "alice", "password": "wrong"})\n'],
    ['a test status', 'const StatusMap = {\n  fail: "failed",\n  pass: "passed",\n};\n'],
  ])('leaves %s alone', (_what, text) => {
    expectQuiet(text, 'src/app.js');
  });

  it('leaves the service default of a CI config alone', () => {
    expectQuiet('services:\n  db:\n    env:\n      POSTGRES_PASSWORD: postgres\n', '.github/workflows/ci.yml');
  });
});

describe('translation tables', () => {
  it.each([
    'lang/de.json',
    'config/locales/fr.yml',
    'resources/lang/es/auth.php',
    'src/main/resources/messages_de.properties',
    'locale/pt_BR/LC_MESSAGES/django.po',
  ])('%s is text for people', (path) => {
    expect(fileKindOf(path)).toBe('docs');
  });

  it('keeps code in a folder named lang as code', () => {
    expect(fileKindOf('src/main/java/org/acme/lang/Strings.java')).toBe('source');
  });

  it('does not report the word password translated', () => {
    expectQuiet('{\n  "password": "Passwort",\n  "Password": "Kennwort"\n}\n', 'lang/de.json');
  });

  it('still reports a generated key in a translation folder', () => {
    expectFound('{ "api_key": "Zq8vR2kLmP4xT7nWb3Hs92Kd" }\n', 'lang/settings.json', 'Zq8vR2kLmP4xT7nWb3Hs92Kd');
  });
});

describe('base64 holding slashes', () => {
  it.each([
    [
      'starting with a slash',
      'var secret = "/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF"\n',
      '/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF',
    ],
    [
      'slashes inside',
      'apiToken: "VnpmUGWxhQW/9KQAwrL2ZYd/DJPNG1PQjYxMXNPF"\n',
      'VnpmUGWxhQW/9KQAwrL2ZYd/DJPNG1PQjYxMXNPF',
    ],
  ])('is a value, not a path: %s', (_what, text, secret) => {
    expectFound(text, 'src/client.go', secret);
  });

  it('leaves paths alone, however their names are cased', () => {
    expectQuiet(
      'var secretFile = "/etc/app/secret-01.pem"\nvar secret = "/usr/local/share/Keys2/AppSecret"\n',
      'src/paths.go',
    );
  });
});
