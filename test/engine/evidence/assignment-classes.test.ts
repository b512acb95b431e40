/**
 * Issue 11: generic passwords in the assignment forms of deployment files, environment lookups,
 * URLs and notes, each as a class (several spellings of one form) rather than one string. Each
 * case is a real shape with made-up values; the whole built-in rule set runs, as in a scan, and
 * each class has its look-alikes that must stay quiet (templates, references, demo values).
 */
import { describe, expect, it } from 'vitest';
import { expectFound, expectQuiet, scan } from '../../helpers/builtin-scan.js';

describe('Dockerfile and docker-compose', () => {
  it.each([
    ['ENV NAME value', 'FROM node:20\nENV DB_PASSWORD Kq83hdT2xPz9\n', 'Kq83hdT2xPz9'],
    ['ENV NAME "value"', 'ENV SENTRY_AUTH_TOKEN "Vb92_lQp38ZmXc7Tr41K"\n', 'Vb92_lQp38ZmXc7Tr41K'],
    ['ENV NAME=value', 'ENV API_SECRET=Lm39dkQ7wZx4\n', 'Lm39dkQ7wZx4'],
    ['several pairs on one ENV', 'ENV NODE_ENV=production REDIS_PASSWORD=Tq7vLp2Wz9x\n', 'Tq7vLp2Wz9x'],
    ['ARG NAME=default', 'ARG NPM_TOKEN=Rt72nxB4qWe8Hs\nRUN npm ci\n', 'Rt72nxB4qWe8Hs'],
  ])('%s', (_what, text, secret) => {
    expectFound(text, 'Dockerfile', secret);
  });

  it.each([
    ['a list item', 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=Hs82kdL3mQz9\n', 'Hs82kdL3mQz9'],
    ['a map entry', 'services:\n  app:\n    environment:\n      DB_PASSWORD: Vb92_lQp38Zm\n', 'Vb92_lQp38Zm'],
    [
      'an interpolation default',
      'services:\n  app:\n    environment:\n      DATABASE_PASSWORD: ${DATABASE_PASSWORD:-Pw83nsKq27x}\n',
      'Pw83nsKq27x',
    ],
  ])('compose: %s', (_what, text, secret) => {
    expectFound(text, 'docker-compose.yml', secret);
  });

  it('leaves references, build arguments without a value and secret files alone', () => {
    expectQuiet(
      'ARG DB_PASS\nENV DB_PASSWORD=$DB_PASS\nENV DB_PASSWORD $DB_PASS\nENV PASSWORD_FILE /run/secrets/db\n' +
        'RUN echo $DB_PASSWORD Kq83hdT2xPz9\n',
      'Dockerfile',
    );
    expectQuiet(
      'services:\n  app:\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}\n      PW: ${PW:?set PW}\n',
      'docker-compose.yml',
    );
  });
});

describe('name/value environment entries (the value on the next line)', () => {
  it.each([
    [
      'Kubernetes container env',
      'k8s/deploy.yaml',
      '      containers:\n        - name: app\n          env:\n            - name: DB_PASSWORD\n              value: "Kq83hdT2xPz9"\n',
      'Kq83hdT2xPz9',
    ],
    ['unquoted', 'k8s/deploy.yaml', '  - name: API_TOKEN\n    value: Lm39dkQ7wZx4abc\n', 'Lm39dkQ7wZx4abc'],
    [
      'CloudFormation Environment',
      'cfn/task.yaml',
      '          Environment:\n            - Name: DB_PASSWORD\n              Value: Tq7vLp2Wz9xR\n',
      'Tq7vLp2Wz9xR',
    ],
    [
      'an ECS task definition in JSON',
      'ecs/task.json',
      '"environment": [\n  {\n    "name": "STRIPE_WEBHOOK_SECRET",\n    "value": "Vb92_lQp38ZmXc7Tr41K"\n  }\n]\n',
      'Vb92_lQp38ZmXc7Tr41K',
    ],
    [
      'Azure Pipelines variables',
      'azure-pipelines.yml',
      "variables:\n- name: sqlAdminPassword\n  value: 'Hs82kdL3mQz9!'\n",
      'Hs82kdL3mQz9!',
    ],
    [
      'a Terraform container definition',
      'main.tf',
      '  environment = [{ name = "DB_PASSWORD", value = "Rt72nxB4qWe8Hs" }]\n',
      'Rt72nxB4qWe8Hs',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves secret references, templates, tags and other variables alone', () => {
    expectQuiet(
      '  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n' +
        '  - name: API_TOKEN\n    value: $(API_TOKEN)\n  - name: JWT_SECRET\n    value: "{{ .Values.jwt.secret }}"\n' +
        '  - name: LOG_LEVEL\n    value: debug-verbose\n',
      'k8s/deploy.yaml',
    );
    expectQuiet('  - Name: DbPassword\n    Value: !Ref DbPasswordParam\n', 'cfn/stack.yaml');
  });
});

describe('Terraform and Ansible', () => {
  it("reads a variable's literal default, lines into the block", () => {
    const tf =
      'variable "db_password" {\n  description = "Password of the admin role"\n  type        = string\n' +
      '  default     = "Kq83hdT2xPz9"\n}\n';
    expectFound(tf, 'infra/variables.tf', 'Kq83hdT2xPz9', 'terraform-variable-default-secret');
    expectFound('variable "datadog_api_key" { default = "Lm39dkQ7wZx4abc" }\n', 'main.tf', 'Lm39dkQ7wZx4abc');
  });

  it('reads a password argument of a resource', () => {
    expectFound(
      'resource "aws_db_instance" "db" {\n  username = "admin"\n  password = "Tq7vLp2Wz9xR"\n}\n',
      'main.tf',
      'Tq7vLp2Wz9xR',
    );
  });

  it('leaves variables without a default, references and other defaults alone', () => {
    expectQuiet(
      'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n' +
        'variable "password_length" {\n  default = "24"\n}\n' +
        'resource "aws_db_instance" "db" {\n  password = var.db_password\n}\n',
      'main.tf',
    );
  });

  it('reads Ansible connection and vault passwords, not Jinja references', () => {
    const inv = 'all:\n  vars:\n    ansible_password: Hs82kdL3mQz9\n    vault_password: Tq7vLp2Wz9xR\n';
    expectFound(inv, 'inventory/group_vars/all.yml', 'Hs82kdL3mQz9');
    expectFound(inv, 'inventory/group_vars/all.yml', 'Tq7vLp2Wz9xR');
    expectQuiet(
      'ansible_become_password: "{{ vault_become_password }}"\nvault_password_file: ~/.vault_pass\n',
      'group_vars/all.yml',
    );
  });
});

describe('defaults of environment lookups', () => {
  it.each([
    ['Python os.getenv', 'src/settings.py', 'DB_PASSWORD = os.getenv("DB_PASSWORD", "Kq83hdT2xPz9")\n'],
    ['Python os.environ.get', 'src/settings.py', 'SECRET = os.environ.get("SECRET_KEY", "Kq83hdT2xPz9")\n'],
    ['Python `or`', 'src/settings.py', 'PASSWORD = os.environ.get("PASSWORD") or "Kq83hdT2xPz9"\n'],
    ['Python default=', 'src/settings.py', 'DB_PASS = os.environ.get("DATABASE_PW", default="Kq83hdT2xPz9")\n'],
    ['a walrus', 'src/app.py', 'if SECRET := getenv("CEKPET", "Kq83hdT2xPz9"):\n'],
    ['Ruby ENV.fetch', 'config/app.rb', 'password = ENV.fetch("DB_PASSWORD", "Kq83hdT2xPz9")\n'],
    ['Ruby ENV.fetch with a block', 'config/app.rb', "secret = ENV.fetch('SECRET_KEY_BASE') { 'Kq83hdT2xPz9' }\n"],
    ['Ruby ENV[] ||', 'config/app.rb', 'token = ENV["API_TOKEN"] || "Kq83hdT2xPz9"\n'],
    ['JS ||', 'src/db.js', 'const password = process.env.DB_PASSWORD || "Kq83hdT2xPz9";\n'],
    ['JS ??', 'src/db.ts', "const secret = process.env.JWT_SECRET ?? 'Kq83hdT2xPz9';\n"],
    ['JS in an object', 'src/db.js', 'module.exports = { apiKey: process.env.API_KEY || "Kq83hdT2xPz9" };\n'],
    ['Java getOrDefault', 'src/Db.java', 'String pw = System.getenv().getOrDefault("DB_PASSWORD", "Kq83hdT2xPz9");\n'],
    [
      'Java Optional.orElse',
      'src/Db.java',
      'String pw = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("Kq83hdT2xPz9");\n',
    ],
    ['Laravel env()', 'config/database.php', "        'password' => env('DB_PASSWORD', 'Kq83hdT2xPz9'),\n"],
    ['PHP ?:', 'src/db.php', "$pass = getenv('DB_PASS') ?: 'Kq83hdT2xPz9';\n"],
    ['Kotlin ?:', 'src/Db.kt', 'val pw = System.getenv("DB_PASSWORD") ?: "Kq83hdT2xPz9"\n'],
    ['C# ??', 'src/Db.cs', 'var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "Kq83hdT2xPz9";\n'],
    ['Rust unwrap_or', 'src/main.rs', 'let pw = env::var("DB_PASSWORD").unwrap_or("Kq83hdT2xPz9".to_string());\n'],
    [
      'Rust unwrap_or_else',
      'src/main.rs',
      'let t = env::var("API_TOKEN").unwrap_or_else(|_| "Kq83hdT2xPz9".into());\n',
    ],
    ['Scala getOrElse', 'src/Db.scala', 'val token = sys.env.get("API_TOKEN").getOrElse("Kq83hdT2xPz9")\n'],
    ['Java system property', 'src/Db.java', 'String p = System.getProperty("db.password", "Kq83hdT2xPz9");\n'],
    ['Spring @Value', 'src/Db.java', '@Value("${db.password:Kq83hdT2xPz9}")\nprivate String pw;\n'],
    ['Go getEnv helper', 'cmd/main.go', '\tpw := getEnv("DB_PASSWORD", "Kq83hdT2xPz9")\n'],
    ['shell ${X:-default}', 'bin/run.sh', 'PGPASSWORD="${PGPASSWORD:-Kq83hdT2xPz9}" psql -h db\n'],
    ['shell ${X:=default}', 'bin/run.sh', ': "${API_TOKEN:=Kq83hdT2xPz9}"\n'],
    [
      'Spring ${X:default}',
      'src/main/resources/application.properties',
      'spring.datasource.password=${DB_PASSWORD:Kq83hdT2xPz9}\n',
    ],
    [
      'Spring YAML',
      'src/main/resources/application.yml',
      'spring:\n  datasource:\n    password: ${DB_PASSWORD:Kq83hdT2xPz9}\n',
    ],
  ])('%s', (_what, path, text) => {
    expectFound(text, path, 'Kq83hdT2xPz9');
  });

  it('leaves lookups without a literal default, demo defaults and functions that take a secret alone', () => {
    expectQuiet(
      'const password = process.env.DB_PASSWORD || "";\nconst token = process.env.TOKEN_TYPE || "Bearer";\n' +
        "if (!opts.password || opts.password.length < 8) throw new Error('Password too short');\n",
      'src/db.js',
    );
    expectQuiet(
      'password = bcrypt.hashpw("Kq83hdT2xPz9".encode(), salt)\n' +
        'password = config.get("database", "password")\nSECRET = getenv("GEHE1MN15", "")\n' +
        'PASSWORD = os.environ.get("PASSWORD") or "Please set the password"\n',
      'src/app.py',
    );
    // The key a JWT is signed with is not the `token` variable's default: only the signing-key
    // rule reads it (rules/generic-signing-keys.yaml).
    expect(
      scan('token = jwt.encode("payload", "Kq83hdT2xPz9")\n', 'src/app.py').map((m) => [m.ruleId, m.secret]),
    ).toEqual([['jwt-signing-secret-literal', 'Kq83hdT2xPz9']]);
    expectQuiet(
      'spring.datasource.password=${DB_PASSWORD:}\napp.other=${OTHER_PASSWORD}\nPW=${PW:-$FALLBACK_PW}\n',
      'application.properties',
    );
  });

  it('weighs a demo default by where it is: nothing sure in the docs, a finding in a script', () => {
    const text = 'export PGPASSWORD=${PGPASSWORD:-postgres123}\n';
    const docs = scan(text, 'docs/setup.md');
    expect(docs.filter((m) => !m.example && m.confidence !== 'low')).toEqual([]);
    expect(scan(text, 'bin/setup.sh').map((m) => m.secret)).toEqual(['postgres123']);
  });
});

describe('credentials in URLs of any scheme', () => {
  it.each([
    [
      'a driver scheme',
      'src/db.js',
      "const c = require('dbconnection://ad%6Din:5WdF4f2jE76a@db-host-local');\n",
      '5WdF4f2jE76a',
    ],
    [
      'an e-mail as the user',
      'src/mail.js',
      'url = "smtps://alerts@corp-mail.net:FnD83JZs9q@smtp.corp-mail.net:465";\n',
      'FnD83JZs9q',
    ],
    ['ftp', '.env', 'FTP_URL=ftp://deploy:Vb92_lQp38Zm@files.corp.net/incoming\n', 'Vb92_lQp38Zm'],
    ['ldaps', 'config/ldap.yml', 'uri: ldaps://svc:Kq83hdT2xPz9@ldap.internal:636\n', 'Kq83hdT2xPz9'],
    ['an interpolated host', 'src/api.ts', 'const url = `https://ci-bot:Tq7vLp2Wz9xR@${host}/api`;\n', 'Tq7vLp2Wz9xR'],
    [
      'a concatenated literal',
      'src/db.js',
      'const url = "mysql://root:" + "Hs82kdL3mQz9" + "@db.internal:3306/app";\n',
      'Hs82kdL3mQz9',
    ],
    [
      'a concatenated literal in Python',
      'app/db.py',
      "conn = 'amqp://svc:' + 'Pw83nsKq27x' + '@rabbit.internal'\n",
      'Pw83nsKq27x',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves interpolated passwords, URLs without one and paths with an @ alone', () => {
    expectQuiet(
      'FTP_URL=ftp://deploy:${FTP_PASSWORD}@files.corp.net/in\nftp://anonymous@ftp.gnu.org/gnu/\n' +
        'see https://docs.corp.net:8443/path@v2\nconst u = "mysql://root:" + password + "@db.internal/app";\n',
      'src/app.js',
    );
  });

  it('reports a demo password on a demo host as an example, whatever the scheme', () => {
    for (const text of [
      'engine = create_engine("oracle+oracledb://scott:tiger@localhost:1521/?service_name=freepdb1")\n',
      'const url = "mysql://root:" + "secret123" + "@localhost:3306/app";\n',
      'smtp://user:mypass@mail.example.com:25\n',
    ]) {
      const found = scan(text, 'docs/engines.rst');
      expect(found.length, text).toBeGreaterThan(0);
      for (const m of found) expect(m, text).toMatchObject({ confidence: 'low', example: true });
    }
  });
});

describe('notes and documents', () => {
  it.each([
    ['a pair in brackets', 'server db1.corp.net (pw:Kq83hdT2xPz9)\n', 'Kq83hdT2xPz9'],
    ['a pair in square brackets', 'deploy box [token=Lm39dkQ7wZx4abc]\n', 'Lm39dkQ7wZx4abc'],
    ['the name in brackets', 'Key(ANYSecret):Rt72nxB4qWe8Hs\n', 'Rt72nxB4qWe8Hs'],
    ['a label in brackets', 'Admin console [password]: Kq83hdT2xPz9\n', 'Kq83hdT2xPz9'],
    ['a password for a user', 'password for admin: Lm39dkQ7wZx4\n', 'Lm39dkQ7wZx4'],
    ['a password of a user, in a sentence', 'The password of root is Kq83hdT2xPz9.\n', 'Kq83hdT2xPz9'],
    ['ID/PW with user/password', 'ID/PW: deploy/Tq7vLp2Wz9xR\n', 'Tq7vLp2Wz9xR'],
    ['login/password with spaces', 'router login/password = admin / Kq83hdT2xPz9\n', 'Kq83hdT2xPz9'],
  ])('%s', (_what, text, secret) => {
    expectFound(text, 'notes/servers.txt', secret);
  });

  it('reports the ID/PW password alone, without the user in front', () => {
    const found = scan('ID/PW: deploy/Tq7vLp2Wz9xR\n', 'notes/servers.txt');
    expect(found.map((m) => m.secret)).toEqual(['Tq7vLp2Wz9xR']);
  });

  it('reads these forms in code only inside a comment', () => {
    expectFound('# staging db (pw:Kq83hdT2xPz9)\nconnect()\n', 'src/app.py', 'Kq83hdT2xPz9');
    expectQuiet(
      'e = CLEANUP_KEY in hook && hook[CLEANUP_SECRET_KEY] instanceof Error ? hook[CLEANUP_SECRET_KEY] : err0r1x;\n' +
        'X.isUndefined(p.withCredentials)||(w.withCredentials=!!p.withCredentials9);\n',
      'dist/runner.js',
    );
  });

  it('leaves type annotations, index assignments, sentences and placeholders alone', () => {
    expectQuiet(
      'function login(password: PasswordType) {}\ndef connect(password: str) -> None:\n' +
        'join[rhs_key] = ActiveRecord::FixtureSet.identify(row[rhs_key], column_type)\n',
      'src/auth.ts',
    );
    expectQuiet(
      'Password for admin: enter it on first login\nThe password for the account is stored in Vault.\n' +
        'Key(ANYSecret): <your secret here>\nID/PW: <user>/<password>\n',
      'notes/howto.txt',
    );
  });
});

describe('query parameters, comparisons and constant keys in code', () => {
  it.each([
    [
      'an access token in a query',
      'src/client.sh',
      'curl "https://api.corp-ledger.net/v1/items?access_token=Kq83hdT2xPz9Wb3&page=2"\n',
      'Kq83hdT2xPz9Wb3',
    ],
    [
      'a credential among other parameters',
      'src/loader.js',
      'load("https://cdn.internal/app.js?v=39084&Credential=546DFS64N90P3AW7DX&x=2");\n',
      '546DFS64N90P3AW7DX',
    ],
    [
      'a password in a form body',
      'src/auth.py',
      'body = "grant_type=password&username=svc&password=Kq83hdT2xPz9&scope=api"\n',
      'Kq83hdT2xPz9',
    ],
    ['a strict inequality', 'src/login.js', 'if (password !== "PaS5w0rD2#"){\n', 'PaS5w0rD2#'],
    ['Python ==', 'app/auth.py', "if token == 'Vb92_lQp38ZmXc7Tr41K':\n", 'Vb92_lQp38ZmXc7Tr41K'],
    ['Java equals', 'src/Auth.java', 'if (adminSecret.equals("Kq83hdT2xPz9")) {\n', 'Kq83hdT2xPz9'],
    [
      'a JNDI credential',
      'src/Ldap.java',
      'env.put(Context.SECURITY_CREDENTIALS,"412389uSwYkRm1Tg!");\n',
      '412389uSwYkRm1Tg!',
    ],
    [
      'a Properties key constant',
      'src/Db.java',
      'props.setProperty(AppConfig.DB_PASSWORD, "Kq83hdT2xPz9");\n',
      'Kq83hdT2xPz9',
    ],
  ])('%s', (_what, path, text, secret) => {
    expectFound(text, path, secret);
  });

  it('leaves scopes, placeholders, other parameters, variables and arguments alone', () => {
    expectQuiet(
      'u = "https://s3.amazonaws.com/b/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"\n' +
        'u = "https://api.corp.net/v1/items?access_token=YOUR_ACCESS_TOKEN&page=2"\n' +
        'u = "https://api.corp.net/oauth?next_token=Zq8vR2kLmP4xT7nWb3"\n' +
        'if (password !== confirmPassword) {}\nif token_type == "refresh_token":\n' +
        'h = hash(password, "Kq83hdT2xPz9")\nenv.put(Context.SECURITY_PRINCIPAL, "cn=admin,dc=corp,dc=net")\n',
      'src/app.js',
    );
  });
});

describe('a map key with its value wrapped onto the next line', () => {
  it.each([
    [
      'a Django settings dict',
      'project/settings.py',
      'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "PASSWORD":\n            "Xq7mPz3kLw9tRn2v",\n    }\n}\n',
      'Xq7mPz3kLw9tRn2v',
    ],
    [
      'pretty-printed JSON',
      'config/production.json',
      '{\n  "database": {\n    "user": "app",\n    "password":\n      "Hs8kQz2xLm7pTv4n",\n    "host": "db.internal"\n  }\n}\n',
      'Hs8kQz2xLm7pTv4n',
    ],
    [
      'a Ruby hash with symbol keys',
      'config/initializers/mailer.rb',
      'ActionMailer::Base.smtp_settings = {\n  user_name: \'deploy\',\n  password:\n    "Tb5nWq8zKx3mLp7r",\n}\n',
      'Tb5nWq8zKx3mLp7r',
    ],
    [
      'a PHP array',
      'config/database.php',
      "<?php\nreturn [\n    'username' => 'root',\n    'password' =>\n        'Zp4kRw9xMq2tLn6v',\n];\n",
      'Zp4kRw9xMq2tLn6v',
    ],
    [
      'a Go struct literal',
      'cmd/server/main.go',
      'cfg := Config{\n\tUser: "svc",\n\tPassword:\n\t\t"Kq83hdT2xPz9Lm",\n}\n',
      'Kq83hdT2xPz9Lm',
    ],
  ])('%s', (_what, path, text, secret) => {
    const m = expectFound(text, path, secret);
    // Reported on the value's line, where the literal is.
    expect(text.split('\n')[m.line - 1]).toContain(secret);
  });

  it('leaves a nested mapping, a sentence and a reference on the next line alone', () => {
    expectQuiet('passwords:\n  "administrator": "Kq83hdT2xPz9"\n', 'config/users.yml');
    expectQuiet('{\n  "password":\n    "Enter the password you signed up with",\n}\n', 'locales/en.json');
    expectQuiet('DATABASES = {\n    "PASSWORD":\n        os.environ["DB_PASSWORD"],\n}\n', 'settings.py');
    expectQuiet("$config = [\n    'password' =>\n        '${DB_PASSWORD}',\n];\n", 'config.php');
  });
});
