/**
 * AWS keys are verified with SigV4-signed sts:GetCallerIdentity through the real AWS SDK,
 * against moto_server (which implements STS and, once told to, checks signatures): a real pair
 * is live with its ARN, an unknown key id is dead, a known key id with the wrong secret is
 * unknown (the key may well be live with its true secret).
 */
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { tempTree } from '../helpers/tmp.js';
import { motoAvailable, startMoto, type Moto } from '../servers/moto.js';
import { findingsIn, verifyIn } from './helpers.js';

const keys = new FakeKeys('aws-sts');

describe.runIf(motoAvailable())('AWS key pairs (sts:GetCallerIdentity against moto_server)', () => {
  let moto: Moto;
  let endpoints: string;
  let pair: { id: string; secret: string };

  beforeAll(async () => {
    // Moto checks credentials once two calls have been made without: the two that create the key.
    moto = await startMoto({ INITIAL_NO_AUTH_ACTION_COUNT: '2' });
    endpoints = `sts.amazonaws.com=${moto.url}`;
    const iam = new IAMClient({
      region: 'us-east-1',
      endpoint: moto.url,
      credentials: { accessKeyId: keys.awsAccessKeyId(), secretAccessKey: keys.awsSecretAccessKey() },
    });
    await iam.send(new CreateUserCommand({ UserName: 'leaky-deployer' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'leaky-deployer' }))).AccessKey!;
    pair = { id: key.AccessKeyId!, secret: key.SecretAccessKey! };
    iam.destroy();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  const envText = (id: string, secret: string): string =>
    `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\nAWS_REGION=us-east-1\n`;

  it('reports a live pair with its ARN, on both the key id and the secret finding, with one request', async () => {
    const { findings, base } = findingsIn(envText(pair.id, pair.secret));
    const summary = await verifyIn(findings, base, endpoints);
    const byRule = new Map(findings.map((f) => [f.ruleId, f.verification]));
    for (const rule of ['aws-access-key-id', 'aws-secret-access-key'])
      expect(byRule.get(rule), rule).toMatchObject({
        status: 'live',
        identity: 'arn:aws:iam::123456789012:user/leaky-deployer',
        detail: 'account=123456789012',
      });
    expect(summary.checked).toBe(1);
  });

  it('reports a key id AWS does not know as dead', async () => {
    const { findings, base } = findingsIn(envText(keys.awsAccessKeyId(), keys.awsSecretAccessKey()));
    await verifyIn(findings, base, endpoints);
    expect(findings[0]!.verification).toMatchObject({ status: 'dead', detail: 'AWS error InvalidClientTokenId' });
  });

  it('does not call a known key id with the wrong secret dead', async () => {
    const { findings, base } = findingsIn(envText(pair.id, keys.awsSecretAccessKey()));
    await verifyIn(findings, base, endpoints);
    expect(findings[0]!.verification?.status).toBe('unknown');
    expect(findings[0]!.verification?.detail).toContain('SignatureDoesNotMatch');
  });

  it('needs the secret near the key id, and sends nothing without it', async () => {
    const { findings, base } = findingsIn(`AWS_ACCESS_KEY_ID=${pair.id}\n`);
    const summary = await verifyIn(findings, base, endpoints);
    expect(findings[0]!.verification).toMatchObject({
      status: 'unknown',
      detail: 'needs the secret access key near the secret, and none was found',
    });
    expect(summary.checked).toBe(0);
  });

  it('works end to end through the CLI (the SDK loaded only for this)', async () => {
    const dir = tempTree({ 'deploy/.env': envText(pair.id, pair.secret) });
    const r = await runCli(['scan', '.', '--verify', '-f', 'json'], {
      cwd: dir,
      env: { TOKGUARD_ENDPOINTS: endpoints },
    });
    const report = JSON.parse(r.stdout) as { findings: { verification?: { status: string; identity?: string } }[] };
    expect(report.findings.map((f) => f.verification?.status)).toEqual(['live', 'live']);
    expect(r.stdout + r.stderr).not.toContain(pair.secret);
  });
});
