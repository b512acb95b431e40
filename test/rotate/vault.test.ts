/**
 * Vault rotation through the real node-vault client over HTTP: against the emulator in
 * test/servers (default), or a real Vault when VAULT_ADDR and VAULT_TOKEN are set (the cases
 * that need the emulator's fault injection or dynamic-secrets engine are then skipped).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VaultEmulator } from '../servers/vault-emulator.js';
import { parseRotationConfig } from '../../src/rotate/config.js';
import { planUnits } from '../../src/rotate/planner.js';
import { Executor } from '../../src/rotate/executor.js';
import { Journal } from '../../src/rotate/journal.js';
import { loadRotated } from '../../src/rotate/rotated.js';
import { UserError } from '../../src/errors.js';
import { assertNoPlaintext, cleanup, findingFor, makeRepo, crashAfter } from './helpers.js';

const REAL = Boolean(process.env.VAULT_ADDR && process.env.VAULT_TOKEN);
let emu: VaultEmulator | undefined;
const roots: string[] = [];

type VaultClient = import('node-vault').client;
let vault: VaultClient;

beforeAll(async () => {
  if (!REAL) {
    emu = new VaultEmulator();
    await emu.start();
    process.env.VAULT_ADDR = emu.url;
    process.env.VAULT_TOKEN = emu.rootToken;
  }
  const nv = (await import('node-vault')).default;
  vault = nv({ endpoint: process.env.VAULT_ADDR, token: process.env.VAULT_TOKEN });
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => {
  emu?.clearFaults();
  for (const r of roots.splice(0)) cleanup(r);
});

async function leakedToken(): Promise<string> {
  const r = await vault.write('auth/token/create-orphan', { policies: ['default'], ttl: '1h' });
  return r.auth.client_token as string;
}

async function tokenAlive(token: string): Promise<boolean> {
  try {
    await vault.write('auth/token/lookup', { token });
    return true;
  } catch (err) {
    if ((err as { response?: { statusCode?: number } }).response?.statusCode === 403) return false;
    throw err;
  }
}

async function kv(path: string): Promise<{ data: Record<string, string>; version: number }> {
  const r = await vault.read(`secret/data/${path}`);
  return { data: r.data.data, version: r.data.metadata.version };
}

interface Setup {
  root: string;
  old: string;
  kvPath: string;
  units: ReturnType<typeof planUnits>['units'];
}

async function setup(grace = '0s'): Promise<Setup> {
  const old = await leakedToken();
  const kvPath = `app-${randomBytes(4).toString('hex')}`;
  // The store holds the leaked token now: that is what preflight checks (by hash) before any change.
  await vault.write(`secret/data/${kvPath}`, { data: { token: old, other: 'kept' } });
  const root = makeRepo({
    '.env': `# app settings\r\nexport VAULT_TOKEN="${old}"\r\nLOG_LEVEL=debug\r\n`,
    'app.py': `#!/usr/bin/env python3\nimport sys\n\nTOKEN = "${old}"  # do not commit\nprint(TOKEN)\n`,
  });
  roots.push(root);
  const cfg = parseRotationConfig({
    targets: [
      {
        match: { rule: 'vault-token' },
        issuer: { type: 'vault-token', policies: ['default'], ttl: '1h' },
        store: { type: 'vault-kv', mount: 'secret', path: kvPath, key: 'token' },
        reference: { env: 'VAULT_TOKEN' },
        grace,
      },
    ],
  });
  const findings = [findingFor(root, '.env', 'vault-token', old), findingFor(root, 'app.py', 'vault-token', old)];
  const { units } = planUnits(cfg, findings);
  return { root, old, kvPath, units };
}

async function assertRotated(s: Setup, id: string): Promise<void> {
  const { data, version } = await kv(s.kvPath);
  expect(data.other).toBe('kept');
  expect(data.token).not.toBe(s.old);
  expect(await tokenAlive(data.token as string)).toBe(true);
  expect(await tokenAlive(s.old)).toBe(false);
  expect(version).toBe(2);
  // Exactly one token issued by this rotation is alive.
  if (emu) expect([...emu.tokens.values()].filter((t) => t.meta?.tokguard_rotation === id)).toHaveLength(1);
  // dotenv does not expand ${VAULT_TOKEN}: the tracked .env keeps a pointer, not a value.
  expect(readFileSync(join(s.root, '.env'), 'utf8')).toBe(
    `# app settings\r\n# VAULT_TOKEN: removed by tokguard rotate; set it in the environment (the current value is in vault-kv secret/${s.kvPath})\r\nLOG_LEVEL=debug\r\n`,
  );
  expect(readFileSync(join(s.root, 'app.py'), 'utf8')).toBe(
    '#!/usr/bin/env python3\nimport os\nimport sys\n\nTOKEN = os.environ["VAULT_TOKEN"]  # do not commit\nprint(TOKEN)\n',
  );
  const pending = await vault.read(`secret/data/${s.kvPath}__tokguard_pending`).catch(() => undefined);
  expect(pending).toBeUndefined();
  expect(loadRotated(s.root).get(s.units[0]!.refs[0]!.secretHash)?.state).toBe('deleted');
  assertNoPlaintext(s.root, [s.old, data.token as string]);
  expect(Journal.open(s.root, id).data.status).toBe('done');
}

const quiet = { log: () => {} };

describe('vault-token issuer with vault-kv store', () => {
  it('rotates end to end: new token in KV (CAS), files rewritten, old token revoked', async () => {
    const s = await setup();
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
  });

  const CRASH_POINTS = [
    'issue',
    'store-pending',
    'rewrite:.env',
    'rewrite',
    'verify',
    'promote',
    'deactivate-old',
    'record',
    'delete-old',
  ];
  for (const point of CRASH_POINTS) {
    it(`recovers with --resume after dying right after ${point}`, async () => {
      const s = await setup();
      const id = await crashAfter(s.units, { root: s.root, revoke: true, ...quiet }, point);
      // No plaintext anywhere even in the crashed state.
      assertNoPlaintext(s.root, [s.old]);
      const ex = await Executor.resume(id, { root: s.root, ...quiet });
      await assertRotated(s, ex.id);
    });
  }

  it('without --revoke and with a grace period, keeps the old token until a later --resume --revoke', async () => {
    const s = await setup('24h');
    const ex = await Executor.start(s.units, { root: s.root, ...quiet });
    expect(Journal.open(s.root, ex.id).data.status).toBe('awaiting-delete');
    expect(await tokenAlive(s.old)).toBe(true);
    await Executor.resume(ex.id, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
  });

  it('--contain-first revokes the leaked token before issuing', async () => {
    const s = await setup();
    let aliveAtIssue: boolean | undefined;
    const ex = await Executor.start(s.units, {
      root: s.root,
      containFirst: true,
      ...quiet,
      afterStep: (_u, step) => {
        if (step === 'contain') void tokenAlive(s.old).then((a) => (aliveAtIssue = a));
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(aliveAtIssue).toBe(false);
    await assertRotated(s, ex.id);
  });

  it('rollback before the old token is revoked restores files, KV and kills the new token', async () => {
    const s = await setup('24h');
    const ex = await Executor.start(s.units, { root: s.root, ...quiet });
    const { data } = await kv(s.kvPath);
    const newToken = data.token as string;
    await Executor.rollback(ex.id, { root: s.root, ...quiet });
    expect(await tokenAlive(s.old)).toBe(true);
    expect(await tokenAlive(newToken)).toBe(false);
    expect((await kv(s.kvPath)).data.token).toBe(s.old);
    expect(readFileSync(join(s.root, '.env'), 'utf8')).toContain(s.old);
    expect(loadRotated(s.root).size).toBe(0);
    assertNoPlaintext(s.root, [s.old, newToken]);
  });

  it('refuses to roll back once the old token is revoked', async () => {
    const s = await setup();
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await expect(Executor.rollback(ex.id, { root: s.root, ...quiet })).rejects.toThrow(
      /already deleted; cannot roll back/,
    );
  });
});

describe('bad input: one line, nothing changed, exit 2', () => {
  async function expectNothingChanged(s: Setup, fn: () => Promise<unknown>, message: RegExp) {
    const env = readFileSync(join(s.root, '.env'), 'utf8');
    const err = await fn().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
    expect(readFileSync(join(s.root, '.env'), 'utf8')).toBe(env);
    expect(await tokenAlive(s.old)).toBe(true);
  }

  it('the KV secret does not exist', async () => {
    const s = await setup();
    s.units[0]!.target.store = { type: 'vault-kv', mount: 'secret', path: 'does-not-exist-xyz', key: 'token' };
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /does not exist.*nothing was changed/,
    );
  });

  it('a wrong VAULT_TOKEN', async () => {
    const s = await setup();
    vi.stubEnv('VAULT_TOKEN', 'hvs.not-a-valid-token-0000000000');
    await expectNothingChanged(s, () => Executor.start(s.units, { root: s.root, ...quiet }), /permission denied/);
  });

  it('VAULT_TOKEN is the leaked token itself', async () => {
    const s = await setup();
    vi.stubEnv('VAULT_TOKEN', s.old);
    await expectNothingChanged(s, () => Executor.start(s.units, { root: s.root, ...quiet }), /leaked token itself/);
  });

  it('an unreachable Vault', async () => {
    const s = await setup();
    vi.stubEnv('VAULT_ADDR', 'http://127.0.0.1:9');
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    );
  });

  it('a foreign pending value (another rotation in progress)', async () => {
    const s = await setup();
    await vault.write(`secret/data/${s.kvPath}__tokguard_pending`, {
      data: { token: 'x', tokguard_rotation: 'someone-else' },
    });
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /pending value from another rotation/,
    );
  });

  it('a concurrent rotation holding the journal lock', async () => {
    const s = await setup();
    let inner: unknown;
    await Executor.start(s.units, {
      root: s.root,
      revoke: true,
      ...quiet,
      afterStep: () => {
        if (inner === undefined) inner = 'pending';
      },
      prompt: async () => '',
    }).then(() => undefined);
    // A lock held by a live process (ours, simulated by acquiring it directly):
    const { RotationLock } = await import('../../src/rotate/journal.js');
    const s2 = await setup();
    const lock = RotationLock.acquire(s2.root, 'rot-20260101-000000-aaaaaa');
    try {
      await expectNothingChanged(
        s2,
        () => Executor.start(s2.units, { root: s2.root, ...quiet }),
        /another rotation is running/,
      );
    } finally {
      lock.release();
    }
  });

  it('a CAS mismatch at promote stops before anything is promoted, and resume after the fix succeeds', async () => {
    const s = await setup();
    const id = await crashAfter(s.units, { root: s.root, revoke: true, ...quiet }, 'verify');
    await vault.write(`secret/data/${s.kvPath}`, { data: { token: 'someone-else-wrote-this', other: 'kept' } });
    await expect(Executor.resume(id, { root: s.root, ...quiet })).rejects.toThrow(
      /check-and-set mismatch.*nothing was promoted/,
    );
    expect((await kv(s.kvPath)).data.token).toBe('someone-else-wrote-this');
    expect(await tokenAlive(s.old)).toBe(true);
    assertNoPlaintext(s.root, [s.old]);
  });
});

describe.skipIf(REAL)('remote faults (emulator)', () => {
  for (const [label, status] of [
    ['500', 500],
    ['429', 429],
  ] as const) {
    for (const route of [
      /POST \/v1\/auth\/token\/create-orphan/,
      /POST \/v1\/secret\/data\/app-[^_]+__tokguard_pending/,
      /POST \/v1\/secret\/data\/app-[0-9a-f]+$/,
      /POST \/v1\/auth\/token\/revoke-accessor/,
    ]) {
      it(`a ${label} on ${route.source} stops cleanly; --resume finishes`, async () => {
        const s = await setup();
        emu!.fail(route, status);
        const err = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(UserError);
        expect((err as Error).message).toMatch(label === '429' ? /rate limited/ : /server error 500/);
        expect((err as Error).message).toMatch(/--resume rot-/);
        const id = Journal.list(s.root)[0]!;
        assertNoPlaintext(s.root, [s.old]);
        const ex = await Executor.resume(id, { root: s.root, ...quiet });
        await assertRotated(s, ex.id);
      });
    }
  }
});

describe.skipIf(REAL)('vault-lease issuer (dynamic secrets)', () => {
  it('issues a new lease, stores it, and revokes the old lease with sync', async () => {
    const oldLease = emu!.createLease('database/creds/app');
    const kvPath = `db-${randomBytes(4).toString('hex')}`;
    emu!.putKv('secret', kvPath, { DB_USERNAME: oldLease.data.username, DB_PASSWORD: oldLease.data.password });
    const root = makeRepo({ 'settings.py': `DB_PASSWORD = '${oldLease.data.password}'\n` });
    roots.push(root);
    const cfg = parseRotationConfig({
      targets: [
        {
          match: { paths: ['settings.py'] },
          issuer: { type: 'vault-lease', path: 'database/creds/app', oldLeaseId: oldLease.id },
          store: { type: 'vault-kv', mount: 'secret', path: kvPath },
          grace: '0s',
        },
      ],
    });
    const { units } = planUnits(cfg, [findingFor(root, 'settings.py', 'generic-password', oldLease.data.password)]);
    await Executor.start(units, { root, revoke: true, ...quiet });
    expect(emu!.leases.has(oldLease.id)).toBe(false);
    expect(emu!.leases.size).toBe(1);
    const cur = emu!.currentKv('secret', kvPath)!;
    const live = [...emu!.leases.values()][0]!;
    expect(cur.data.DB_PASSWORD).toBe(live.data.password);
    expect(cur.data.DB_USERNAME).toBe(live.data.username);
    expect(readFileSync(join(root, 'settings.py'), 'utf8')).toBe(
      'import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\n',
    );
    expect(emu!.requests.some((r) => r.path === '/v1/sys/leases/revoke' && r.status === 204)).toBe(true);
    assertNoPlaintext(root, [oldLease.data.password, live.data.password]);
  });

  it('the emulator answers 202 for a lease revoke without sync (which node-vault treats as an error)', async () => {
    const l = emu!.createLease('database/creds/app');
    await expect(vault.write('sys/leases/revoke', { lease_id: l.id })).rejects.toThrow(/Status 202/);
  });
});
