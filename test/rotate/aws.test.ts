/**
 * AWS rotation through the real SDK clients over HTTP against moto_server on loopback, with a
 * fault-injecting proxy in between. moto is lax where AWS is strict (it lets inactive keys sign
 * requests and overwrites a pending version given the same token); the checks below look at
 * key status and version values directly instead of trusting moto to refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as IAM from '@aws-sdk/client-iam';
import * as SM from '@aws-sdk/client-secrets-manager';
import { motoAvailable, startMoto, type Moto } from '../servers/moto.js';
import { FaultProxy } from '../servers/fault-proxy.js';
import { parseRotationConfig } from '../../src/rotate/config.js';
import { planUnits } from '../../src/rotate/planner.js';
import { Executor } from '../../src/rotate/executor.js';
import { Journal } from '../../src/rotate/journal.js';
import { loadRotated } from '../../src/rotate/rotated.js';
import { UserError } from '../../src/errors.js';
import { assertNoPlaintext, cleanup, findingFor, makeRepo, crashAfter } from './helpers.js';

const RUN = motoAvailable();
let moto: Moto;
let proxy: FaultProxy;
let iam: IAM.IAMClient;
let sm: SM.SecretsManagerClient;
const roots: string[] = [];
const quiet = { log: () => {} };

beforeAll(async () => {
  if (!RUN) return;
  moto = await startMoto();
  proxy = new FaultProxy(moto.url);
  await proxy.start();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDOPERATORTESTING0',
    AWS_SECRET_ACCESS_KEY: 'operator-secret-for-tests-only',
    AWS_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const cfg = {
    region: 'us-east-1',
    endpoint: moto.url,
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDOPERATORTESTING0', secretAccessKey: 'operator-secret-for-tests-only' },
  };
  iam = new IAM.IAMClient(cfg);
  sm = new SM.SecretsManagerClient(cfg);
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
});
afterEach(() => {
  proxy?.clear();
  for (const r of roots.splice(0)) cleanup(r);
});

interface Setup {
  root: string;
  user: string;
  oldId: string;
  oldSecret: string;
  secretId: string;
  units: ReturnType<typeof planUnits>['units'];
}

async function setup(opts: { grace?: string; user?: boolean } = {}): Promise<Setup> {
  const user = `app-${randomBytes(4).toString('hex')}`;
  await iam.send(new IAM.CreateUserCommand({ UserName: user }));
  const k = await iam.send(new IAM.CreateAccessKeyCommand({ UserName: user }));
  const oldId = k.AccessKey!.AccessKeyId!;
  const oldSecret = k.AccessKey!.SecretAccessKey!;
  const secretId = `prod/${user}`;
  await sm.send(
    new SM.CreateSecretCommand({
      Name: secretId,
      SecretString: JSON.stringify({ AWS_ACCESS_KEY_ID: oldId, AWS_SECRET_ACCESS_KEY: oldSecret, region: 'us-east-1' }),
    }),
  );
  const root = makeRepo({
    'config.js': `// S3 uploader\nexport const s3 = {\n  region: "us-east-1",\n  accessKeyId: '${oldId}',\n  secretAccessKey: "${oldSecret}", // TODO move\n};\n`,
  });
  roots.push(root);
  const cfg = parseRotationConfig({
    targets: [
      {
        match: { rules: ['aws-access-key-id', 'aws-secret-access-key'] },
        issuer: { type: 'aws-iam', region: 'us-east-1', endpoint: proxy.url, ...(opts.user ? { user } : {}) },
        store: { type: 'aws-secrets-manager', secretId, region: 'us-east-1', endpoint: proxy.url },
        grace: opts.grace ?? '0s',
      },
    ],
  });
  const findings = [
    findingFor(root, 'config.js', 'aws-access-key-id', oldId),
    findingFor(root, 'config.js', 'aws-secret-access-key', oldSecret),
  ];
  const plan = planUnits(cfg, findings);
  expect(plan.units).toHaveLength(1);
  return { root, user, oldId, oldSecret, secretId, units: plan.units };
}

async function keys(user: string) {
  const out = await iam.send(new IAM.ListAccessKeysCommand({ UserName: user }));
  return (out.AccessKeyMetadata ?? []).map((k) => ({ id: k.AccessKeyId!, status: k.Status! }));
}

async function stages(secretId: string) {
  return (await sm.send(new SM.DescribeSecretCommand({ SecretId: secretId }))).VersionIdsToStages ?? {};
}

async function current(secretId: string): Promise<Record<string, string>> {
  // Ask for AWSCURRENT explicitly: moto's default (no stage) lags behind UpdateSecretVersionStage.
  const v = await sm.send(new SM.GetSecretValueCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT' }));
  return JSON.parse(v.SecretString!) as Record<string, string>;
}

async function assertRotated(s: Setup, id: string, oldState: 'deleted' | 'Inactive' = 'deleted'): Promise<void> {
  const cur = await current(s.secretId);
  expect(cur.region).toBe('us-east-1');
  const ks = await keys(s.user);
  // Exactly one working key: the one in AWSCURRENT.
  expect(ks.filter((k) => k.status === 'Active').map((k) => k.id)).toEqual([cur.AWS_ACCESS_KEY_ID]);
  expect(cur.AWS_ACCESS_KEY_ID).not.toBe(s.oldId);
  const old = ks.find((k) => k.id === s.oldId);
  if (oldState === 'deleted') expect(old).toBeUndefined();
  else expect(old?.status).toBe('Inactive');
  const st = await stages(s.secretId);
  const all = Object.values(st).flat();
  expect(all.filter((x) => x === 'AWSCURRENT')).toHaveLength(1);
  expect(all.filter((x) => x === 'AWSPREVIOUS')).toHaveLength(1);
  expect(all).not.toContain('AWSPENDING');
  const prevId = Object.entries(st).find(([, v]) => v.includes('AWSPREVIOUS'))![0];
  const prev = await sm.send(new SM.GetSecretValueCommand({ SecretId: s.secretId, VersionId: prevId }));
  expect(JSON.parse(prev.SecretString!).AWS_ACCESS_KEY_ID).toBe(s.oldId);
  expect(readFileSync(join(s.root, 'config.js'), 'utf8')).toBe(
    '// S3 uploader\nexport const s3 = {\n  region: "us-east-1",\n  accessKeyId: process.env.AWS_ACCESS_KEY_ID,\n  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, // TODO move\n};\n',
  );
  const rotated = loadRotated(s.root);
  expect(rotated.size).toBe(2);
  assertNoPlaintext(s.root, [s.oldId, s.oldSecret, cur.AWS_ACCESS_KEY_ID!, cur.AWS_SECRET_ACCESS_KEY!]);
  const j = Journal.open(s.root, id).data;
  expect(j.status).toBe(oldState === 'deleted' ? 'done' : 'awaiting-delete');
}

describe.skipIf(!RUN)('aws-iam issuer with Secrets Manager store (moto)', () => {
  it('rotates end to end, finding the IAM user from the key', async () => {
    const s = await setup();
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
  });

  it('with a grace period, deactivates the old key and deletes it only on a later --resume --revoke', async () => {
    const s = await setup({ grace: '24h', user: true });
    const ex = await Executor.start(s.units, { root: s.root, ...quiet });
    await assertRotated(s, ex.id, 'Inactive');
    expect(loadRotated(s.root).get(s.units[0]!.refs[0]!.secretHash)?.state).toBe('deactivated');
    await Executor.resume(ex.id, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
    expect(loadRotated(s.root).get(s.units[0]!.refs[0]!.secretHash)?.state).toBe('deleted');
  });

  const CRASH_POINTS = [
    'issue',
    'store-pending',
    'rewrite:config.js',
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
      assertNoPlaintext(s.root, [s.oldId, s.oldSecret]);
      // Never two working keys without a record of both, never none.
      const active = (await keys(s.user)).filter((k) => k.status === 'Active');
      expect(active.length).toBeGreaterThanOrEqual(1);
      const ex = await Executor.resume(id, { root: s.root, ...quiet });
      await assertRotated(s, ex.id);
    });
  }

  it('a key created by a crashed attempt before it was recorded is found by listing and deleted', async () => {
    const s = await setup();
    // Die after the intent of issue is journaled but simulate the create having happened.
    const id = await crashAfter(s.units, { root: s.root, revoke: true, ...quiet }, 'issue');
    // Forget the "done" record: as if the process died between CreateAccessKey and the journal write.
    const j = Journal.open(s.root, id);
    const u = j.data.units[0]!;
    u.steps = u.steps.filter((x, i) => !(x.step === 'issue' && x.state === 'done' && i === u.steps.length - 1));
    delete u.state.newKeyHash;
    j.save();
    expect((await keys(s.user)).length).toBe(2);
    const ex = await Executor.resume(id, { root: s.root, ...quiet });
    await assertRotated(s, ex.id);
  });

  for (const [action, kind] of [
    ['CreateAccessKey', '500'],
    ['CreateAccessKey', 'throttle'],
    ['PutSecretValue', 'throttle'],
    ['PutSecretValue', '500'],
    ['UpdateSecretVersionStage', '500'],
    ['UpdateAccessKey', 'throttle'],
    ['DeleteAccessKey', '500'],
  ] as const) {
    it(`${action} failing with ${kind} stops with one line; --resume finishes`, async () => {
      const s = await setup();
      proxy.fail(action, kind);
      const err = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(kind === 'throttle' ? /throttled/ : /service error 500/);
      expect((err as Error).message).not.toContain('\n');
      const id = Journal.list(s.root)[0]!;
      assertNoPlaintext(s.root, [s.oldId, s.oldSecret], [(err as Error).message]);
      const ex = await Executor.resume(id, { root: s.root, ...quiet });
      await assertRotated(s, ex.id);
    });
  }

  it('detects a pending version overwritten under our token (moto allows it, AWS does not)', async () => {
    const s = await setup();
    const id = await crashAfter(s.units, { root: s.root, revoke: true, ...quiet }, 'store-pending');
    const token = String(Journal.open(s.root, id).data.units[0]!.state.storeToken);
    await sm.send(
      new SM.PutSecretValueCommand({
        SecretId: s.secretId,
        ClientRequestToken: token,
        SecretString: '{"AWS_ACCESS_KEY_ID":"x","AWS_SECRET_ACCESS_KEY":"y"}',
        VersionStages: ['AWSPENDING'],
      }),
    );
    await expect(Executor.resume(id, { root: s.root, ...quiet })).rejects.toThrow(
      /changed by someone else|different value/,
    );
  });

  it('rollback before the old key is deleted reactivates it, restores AWSCURRENT and the file, deletes the new key', async () => {
    const s = await setup({ grace: '24h' });
    const ex = await Executor.start(s.units, { root: s.root, ...quiet });
    const newId = (await current(s.secretId)).AWS_ACCESS_KEY_ID!;
    await Executor.rollback(ex.id, { root: s.root, ...quiet });
    const ks = await keys(s.user);
    expect(ks).toEqual([{ id: s.oldId, status: 'Active' }]);
    expect((await current(s.secretId)).AWS_ACCESS_KEY_ID).toBe(s.oldId);
    expect(Object.values(await stages(s.secretId)).flat()).not.toContain('AWSPENDING');
    expect(readFileSync(join(s.root, 'config.js'), 'utf8')).toContain(s.oldId);
    expect(ks.map((k) => k.id)).not.toContain(newId);
    expect(Journal.open(s.root, ex.id).data.status).toBe('rolled-back');
  });
});

describe.skipIf(!RUN)('AWS bad input: one line, nothing changed, exit 2', () => {
  async function expectNothingChanged(s: Setup, fn: () => Promise<unknown>, message: RegExp) {
    const file = readFileSync(join(s.root, 'config.js'), 'utf8');
    const before = await keys(s.user);
    const err = await fn().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
    assertNoPlaintext(s.root, [s.oldId, s.oldSecret], [(err as Error).message]);
    expect(readFileSync(join(s.root, 'config.js'), 'utf8')).toBe(file);
    expect(await keys(s.user)).toEqual(before);
  }

  it('the secret does not exist', async () => {
    const s = await setup();
    s.units[0]!.target.store = {
      type: 'aws-secrets-manager',
      secretId: 'prod/nope',
      region: 'us-east-1',
      endpoint: proxy.url,
    };
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /secretsmanager DescribeSecret prod\/nope: not found.*nothing was changed/,
    );
  });

  it('the AWS credentials in the environment are the leaked key', async () => {
    const s = await setup();
    vi.stubEnv('AWS_ACCESS_KEY_ID', s.oldId);
    await expectNothingChanged(s, () => Executor.start(s.units, { root: s.root, ...quiet }), /leaked key itself/);
  });

  it('no AWS credentials at all', async () => {
    const s = await setup();
    vi.stubEnv('AWS_ACCESS_KEY_ID', undefined);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    await expectNothingChanged(s, () => Executor.start(s.units, { root: s.root, ...quiet }), /no AWS credentials/);
  });

  it('an unreachable endpoint', async () => {
    const s = await setup();
    const t = s.units[0]!.target;
    t.issuer = { ...(t.issuer as { type: 'aws-iam'; region: string }), endpoint: 'http://127.0.0.1:9' };
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    );
  });

  it('a foreign pending version on the secret', async () => {
    const s = await setup();
    await sm.send(
      new SM.PutSecretValueCommand({ SecretId: s.secretId, SecretString: '{}', VersionStages: ['AWSPENDING'] }),
    );
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /pending version .* another rotation|from another rotation/,
    );
  });

  it('a user who already has two keys', async () => {
    const s = await setup();
    await iam.send(new IAM.CreateAccessKeyCommand({ UserName: s.user }));
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /already has two access keys/,
    );
  });
});
