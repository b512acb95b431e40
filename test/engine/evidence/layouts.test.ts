/**
 * Generic passwords and secrets in the layouts people write them in beyond `name = "value"`:
 * notes and documents, SQL, command lines, and the assignment forms of languages and config
 * formats. Each case is a real shape (from public leak benchmarks and framework code), with
 * made-up values; the whole built-in rule set runs, as in a scan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../../src/engine/engine.js';
import type { Match, RuleSpec } from '../../../src/engine/types.js';
import { checkRuleFile } from '../../../src/rules/validate.js';

const dir = new URL('../../../rules/', import.meta.url);
const rules: RuleSpec[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => checkRuleFile(parse(readFileSync(new URL(f, dir), 'utf8')), `rules/${f}`));
const engine = new Engine(rules);
const genericIds = new Set(rules.filter((r) => (r.tags ?? []).includes('generic')).map((r) => r.id));

/** The generic findings of `text` read as the file at `path`. */
const generic = (text: string, path: string): Match[] =>
  engine.scan(Buffer.from(text, 'utf8'), { path }).filter((m) => genericIds.has(m.ruleId));

function expectFound(text: string, path: string, secret: string): Match {
  const found = generic(text, path);
  const m = found.find((f) => f.secret === secret);
  expect(m, `${text} → ${JSON.stringify(found.map((f) => f.secret))}`).toBeDefined();
  expect(m!.example).toBeUndefined();
  return m!;
}

describe('names: the credential word anywhere in the name, in any casing', () => {
  it.each([
    ['a lower-case blob', "$dbpasswd = 'pass9word123';\n", 'public_html/config.php', 'pass9word123'],
    ['a prefix without separator', 'let newpassword = "sunshine123";\n', 'src/app.ts', 'sunshine123'],
    ['camel case', 'const adminPwd = "Vb92_lQp38Zm";\n', 'src/app.ts', 'Vb92_lQp38Zm'],
    ['a suffix after the word', 'db_pass_prod: Rt72nxB4qWe\n', 'config/app.yml', 'Rt72nxB4qWe'],
    ['upper-case PASSWD', 'PASSWD=Hs82kdL3mQz9\n', '.env', 'Hs82kdL3mQz9'],
    ['a two-word key', 'Secret Key: AIhq5Xyb1Gga9Q27\n', 'notes.txt', 'AIhq5Xyb1Gga9Q27'],
  ])('%s', (_what, text, path, secret) => {
    expectFound(text, path, secret);
  });

  it('still ignores ordinary words that end in "pass"', () => {
    expect(generic('bypass = "Zq8v-R2kLmP4xT7n!"\ncompass = "Zq8v-R2kLmP4xT7n!"\n', 'src/app.py')).toEqual([]);
  });
});

describe('notes and documents: pairs of fields on one line', () => {
  it.each([
    ['ID and PW', 'ID:master PW:dipPr11Gg!\n', 'dipPr11Gg!'],
    ['comma-separated', 'ID:master,PW:dipPr10Gg!\n', 'dipPr10Gg!'],
    ['the password before the user', 'password:Hk29dLq7#x username:deploy\n', 'Hk29dLq7#x'],
    ['another field after a comma', 'password:Prl23Db#@, host:db1.internal\n', 'Prl23Db#@'],
    ['a short password after PW', 'ID: admin PW: hunter2\n', 'hunter2'],
    ['a fat arrow', 'password=>Prl23Db#@\n', 'Prl23Db#@'],
  ])('%s', (_what, text, secret) => {
    expectFound(text, 'notes/servers.txt', secret);
  });
});

describe('config formats', () => {
  it('reads an INI value of several words when its key opens the line', () => {
    expectFound('[gpg]\npassphrase = correct horse battery staple\n', 'app.ini', 'correct horse battery staple');
  });

  it('reads a docker-compose environment list item in quotes', () => {
    expectFound('    environment:\n      - "API_SECRET=Lm39dkQ7wZx"\n', 'docker-compose.yml', 'Lm39dkQ7wZx');
  });

  it('reads Go typed declarations and C# property initialisers', () => {
    expectFound('\tvar apiSecret string = "Lm39dkQ7wZx"\n', 'cmd/main.go', 'Lm39dkQ7wZx');
    expectFound('public string Password { get; set; } = "Kq83hdT2xPz";\n', 'src/Conf.cs', 'Kq83hdT2xPz');
  });
});

describe('what only looks like a name and a value', () => {
  it.each([
    ['a command after an env prefix', 'RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile\n', 'Dockerfile'],
    ['a regex literal in a test', 'assert_match(/password: postgres/, db_config)\n', 'test/db_test.rb'],
    [
      'a page named in a URL path',
      '<a href="https://example.com/reset-password=5e113c9f2d7a4b81e0">Reset</a>\n',
      'tests/MailTest.php',
    ],
    ['an encoding label before a word', "    'APP_KEY=base64:randomkey',\n", 'tests/Support/EnvTest.php'],
    ['a sentence in a YAML description', 'password: The password used to connect\n', 'docs/settings.yml'],
  ])('%s', (_what, text, path) => {
    expect(generic(text, path).map((m) => m.secret)).toEqual([]);
  });

  it('still reads a token in a URL query string', () => {
    expectFound(
      'url = "https://api.acme.dev/v1/items?api_key=Zq8vR2kLmP4xT7nW"\n',
      'src/client.py',
      'Zq8vR2kLmP4xT7nW',
    );
  });
});
