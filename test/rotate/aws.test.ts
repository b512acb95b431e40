/**
 * AWS rotation through the real SDK clients over HTTP against moto_server on loopback, with
 * authentication and IAM policies on (as AWS): tokguard runs as an operator holding only the
 * incident policy, and the leaked key belongs to a CI user whose policy allows S3 and nothing
 * else. A fault-injecting proxy sits in between. moto is lax where AWS is strict (it lets
 * inactive keys sign requests and overwrites a pending version given the same token); the
 * checks below look at key status and version values directly instead of trusting moto to refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as IAM from '@aws-sdk/client-iam';
import * as SM from '@aws-sdk/client-secrets-manager';
import { motoAvailable, startMoto, type Moto } from '../servers/moto.js';
import { FaultProxy } from '../servers/fault-proxy.js';
import { AwsAccount, INCIDENT_POLICY, S3_ONLY_POLICY, type Creds } from '../servers/aws-account.js';
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
let account: AwsAccount;
let operator: Creds;
const roots: string[] = [];
const lines: string[] = [];
const quiet = { log: (l: string) => void lines.push(l) };

beforeAll(async () => {
  if (!RUN) return;
  moto = await startMoto();
  proxy = new FaultProxy(moto.url);
  await proxy.start();
  account = await AwsAccount.open(moto);
  operator = (await account.user('responder', INCIDENT_POLICY)).key;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: operator.accessKeyId,
    AWS_SECRET_ACCESS_KEY: operator.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
    // Nothing may reach real AWS, whatever a test's config says.
    AWS_ENDPOINT_URL: proxy.url,
  });
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
});
afterEach(() => {
  proxy?.clear();
  lines.length = 0;
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

async function setup(
  opts: { grace?: string; user?: boolean; propagation?: string; secret?: object } = {},
): Promise<Setup> {
  const ci = await account.user('ci-uploader', S3_ONLY_POLICY);
  const user = ci.name;
  const oldId = ci.key.accessKeyId;
  const oldSecret = ci.key.secretAccessKey;
  const secretId = `prod/${user}`;
  await account.sm.send(
    new SM.CreateSecretCommand({
      Name: secretId,
      SecretString: JSON.stringify(
        opts.secret ?? { AWS_ACCESS_KEY_ID: oldId, AWS_SECRET_ACCESS_KEY: oldSecret, region: 'us-east-1' },
      ),
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
        issuer: {
          type: 'aws-iam',
          region: 'us-east-1',
          endpoint: proxy.url,
          stsEndpoint: proxy.url,
          ...(opts.user ? { user } : {}),
          ...(opts.propagation ? { propagation: opts.propagation } : {}),
        },
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

const keys = (user: string) => account.keys(user);
const stages = (secretId: string) => account.stages(secretId);
const current = (secretId: string) => account.current(secretId);

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
  const prev = await account.sm.send(new SM.GetSecretValueCommand({ SecretId: s.secretId, VersionId: prevId }));
  expect(JSON.parse(prev.SecretString!).AWS_ACCESS_KEY_ID).toBe(s.oldId);
  expect(readFileSync(join(s.root, 'config.js'), 'utf8')).toBe(
    '// S3 uploader\nexport const s3 = {\n  region: "us-east-1",\n  accessKeyId: process.env.AWS_ACCESS_KEY_ID,\n  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, // TODO move\n};\n',
  );
  const rotated = loadRotated(s.root);
  expect(rotated.size).toBe(2);
  assertNoPlaintext(s.root, [s.oldId, s.oldSecret, cur.AWS_ACCESS_KEY_ID!, cur.AWS_SECRET_ACCESS_KEY!]);
  const j = Journal.open(s.root, id).data;
  expect(j.status).toBe(oldState === 'deleted' ? 'done' : 'awaiting-delete');
  // The new key read back from AWSCURRENT signs in as the CI user, and still may do only S3.
  const fresh = { accessKeyId: cur.AWS_ACCESS_KEY_ID!, secretAccessKey: cur.AWS_SECRET_ACCESS_KEY! };
  expect((await account.whoAmI(fresh)).arn).toMatch(new RegExp(`:user/${s.user}$`));
  expect(await account.iamReadWith(fresh)).toBe('AccessDenied');
  // The old key is rejected once deleted (moto, unlike AWS, still accepts an inactive key).
  if (oldState === 'deleted')
    expect(await account.whoAmI({ accessKeyId: s.oldId, secretAccessKey: s.oldSecret })).toEqual({
      error: 'InvalidClientTokenId',
    });
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

  it('verifies a least-privilege key with sts:GetCallerIdentity and names its ARN', async () => {
    const s = await setup();
    // The leaked key's user may not read IAM: the old verify (iam:GetUser with the new key) failed here.
    expect(await account.iamReadWith({ accessKeyId: s.oldId, secretAccessKey: s.oldSecret })).toBe('AccessDenied');
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
    const verify = Journal.open(s.root, ex.id).data.units[0]!.steps.find(
      (x) => x.step === 'verify' && x.state === 'done',
    );
    expect(verify?.note).toMatch(
      new RegExp(
        `sts:GetCallerIdentity signed with the new key AKIA…\\w{4} of IAM user ${s.user}: arn:aws:iam::\\d+:user/${s.user}`,
      ),
    );
    expect(proxy.seen).toContain('GetCallerIdentity');
    expect(proxy.seen).not.toContain('GetUser');
  });

  it('waits for a new key AWS does not accept yet, a line per retry, within the bound', async () => {
    const s = await setup();
    proxy.fail('GetCallerIdentity', 'invalid-token', 2);
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
    const retries = lines.filter((l) => /InvalidClientTokenId \(attempt \d\); new keys take a few seconds/.test(l));
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(
      /u1 sts:GetCallerIdentity signed with the new key AKIA…\w{4} of IAM user ci-uploader-\w+: /,
    );
    expect(retries[0]).toMatch(/retrying in 1s, giving up in \d+s/);
  });

  it('counts AccessDenied on a call signed by the new key as proof that it authenticates', async () => {
    const s = await setup();
    proxy.fail('GetCallerIdentity', 'access-denied');
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet });
    await assertRotated(s, ex.id);
    const verify = Journal.open(s.root, ex.id).data.units[0]!.steps.find(
      (x) => x.step === 'verify' && x.state === 'done',
    );
    expect(verify?.note).toMatch(/AccessDenied, which AWS answers only to a key it accepted/);
  });

  it('a new key still rejected when the bound runs out: one line naming the key and the call, old key untouched; --resume finishes', async () => {
    const s = await setup({ propagation: '2s' });
    proxy.fail('GetCallerIdentity', 'invalid-token', 50);
    const err = await Executor.start(s.units, { root: s.root, revoke: true, ...quiet }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err!.message).toMatch(
      new RegExp(
        `^aws: verify: sts:GetCallerIdentity signed with the new key AKIA…\\w{4} of IAM user ${s.user} was rejected \\(InvalidClientTokenId\\) \\d time\\(s\\) within the 2s propagation bound; the old key is untouched`,
      ),
    );
    expect(err!.message).not.toMatch(/credentials tokguard runs with/);
    expect(err!.message).toMatch(/resume with: tokguard rotate --resume rot-/);
    expect(err!.message).not.toContain('\n');
    expect((await keys(s.user)).find((k) => k.id === s.oldId)?.status).toBe('Active');
    proxy.clear();
    const ex = await Executor.resume(Journal.list(s.root)[0]!, { root: s.root, ...quiet });
    await assertRotated(s, ex.id);
  });

  it('refuses a new key that AWS says belongs to someone else', async () => {
    const s = await setup();
    proxy.fail('GetCallerIdentity', { identity: 'arn:aws:iam::123456789012:user/someone-else' }, 1);
    await expect(Executor.start(s.units, { root: s.root, revoke: true, ...quiet })).rejects.toThrow(
      new RegExp(
        `verify: the new credential does not work: .* answered as arn:aws:iam::123456789012:user/someone-else, not IAM user ${s.user}`,
      ),
    );
    expect((await keys(s.user)).find((k) => k.id === s.oldId)?.status).toBe('Active');
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
    await account.sm.send(
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
    // A refused rotation leaves no journal, so --list does not show it as a failed rotation.
    expect(Journal.list(s.root)).toEqual([]);
    return (err as Error).message;
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

  it("a store that holds another application's key is refused, naming the secret and the field, even with --store-mismatch=add", async () => {
    const other = await account.user('other-app', S3_ONLY_POLICY);
    const s = await setup({
      secret: { AWS_ACCESS_KEY_ID: other.key.accessKeyId, AWS_SECRET_ACCESS_KEY: other.key.secretAccessKey },
    });
    const secretBefore = await current(s.secretId);
    for (const storeMismatch of ['refuse', 'add'] as const) {
      const msg = await expectNothingChanged(
        s,
        () => Executor.start(s.units, { root: s.root, revoke: true, storeMismatch, ...quiet }),
        new RegExp(
          `^secret ${s.secretId} \\(AWSCURRENT version [\\w-]+\\) holds another value under AWS_ACCESS_KEY_ID, not the leaked one \\(compared by hash\\).*\\[rot-[\\d-]+[0-9a-f]+ preflight; nothing was changed\\]$`,
        ),
      );
      expect(msg).not.toContain(other.key.accessKeyId);
    }
    expect(await current(s.secretId)).toEqual(secretBefore);
    expect(Object.values(await stages(s.secretId)).flat()).toEqual(['AWSCURRENT']);
  });

  it('a store without the fields is refused; --store-mismatch=add writes them there', async () => {
    const s = await setup({ secret: { DATABASE_URL: 'postgres://db.internal/app' } });
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, revoke: true, ...quiet }),
      new RegExp(
        `^secret ${s.secretId} \\(AWSCURRENT version [\\w-]+\\) has no AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, so it does not hold the leaked value; .* --store-mismatch=add`,
      ),
    );
    const ex = await Executor.start(s.units, { root: s.root, revoke: true, storeMismatch: 'add', ...quiet });
    expect(Journal.open(s.root, ex.id).data.status).toBe('done');
    const cur = await current(s.secretId);
    expect(cur.DATABASE_URL).toBe('postgres://db.internal/app');
    expect(
      (await account.whoAmI({ accessKeyId: cur.AWS_ACCESS_KEY_ID!, secretAccessKey: cur.AWS_SECRET_ACCESS_KEY! })).arn,
    ).toMatch(new RegExp(`:user/${s.user}$`));
  });

  it('operator credentials without a permission the incident needs: the call and the permission are named', async () => {
    const s = await setup();
    const weak = await account.user('weak-responder', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:GetAccessKeyLastUsed', 'secretsmanager:*'], Resource: '*' }],
    });
    vi.stubEnv('AWS_ACCESS_KEY_ID', weak.key.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', weak.key.secretAccessKey);
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      new RegExp(
        `^aws: iam ListAccessKeys ${s.user}: access denied \\(AccessDenied\\); the credentials tokguard runs with need iam:ListAccessKeys`,
      ),
    );
  });

  it('an unreachable endpoint from AWS_ENDPOINT_URL is named', async () => {
    const s = await setup();
    const t = s.units[0]!.target;
    const { endpoint: _e, stsEndpoint: _s, ...issuer } = t.issuer as Extract<typeof t.issuer, { type: 'aws-iam' }>;
    t.issuer = issuer;
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:9');
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /^aws: iam GetAccessKeyLastUsed AKIA…\w{4}: cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    );
  });

  it('an unreachable endpoint', async () => {
    const s = await setup();
    const t = s.units[0]!.target;
    t.issuer = { ...(t.issuer as Extract<typeof t.issuer, { type: 'aws-iam' }>), endpoint: 'http://127.0.0.1:9' };
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    );
  });

  it('a foreign pending version on the secret', async () => {
    const s = await setup();
    await account.sm.send(
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
    await account.iam.send(new IAM.CreateAccessKeyCommand({ UserName: s.user }));
    await expectNothingChanged(
      s,
      () => Executor.start(s.units, { root: s.root, ...quiet }),
      /already has two access keys/,
    );
  });
});
