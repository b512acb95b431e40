import { createCipheriv, createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonFindings, runCli, type CliResult } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempTree } from '../helpers/tmp.js';

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  secret?: string;
  lineText: string;
  decodedFrom?: string;
  confidence: string;
}

const findings = (r: CliResult): Finding[] => jsonFindings<Finding>(r, /internal error|Error:/);

// DBeaver's published key (DefaultSecureStorage.LOCAL_KEY_CACHE): the file is IV + AES-128-CBC.
const DBEAVER_KEY = Buffer.from('babb4a9f774ab853c96c2d653dfe544a', 'hex');

/** Fake passwords generated for each run: never real credentials. */
const fakePassword = (): string => `${randomBytes(9).toString('base64url')}!7`;

/**
 * A credentials-config.json as DBeaver writes it. The IV starts with a NUL (so the file is
 * binary to git and to tokguard) and holds line feeds (so the secrets are not on line 1).
 */
function dbeaverCredentials(plain: object, key = DBEAVER_KEY): Buffer {
  const iv = Buffer.concat([Buffer.from([0x00, 0x0a, 0x41, 0x0a]), randomBytes(12)]);
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(JSON.stringify(plain)), cipher.final()]);
}

/**
 * A value as mRemoteNG 1.76+ encrypts it: salt | nonce | AES-256-GCM | tag, the key PBKDF2-SHA1 of
 * the master password over the salt with the file's KdfIterations, the salt authenticated too.
 */
function mremotengGcm(plain: string, master: string, iterations: number): string {
  const salt = randomBytes(16);
  const nonce = randomBytes(16);
  const cipher = createCipheriv('aes-256-gcm', pbkdf2Sync(master, salt, iterations, 32, 'sha1'), nonce);
  cipher.setAAD(salt);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([salt, nonce, body, cipher.getAuthTag()]).toString('base64');
}

/**
 * A confCons.xml as mRemoteNG saves it with "Encrypt complete connection file": the root keeps
 * its attributes and its content, the nodes with their own encrypted passwords, is one value.
 */
