/**
 * Issue 11: generic secrets whose value has a shape the scorers used to throw away — a sentence
 * used as a passphrase, words joined into a sentence, letters with diacritics, a key written as a
 * byte array — each as a class in several languages, with the look-alikes that must stay quiet
 * (messages, identifiers, stand-ins, tables, test vectors). Values are made up; the whole built-in
 * rule set runs, as in a scan.
 */
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../src/engine/types.js';
import { expectQuiet, scan } from '../../helpers/builtin-scan.js';

/** The finding on `line` whose secret holds `part`: reported, and not as an example. */
function expectFound(text: string | Buffer, path: string, part: string): Match {
  const found = scan(text, path);
  const m = found.find((f) => f.secret.includes(part));
  expect(m, `${String(text)} → ${JSON.stringify(found.map((f) => [f.ruleId, f.secret]))}`).toBeDefined();
  expect(m!.example).toBeUndefined();
  return m!;
}

describe('a sentence used as a passphrase', () => {
  it.each([
    ['a C designated initialiser', 'struct cfg c = {\n    .secret_key = "my voice is my passport"};\n', 'src/main.c'],
    ['a C# constructor', 'string password = new String("all along the watchtower");\n', 'src/App.cs'],
    [
      'a Kotlin typed val, leetspeak words',
      'val password: String = "This is a sup3r s3cr3t p@ssw0rd!"\n',
      'src/App.kt',
    ],
    ['a Ruby +=', 'password = ""\npassword += "My voice is my passport:"\n', 'lib/login.rb'],
    ['a Go :=', 'dbPassword := "purple monkey dishwasher"\n', 'cmd/main.go'],
    ['a Python keyword argument', 'client.login(user="svc", password="correct horse battery staple")\n', 'app/cli.py'],
    ['a JS object', 'const cfg = { passphrase: "wine glass under the bridge" };\n', 'src/cfg.js'],
    ['a YAML passphrase', 'signing:\n  passphrase: "seven blue whales sing loudly"\n', 'config/app.yml'],
    ['PHP', "$password = 'the quick brown fox jumps';\n", 'public/index.php'],
  ])('%s', (_what, text, path) => {
    expectFound(text, path, ' ');
  });

  it.each([
    ['snake case', "$password = 'this_is_my_passport';\n", 'public/index.php', 'this_is_my_passport'],
    ['kebab case', 'secret: "we-are-the-champions"\n', 'config/app.yml', 'we-are-the-champions'],
    ['snake case in an env file', 'DB_PASSWORD=it_was_the_best_of_times\n', '.env', 'it_was_the_best_of_times'],
  ])('words joined into a sentence: %s', (_what, text, path, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves prompts, errors, descriptions and stand-ins alone', () => {
    expectQuiet(
      'password = "Please enter your password"\n' +
        'secret = "Used to sign the session cookies"\n' +
        'password_error = "Passwords do not match"\n' +
        'token = "Token has expired"\n' +
        'password: "Must be at least eight characters"\n',
      'src/messages.py',
    );
    // Predicates in camel case and names that start with their verb are identifiers; a test's
    // `t.pass('…')` takes a message.
    expectQuiet(
      'const varToken = declarationIsDefault\nconst secret = "is_secret_set_here"\n' +
        "t.pass('drain has been called')\n",
      'src/convert.js',
    );
    expectQuiet(
      'smtp:\n  password: my-smtp-password\nclient-secret: "my-client-secret"\n' +
        'password_field: "user_password_input"\n',
      'config/app.yml',
    );
  });
});

describe('letters with diacritics', () => {
  it.each([
    ['latin1 bytes', Buffer.from('{\n  "password": "dkajc\xf61"\n}\n', 'latin1'), 'data/users.json', 'dkajc'],
    ['UTF-8', Buffer.from('password = "Müdür2024!"\n', 'utf8'), 'app/settings.py', '2024!'],
    ['a Spanish word with digits', Buffer.from('DB_PASSWORD=contraseña99\n', 'utf8'), '.env', 'contrase'],
  ])('%s', (_what, text, path, part) => {
    expectFound(text, path, part);
    expect(scan(text, path)).toHaveLength(1);
  });

  it('still reads a message in another script as a message, and a demo word with accents as a demo', () => {
    expectQuiet('password = "Введите пароль"\n', 'src/messages.py');
    const demo = scan("password = 'pässwörd'\n", 'tests/test_auth.py');
    expect(demo.every((m) => m.example === true)).toBe(true);
  });
});

