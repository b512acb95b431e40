/**
 * Issue 11: credentials in the forms build definitions and daemons' configuration files write
 * them, where no assignment operator sits between the name and the value or the name is a
 * block's: a Gradle repository's `credentials { … }` block, sbt's `Credentials(…)`, a `.properties`
 * key and its value with whitespace between, daemons' directives (Redis's `requirepass`, nginx's
 * `set $name "…";` and header directives), and language forms the assignment rules did not read:
 * a Heroku `app.json` env entry's `value`, Go's `flag.StringVar(&v, "name", "…", …)`, Perl's
 * `$ENV{'NAME'} = '…'`, Kotlin's `by lazy { "…" }`, Clojure's `(def ^:private name "…")`. Realistic
 * snippets, made-up values; the whole built-in rule set runs, as in a scan.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

const MIXED = 'Tq7vLp2Wz9xR4m';

describe('a repository password in a build definition', () => {
  it.each([
    [
      'a Groovy DSL credentials block',
      'build.gradle',
      [
        'publishing {',
        '  repositories {',
        '    maven {',
        '      url "https://nexus.corp.net/repository/releases"',
        '      credentials {',
        '        username "deployer"',
        `        password "${MIXED}"`,
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      'gradle-repository-credentials-password',
    ],
    [
      'a Kotlin DSL credentials block',
      'build.gradle.kts',
      `repositories {\n    maven {\n        url = uri("https://nexus.corp.net/repository/releases")\n        credentials {\n            username = "deployer"\n            password = "${MIXED}"\n        }\n    }\n}\n`,
      'gradle-repository-credentials-password',
    ],
    [
      'sbt Credentials',
      'build.sbt',
      `credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.corp.net", "deployer", "${MIXED}")\n`,
      'sbt-credentials-password',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).not.toBe('low');
  });

  it.each([
    ['in a build script', 'build.gradle'],
    ['in the docs', 'docs/publishing.md'],
  ])('drops a stand-in password in a credentials block %s', (_what, path) => {
    const text = "credentials {\n    username 'user'\n    password 'password'\n}\n";
    expect(scan(text, path).filter((f) => f.ruleId === 'gradle-repository-credentials-password')).toEqual([]);
  });

  it.each([
    ['properties read from gradle.properties', 'credentials {\n  username mavenUser\n  password mavenPassword\n}\n'],
    ['the environment', 'credentials {\n  password = System.getenv("NEXUS_PASSWORD")\n}\n'],
    ['sbt credentials from the environment', 'credentials += Credentials("Realm", "nexus.corp.net", user, pass)\n'],
  ])('leaves %s alone', (_what, text) => {
    expect(scan(text, 'build.gradle').map((m) => m.ruleId)).toEqual([]);
  });
});

describe('a credential in a daemon or properties directive', () => {
  it.each([
    [
      'a .properties key separated by whitespace',
      'src/main/resources/application.properties',
      `spring.datasource.url jdbc:postgresql://db.corp.net/orders\nspring.datasource.password ${MIXED}\n`,
      'generic-secret-spaced',
    ],
    [
      "a Mosquitto bridge's remote_password",
      'mosquitto/conf.d/bridge.conf',
      `connection cloud\naddress mqtt.corp.net:8883\nremote_username edge-01\nremote_password ${MIXED}\n`,
      'generic-secret-spaced',
    ],
    [
      "Redis's requirepass",
      'redis/redis.conf',
      `bind 0.0.0.0\nprotected-mode yes\nrequirepass ${MIXED}\n`,
      'redis-config-password',
    ],
    [
      "a Redis replica's masterauth",
      'redis/replica.conf',
      `replicaof 10.0.0.5 6379\nmasterauth ${MIXED}\n`,
      'redis-config-password',
    ],
    [
      'redis-server --requirepass in a compose file',
      'docker-compose.yml',
      `services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${MIXED} --appendonly yes\n`,
      'redis-config-password',
    ],
    [
      "nginx's set directive",
      'nginx/sites-enabled/api.conf',
      `location /api/ {\n    set $api_secret "${MIXED}";\n    proxy_set_header X-Api-Secret $api_secret;\n}\n`,
      'generic-set-directive-secret',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).not.toBe('low');
  });

  it("reads nginx's proxy_set_header Authorization as an authorization header", () => {
    const token = '2NYtF9mKGrvz2L33LUCNcu06xkrg2u94L3lhWXc4';
    const text = `location / {\n    proxy_set_header Authorization "Bearer ${token}";\n    proxy_pass http://api;\n}\n`;
    expectFound(text, 'nginx/nginx.conf', token, 'http-bearer-token-header');
  });

  it.each([
    ['the same line in a README', 'README.md', `db.password ${MIXED}\n`],
    ['the same line in code', 'src/main/java/Client.java', `password ${MIXED}\n`],
    ["redis.conf's commented-out sample", 'redis/redis.conf', '# requirepass foobared\n'],
    [
      'a Redis password from the environment',
      'docker-compose.yml',
      'command: redis-server --requirepass ${REDIS_PASSWORD}\n',
    ],
    ["sshd_config's settings", 'etc/ssh/sshd_config', 'PasswordAuthentication no\nPermitEmptyPasswords no\n'],
    ['a key file path', 'nginx/nginx.conf', '    ssl_certificate_key /etc/nginx/certs/site.key;\n'],
  ])('leaves %s alone', (_what, path, text) => {
    expect(scan(text, path).map((m) => [m.ruleId, m.secret])).toEqual([]);
  });
});

describe('language and manifest forms', () => {
  it.each([
    [
      "a Heroku app.json env entry's value",
      'app.json',
      `{\n  "name": "billing",\n  "env": {\n    "STRIPE_SECRET_KEY": {\n      "description": "Stripe secret key",\n      "value": "${MIXED}"\n    }\n  }\n}\n`,
      'app-json-env-value-secret',
    ],
    [
      "Go's flag.StringVar default",
      'cmd/server/main.go',
      `func init() {\n\tflag.StringVar(&apiKey, "api-key", "${MIXED}", "API key for the upstream")\n}\n`,
      'generic-secret-quoted',
    ],
    [
      "Perl's %ENV",
      'bin/backup.pl',
      `$ENV{'PGPASSWORD'} = '${MIXED}';\nsystem('pg_dump', 'orders');\n`,
      'generic-secret-quoted',
    ],
    [
      'a Kotlin lazy property',
      'app/src/main/java/Api.kt',
      `object Api {\n    val apiKey by lazy { "${MIXED}" }\n}\n`,
      'generic-secret-quoted',
    ],
    [
      'a private Clojure var',
      'src/billing/core.clj',
      `(ns billing.core)\n(def ^:private api-token "${MIXED}")\n`,
      'generic-keyword-pair-secret',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).not.toBe('low');
  });

  it.each([
    [
      'an app.json secret the platform generates',
      'app.json',
      '{"env": {"SECRET_KEY_BASE": {"generator": "secret"}}}\n',
    ],
    ['a flag with an empty default', 'main.go', 'flag.StringVar(&apiKey, "api-key", "", "API key")\n'],
    ["Perl's %ENV read, not set", 'bin/backup.pl', "my $pw = $ENV{'PGPASSWORD'};\n"],
    ['a lazy property read from the environment', 'Api.kt', 'val apiKey by lazy { System.getenv("API_KEY") }\n'],
  ])('leaves %s alone', (_what, path, text) => {
    expect(scan(text, path).map((m) => [m.ruleId, m.secret])).toEqual([]);
  });
});
