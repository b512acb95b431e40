import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonFindings, runCli, type CliFinding, type CliResult } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { makeZip } from '../helpers/zip.js';
import type { ScanStats } from '../../src/report/scan-stats.js';

type Finding = CliFinding;

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r);

const at = (list: Finding[], file: string): [string, number][] =>
  list
    .filter((f) => f.file === file)
    .map((f): [string, number] => [f.ruleId, f.line])
    .sort();

// Throwaway key generated in memory for each run.
const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
}) as string;

/** An archive-like binary: a header, NUL-padded junk with stray line feeds, then a text section. */
function pak(text: string): Buffer {
  const junk = Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0x0a, 0x00, 0x01, 0xfe, 0x0a, 0x00]);
  return Buffer.concat([junk, Buffer.from(text), Buffer.from([0, 0, 0x9c, 0x0a, 7]), Buffer.from('short\0')]);
}

describe('tokguard scan: real layouts', () => {
  it('finds a private key printed in a build log, at the BEGIN line', async () => {
    const log = [
      '#6 [3/4] RUN cat key.pem',
      ...pem
        .trimEnd()
        .split('\n')
        .map((l) => `#6 0.245 ${l}`),
      '#6 DONE 0.3s',
    ];
    const dir = tempTree({ 'ci/build.log': `${log.join('\n')}\n` });
    expect(at(findings(await runCli(['scan', dir, '--format', 'json'])), 'ci/build.log')).toEqual([
      ['private-key-pem', 2],
    ]);
  });

  it('finds a key deflated inside a zip, at archive!/path, and counts the entries it cannot read', async () => {
    const dir = tempTree({
      'release/bundle.zip': makeZip([
        { name: 'keys/id_rsa', data: pem },
        { name: 'keys/backup.pem', data: pem, encrypted: true },
      ]),
    });
    expect(at(findings(await runCli(['scan', dir, '--format', 'json'])), 'release/bundle.zip!/keys/id_rsa')).toEqual([
      ['private-key-pem', 1],
    ]);
    expect((await runCli(['scan', dir])).stderr).toContain('1 archive entry');
  });

  it('finds a key in a gzip file and in a .tar.gz, at archive!/path', async () => {
    const dir = tempTree({ 'backup/id_rsa.gz': gzipSync(pem) });
    const keysDir = tempTree({ '.ssh/id_rsa': pem, '.ssh/config': 'Host *\n' });
    writeFileSync(join(dir, 'backup/home.tgz'), execFileSync('tar', ['-C', keysDir, '-czf', '-', '.ssh']));
    const all = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(at(all, 'backup/id_rsa.gz!/id_rsa')).toEqual([['private-key-pem', 1]]);
    expect(at(all, 'backup/home.tgz!/.ssh/id_rsa')).toEqual([['private-key-pem', 1]]);
    expect(all.filter((f) => f.file.startsWith('backup/'))).toHaveLength(2);
  });

  it('finds a key in a .tar.gz cut short, and counts the archive as not read whole', async () => {
    const keysDir = tempTree({ '.ssh/id_rsa': pem });
    const tgz = execFileSync('tar', ['-C', keysDir, '-czf', '-', '.ssh']);
    const dir = tempTree({ 'backup/home.tgz': tgz.subarray(0, -4) }); // its gzip trailer cut off
    const r = await runCli(['scan', dir, '--format', 'json']);
    expect(at(findings(r), 'backup/home.tgz!/.ssh/id_rsa')).toEqual([['private-key-pem', 1]]);
    expect((JSON.parse(r.stdout) as { scan: ScanStats }).scan.skipped['archive-entry']).toBe(1);
    expect((await runCli(['scan', dir])).stderr).toContain('1 archive entry');
  });

  it('finds a key in an uncompressed tar, at archive!/path only, whatever the tar is named', async () => {
    const keysDir = tempTree({ '.ssh/id_rsa': pem, '.ssh/config': 'Host *\n' });
    const tar = execFileSync('tar', ['-C', keysDir, '-cf', '-', '.ssh']);
    const dir = tempTree({ 'backup/home.tar': tar, 'backup/home-2026-12-01': tar });
    const all = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(at(all, 'backup/home.tar!/.ssh/id_rsa')).toEqual([['private-key-pem', 1]]);
    expect(at(all, 'backup/home-2026-12-01!/.ssh/id_rsa')).toEqual([['private-key-pem', 1]]);
    // The tar's own bytes hold the same key: read as text runs, it would be reported twice.
    expect(all.filter((f) => f.file.startsWith('backup/'))).toHaveLength(2);
  });

  it("judges an archive entry's kind by its own name, on the main thread and on a worker alike", async () => {
    // A `name value` line is a config's syntax: read in the .properties entry, not in the
    // guide's prose. A worker that judged every entry as the archive (kind unknown) also
    // reported the guide's line, so the findings hung on which thread read the zip.
    const dir = tempTree({
      'release/app.zip': makeZip([
        { name: 'docs/guide.md', data: 'Set it in the file:\n\ndb.password Hs82kdL3mQz9xTq7\n' },
        {
          name: 'conf/app.properties',
          data: 'db.url jdbc:postgresql://db/orders\nremote_password Zq8vR2kLmP4xT7nWb3\n',
        },
      ]),
    });
    const scan = async (threshold: string): Promise<[string, string, number][]> =>
      findings(await runCli(['scan', dir, '--format', 'json'], { env: { TOKGUARD_POOL_THRESHOLD: threshold } }))
        .map((f): [string, string, number] => [f.ruleId, f.file, f.line])
        .sort();
    const onMain = await scan('1GB');
    expect(onMain).toEqual([['generic-secret-spaced', 'release/app.zip!/conf/app.properties', 2]]);
    expect(await scan('0')).toEqual(onMain);
  });

  it('finds secrets in Jupyter cell sources with the notebook line', async () => {
    const notebook = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['# Load the data\n'] },
          {
            cell_type: 'code',
            metadata: {},
            outputs: [],
            source: ['import psycopg2\n', 'db_password = "Xk9#mQ2v!Lr8"\n', 'conn = connect(password=db_password)'],
          },
        ],
      },
      null,
      1,
    );
    const line = notebook.split('\n').findIndex((l) => l.includes('db_password = ')) + 1;
    const dir = tempTree({ 'analysis.ipynb': notebook });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(at(list, 'analysis.ipynb')).toEqual([['generic-secret-quoted', line]]);
    expect(list[0]!.secret).toBe('Xk9#mQ2v!Lr8');
  });

  it('scans the text runs of binary files, with the line numbers grep -an gives', async () => {
    const dir = tempTree({
      'assets/data.pak': pak('[database]\nhost=db.internal\npassword=Tq7#vLp2Wz9!\n'),
      'assets/noise.bin': Buffer.from([0, 1, 2, 0, 0xff, 0xfe, 3, 4, 0x0a, 5]),
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    // Two line feeds in the header come first: the password is on the file's fifth line.
    expect(at(findings(r), 'assets/data.pak')).toEqual([['generic-secret-unquoted', 5]]);
    const text = await runCli(['scan', dir]);
    expect(text.stderr).toContain('1 binary file');
  });

  it('scans the text runs of binary blobs in history and staged changes', async () => {
    const repo = new GitRepo();
    repo.commit('Add assets', { 'assets/data.pak': pak('curl -u deploy:Vb92_lQp38Zm https://files.acme.dev\n') });
    const history = findings(await runCli(['scan', '--history', repo.dir, '--format', 'json'], { env: repo.env }));
    expect(at(history, 'assets/data.pak')).toEqual([['curl-user-password', 3]]);
    repo.write({ 'more.pak': pak('curl --user ci:h7Gk2pQ9wLx4vBn https://files.acme.dev\n') });
    repo.git('add', 'more.pak');
    const staged = findings(await runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir, env: repo.env }));
    expect(at(staged, 'more.pak')).toEqual([['curl-user-password', 3]]);
  });

  it('finds the credential files of common tools', async () => {
    const dir = tempTree({
      'public_html/wp-config.php': "<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'DB_PASSWORD', 'Tq7#vLp2Wz9!' );\n",
      'etc/shadow':
        'root:$6$Qhh.124HTeciU2Bi$AsCCtiWr2dy.9RbURleVe5gWgZaz6rwSlfyV3INh2CmFW2kKpd9mMJtRTeadb6fbKbNAzPrSXS0Bz9w.aR.t21:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n',
      'filezilla/sitemanager.xml':
        '<FileZilla3>\n<Servers>\n<Server>\n<Host>files.acme.dev</Host>\n<User>deploy</User>\n<Pass encoding="base64">Ums4I3ZxMkx4OVR6</Pass>\n</Server>\n</Servers>\n</FileZilla3>\n',
      'WinSCP.ini':
        '[Sessions\\deploy@files.acme.dev]\nHostName=files.acme.dev\nUserName=deploy\nPassword=A35C7C510EC7E29C38D413B8B72E86ECF538392C3033253A3530392F723D3F31397238392A0E37647F2A2D6E10246508269304B31265EA933F0758A099E403C0B8D3A8\n',
      '.env': 'APP_NAME=shop\nAPP_KEY=base64:9kTJyDT7L0c6i54uS6npuvyaJh9xbAY5Ni9lAjxfEgo=\n',
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--no-gitignore']));
    expect(at(list, 'public_html/wp-config.php')).toEqual([['php-define-secret', 3]]);
    expect(at(list, 'etc/shadow')).toEqual([['unix-crypt-password-hash', 1]]);
    expect(at(list, 'filezilla/sitemanager.xml')).toEqual([['filezilla-base64-password', 6]]);
    expect(at(list, 'WinSCP.ini')).toEqual([['winscp-saved-password', 4]]);
    expect(at(list, '.env')).toEqual([['laravel-app-key', 2]]);
  });

  it('finds the saved logins and keys of desktop tools, and keys stored without PEM armour', async () => {
    const keys = new FakeKeys('scan-layouts-stores');
    // Firefox encrypts each login with NSS SDR: DER { key id F8 00…01, { 3DES OID, IV }, ciphertext }.
    const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag, body.length]), body]);
    const sdr = (): string =>
      tlv(
        0x30,
        Buffer.concat([
          tlv(0x04, Buffer.from('f8000000000000000000000000000001', 'hex')),
          tlv(0x30, Buffer.concat([tlv(0x06, Buffer.from('2a864886f70d0307', 'hex')), tlv(0x04, keys.bytes(8))])),
          tlv(0x04, keys.bytes(16)),
        ]),
      ).toString('base64');
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'sec1' });
    const dir = tempTree({
      'profile/logins.json': `{"logins":[{"id":1,"hostname":"https://git.acme.dev",\n"encryptedUsername":"${sdr()}",\n"encryptedPassword":"${sdr()}"}]}\n`,
      'backup/connections.ncx': `<?xml version="1.0" encoding="UTF-8"?>\n<Connections Ver="1.5">\n<Connection ConnectionName="prod" ConnType="MYSQL" Host="db.acme.dev" UserName="app" Password="${keys.navicatPassword()}"/>\n</Connections>\n`,
      'nats/app.creds': `-----BEGIN NATS USER JWT-----\neyJ0eXAiOiJKV1QifQ.e30.sig\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n${keys.natsSeed()}\n------END USER NKEY SEED------\n`,
      'config/signing.json': `{\n  "alg": "ES256",\n  "private_key": "${ecKey.toString('base64')}"\n}\n`,
    });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--no-gitignore']));
    expect(at(list, 'profile/logins.json')).toEqual([
      ['firefox-saved-login', 2],
      ['firefox-saved-login', 3],
    ]);
    expect(at(list, 'backup/connections.ncx')).toEqual([['navicat-saved-password', 3]]);
    expect(at(list, 'nats/app.creds')).toEqual([['nats-creds-nkey-seed', 6]]);
    expect(at(list, 'config/signing.json')).toEqual([['private-key-der-base64', 3]]);
  });
});

describe('tokguard scan: decoded spellings', () => {
  it('reports a percent-encoded URL password once, not again after decoding', async () => {
    const dir = tempTree({ '.git-credentials': 'https://ana:Wq7%23vLp2Tz%21k9@github.com\n' });
    const list = findings(await runCli(['scan', dir, '--format', 'json', '--no-gitignore']));
    expect(at(list, '.git-credentials')).toEqual([['git-credentials-url', 1]]);
  });
  it('finds a token printed in colour in a console log, at its own column', async () => {
    const token = new FakeKeys('scan-layouts-ansi').github();
    const log = ['\x1b[1mdeploy\x1b[0m starting', `12:00:01 token: \x1b[93m${token}\x1b[0m (from env)`, ''].join('\n');
    const dir = tempTree({ 'logs/deploy.log': log });
    const list = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(at(list, 'logs/deploy.log')).toEqual([['github-pat-classic', 2]]);
    const found = list.find((f) => f.file === 'logs/deploy.log') as Finding & { column?: number };
    expect(found.column).toBe('12:00:01 token: \x1b[93m'.length + 1);
  });
});