describe('the word "password" in another script or in HTML character references', () => {
  it("reads it as a translation's label, in UTF-8 and as a page or a JSON locale file spells it", () => {
    // The helper hands the text over as UTF-8 bytes, as a file holds it.
    expectQuiet(
      '{\n  "password": "パスワード",\n  "confirm_password": "비밀번호",\n  "secret": "密码"\n}\n',
      'locales/labels.json',
    );
    // earlybird's tests: パスワード and Lösenord as numeric references, the last without its `;`.
    expectQuiet(
      '{\n  "secret": "&#12497;&#12473;&#12527;&#12540;&#12489",\n  "password": "L&#246;senord",\n' +
        '  "password2": "&#x30D1;&#x30B9;&#x30EF;&#x30FC;&#x30C9;"\n}\n',
      'src/i18n/strings.json',
    );
  });

  it('still reports a generated value that holds a reference or a letter of another script', () => {
    expectFound('{\n  "password": "Xk9qT2vLm8&#35;zW4pB"\n}\n', 'config/app.json', 'Xk9qT2vLm8');
    expectFound(Buffer.from('password = "Xk9qT2vLm8zW4pB밀"\n', 'utf8'), 'app/settings.py', 'Xk9qT2');
  });
});

describe('a key written as a byte array', () => {
  const bytes16 = '0x9b, 0x12, 0x4e, 0xc1, 0x55, 0x6a, 0x0d, 0x73, 0xe8, 0x21, 0x3f, 0x48, 0x5c, 0x19, 0x7b, 0xa2';
  it.each([
    [
      'a C #define over two lines',
      `#define AESKEY {0x35, 0x34, 0x65, 0x9b, 0x1c, 0x2e, 023, 010, \\\n        041, 033, 043, 000}\n`,
      'src/crypto.h',
    ],
    ['a C initialiser', `static const uint8_t secret_key[16] = {\n    ${bytes16}};\n`, 'src/aes.c'],
    [
      'a Go []byte field',
      'cfg := Config{\n    Secret: []byte{233, 9, 100, 114, 245, 164, 134, 217, 225, 26, 0, 172},\n}\n',
      'cmd/main.go',
    ],
    [
      'a Java new byte[] with casts',
      'byte[] encryptionKey = new byte[] {(byte)0x9b, 0x12, 0x4e, (byte)0xc1, 0x55, 0x6a, 0x0d, 0x73};\n',
      'src/Crypto.java',
    ],
    ['a C# array initialiser', `private static readonly byte[] HmacKey = { ${bytes16} };\n`, 'src/Signer.cs'],
    ['Python bytes([...])', `HMAC_KEY = bytes([${bytes16}])\n`, 'app/sign.py'],
    [
      'Python bytearray over lines',
      `secret = bytearray([\n    ${bytes16.replace(/, 0x5c/, ',\n    0x5c')}\n])\n`,
      'app/sign.py',
    ],
    ['a Rust array', `const SECRET: [u8; 16] = [${bytes16}];\n`, 'src/main.rs'],
    [
      'a JS Uint8Array',
      'const apiSecret = new Uint8Array([154, 23, 201, 88, 7, 240, 61, 132, 19, 226]);\n',
      'src/sign.js',
    ],
    [
      'Kotlin byteArrayOf',
      'val signingKey = byteArrayOf(0x1b, 0x72, 0x4c, 0x09, 0x3e, 0x55, 0x6f, 0x21, 0x48)\n',
      'src/Sign.kt',
    ],
    ['a Swift [UInt8]', `let encryptionKey: [UInt8] = [${bytes16}]\n`, 'Sources/Crypto.swift'],
    ['a PHP array()', `$secret = array(${bytes16});\n`, 'src/crypto.php'],
  ])('%s', (_what, text, path) => {
    const m = expectFound(text, path, ',');
    expect(m.ruleId).toBe('generic-key-bytes');
  });

  it('reads sixteen varied bytes under a strong name as a generated key', () => {
    expect(expectFound(`HMAC_SECRET = bytes([${bytes16}])\n`, 'app/sign.py', ',').confidence).toBe('high');
  });

  it('leaves counting sequences, fills, public keys, tables and other names alone', () => {
    expectQuiet(
      'static const uint8_t key[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};\n' +
        'var key = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};\n' +
        `public_key = bytes([${bytes16}])\n` +
        `static const uint8_t sbox[16] = {${bytes16}};\n` +
        'primary_key = {12, 7, 33, 4, 18, 250, 91, 6}\n' +
        'keys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]\n' +
        'key = [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2]\n',
      'src/tables.c',
    );
  });

  it('reports a byte array in a test at low confidence: most are published test vectors', () => {
    expect(expectFound(`HMAC_SECRET = bytes([${bytes16}])\n`, 'tests/test_sign.py', ',').confidence).toBe('low');
  });
});

