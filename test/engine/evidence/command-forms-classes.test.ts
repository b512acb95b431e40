/**
 * Issue 11 (CredSweeper's CMD kinds): credentials on command lines in the forms the generic flag
 * rules do not read. A short flag is a password only in its own tool's command (`-w` of
 * ldapsearch, `-U user%…` of smbclient, `/p:` of xfreerdp); a container's environment takes a
 * credential-named variable (`docker run -e DB_PASSWORD=…`); a password piped to `sudo -S` or
 * `--password-stdin` is written in the script all the same. Variables, other tools and demo
 * words are left alone.
 */
import { describe, expect, it } from 'vitest';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { scan } from '../../helpers/builtin-scan.js';

const keys = new FakeKeys('command-forms-classes');
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pw = (): string => {
  for (;;) {
    const v = keys.chars(14, BASE62);
    if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
};
const found = (text: string) => scan(text, 'deploy/setup.sh').map((m) => [m.ruleId, m.secret]);

describe('a password on a command line', () => {
  it.each([
    ['ldapsearch -w', 'ldap-cli-password', (v: string) => `ldapsearch -x -D "cn=admin,dc=corp" -w ${v} -b dc=corp`],
    ['ldapadd -w, quoted', 'ldap-cli-password', (v: string) => `ldapadd -x -D cn=admin -w '${v}' -f users.ldif`],
    ['smbclient -U user%password', 'smb-cli-password', (v: string) => `smbclient //fs01/share -U svc%${v} -c ls`],
    ['rpcclient with a domain', 'smb-cli-password', (v: string) => `rpcclient -U 'corp\\admin%${v}' 10.0.0.5`],
    ['xfreerdp /p:', 'rdp-cli-password', (v: string) => `xfreerdp /v:10.0.0.5 /u:admin /p:${v} /cert:ignore`],
    ['rdesktop -p', 'rdp-cli-password', (v: string) => `rdesktop -u administrator -p ${v} 10.0.0.9`],
    ['docker run -e', 'container-env-secret', (v: string) => `docker run -d -e POSTGRES_PASSWORD=${v} postgres:16`],
    ['docker build --build-arg', 'container-env-secret', (v: string) => `docker build --build-arg NPM_TOKEN=${v} .`],
    ['helm --set', 'container-env-secret', (v: string) => `helm install app ./chart --set db.password=${v}`],
    ['echo | sudo -S', 'stdin-piped-password', (v: string) => `echo "${v}" | sudo -S systemctl restart app`],
    [
      'echo | docker login',
      'stdin-piped-password',
      (v: string) => `echo ${v} | docker login -u ci --password-stdin reg`,
    ],
    ['mongosh -p', 'mongo-cli-password', (v: string) => `mongosh "mongodb://db1:27017/admin" -u admin -p ${v}`],
    ['mongodump -p', 'mongo-cli-password', (v: string) => `mongodump -u backup -p '${v}' --out /bk`],
    ['docker login -p', 'docker-login-password', (v: string) => `docker login -u deploy -p ${v} registry.corp.net`],
    ['podman login -p', 'docker-login-password', (v: string) => `podman login quay.io -u robot -p '${v}'`],
    ['java -D…password=', 'java-system-property-password', (v: string) => `java -Ddb.password=${v} -jar app.jar`],
    [
      'JAVA_OPTS with a store password',
      'java-system-property-password',
      (v: string) => `JAVA_OPTS="-Djavax.net.ssl.trustStorePassword=${v}"`,
    ],
    // curl's proxy credentials and TLS passwords (whispers' fixtures, first contact).
    [
      'curl --proxy-user on a continued line',
      'curl-user-password',
      (v: string) =>
        `curl -k -v \\\n    --proxy-user ops:${v} \\\n    --proxy https://proxy.corp.net:8080 https://api.corp.net`,
    ],
    [
      'curl -U',
      'curl-user-password',
      (v: string) => `curl -x http://proxy.corp.net:3128 -U ci:${v} https://api.corp.net`,
    ],
    [
      'curl --tlspassword',
      'curl-tls-password',
      (v: string) => `curl --tlsuser svc --tlspassword ${v} https://srp.corp.net`,
    ],
    [
      'curl --proxy-tlspassword, quoted',
      'curl-tls-password',
      (v: string) => `curl --proxy-tlspassword '${v}' -x https://proxy.corp.net https://api.corp.net`,
    ],
    [
      'curl --pass',
      'curl-tls-password',
      (v: string) => `curl --cert client.pem --key client.key --pass ${v} https://mtls.corp.net`,
    ],
  ])('%s is found', (_what, rule, line) => {
    const v = pw();
    expect(found(`${line(v)}\n`)).toContainEqual([rule, v]);
  });

  it('leaves variables, other tools and demo words alone', () => {
    const v = pw();
    for (const line of [
      'ldapsearch -x -D cn=admin -w "$LDAP_PASSWORD" -b dc=corp',
      `grep -w ${v} names.txt`,
      `curl -U proxyuser%${v} https://x`,
      `mkdir -p ${v}`,
      'ssh -p 2222 admin@10.0.0.9',
      'docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres',
      'docker run -e POSTGRES_PASSWORD=changeme postgres',
      'echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin reg',
      `echo ${v} | tee notes.txt`,
      'mongosh -u admin -p --authenticationDatabase admin',
      `psql -h db -p 5432 -U ${v}`,
      'docker login -u deploy -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"',
      'docker run -p 8080:80 nginx',
      'java -Djavax.net.ssl.keyStorePassword=changeit -jar app.jar',
      'java -Dspring.datasource.password=${DB_PASSWORD} -jar app.jar',
      'curl --proxy-user "$PROXY_USER:$PROXY_PASS" -x http://proxy.corp.net:3128 https://api.corp.net',
      'curl --tlsuser svc --tlspassword https://srp.corp.net/status',
      'curl --cert client.pem --key client.key --pass "$KEY_PASSPHRASE" https://mtls.corp.net',
    ])
      expect(found(`${line}\n`), line).toEqual([]);
  });
});
