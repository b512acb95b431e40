/**
 * Issue 11, a layout survey (as test/engine/pem-layout.test.ts surveys PEM layouts): where real
 * projects put a password, secret or token literal, one case per layout, each read as the file
 * it lives in. The layouts are those of the platforms' and tools' own documentation (Android
 * resources, Apple property lists, .NET and Spring configuration, compose, Kubernetes, CI, Helm,
 * Terraform, Ansible, package-manager credentials, SQL, key tools); the values are made up. The
 * whole built-in rule set runs, as in a scan; a layout that already passes stays as a regression.
 */
import { describe, it } from 'vitest';
import { expectFound, expectQuiet } from '../../helpers/builtin-scan.js';

const V = 'Kq83hdT2xPz9Lm4v';

// [layout, path, text, the secret when it is not V]
const layouts: [string, string, string, string?][] = [
  [
    'Android Gradle resValue',
    'app/build.gradle',
    `android {\n  defaultConfig {\n    resValue "string", "api_key", "${V}"\n  }\n}\n`,
  ],
  ['Android Kotlin DSL resValue', 'app/build.gradle.kts', `    resValue("string", "maps_api_key", "${V}")\n`],
  ['Android buildConfigField', 'app/build.gradle', `    buildConfigField "String", "API_SECRET", "\\"${V}\\""\n`],
  ['Android manifestPlaceholders map', 'app/build.gradle', `    manifestPlaceholders = [mapsApiKey: "${V}"]\n`],
  ['Android manifestPlaceholders Kotlin', 'app/build.gradle.kts', `    manifestPlaceholders["mapsApiKey"] = "${V}"\n`],
  [
    'Android manifestPlaceholders mapOf',
    'app/build.gradle.kts',
    `    manifestPlaceholders += mapOf("mapsApiKey" to "${V}")\n`,
  ],
  [
    'AndroidManifest meta-data',
    'app/src/main/AndroidManifest.xml',
    `<application>\n  <meta-data\n      android:name="com.facebook.sdk.ClientToken"\n      android:value="${V}" />\n</application>\n`,
  ],
  [
    'gradle.properties signing password',
    'gradle.properties',
    `org.gradle.jvmargs=-Xmx2g\nRELEASE_STORE_PASSWORD=${V}\n`,
  ],
  ['gradle.properties camel case', 'gradle.properties', `signing.keyId=24875D73\nsigning.password=${V}\n`],
  ['local.properties api key', 'local.properties', `sdk.dir=/Users/dev/Library/Android/sdk\nMAPS_API_KEY=${V}\n`],
  [
    'Android strings.xml',
    'app/src/main/res/values/strings.xml',
    `<resources>\n    <string name="google_maps_api_key">${V}</string>\n</resources>\n`,
  ],
  [
    'Android strings.xml secret',
    'app/src/main/res/values/strings.xml',
    `<resources>\n  <string name="twitter_consumer_secret" translatable="false">${V}</string>\n</resources>\n`,
  ],
  ['iOS Info.plist', 'App/Info.plist', `<dict>\n\t<key>APIKey</key>\n\t<string>${V}</string>\n</dict>\n`],
  ['plist secret on one line', 'Config.plist', `<dict><key>CLIENT_SECRET</key><string>${V}</string></dict>\n`],
  [
    '.NET appsettings.json nesting',
    'appsettings.json',
    `{\n  "Smtp": {\n    "Host": "smtp.example.com",\n    "Password": "${V}"\n  }\n}\n`,
  ],
  [
    '.NET web.config appSettings',
    'Web.config',
    `<appSettings>\n  <add key="SmtpPassword" value="${V}" />\n</appSettings>\n`,
  ],
  ['.NET web.config ApiKey', 'App.config', `  <add key="StripeApiKey" value="${V}"/>\n`],
  [
    'Spring application.yml',
    'src/main/resources/application.yml',
    `spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: ${V}\n`,
  ],
  ['Spring application.properties', 'src/main/resources/application.properties', `spring.mail.password=${V}\n`],
  ['compose environment list', 'docker-compose.yml', `services:\n  db:\n    environment:\n      - DB_PASSWORD=${V}\n`],
  ['compose environment map', 'compose.yaml', `services:\n  db:\n    environment:\n      MYSQL_ROOT_PASSWORD: ${V}\n`],
  ['compose quoted map value', 'docker-compose.yml', `    environment:\n      API_TOKEN: "${V}"\n`],
  [
    'Kubernetes Secret stringData',
    'k8s/secret.yaml',
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  password: ${V}\n`,
  ],
  ['Kubernetes stringData dotted key', 'k8s/secret.yaml', `kind: Secret\nstringData:\n  db.password: "${V}"\n`],
  [
    'GitHub Actions env',
    '.github/workflows/ci.yml',
    `jobs:\n  test:\n    env:\n      API_TOKEN: ${V}\n    steps:\n      - run: make\n`,
  ],
  ['GitLab CI variables', '.gitlab-ci.yml', `variables:\n  DB_PASSWORD: "${V}"\n`],
  ['Helm values nesting', 'charts/app/values.yaml', `postgresql:\n  auth:\n    username: app\n    password: ${V}\n`],
  ['Helm rootPassword', 'charts/app/values.yaml', `mariadb:\n  auth:\n    rootPassword: "${V}"\n`],
  [
    'Terraform variable default',
    'variables.tf',
    `variable "db_password" {\n  type    = string\n  default = "${V}"\n}\n`,
  ],
  ['Terraform locals', 'main.tf', `locals {\n  db_password = "${V}"\n}\n`],
  [
    'Terraform resource argument',
    'main.tf',
    `resource "aws_db_instance" "db" {\n  username = "admin"\n  password = "${V}"\n}\n`,
  ],
  ['Ansible ansible_password', 'group_vars/all.yml', `ansible_user: admin\nansible_password: ${V}\n`],
  ['Ansible ansible_become_pass', 'host_vars/web1.yml', `ansible_become_pass: "${V}"\n`],
  [
    'Ansible INI inventory',
    'inventory/hosts',
    `[web]\nweb1 ansible_host=10.0.0.5 ansible_user=root ansible_password=${V}\n`,
  ],
  [
    '.npmrc _password',
    '.npmrc',
    `registry=https://npm.example.com/\n//npm.example.com/:username=deploy\n//npm.example.com/:_password=S3E4M2hkVDJ4UHo5TG00dg==\n`,
    'S3E4M2hkVDJ4UHo5TG00dg==',
  ],
  [
    '.npmrc _auth',
    '.npmrc',
    `_auth=ZGVwbG95OktxODNoZFQyeFB6OUxtNHY=\nalways-auth=true\n`,
    'ZGVwbG95OktxODNoZFQyeFB6OUxtNHY=',
  ],
  [
    '.pypirc',
    '.pypirc',
    `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.example.com/\nusername = deploy\npassword = ${V}\n`,
  ],
  ['pip.conf index-url', 'pip.conf', `[global]\nindex-url = https://deploy:${V}@pypi.acme-corp.io/simple\n`],
  [
    'Maven settings.xml',
    '.m2/settings.xml',
    `<servers>\n  <server>\n    <id>nexus</id>\n    <username>deploy</username>\n    <password>${V}</password>\n  </server>\n</servers>\n`,
  ],
  ['SQL CREATE USER', 'db/init.sql', `CREATE USER 'app'@'%' IDENTIFIED BY '${V}';\n`],
  ['SQL ALTER ROLE', 'db/init.sql', `ALTER ROLE app WITH LOGIN PASSWORD '${V}';\n`],
  [
    'keytool -storepass',
    'scripts/sign.sh',
    `keytool -genkeypair -keystore release.jks -alias app -storepass ${V} -keypass ${V}\n`,
  ],
  ['htpasswd -b', 'scripts/setup.sh', `htpasswd -b -c /etc/nginx/.htpasswd admin ${V}\n`],
  ['htpasswd -nb in a Dockerfile', 'Dockerfile', `RUN htpasswd -nbB ops ${V} > /etc/nginx/htpasswd\n`],
  [
    'jarsigner -storepass quoted',
    'scripts/sign.sh',
    `jarsigner -keystore release.jks -storepass '${V}' app.apk upload\n`,
  ],
  [
    'openssl -passout pass:',
    'scripts/cert.sh',
    `openssl pkcs12 -export -in c.pem -inkey k.pem -passout pass:${V} -out c.p12\n`,
  ],
  [
    'apksigner --ks-pass pass:',
    '.github/workflows/release.yml',
    `      - run: apksigner sign --ks release.jks --ks-pass pass:${V} app.apk\n`,
  ],
  ['Swift constant with an acronym', 'Sources/App/Keys.swift', `enum Keys {\n  static let APIKey = "${V}"\n}\n`],
  ['Objective-C constant with an acronym', 'App/Constants.m', `static NSString *const kAPIToken = @"${V}";\n`],
  ['TOML nested table', 'config.toml', `[database]\nhost = "db"\npassword = "${V}"\n`],
  ['TOML dotted table', 'Cargo-secrets.toml', `[services.smtp]\nuser = "mailer"\napi_key = "${V}"\n`],
  ['HCL nested block', 'vault.hcl', `storage "postgresql" {\n  connection {\n    password = "${V}"\n  }\n}\n`],
  ['env file with export', '.env', `export DB_PASSWORD=${V}\n`],
  ['env file with export and quotes', '.env.production', `export API_SECRET="${V}"\n`],
  ['env file single quotes', '.env', `SMTP_PASSWORD='${V}'\n`],
];