describe('a key or token named by what it does', () => {
  it.each([
    ['a TS camel-case constant', 'const signingKey = "Zq8vR2kLmP4xT7nWb3";\n', 'src/jwt.ts', 'Zq8vR2kLmP4xT7nWb3'],
    ['a JSON property', '{\n  "hmacKey": "Vb92_lQp38ZmXc7Tr41K"\n}\n', 'config/app.json', 'Vb92_lQp38ZmXc7Tr41K'],
    ['a YAML key', 'parse:\n  masterKey: Lm39dkQ7wZx4abcQ\n', 'config/parse.yml', 'Lm39dkQ7wZx4abcQ'],
    ['a prose label', 'Authentication key:AIhq5Xyb1Gga9Q27\n', 'notes/access.txt', 'AIhq5Xyb1Gga9Q27'],
    ['a prose label with spaces', 'Encryption Key = Kq83hdT2xPz9Lm3\n', 'notes/access.txt', 'Kq83hdT2xPz9Lm3'],
    ['a PHP variable', "$webhook_secret = 'Rt72nxB4qWe8Hs';\n", 'src/hooks.php', 'Rt72nxB4qWe8Hs'],
    ['a Python keyword argument', 'Fernet(cipherKey="Tq7vLp2Wz9xRk4Bn")\n', 'app/crypto.py', 'Tq7vLp2Wz9xRk4Bn'],
  ])('%s', (_what, text, path, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves types, references, templates, descriptions and cache keys alone', () => {
    expectQuiet(
      'signingKey: string;\nconst sessionToken = req.headers.token;\nrefreshToken: refreshTokenValue,\n' +
        'session_key = "session:user:profile"\nconst signingKeyId = "Zq8vR2kLmP4xT7nWb3";\n',
      'src/auth.ts',
    );
    expectQuiet('masterKey: ${MASTER_KEY}\nAuthentication key: see the vault entry\n', 'config/app.yml');
  });
});

describe('a credential stated in a sentence', () => {
  it.each([
    ['notes', 'The admin password is Kq83hdT2xPz9.\n', 'notes/servers.txt', 'Kq83hdT2xPz9'],
    ['a ticket, quoted', 'API key is set to "Rt72nxB4qWe8Hs"\n', 'tickets/1234.txt', 'Rt72nxB4qWe8Hs'],
    ['a chat log', '[10:02] bob: vpn token is Lm39dkQ7wZx4abc\n', 'logs/chat.log', 'Lm39dkQ7wZx4abc'],
    [
      'HTML-escaped text in a diagram',
      '<mxCell value="&lt;div&gt;password is NsIdksKJdq&lt;/div&gt;" vertex="1">\n',
      'docs-src/network.drawio',
      'NsIdksKJdq',
    ],
    ['a code comment', '# the staging db password is "grape1999"\nconnect()\n', 'src/db.py', 'grape1999'],
  ])('%s', (_what, text, path, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves the sentence going on, type predicates and code alone', () => {
    expectQuiet(
      'The password is required.\nYour token is expired, log in again.\nThe secret is stored in Vault\n' +
        'The password is changeme\n',
      'notes/howto.txt',
    );
    expectQuiet(
      ' * @returns {token is Comment} `true` if the token is a comment token.\n' +
        'function isKey(token): token is KeyToken {\nif password is None:\n    password is Kq83hdT2xPz9\n',
      'src/utils.ts',
    );
  });
});

describe('the syntax around a value', () => {
  it('reads a C preprocessor line as code, not as a comment', () => {
    expect(expectFound('#define DB_PASSWORD "grape1999"\n', 'src/db.h', 'grape1999').confidence).toBe('medium');
    expect(expectFound('#  define API_KEY @"Vb92_lQp38ZmXc7Tr41K"\n', 'src/Api.m', 'Vb92').confidence).toBe('high');
    expect(expectFound('# DB_PASSWORD = "grape1999"\n', 'src/db.py', 'grape1999').confidence).toBe('low');
  });

  it('takes a public host in a URL as evidence against a demo user and password', () => {
    const real = scan('uri: "mongodb://testuser:testpass@ds048537.mongolab.com:48537/main"\n', 'config/mongoid.yml');
    expect(real).toHaveLength(1);
    expect(real[0]!.example).toBeUndefined();
    const demo = scan('uri: "mongodb://testuser:testpass@localhost:27017/main"\n', 'config/mongoid.yml');
    expect(demo.every((m) => m.example === true)).toBe(true);
  });
});
