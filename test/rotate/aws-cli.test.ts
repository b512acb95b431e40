/**
 * `tokguard rotate` as a real process against moto with authentication and IAM policies on:
 * the operator holds the incident policy, the leaked key is a CI user's S3-only key, and the
 * endpoint comes from AWS_ENDPOINT_URL as for any AWS tool (no endpoint in the config). Covers
 * the plan an incident responder reads, a wrong store refused before any change, the propagation
 * wait as lines and as a spinner, and the `kill -9` crash matrix through verify.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as SM from '@aws-sdk/client-secrets-manager';
import { motoAvailable, startMoto, type Moto } from '../servers/moto.js';
import { FaultProxy } from '../servers/fault-proxy.js';
import { AwsAccount, INCIDENT_POLICY, S3_ONLY_POLICY, type Creds } from '../servers/aws-account.js';
import { BIN, runCli } from '../helpers/cli.js';
import { assertNoPlaintext, cleanup, makeRepo } from './helpers.js';
import { crashAfterStepEnv } from '../helpers/crash-after-step.js';

const RUN = motoAvailable();
let moto: Moto;
let proxy: FaultProxy;
let account: AwsAccount;
let operator: Creds;
const roots: string[] = [];

beforeAll(async () => {
  if (!RUN) return;
  moto = await startMoto();
  proxy = new FaultProxy(moto.url);
  await proxy.start();
  account = await AwsAccount.open(moto);
  operator = (await account.user('responder', INCIDENT_POLICY)).key;
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
});
afterEach(() => {
  proxy?.clear();
  for (const r of roots.splice(0)) cleanup(r);
});

interface Incident {
  root: string;
  user: string;
  leaked: Creds;
  secretId: string;
  env: Record<string, string>;
}

async function incident(opts: { secret?: object } = {}): Promise<Incident> {
  const ci = await account.user('ci-uploader', S3_ONLY_POLICY);
  const secretId = `prod/${ci.name}`;
  await account.sm.send(
    new SM.CreateSecretCommand({
      Name: secretId,
      SecretString: JSON.stringify(
        opts.secret ?? { AWS_ACCESS_KEY_ID: ci.key.accessKeyId, AWS_SECRET_ACCESS_KEY: ci.key.secretAccessKey },
      ),
    }),
  );
  const root = makeRepo({
    'upload.js': `const creds = {\n  accessKeyId: '${ci.key.accessKeyId}',\n  secretAccessKey: '${ci.key.secretAccessKey}',\n};\n`,
    '.tokguard.yaml': [
      'rotation:',
      '  targets:',
      '    - match: { rules: [aws-access-key-id, aws-secret-access-key] }',
      '      issuer: { type: aws-iam, region: us-east-1, propagation: 10s }',
      `      store: { type: aws-secrets-manager, secretId: ${secretId}, region: us-east-1 }`,
      '      grace: 0s',
      '',
    ].join('\n'),
  });
  roots.push(root);
  const env = {
    HOME: root,
    AWS_ACCESS_KEY_ID: operator.accessKeyId,
    AWS_SECRET_ACCESS_KEY: operator.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_ENDPOINT_URL: proxy.url,
    AWS_CONFIG_FILE: join(root, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(root, 'no-aws-credentials'),
  };
  return { root, user: ci.name, leaked: ci.key, secretId, env };
}

const rotate = (i: Incident, args: string[], extra: Record<string, string> = {}) =>
  runCli(['rotate', ...args], { cwd: i.root, env: { ...i.env, ...extra } });

/** Exactly one key left, the one in AWSCURRENT; it signs in as the CI user; the leaked one is rejected. */
async function assertRotated(i: Incident, outputs: string[]): Promise<void> {
  const cur = await account.current(i.secretId);
  const fresh = { accessKeyId: cur.AWS_ACCESS_KEY_ID!, secretAccessKey: cur.AWS_SECRET_ACCESS_KEY! };
  expect((await account.keys(i.user)).map((k) => k.id)).toEqual([fresh.accessKeyId]);
  expect((await account.whoAmI(fresh)).arn).toMatch(new RegExp(`:user/${i.user}$`));
  expect(await account.whoAmI(i.leaked)).toEqual({ error: 'InvalidClientTokenId' });
  expect(readFileSync(join(i.root, 'upload.js'), 'utf8')).toBe(
    'const creds = {\n  accessKeyId: process.env.AWS_ACCESS_KEY_ID,\n  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,\n};\n',
  );
  assertNoPlaintext(
    i.root,
    [i.leaked.accessKeyId, i.leaked.secretAccessKey, fresh.accessKeyId, fresh.secretAccessKey],
    outputs,
  );
}

