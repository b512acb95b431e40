import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Engine } from '../../../src/engine/engine.js';
import { fileKindOf } from '../../../src/engine/evidence/file-kind.js';
import { nameStrength } from '../../../src/engine/evidence/assess.js';
import { shapeOf } from '../../../src/engine/evidence/value-shape.js';
import type { Match, RuleSpec } from '../../../src/engine/types.js';
import { checkRuleFile } from '../../../src/rules/validate.js';

// The whole built-in rule set, as a scan has it: provider rules shadow generic ones, and the
// prefilter and placeholder checks run as they do for users.
const dir = new URL('../../../rules/', import.meta.url);
const rules: RuleSpec[] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => checkRuleFile(parse(readFileSync(new URL(f, dir), 'utf8')), `rules/${f}`));
const engine = new Engine(rules);

const scan = (text: string, path: string): Match[] => engine.scan(Buffer.from(text, 'utf8'), { path });
// Every rule tagged generic (generic-*, and the credential-file forms such as php-define-secret).
const genericIds = new Set(rules.filter((r) => (r.tags ?? []).includes('generic')).map((r) => r.id));
const generic = (text: string, path: string): Match | undefined =>
  scan(text, path).find((m) => genericIds.has(m.ruleId) || m.ruleId.startsWith('database-url-'));

// Real snippets (public leak benchmarks' and frameworks' shapes), values made up.
describe('evidence scoring: what the old filters threw away is found', () => {
  it.each([
    [
      '40-hex GitHub OAuth token under a token name',
      'export GITHUB_OAUTH_TOKEN="5d2f0a8c3b9e17f46a0d2c8b9e1f3a7c6d4b2e0f"\n',
      'home/.bash_profile',
    ],
    ['32-hex api_key', 'api_key: "8b1f0e6c2a9d4e7f3c5a1b0d9e8f7a6c"\n', 'cloud/.tugboat'],
    [
      '64-hex Rails secret_key_base',
      'secret_key_base: "9c1e5b7a3f0d2c4e6a8b0d1f3e5c7a9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c"\n',
      'config/secrets.yml',
    ],
    ['UUID under a token name', "api_token = '7c9e6679-7425-40de-944b-e07fc1f90ae7'\n", 'app/client.py'],
    ['word+digit password', 'DB_PASSWORD = "Winter2024!"\n', 'app/settings.py'],
    ['dictionary password with digits', 'String password = "grape1999";\n', 'src/Main.java'],
    ['value holding the name', 'AdminPassword=AdminPassword123\n', 'ventrilo_srv.ini'],
    ['digits-only secret key', 'String secret_key = "402750613792034973";\n', 'src/Main.java'],
    [
      'Django SECRET_KEY with brackets',
      "SECRET_KEY = 'j%7x(2k&)z!q+9w_b3#v[d]0{e}m;s8r^t@u4n-y6p1c5f'\n",
      'web/django/settings.py',
    ],
    [
      'WordPress salt with a space and brackets',
      "define('AUTH_KEY', 'q)W{8;pZ]x|R 4v+Lk#m@T2s!F(j$9Yc^Hg7&Nb0<Ue>');\n",
      'public_html/wp-config.php',
    ],
    ['passphrase sentence', 'passphrase := "all along the watchtower"\n', 'cmd/main.go'],
  ])('%s', (_what, text, path) => {
    const m = generic(text, path);
    expect(m, text).toBeDefined();
    expect(m!.example).toBeUndefined();
  });

  it('gives random keys in config files high confidence and weak passwords less', () => {
    expect(generic('DB_PASSWORD=h7Gk2#pQ9wLx4vBnR2\n', '.env')!.confidence).toBe('high');
    expect(generic('String password = "grape1999";\n', 'src/Main.java')!.confidence).not.toBe('high');
  });
});

