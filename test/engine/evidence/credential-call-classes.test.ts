/**
 * Issue 11: credentials passed by position to well-known calls, where no variable name says
 * "password" but the API's signature does (rules/generic-credential-calls.yaml). Realistic
 * snippets, made-up values; the whole built-in rule set runs, as in a scan. The value still goes
 * through the placeholder and demo filters: only a literal that could be a real password counts.
 */
import { describe, expect, it } from 'vitest';
import { expectFound, scan } from '../../helpers/builtin-scan.js';

// Generated-looking (reaches high) and memorable-but-real (stays at medium) values.
const RANDOM = 'Xk4mN8qR2vT6yB1cE5gJ7hLp';
const MIXED = 'Tq7vLp2Wz9xR4m';

/** The rule ids that report `secret` in `text` read as `path`. */
function rulesFor(text: string, path: string, secret: string): string[] {
  return scan(text, path)
    .filter((m) => m.secret === secret)
    .map((m) => m.ruleId);
}

const CASES: [string, string, string, string][] = [
  [
    'JDBC DriverManager.getConnection over several lines',
    'src/main/java/com/corp/Db.java',
    [
      'public Connection open() throws SQLException {',
      '    String url = "jdbc:mysql://db.corp.internal:3306/orders";',
      '    return DriverManager.getConnection(',
      '        url,',
      '        "orders_app",',
      `        "${MIXED}");`,
      '}',
    ].join('\n'),
    'jdbc-connection-password',
  ],
  [
    'a DataSource.getConnection(user, password) in Kotlin',
    'src/main/kotlin/Reports.kt',
    `val conn = dataSource.getConnection("reports", "${MIXED}")\n`,
    'jdbc-connection-password',
  ],
  [
    'PHP PDO with a DSN variable',
    'includes/db.php',
    `<?php\n$dsn = 'mysql:host=db;dbname=shop';\n$pdo = new \\PDO($dsn, 'shop_rw', '${MIXED}', [PDO::ATTR_ERRMODE => 1]);\n`,
    'php-db-connect-password',
  ],
  [
    'mysqli_connect with four literals',
    'wp-config-local.php',
    `<?php\n$link = mysqli_connect('127.0.0.1', 'wp_user', '${MIXED}', 'wordpress');\n`,
    'php-db-connect-password',
  ],
  [
    'a mysqli object built from constants',
    'lib/Database.php',
    `<?php\n$this->db = new mysqli(DB_HOST, DB_USER, "${MIXED}", DB_NAME);\n`,
    'php-db-connect-password',
  ],
  [
    'legacy PyMySQL positional arguments',
    'etl/load.py',
    `import pymysql\nconn = pymysql.connect("10.0.3.7", "etl", "${MIXED}", "warehouse", charset="utf8mb4")\n`,
    'python-db-connect-password',
  ],
  [
    'mysqlclient positional arguments',
    'reports/db.py',
    `import MySQLdb\ndb = MySQLdb.connect(settings.DB_HOST, 'report', '${MIXED}', 'reports')\n`,
    'python-db-connect-password',
  ],
  [
    'cx_Oracle user, password, dsn',
    'hr/oracle.py',
    `import cx_Oracle\ncon = cx_Oracle.connect('hr_app', '${MIXED}', cx_Oracle.makedsn('ora01', 1521, 'ORCL'))\n`,
    'oracle-connect-password',
  ],
  [
    "cx_Oracle's user/password@dsn string",
    'hr/oracle.py',
    `import cx_Oracle\ncon = cx_Oracle.connect("hr_app/${MIXED}@ora01.corp.internal:1521/ORCL")\n`,
    'oracle-connect-string-password',
  ],
  [
    'requests with HTTPBasicAuth',
    'tools/sync.py',
    `from requests.auth import HTTPBasicAuth\nr = requests.get(API, auth=HTTPBasicAuth('sync-bot', '${MIXED}'), timeout=10)\n`,
    'python-http-auth-password',
  ],
  [
    'requests with an auth tuple',
    'tools/sync.py',
    `r = requests.post(API, json=payload, auth=("sync-bot", "${MIXED}"))\n`,
    'python-http-auth-password',
  ],
  [
    'smtplib login',
    'alerts/mail.py',
    `server = smtplib.SMTP_SSL("smtp.corp.net", 465)\nserver.login(SENDER, "${MIXED}")\nserver.sendmail(SENDER, to, msg)\n`,
    'login-call-password',
  ],
  [
    'ftplib login',
    'backup/upload.py',
    `ftp = ftplib.FTP("ftp.corp.net")\nftp.login("uploader", "${MIXED}")\n`,
    'login-call-password',
  ],
  [
    "the Go MySQL driver's DSN",
    'cmd/inventory/main.go',
    `db, err := sql.Open("mysql", "inventory:${MIXED}@tcp(mysql.internal:3306)/inventory?parseTime=true")\n`,
    'go-mysql-dsn-password',
  ],
  [
    ".NET's NetworkCredential with a domain",
    'Sync/Client.cs',
    `client.Credentials = new NetworkCredential("svc_sync", "${MIXED}", "CORP");\n`,
    'credential-object-password',
  ],
  [
    "Java's PasswordAuthentication",
    'src/main/java/com/corp/Proxy.java',
    `protected PasswordAuthentication getPasswordAuthentication() {\n    return new PasswordAuthentication("proxyuser", "${MIXED}".toCharArray());\n}\n`,
    'credential-object-password',
  ],
  [
    "Apache HttpClient's UsernamePasswordCredentials",
    'src/main/java/com/corp/Http.java',
    `provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc_reports", "${MIXED}"));\n`,
    'credential-object-password',
  ],
  [
    'btoa for a Basic header',
    'src/api.js',
    `const headers = { Authorization: 'Basic ' + btoa('apiuser:${MIXED}') };\n`,
    'basic-auth-encoded-literal',
  ],
  [
    "Node's Buffer for a Basic header",
    'src/api.ts',
    `const auth = \`Basic \${Buffer.from("apiuser:${MIXED}").toString("base64")}\`;\n`,
    'basic-auth-encoded-literal',
  ],
  [
    'a Basic header built by concatenation',
    'src/api.js',
    `xhr.setRequestHeader("Authorization", "Basic " + btoa(username + ":" + "${MIXED}"));\n`,
    'basic-auth-encoded-literal',
  ],
];

