/**
 * `tokguard rotate --plan` for Vault targets as an incident responder reads it, from the built
 * CLI against the Vault emulator: the Vault endpoint and where it came from (once, though issuer
 * and store both use it), every call the preflight makes and what it found about the leaked
 * token or lease, with no secret in the output; and an `oldLeaseId` another path issued is
 * refused by `config check` and `rotate` alike, since revoking it would kill another credential.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VaultEmulator } from '../servers/vault-emulator.js';
import { runCli } from '../helpers/cli.js';
import { assertNoPlaintext, cleanup, makeRepo } from './helpers.js';

let emu: VaultEmulator;
const roots: string[] = [];
beforeAll(async () => {
  emu = new VaultEmulator();
  await emu.start();
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => {
  for (const r of roots.splice(0)) cleanup(r);
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function repo(files: Record<string, string>, targets: string[]): string {
  const root = makeRepo({ ...files, '.tokguard.yaml': ['rotation:', '  targets:', ...targets, ''].join('\n') });
  roots.push(root);
  return root;
}

const cli = (root: string, args: string[]) =>
  runCli(args, { cwd: root, env: { HOME: root, VAULT_ADDR: emu.url, VAULT_TOKEN: emu.rootToken } });

describe('rotate --plan for Vault targets', () => {
  it('names the Vault endpoint once and what auth/token/lookup says about the leaked token', async () => {
    const leaked = emu.createToken({ policies: ['default', 'deploy'], ttl: '24h' }).id;
    const kvPath = `app-${randomBytes(4).toString('hex')}`;
    emu.putKv('secret', kvPath, { VAULT_TOKEN: leaked });
    const root = repo({ 'deploy.sh': `#!/bin/sh\nexport VAULT_TOKEN="${leaked}"\n` }, [
      '    - match: { paths: [deploy.sh] }',
      '      issuer: { type: vault-token, policies: [deploy], ttl: 1h }',
      `      store: { type: vault-kv, mount: secret, path: ${kvPath}, key: VAULT_TOKEN }`,
    ]);
    const r = await cli(root, ['rotate', '--plan']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'calls: vault POST auth/token/lookup with the leaked token (still valid? its accessor, which revoke-accessor needs)',
    );
    expect(r.stdout.split('\n').filter((l) => l === `      - Vault: ${emu.url} (VAULT_ADDR)`)).toHaveLength(1);
    expect(r.stdout).toMatch(
      /\n {6}- auth\/token\/lookup: the leaked token \S+ is valid \(policies default, deploy; expires \d{4}-\d\d-\d\dT[\d:.]+Z\); revoked by accessor at delete-old\n/,
    );
    expect(r.stdout).toMatch(new RegExp(`\\n {6}- vault secret secret/${kvPath} \\(version 1\\) holds the leaked`));
    // The plan read, nothing more: the token lives, the store is untouched.
    expect(emu.tokens.has(leaked)).toBe(true);
    expect(emu.currentKv('secret', kvPath)?.data).toEqual({ VAULT_TOKEN: leaked });
    assertNoPlaintext(root, [leaked, emu.rootToken], [r.stdout, r.stderr]);
  });

  it('says whether the leaked token is still valid', async () => {
    const t = emu.createToken({ policies: ['default'], ttl: '24h' });
    emu.tokens.delete(t.id);
    const root = repo({ 'deploy.sh': `export VAULT_TOKEN="${t.id}"\n`, '.gitignore': '.env.local\n' }, [
      '    - match: { paths: [deploy.sh] }',
      '      issuer: { type: vault-token, policies: [default] }',
      '      store: { type: dotenv, file: .env.local }',
    ]);
    const r = await cli(root, ['rotate', '--plan']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`      - Vault: ${emu.url} (VAULT_ADDR)\n`);
    expect(r.stdout).toMatch(
      /- auth\/token\/lookup: the leaked token \S+ is already invalid \(Vault answered 403\); it only has to leave the files\n/,
    );
    assertNoPlaintext(root, [t.id], [r.stdout, r.stderr]);
  });

  it('names the lease lookup and its answer, live or gone', async () => {
    const live = emu.createLease('database/creds/app');
    const gone = emu.createLease('database/creds/app');
    emu.leases.delete(gone.id);
    const root = repo(
      {
        'live/settings.py': `DB_PASSWORD = '${live.data.password}'\n`,
        'gone/settings.py': `DB_PASSWORD = '${gone.data.password}'\n`,
        '.gitignore': '.env.local\n',
      },
      [live, gone].flatMap((l, i) => [
        `    - match: { paths: [${i ? 'gone' : 'live'}/settings.py] }`,
        `      issuer: { type: vault-lease, path: database/creds/app, oldLeaseId: ${l.id} }`,
        '      store: { type: dotenv, file: .env.local }',
        `      reference: { env: { username: DB_USER_${i}, password: DB_PASSWORD } }`,
      ]),
    );
    const r = await cli(root, ['rotate', '--plan']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `calls: vault PUT sys/leases/lookup ${live.id} (the leaked credential's lease: still live?)`,
    );
    expect(r.stdout).toMatch(
      new RegExp(`- sys/leases/lookup ${esc(live.id)}: live, expires \\d{4}-[\\d\\-T:.]+Z; revoked at delete-old\\n`),
    );
    expect(r.stdout).toContain(
      `- sys/leases/lookup ${gone.id}: no such lease: it expired or was revoked (the leaked credential is dead), or oldLeaseId names another lease (then the leaked one stays live: check it)\n`,
    );
    expect(emu.leases.has(live.id)).toBe(true);
    assertNoPlaintext(root, [live.data.password, gone.data.password], [r.stdout, r.stderr]);
  });

  it('refuses an oldLeaseId another path issued, in config check and rotate alike', async () => {
    const other = emu.createLease('database/creds/billing');
    const root = repo({ 'settings.py': `DB_PASSWORD = 'A1a-${randomBytes(12).toString('base64url')}'\n` }, [
      '    - match: { paths: [settings.py] }',
      `      issuer: { type: vault-lease, path: database/creds/app, oldLeaseId: ${other.id} }`,
      '      store: { type: vault-kv, path: app }',
    ]);
    const want = `tokguard: .tokguard.yaml: rotation.targets[0].issuer.oldLeaseId: must be a lease issued by database/creds/app (its id starts with "database/creds/app/")\n`;
    const check = await cli(root, ['config', 'check']);
    const plan = await cli(root, ['rotate', '--plan']);
    expect([check.code, check.stderr]).toEqual([2, want]);
    expect([plan.code, plan.stderr]).toEqual([2, want]);
    expect(emu.leases.has(other.id)).toBe(true);
  });
});