describe('evidence scoring: demo credentials are examples, never high', () => {
  it.each([
    [
      'scott:tiger in the docs',
      'e = create_engine("postgresql://scott:tiger@localhost/test")\n',
      'doc/build/core/engines.rst',
    ],
    [
      'a one-character password in a test',
      "'url' => 'mysql://foo:b@localhost/baz',\n",
      'tests/Support/UrlParserTest.php',
    ],
    ['mypass in a test', 'DATABASE_URL: "mysql://myuser:mypass@127.0.0.1/db"\n', 'test/application/db_test.rb'],
    ['changeme under a password in an example', 'password = "changeme1"\n', 'examples/app/config.py'],
  ])('%s', (_what, text, path) => {
    const m = generic(text, path);
    if (m) expect(m).toMatchObject({ confidence: 'low', example: true });
  });

  it('drops a demo value given to PHP define() as the other generic rules do, and keeps salts', () => {
    const wp = 'public_html/wp-config.php';
    expect(scan("define('DB_PASSWORD', 'password_here');\n", wp)).toEqual([]);
    expect(generic("define('AUTH_KEY', 'your secret key goes right here');\n", wp)?.confidence).toBe('low');
    expect(generic("define('AUTH_KEY', 'q)W{8;pZ]x|R 4v+Lk#m@T2s!F(j$9Yc^Hg7&Nb0<Ue>');\n", wp)).toMatchObject({
      ruleId: 'php-define-secret',
      confidence: 'high',
    });
  });

  it('drops a demo value in a PHP configuration array as the other generic rules do', () => {
    const pma = 'phpmyadmin/config.inc.php';
    expect(scan("$cfg['Servers'][$i]['password'] = 'password_here';\n", pma)).toEqual([]);
    expect(scan("$config['smtp_pass'] = 'your secret key goes right here';\n", pma)).toEqual([]);
    expect(generic("$cfg['Servers'][$i]['password'] = 'Tq7#vLp2Wz9!';\n", pma)).toMatchObject({
      ruleId: 'php-config-array-password',
    });
  });

  it('reports a demo URL in the docs as an example rather than dropping the syntax', () => {
    expect(
      generic('e = create_engine("postgresql://scott:tiger@localhost/test")\n', 'doc/build/core/engines.rst'),
    ).toMatchObject({
      example: true,
    });
  });
});

describe('evidence scoring: code that looks like an assignment is not a secret', () => {
  it.each([
    ['a duration', 'config.password_reset_within = 15.minutes\nself.password = 15.minutes\n', 'lib/auth.rb'],
    ['a predicate', 'secret: Rails.env.test?\n', 'config/app.rb'],
    ['a member chain', 'old_auth_token = @user.auth_token\n', 'lib/user.rb'],
    ['an interpolation cut by a quote', 'args << "--password=#{connection["password"]}"\n', 'Rakefile'],
    [
      'a message in another script',
      '"Unexpected_token_expected_1179": "予期しないトークンです。\'{\' が必要です。",\n',
      'lib/ja/messages.json',
    ],
    ['a Ruby symbol', 'active_record.generate_secure_token_on = :initialize\n', 'lib/config.rb'],
    ['a CSRF token', '<input name="authenticity_token" value="Wq8ZcM0yTj2pLk7xVb4nRf6h">\n', 'app/views/form.erb'],
    ['a pagination token', 'NextContinuationToken: "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="\n', 'lib/s3.js'],
    ['a test schema name', 'identity_token="test_schema_2"\n', 'tests/test_identity.py'],
    [
      'a password hash',
      "'password' => '$2y$13$Kj3lIhvk1h7Kb7tZ6oGm4u9RzWzJvYXb1yS0aHcYV6j1pXo7Jv8Vu',\n",
      'tests/HashTest.php',
    ],
    [
      'a hex digest annotated as one',
      'secret = "a3f5c9e1b7d2f4a6c8e0b2d4f6a8c0e2"  # sha of the artifact\n',
      'build.py',
    ],
    [
      'a constant that spells its name',
      'const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";\n',
      'dist/index.js',
    ],
    ['a message', '"Unexpected_token_1012": "Jeton inattendu.",\n', 'lib/fr/diagnosticMessages.json'],
    ['a validation rule', "return ['password' => 'required|confirmed'];\n", 'app/Http/Requests/Form.php'],
    [
      'a type placeholder in declarations',
      ' *   NewPassword: "STRING_VALUE", // required\n',
      'dist-types/ChangePassword.d.ts',
    ],
    ['a number with digit separators', 'const EARLY_PASS_MAX_ENTRIES = 1_000_000;\n', 'src/history.ts'],
    ['a versioned name', "export const FINGERPRINT_KEY = 'scanner/v1';\n", 'src/report.ts'],
    ['a regex over the secret', "  region: { fromSecret: '-(us[0-9]{1,2})$' },\n", 'src/verify.ts'],
  ])('%s', (_what, text, path) => {
    const m = generic(text, path);
    expect(m === undefined || m.confidence !== 'high', JSON.stringify(m?.secret)).toBe(true);
    expect(m, JSON.stringify(m?.secret)).toBeUndefined();
  });
});