describe('a literal in the password parameter of a well-known call', () => {
  it.each(CASES)('%s', (_what, path, text, ruleId) => {
    const m = expectFound(text, path, MIXED, ruleId);
    // Memorable-looking: the position is the only tie to a password, so not high.
    expect(m.confidence).toBe('medium');
  });

  it('reaches high only for a generated-looking value', () => {
    const text = `conn = DriverManager.getConnection(url, "orders_app", "${RANDOM}");\n`;
    expect(expectFound(text, 'src/main/java/Db.java', RANDOM, 'jdbc-connection-password').confidence).toBe('high');
  });
});

describe('what is not a literal password in that place', () => {
  it.each([
    ['a variable', 'conn = DriverManager.getConnection(url, user, password);\n', 'src/Db.java'],
    [
      'an environment lookup',
      'conn = DriverManager.getConnection(url, "app", System.getenv("DB_PW"));\n',
      'src/Db.java',
    ],
    ['an empty string', "$link = mysqli_connect('localhost', 'root', '', 'test');\n", 'db.php'],
    ['a PHP interpolation', '$db = new mysqli("localhost", "blog", "$password", "blog");\n', 'db.php'],
    ['a template', 'conn = DriverManager.getConnection(url, "sa", "${db.password}");\n', 'src/Db.java'],
    ['a demo word', "r = requests.get(url, auth=('user', 'changeme'))\n", 'tools/sync.py'],
    ['a dummy value', 'db, err := sql.Open("mysql", "root:password@tcp(127.0.0.1:3306)/test")\n', 'main.go'],
    ['a run of x', 'client.Credentials = new NetworkCredential("svc", "xxxxxxxxxx");\n', 'Client.cs'],
    ['the user name repeated', 'ftp.login("deploy", "deploy")\n', 'upload.py'],
    ['a demo pair in a test', 'server.login("bob", "hunter22")\n', 'tests/test_mail.py'],
    ['a Python f-string', "r = requests.get(url, auth=('svc', f'{token}'))\n", 'tools/sync.py'],
    ['a JS template', "const h = 'Basic ' + btoa(`${user}:${pass}`);\n", 'src/api.js'],
    ['keyword arguments (the assignment rules read those)', 'x = HTTPBasicAuth(username=u, password=p)\n', 'a.py'],
    [
      'a pair encoded with no Basic header near',
      "const id = Buffer.from('order:" + MIXED + "').toString('base64');\n",
      'src/ids.js',
    ],
  ])('leaves %s alone', (_what, text, path) => {
    const ids = scan(text, path).map((m) => m.ruleId);
    expect(ids.filter((id) => !id.startsWith('generic-') && !id.startsWith('database-'))).toEqual([]);
  });
});