describe.skipIf(!RUN)('tokguard rotate against moto with IAM policies enforced (process)', () => {
  it('--plan names the IAM user, the secret ARN and version, and every call the preflight makes', async () => {
    const i = await incident();
    const r = await rotate(i, ['--plan']);
    expect(r.code, r.stderr).toBe(0);
    const versionId = Object.keys(await account.stages(i.secretId))[0]!;
    expect(r.stdout).toContain(
      `Target 0 (rules aws-access-key-id, aws-secret-access-key): issuer aws-iam → store aws-secrets-manager ${i.secretId}, grace 0s; 1 unit(s), each rotated on its own`,
    );
    expect(r.stdout).toContain(
      'calls: iam:GetAccessKeyLastUsed <leaked key> (which user owns it); iam:ListAccessKeys <owner of the leaked key>',
    );
    expect(r.stdout).toContain(
      `calls: secretsmanager:DescribeSecret ${i.secretId} (ARN, versions, no foreign AWSPENDING)`,
    );
    expect(r.stdout).toContain(`- IAM endpoint: ${proxy.url} (environment)`);
    expect(r.stdout).toMatch(
      new RegExp(`- iam:GetAccessKeyLastUsed: key AKIA…\\w{4} belongs to IAM user ${i.user}\\n`),
    );
    expect(r.stdout).toMatch(
      new RegExp(
        `- secretsmanager:DescribeSecret ${i.secretId}: arn:aws:secretsmanager:us-east-1:\\d+:secret:${i.secretId}-\\w+; AWSCURRENT version ${versionId}\\n`,
      ),
    );
    expect(r.stdout).toContain(
      `secret ${i.secretId} (AWSCURRENT version ${versionId}) holds the leaked AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (hash match)`,
    );
    expect(r.stdout).toMatch(/verify +iam:ListAccessKeys .*sts:GetCallerIdentity signed with the new key/);
    expect(await account.keys(i.user)).toHaveLength(1);
    assertNoPlaintext(i.root, [i.leaked.accessKeyId, i.leaked.secretAccessKey], [r.stdout, r.stderr]);
  });

  it("a secretId naming another application's secret: --plan and --execute refuse, one line, exit 2, nothing changed, nothing listed", async () => {
    const other = await account.user('billing', S3_ONLY_POLICY);
    const i = await incident({
      secret: { AWS_ACCESS_KEY_ID: other.key.accessKeyId, AWS_SECRET_ACCESS_KEY: other.key.secretAccessKey },
    });
    const plan = await rotate(i, ['--plan']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(
      /FAILED: secret prod\/ci-uploader-\w+ \(AWSCURRENT version [\w-]+\) holds another value under AWS_ACCESS_KEY_ID/,
    );
    expect(plan.stdout).toContain('--execute would refuse and change nothing');
    const ex = await rotate(i, ['--execute', '--revoke', '--store-mismatch=add']);
    expect(ex.code).toBe(2);
    expect(ex.stdout).toBe('');
    expect(ex.stderr).toMatch(
      new RegExp(
        `^tokguard: secret ${i.secretId} \\(AWSCURRENT version [\\w-]+\\) holds another value under AWS_ACCESS_KEY_ID, not the leaked one \\(compared by hash\\).*nothing was changed\\]\\n$`,
      ),
    );
    expect(await account.keys(i.user)).toHaveLength(1);
    expect(await account.current(i.secretId)).toEqual({
      AWS_ACCESS_KEY_ID: other.key.accessKeyId,
      AWS_SECRET_ACCESS_KEY: other.key.secretAccessKey,
    });
    expect(readFileSync(join(i.root, 'upload.js'), 'utf8')).toContain(i.leaked.accessKeyId);
    const list = await rotate(i, ['--list']);
    expect(list.stdout).toBe('');
    assertNoPlaintext(i.root, [other.key.accessKeyId, other.key.secretAccessKey], [plan.stdout, ex.stderr]);
  });

  it('shows the propagation wait as one line per retry when stderr is not a terminal', async () => {
    const i = await incident();
    proxy.fail('GetCallerIdentity', 'invalid-token', 2);
    const r = await rotate(i, ['--execute', '--revoke']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines).toContain(
      '  waiting for AWS to accept the new key ' +
        lines.find((l) => l.includes('waiting for AWS'))!.split('new key ')[1],
    );
    expect(
      lines.filter((l) =>
        /^ {2}sts:GetCallerIdentity signed with the new key AKIA…\w{4} of IAM user .*: InvalidClientTokenId \(attempt \d\)/.test(
          l,
        ),
      ),
    ).toHaveLength(2);
    expect(lines.some((l) => /^ {2}new key AKIA…\w{4} accepted after 3 attempts$/.test(l))).toBe(true);
    await assertRotated(i, [r.stdout, r.stderr]);
  });

  it('shows the propagation wait as a spinner on a terminal', async () => {
    const i = await incident();
    proxy.fail('GetCallerIdentity', 'invalid-token', 2);
    // script(1) gives the CLI a pseudo-terminal. Async: the fault proxy runs in this process.
    const cmd = [process.execPath, BIN, 'rotate', '--execute', '--revoke'].map((a) => `'${a}'`).join(' ');
    const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn('script', ['-qec', cmd, '/dev/null'], {
        cwd: i.root,
        env: { ...process.env, ...i.env, CI: '', NO_COLOR: '1', TERM: 'xterm' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(r.status, r.stdout).toBe(0);
    // A spinner line that its retries update, and a tick when the key is accepted: no line per retry.
    expect(r.stdout).toMatch(
      /waiting for AWS to accept the new key AKIA…\w{4}: sts:GetCallerIdentity signed with the new key/,
    );
    expect(r.stdout).toMatch(/✔ new key AKIA…\w{4} accepted after 3 attempts/);
    expect(r.stdout).not.toMatch(/\n {2}sts:GetCallerIdentity/);
    await assertRotated(i, [r.stdout]);
  });

  for (const step of [
    'issue',
    'store-pending',
    'rewrite',
    'verify',
    'promote',
    'deactivate-old',
    'record',
    'delete-old',
  ]) {
    it(`kill -9 right after ${step}: --resume finishes the rotation`, async () => {
      const i = await incident();
      const killed = await rotate(i, ['--execute', '--revoke'], crashAfterStepEnv(step));
      expect(killed.code).toBe(null);
      // Never without a working key: the leaked one, or the new one already in AWSCURRENT.
      const active = (await account.keys(i.user)).filter((k) => k.status === 'Active');
      expect(active.length).toBeGreaterThanOrEqual(1);
      const list = await rotate(i, ['--list']);
      const id = list.stdout.split(/\s+/)[0]!;
      expect(id).toMatch(/^rot-/);
      const resumed = await rotate(i, ['--resume', id]);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stderr).toContain(`rotation ${id}: done`);
      await assertRotated(i, [killed.stdout, killed.stderr, resumed.stdout, resumed.stderr, list.stdout]);
    });
  }
});