function mremotengFullFile(nodes: string[], master: string, iterations: number): string {
  const inner = nodes.map((n) => `\n    ${n}`).join('') + '\n';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="${iterations}" FullFileEncryption="true" Protected="${mremotengGcm('ThisIsNotProtected', master, iterations)}" ConfVersion="2.6">${mremotengGcm(inner, master, iterations)}</mrng:Connections>`,
    '',
  ].join('\n');
}

/** The line `grep -an` gives for the file byte that encrypts plaintext byte `p`. */
function lineOfPlainOffset(file: Buffer, p: number): number {
  let line = 1;
  for (let i = 0; i < 16 + p; i++) if (file[i] === 0x0a) line++;
  return line;
}

describe('tokguard scan: saved-password stores', () => {
  const db = fakePassword();
  const tunnel = fakePassword();
  const plain = {
    'postgres-jdbc-18c4e2a1f2d-6a1d2b3c4d5e6f70': { '#connection': { user: 'orders_app', password: db } },
    'mysql8-18c4e2a1f2d-11aa': {
      '#connection': { user: 'shop' },
      'network/ssh_tunnel': { user: 'deploy', password: tunnel },
    },
  };
  const text = JSON.stringify(plain);

  it('decrypts a DBeaver credentials-config.json and reports each password where its ciphertext is', async () => {
    const file = dbeaverCredentials(plain);
    const dir = tempTree({ '.dbeaver/credentials-config.json': file });
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    expect(r.code).toBe(1);
    const found = findings(r).filter((f) => f.file === '.dbeaver/credentials-config.json');
    expect(found.map((f) => [f.ruleId, f.secret, f.line, f.decodedFrom])).toEqual([
      ['dbeaver-saved-credentials', db, lineOfPlainOffset(file, text.indexOf(db)), 'dbeaver-credentials'],
      ['dbeaver-saved-credentials', tunnel, lineOfPlainOffset(file, text.indexOf(tunnel)), 'dbeaver-credentials'],
    ]);
    expect(found.every((f) => f.confidence === 'high')).toBe(true);
  });

  it('shows the decrypted entry with the passwords masked, never the ciphertext', async () => {
    const dir = tempTree({ '.dbeaver/credentials-config.json': dbeaverCredentials(plain) });
    const found = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.lineText).toMatch(/"user":"(?:orders_app|deploy)","password":"\[encoded\]"/);
      expect(f.lineText).not.toContain(db);
      expect(f.lineText).not.toContain(tunnel);
      expect(f.secret).toBeUndefined();
    }
    const textReport = await runCli(['scan', dir]);
    expect(textReport.stdout).toContain('found after decoding dbeaver-credentials');
    expect(textReport.stdout).not.toContain(db);
  });

  it('finds it in history and in a staged commit, binary to git as it is', async () => {
    const repo = new GitRepo();
    repo.commit('add README', { 'README.md': '# app\n' });
    repo.commit('add DBeaver project', { 'General/.dbeaver/credentials-config.json': dbeaverCredentials(plain) });
    const history = findings(await runCli(['scan', '--history', repo.dir, '--format', 'json'], { env: repo.env }));
    expect(history.map((f) => f.ruleId)).toEqual(['dbeaver-saved-credentials', 'dbeaver-saved-credentials']);

    const other = fakePassword();
    repo.write({
      'Other/.dbeaver/credentials-config.json': dbeaverCredentials({ 'x-1': { '#connection': { password: other } } }),
    });
    repo.git('add', '-A');
    const staged = findings(
      await runCli(['scan', '--staged', '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: repo.env }),
    );
    expect(staged.map((f) => [f.file, f.secret])).toEqual([['Other/.dbeaver/credentials-config.json', other]]);
  });

  it('restores its passwords from a history state: the blob is read again under its path', async () => {
    // The store is opened by its file name: a blob matched again without its path reads as
    // random bytes, and the state looked as if it described another repository.
    const repo = new GitRepo();
    repo.commit('add DBeaver project', { 'General/.dbeaver/credentials-config.json': dbeaverCredentials(plain) });
    const state = `${tempTree()}/history.state`;
    const scan = async (): Promise<CliResult> =>
      runCli(['scan', '--history', repo.dir, '--format', 'json', '--show-secrets', '--state', state], {
        env: repo.env,
      });
    const first = await scan();
    expect(first.code, first.stderr).toBe(1);
    const again = await scan();
    expect(again.stderr).not.toContain('does not match blob');
    expect(findings(again).map((f) => [f.ruleId, f.secret])).toEqual(findings(first).map((f) => [f.ruleId, f.secret]));
    expect(findings(again).map((f) => f.secret)).toEqual([db, tunnel]);
  });

  it('reports nothing for a credentials file under another key (a master password) or of random bytes', async () => {
    const dir = tempTree({
      'a/.dbeaver/credentials-config.json': dbeaverCredentials(plain, randomBytes(16)),
      'b/.dbeaver/credentials-config.json': randomBytes(4096),
      'c/.dbeaver/credentials-config.json': Buffer.from([0, 1, 2]),
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(findings(r)).toEqual([]);
  });

  it('decrypts mRemoteNG passwords under the default master password; others are low confidence', async () => {
    const gcm = (plain: string, master: string): string => mremotengGcm(plain, master, 1000);
    const legacy = (plain: string): string => {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-128-cbc', createHash('md5').update('mR3m').digest(), iv);
      return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
    };
    const [web, dc, db] = [fakePassword(), fakePassword(), fakePassword()];
    const node = (name: string, password: string): string =>
      `    <Node Name="${name}" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Id="${randomBytes(8).toString('hex')}" Username="admin" Domain="" Password="${password}" Hostname="${name}.corp.internal" Protocol="RDP" Port="3389" />`;
    const conf = (protectedBy: string, nodes: string[]): string =>
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="${protectedBy}" ConfVersion="2.6">`,
        ...nodes,
        '</mrng:Connections>',
        '',
      ].join('\n');
    const dir = tempTree({
      'default/confCons.xml': conf(gcm('ThisIsNotProtected', 'mR3m'), [
        node('web', gcm(web, 'mR3m')),
        node('dc', legacy(dc)),
      ]),
      'custom/confCons.xml': conf(gcm('ThisIsProtected', 'Corp-Vault-7'), [node('db', gcm(db, 'Corp-Vault-7'))]),
    });
    const found = findings(await runCli(['scan', dir, '--format', 'json', '--show-secrets']));
    expect(found.map((f) => [f.file, f.line, f.ruleId, f.confidence, f.secret])).toEqual([
      ['custom/confCons.xml', 3, 'mremoteng-saved-password', 'low', expect.any(String)],
      ['default/confCons.xml', 3, 'mremoteng-saved-password', 'high', expect.any(String)],
      ['default/confCons.xml', 4, 'mremoteng-saved-password', 'high', expect.any(String)],
    ]);
    // The report names the stored (encrypted) value: what the file holds and what to rotate.
    expect(found.every((f) => f.secret !== web && f.secret !== dc && f.secret !== db)).toBe(true);
  });

  it('opens a whole-file encrypted mRemoteNG file saved with more KDF rounds and finds its passwords', async () => {
    const iterations = 7000;
    const [web, db, vault] = [fakePassword(), fakePassword(), fakePassword()];
    const node = (name: string, password: string): string =>
      `<Node Name="${name}" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Id="${randomBytes(8).toString('hex')}" Username="svc-${name}" Domain="CORP" Password="${password}" Hostname="${name}.corp.internal" Protocol="RDP" Port="3389" />`;
    const perValue = (password: string): string =>
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="${iterations}" FullFileEncryption="false" Protected="${mremotengGcm('ThisIsNotProtected', 'mR3m', iterations)}" ConfVersion="2.6">`,
        `    ${node('db', password)}`,
        '</mrng:Connections>',
        '',
      ].join('\n');
    const dir = tempTree({
      'whole/confCons.xml': mremotengFullFile(
        [node('web', mremotengGcm(web, 'mR3m', iterations)), node('dc', mremotengGcm(db, 'mR3m', iterations))],
        'mR3m',
        iterations,
      ),
      'values/confCons.xml': perValue(mremotengGcm(db, 'mR3m', iterations)),
      // under a master password of the user's: the content does not open, nothing inside is read
      'locked/confCons.xml': mremotengFullFile(
        [node('vault', mremotengGcm(vault, 'Vault-88', iterations))],
        'Vault-88',
        iterations,
      ),
    });
    const r = await runCli(['scan', dir, '--format', 'json', '--show-secrets']);
    // The file under the user's master password stays closed: its one value is reported, low.
    expect(
      findings(r)
        .filter((f) => f.ruleId === 'mremoteng-encrypted-connection-file')
        .map((f) => [f.file, f.line, f.confidence]),
    ).toEqual([['locked/confCons.xml', 2, 'low']]);
    const found = findings(r).filter((f) => f.ruleId === 'mremoteng-saved-password');
    expect(found.map((f) => [f.file, f.line, f.confidence, f.decodedFrom])).toEqual([
      ['values/confCons.xml', 3, 'high', undefined],
      ['whole/confCons.xml', 2, 'high', 'mremoteng-full-file'],
      ['whole/confCons.xml', 2, 'high', 'mremoteng-full-file'],
    ]);
    // The stored (encrypted) values are what is reported, never a password in the clear.
    for (const f of found) expect([web, db, vault]).not.toContain(f.secret);
    expect(r.stdout).not.toContain(web);
    // Without --show-secrets the line shows the decrypted node with the stored value masked.
    const masked = findings(await runCli(['scan', dir, '--format', 'json'])).filter((f) => f.decodedFrom);
    expect(masked.map((f) => /Hostname="(\w+)\./.exec(f.lineText)?.[1])).toEqual(['web', 'dc']);
    for (const f of masked) for (const g of found) expect(f.lineText).not.toContain(g.secret);
  });

  it('decrypts SQL Developer 3 passwords and reports later versions encrypted, at low confidence', async () => {
    const v3 = (plain: string): string => {
      const key = randomBytes(8);
      const cipher = createCipheriv('des-ede3-cbc', Buffer.concat([key, key, key]), Buffer.alloc(8));
      return `05${key.toString('hex')}${Buffer.concat([cipher.update(plain), cipher.final()]).toString('hex')}`.toUpperCase();
    };
    const v4 = randomBytes(24).toString('base64');
    const xml = (contents: string): string =>
      [
        "<?xml version = '1.0' encoding = 'UTF-8'?>",
        '<References xmlns="http://xmlns.oracle.com/adf/jndi">',
        '   <Reference name="hr@orcl" className="oracle.jdeveloper.db.adapter.DatabaseProvider" xmlns="">',
        '      <RefAddresses>',
        '         <StringRefAddr addrType="user">',
        '            <Contents>hr</Contents>',
        '         </StringRefAddr>',
        '         <StringRefAddr addrType="password">',
        `            <Contents>${contents}</Contents>`,
        '         </StringRefAddr>',
        '      </RefAddresses>',
        '   </Reference>',
        '</References>',
        '',
      ].join('\n');
    const json = JSON.stringify(
      {
        connections: [
          {
            info: {
              role: '',
              SavePassword: 'true',
              OracleConnectionType: 'BASIC',
              RaptorConnectionType: 'Oracle',
              serviceName: 'ORCLPDB1',
              password: randomBytes(32).toString('base64'),
              hostname: 'db.corp.internal',
              user: 'hr',
            },
            name: 'hr@orcl',
            type: 'jdbc',
          },
        ],
      },
      null,
      2,
    );
    const dir = tempTree({
      'sqldev3/connections.xml': xml(v3(fakePassword())),
      'sqldev4/connections.xml': xml(v4),
      'sqldev23/connections.json': json,
    });
    const found = findings(await runCli(['scan', dir, '--format', 'json']));
    expect(found.map((f) => [f.file, f.line, f.ruleId, f.confidence])).toEqual([
      ['sqldev23/connections.json', 10, 'sqldeveloper-encrypted-password', 'low'],
      ['sqldev3/connections.xml', 9, 'sqldeveloper-v3-saved-password', 'high'],
      ['sqldev4/connections.xml', 9, 'sqldeveloper-encrypted-password', 'low'],
    ]);
  });
});