describe('multi-line values the line-wise rules already read', () => {
  it('reads a password line inside a shell heredoc', () => {
    const text = `#!/bin/sh\ncat > /etc/app.conf <<EOF\ndb_host=pg1\ndb_password=${MIXED}\nEOF\n`;
    expect(rulesFor(text, 'deploy/setup.sh', MIXED).length).toBeGreaterThan(0);
  });

  it('reads a YAML block scalar under a credential key', () => {
    const text = `stringData:\n  db_password: |\n    ${MIXED}\n  user: app\n`;
    expect(rulesFor(text, 'k8s/secret.yaml', MIXED)).toContain('generic-secret-block-scalar');
  });
});

describe('a value that spells out what goes there', () => {
  it('is dropped in a test and low elsewhere', () => {
    const line = "'Authorization' => 'Basic '.base64_encode('email:wrong_password'),\n";
    expect(scan(line, 'tests/Feature/AuthTest.php').map((m) => m.ruleId)).not.toContain('basic-auth-encoded-literal');
    const m = expectFound(
      'conn = DriverManager.getConnection(url, "app", "Passw0rd_2024!");\n',
      'src/Db.java',
      'Passw0rd_2024!',
      'jdbc-connection-password',
    );
    expect(m.confidence).toBe('low');
  });
});

describe('HTTP Basic helpers and curl options', () => {
  it.each([
    [
      "Go's SetBasicAuth",
      'internal/client/client.go',
      `req.SetBasicAuth("sync-bot", "${MIXED}")\n`,
      'basic-auth-call-password',
    ],
    [
      "Spring's HttpHeaders.setBasicAuth",
      'src/main/java/com/corp/Api.java',
      `HttpHeaders headers = new HttpHeaders();\nheaders.setBasicAuth(props.getUser(), "${MIXED}");\n`,
      'basic-auth-call-password',
    ],
    [
      "OkHttp's Credentials.basic",
      'app/src/main/java/Api.kt',
      `val credential = Credentials.basic("svc_reports", "${MIXED}")\n`,
      'basic-auth-call-password',
    ],
    [
      "Ruby's Net::HTTP basic_auth",
      'lib/sync.rb',
      `req = Net::HTTP::Get.new(uri)\nreq.basic_auth 'deploy', '${MIXED}'\n`,
      'basic-auth-call-password',
    ],
    [
      "PHP's CURLOPT_USERPWD",
      'src/Sync.php',
      `<?php\ncurl_setopt($ch, CURLOPT_USERPWD, "api_sync:${MIXED}");\n`,
      'curl-userpwd-password',
    ],
    ["pycurl's USERPWD", 'tools/fetch.py', `c.setopt(pycurl.USERPWD, 'deploy:${MIXED}')\n`, 'curl-userpwd-password'],
    [
      "Guzzle's auth option",
      'src/Client.php',
      `<?php\n$res = $client->request('GET', $url, [\n    'auth' => ['svc_reports', '${MIXED}'],\n]);\n`,
      'guzzle-auth-password',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).toBe('medium');
  });

  it.each([
    ['Go config fields', 'req.SetBasicAuth(cfg.User, cfg.Password)\n', 'client.go'],
    ['a concatenated curl pair', 'curl_setopt($ch, CURLOPT_USERPWD, $user . ":" . $pass);\n', 'Sync.php'],
    ['an interpolated curl pair', 'curl_setopt($ch, CURLOPT_USERPWD, "{$user}:{$pass}");\n', 'Sync.php'],
    ["Laravel's env()", "['auth' => [env('API_USER'), env('API_PASSWORD')]]\n", 'config/services.php'],
    ['a demo pair', "req.basic_auth 'user', 'secret'\n", 'lib/sync.rb'],
    [
      'a Laravel middleware group named auth',
      "protected $middlewareGroups = [\n    'auth' => ['Middleware 3', 'Middleware 4'],\n    'api' => ['ThrottleRequests', 'Kd94mQx2Lz7Pt', 'Bindings'],\n];\n",
      'app/Http/Kernel.php',
    ],
  ])('leaves %s alone', (_what, text, path) => {
    const ids = scan(text, path).map((m) => m.ruleId);
    expect(ids.filter((id) => !id.startsWith('generic-'))).toEqual([]);
  });
});