describe('the parts', () => {
  it('judges the kind of a file from its path', () => {
    expect(fileKindOf('.git-credentials')).toBe('credentials');
    for (const client of [
      'AppData/Roaming/mRemoteNG/confCons.xml',
      'General/.dbeaver/data-sources.json',
      'General/.dbeaver/data-sources-2.json',
      '.idea/dataSources.local.xml',
      '.idea/dataSources/4b1f8f7e-2f6e-4c55-9b0e-8a1c3d2e5f60.xml',
      '.vscode/sftp.json',
      'remmina/office.remmina',
      'system19.2/o.jdeveloper.db.connection/connections.json',
    ])
      expect(fileKindOf(client), client).toBe('credentials');
    expect(fileKindOf('app/sftp.json')).toBe('config');
    expect(fileKindOf('app/connections.xml')).toBe('config');
    expect(fileKindOf('config/database.yml')).toBe('config');
    expect(fileKindOf('src/app.ts')).toBe('source');
    expect(fileKindOf('tests/unit/test_db.py')).toBe('test');
    expect(fileKindOf('examples/session/redis.js')).toBe('example');
    expect(fileKindOf('doc/build/core/engines.rst')).toBe('docs');
    expect(fileKindOf('dist-types/commands/Get.d.ts')).toBe('docs');
    expect(fileKindOf(undefined)).toBe('unknown');
  });

  it("judges each file of a folder by its own name, the folder's part once known", () => {
    // Files of one folder in turn: what the folder says is kept, what the name says is not.
    expect(fileKindOf('config/locales/de.yml')).toBe('docs');
    expect(fileKindOf('config/locales/loader.rb')).toBe('source');
    expect(fileKindOf('Tests/Fixtures/app.env')).toBe('fixture');
    expect(fileKindOf('Tests/Fixtures/AppTest.java')).toBe('test');
    expect(fileKindOf('.aws/config')).toBe('credentials');
    expect(fileKindOf('.aws/cli/alias')).toBe('unknown');
    expect(fileKindOf('/settings.py')).toBe('config');
    expect(fileKindOf('lib/')).toBe('unknown');
    // Past the folders kept (a long history meets many), a folder is worked out again.
    for (let i = 0; i < 5000; i++) fileKindOf(`pkg${i}/src/index.ts`);
    expect(fileKindOf('config/locales/de.yml')).toBe('docs');
    expect(fileKindOf('docs/guide/setup.js')).toBe('docs');
    expect(fileKindOf('pkg1/src/index.ts')).toBe('source');
  });

  it('weighs names', () => {
    expect(nameStrength('DB_PASSWORD')).toBe(2);
    expect(nameStrength('GITHUB_OAUTH_TOKEN')).toBe(2);
    expect(nameStrength('token')).toBe(1);
    expect(nameStrength('NextContinuationToken')).toBeUndefined();
    expect(nameStrength('authenticity_token')).toBeUndefined();
    expect(nameStrength('password_hash_web')).toBeUndefined();
    expect(nameStrength('bypass')).toBeUndefined();
  });

  it('describes values', () => {
    expect(shapeOf('5d2f0a8c3b9e17f46a0d2c8b9e1f3a7c6d4b2e0f')).toMatchObject({ hex: true, random: true });
    expect(shapeOf('Winter2024!')).toMatchObject({ wordDigits: true, random: false });
    expect(shapeOf('encrypted-secret-array-string')).toMatchObject({ identifier: true, random: false });
    expect(shapeOf('Rails.env.test?').expression).toBe(true);
    expect(shapeOf('asdfqwer1234asdf')).toMatchObject({ sequence: true, random: false });
    expect(shapeOf('Beklenmeyen belirteç.').prose).toBe(true);
    expect(shapeOf('1_000_000').descriptive).toBe(true);
    expect(shapeOf('api/v2').descriptive).toBe(true);
    expect(shapeOf('[A-Za-z0-9]{32}').expression).toBe(true);
    // A password that merely holds brackets is still a value.
    expect(shapeOf('Pa[ss]word-9{2}').expression).toBe(false);
  });
});
