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

describe('SQL statements', () => {
  it.each([
    ['MySQL IDENTIFIED BY', "CREATE USER 'app'@'%' IDENTIFIED BY 'Tq7#vLp2Wz9!';\n", 'Tq7#vLp2Wz9!'],
    [
      'a plugin, then BY',
      "ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'h7Gk2pQ9wLx4';\n",
      'h7Gk2pQ9wLx4',
    ],
    ['Oracle, unquoted', 'CREATE USER reporting IDENTIFIED BY Vb92lQp38Zm;\n', 'Vb92lQp38Zm'],
    [
      'PostgreSQL ENCRYPTED PASSWORD',
      "CREATE USER deploy WITH ENCRYPTED PASSWORD 'Tq7#vLp2Wz9!' CREATEDB;\n",
      'Tq7#vLp2Wz9!',
    ],
    ['PostgreSQL ALTER ROLE', "ALTER ROLE postgres PASSWORD 'Vb92lQp38Zm'; SELECT pg_reload_conf();\n", 'Vb92lQp38Zm'],
    ['SQL Server CREATE LOGIN', "CREATE LOGIN reporting WITH PASSWORD = 'Zq8v-R2kLmP4x';\n", 'Zq8v-R2kLmP4x'],
    ['MySQL PASSWORD()', "SET PASSWORD FOR 'app'@'localhost' = PASSWORD('k3J9dLq7x2Wm');\n", 'k3J9dLq7x2Wm'],
  ])('%s', (_what, text, secret) => {
    expect(expectFound(text, 'db/setup.sql', secret).confidence).not.toBe('low');
  });

  it('reads the statement inside a string of code or a shell command', () => {
    expectFound(
      'exec("CREATE USER ExposedTest ACCOUNT UNLOCK IDENTIFIED BY Vb92lQp38Zm");\n',
      'src/Setup.java',
      'Vb92lQp38Zm',
    );
    expectFound(`psql -c "CREATE ROLE app login password 'h7Gk2pQ9wLx4'"\n`, 'bin/setup.sh', 'h7Gk2pQ9wLx4');
  });

  it('drops SQL keywords and bind variables, and reports a demo password in the docs as an example', () => {
    const text =
      "CREATE USER 'app'@'%' IDENTIFIED BY RANDOM PASSWORD;\nALTER USER 'app'@'%' PASSWORD EXPIRE INTERVAL 90 DAY;\n" +
      'CREATE LOGIN app WITH PASSWORD = @pwd;\nCREATE ROLE app WITH LOGIN PASSWORD NULL;\n';
    expect(generic(text, 'db/setup.sql')).toEqual([]);
    const demo = generic("CREATE USER scott IDENTIFIED BY 'tiger';\n", 'docs/oracle.md');
    expect(demo).toHaveLength(1);
    expect(demo[0]).toMatchObject({ confidence: 'low', example: true });
  });
});

describe('command lines', () => {
  it.each([
    ['gpg --passphrase', 'gpg --batch --passphrase N1DdkUD3E73x -d backup.gpg\n', 'bin/restore.sh', 'N1DdkUD3E73x'],
    ['a PowerShell -Password', "New-ADUser -Name svc -Password 'Sjdn43ss@!x'\n", 'deploy/users.ps1', 'Sjdn43ss@!x'],
    ['the word inside the option', 'tool --super-secret_token 8f3kQ2x9Lm4vT7\n', 'run.sh', '8f3kQ2x9Lm4vT7'],
    ['mysql -p glued', 'mysql -u root -pKq83hdT2xPz mydb < dump.sql\n', 'bin/load.sh', 'Kq83hdT2xPz'],
    ['mysqldump -p quoted', "mysqldump -u backup -p'Lm39dkQ7wZx' --all-databases\n", 'cron/backup.sh', 'Lm39dkQ7wZx'],
    ['sshpass -p', 'sshpass -p Rt72nxB4qWe ssh deploy@10.0.0.5 uptime\n', 'bin/ssh.sh', 'Rt72nxB4qWe'],
    [
      'ConvertTo-SecureString',
      "$pw = ConvertTo-SecureString 'Kq83hdT2xPz' -AsPlainText -Force\n",
      'deploy/creds.ps1',
      'Kq83hdT2xPz',
    ],
  ])('%s', (_what, text, path, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves options about a secret, prompts and variables alone', () => {
    const text =
      'Start-Process app.exe -PassThru -Wait\ndocker login --password-stdin registry.acme.dev\n' +
      'mysql -u root -p mydb\nmkdir -p /var/lib/mysql && chown mysql /var/lib/mysql\n' +
      'sshpass -p "$SSH_PASS" ssh deploy@host\n$pw = ConvertTo-SecureString $env:SVC_PW -AsPlainText -Force\n' +
      'vault write auth/approle --secret-id-ttl 10m\n';
    expect(generic(text, 'bin/run.sh').map((m) => m.secret)).toEqual([]);
  });
});

describe('code that names a credential without holding one', () => {
  it.each([
    ['a type alias in a declaration file', 'type OpeningParenToken = ParenToken;\n', 'lib/index.d.ts'],
    ['an assignment of a variable', '    contextToken = previousToken;\n', 'lib/typescript.js'],
    ['an object property set from a variable', '  return { kind: 3, token: identifier, other: 1 };\n', 'src/a.js'],
    [
      'a backtick name after "identified by" in prose',
      ' * the header identified by `headerName` is set\n',
      'lib/http.d.ts',
    ],
  ])('%s', (_what, text, path) => {
    expect(generic(text, path).map((m) => m.secret)).toEqual([]);
  });

  it('an unquoted value in a config file is still a value', () => {
    expectFound('db:\n  password: Hs82kdL3mQz9;\n', 'config/app.yml', 'Hs82kdL3mQz9');
  });
});