describe('SSH, mail, LDAP, ORM and object-store calls that take a password by position', () => {
  it.each([
    [
      'paramiko SSHClient.connect with a port',
      'deploy/backup.py',
      `ssh.connect("db01.corp.net", 22, "backup", "${MIXED}")\n`,
      'ssh-client-connect-password',
    ],
    [
      'paramiko Transport.auth_password',
      'tools/sync.py',
      `t.auth_password("svc_sync", "${MIXED}")\n`,
      'ssh-client-connect-password',
    ],
    [
      'a JavaMail transport',
      'src/main/java/Mailer.java',
      `transport.connect("smtp.corp.net", "alerts", "${MIXED}");\n`,
      'javamail-connect-password',
    ],
    [
      'Groovy Sql.newInstance',
      'scripts/export.groovy',
      `def sql = Sql.newInstance(url, 'etl', '${MIXED}', 'org.postgresql.Driver')\n`,
      'groovy-sql-password',
    ],
    [
      'Ruby Net::SMTP.start',
      'lib/notify.rb',
      `Net::SMTP.start('smtp.corp.net', 587, 'corp.net', 'alerts', '${MIXED}', :plain) do |smtp|\n`,
      'ruby-net-protocol-password',
    ],
    [
      'a Net::SMTP session start',
      'lib/notify.rb',
      `smtp.start('corp.net', 'alerts', '${MIXED}', :login)\n`,
      'ruby-smtp-session-start-password',
    ],
    ['Perl Net::SMTP auth', 'bin/report.pl', `$smtp->auth('alerts', '${MIXED}');\n`, 'arrow-auth-call-password'],
    [
      'supertest .auth',
      'src/jobs/sync.js',
      `await request.get(url).auth('sync-bot', '${MIXED}');\n`,
      'superagent-auth-password',
    ],
    [
      'PHP ldap_bind',
      'lib/Directory.php',
      `<?php\n$ok = ldap_bind($ds, 'cn=svc,dc=corp,dc=net', '${MIXED}');\n`,
      'php-credential-call-password',
    ],
    [
      'Go smtp.PlainAuth',
      'notify/mail.go',
      `auth := smtp.PlainAuth("", "alerts@corp.net", "${MIXED}", "smtp.corp.net")\n`,
      'mail-client-password',
    ],
    [
      'a Sequelize constructor',
      'src/db.js',
      `const db = new Sequelize('shop', 'shop_rw', '${MIXED}', { dialect: 'mysql' });\n`,
      'sequelize-constructor-password',
    ],
    [
      'a MongoCredential',
      'src/main/java/Mongo.java',
      `MongoCredential.createCredential("orders", "admin", "${MIXED}".toCharArray());\n`,
      'mongo-credential-password',
    ],
    [
      'a Spring DriverManagerDataSource',
      'src/main/java/Cfg.java',
      `return new DriverManagerDataSource(url, "orders_app", "${MIXED}");\n`,
      'spring-datasource-password',
    ],
    [
      'a MinIO static credential',
      'store/minio.go',
      `creds := credentials.NewStaticV4("backup", "${MIXED}", "")\n`,
      'static-cloud-credentials-secret',
    ],
  ])('%s', (_what, path, text, ruleId) => {
    expect(expectFound(text, path, MIXED, ruleId).confidence).toBe('medium');
  });

  it.each([
    ['a four-argument connect of another API', 'obj.connect(a, b, c, "clicked")\n', 'ui.py'],
    ['a three-argument connect with no port', "conn.connect('db01', 'deploy', '" + MIXED + "')\n", 'tools/x.py'],
    ['anonymous FTP', "$ftp->login('anonymous', 'ops@corp.net');\n", 'bin/fetch.pl'],
    [
      'Ruby documentation stand-ins',
      "Net::SMTP.start('your.smtp.server', 25, 'mail.from.domain', 'Your Account', 'Your Password', :plain)\n",
      'doc/net_smtp.rdoc',
    ],
    ['a bearer token given to .auth', "agent.get(url).auth(token, { type: 'bearer' });\n", 'src/api.js'],
    ['an .auth with variables', 'request(app).get("/admin").auth(user, pass);\n', 'test/admin.test.js'],
  ])('leaves %s alone', (_what, text, path) => {
    const ids = scan(text, path).map((m) => m.ruleId);
    expect(ids.filter((id) => !id.startsWith('generic-'))).toEqual([]);
  });
});