describe('a password, secret or token in the layouts real projects write it in', () => {
  it.each(layouts)('%s (%s)', (_what, path, text, secret = V) => {
    expectFound(text, path, secret);
  });
});

describe('the same layouts holding a reference, a template or a published default', () => {
  it.each([
    ['a resValue from a property', 'app/build.gradle', 'resValue "string", "maps_api_key", "${mapsApiKey}"\n'],
    [
      'a meta-data value from a resource',
      'app/src/main/AndroidManifest.xml',
      '<meta-data android:name="com.google.android.geo.API_KEY" android:value="@string/maps_key" />\n',
    ],
    ['a plist build setting', 'App/Info.plist', '<key>APIKey</key>\n<string>$(MAPS_API_KEY)</string>\n'],
    ['appsettings left empty', 'appsettings.json', '{\n  "Smtp": {\n    "Password": ""\n  }\n}\n'],
    [
      'a compose interpolation',
      'docker-compose.yml',
      'services:\n  db:\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}\n',
    ],
    ['keytool reading the environment', 'scripts/sign.sh', 'keytool -list -keystore r.jks -storepass:env STORE_PASS\n'],
    [
      "the Android debug keystore's password",
      'scripts/sign.sh',
      'keytool -list -keystore debug.keystore -storepass android\n',
    ],
    [
      'openssl reading a file',
      'scripts/cert.sh',
      'openssl rsa -in enc.key -passin file:/run/secrets/keypass -out dec.key\n',
    ],
    [
      'apksigner reading the environment',
      'scripts/sign.sh',
      'apksigner sign --ks r.jks --ks-pass env:KS_PASS app.apk\n',
    ],
    ['htpasswd prompting', 'scripts/setup.sh', 'htpasswd -c /etc/nginx/.htpasswd admin\n'],
    ['an Ansible vault reference', 'group_vars/all.yml', 'ansible_become_pass: "{{ vault_become_pass }}"\n'],
  ])('%s (%s)', (_what, path, text) => {
    expectQuiet(text, path);
  });
});
