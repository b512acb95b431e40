/**
 * An incident is rarely one key: a dozen findings across AWS (moto with IAM policies on), Vault
 * (the emulator) and manual targets, driven through the CLI from a JSON report. The plan groups
 * the units per target; execution gives each unit its own journal entries; a failure in one unit
 * leaves the independent others to finish; the summary says per unit what happened and how to go on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as SM from '@aws-sdk/client-secrets-manager';
import { motoAvailable, startMoto, type Moto } from '../servers/moto.js';
import { FaultProxy } from '../servers/fault-proxy.js';
import { VaultEmulator } from '../servers/vault-emulator.js';
import { AwsAccount, INCIDENT_POLICY, S3_ONLY_POLICY, type Creds } from '../servers/aws-account.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { runCli } from '../helpers/cli.js';
import { assertNoPlaintext, cleanup, makeRepo } from './helpers.js';
import { getDotenv } from '../../src/rotate/rewrite/dotenv.js';
import type { JournalData } from '../../src/rotate/journal.js';

const RUN = motoAvailable();
let moto: Moto;
let proxy: FaultProxy;
let emu: VaultEmulator;
let account: AwsAccount;
let root = '';

beforeAll(async () => {
  if (!RUN) return;
  moto = await startMoto();
  proxy = new FaultProxy(moto.url);
  await proxy.start();
  emu = new VaultEmulator();
  await emu.start();
  account = await AwsAccount.open(moto);
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
  await emu?.stop();
  if (root) cleanup(root);
});

const AWS_TARGETS = ['upload', 'backup', 'report'] as const;

describe.skipIf(!RUN)('a dozen findings across AWS, Vault and manual targets', () => {
  it('plans per target, rotates each unit on its own, goes on past a failed unit, and says how to resume it', async () => {
    const operator = (await account.user('responder', INCIDENT_POLICY)).key;
    const ci: Record<string, { user: string; key: Creds; secretId: string }> = {};
    for (const svc of AWS_TARGETS) {
      const u = await account.user(`ci-${svc}`, S3_ONLY_POLICY);
      const secretId = `prod/${u.name}`;
      await account.sm.send(
        new SM.CreateSecretCommand({
          Name: secretId,
          SecretString: JSON.stringify({
            AWS_ACCESS_KEY_ID: u.key.accessKeyId,
            AWS_SECRET_ACCESS_KEY: u.key.secretAccessKey,
          }),
        }),
      );
      ci[svc] = { user: u.name, key: u.key, secretId };
    }
    const prodToken = emu.createToken({ policies: ['default'], ttl: '24h' }).id;
    const stagingToken = emu.createToken({ policies: ['default'], ttl: '24h' }).id;
    emu.putKv('secret', 'prod', { VAULT_TOKEN: prodToken });
    emu.putKv('secret', 'staging', { VAULT_TOKEN: stagingToken });
    const fake = new FakeKeys('incident-many');
    const stripe = fake.stripeLive();
    const github = fake.github();
    const npm = fake.npm();
    const awsFile = (k: Creds) =>
      `module.exports = {\n  accessKeyId: '${k.accessKeyId}',\n  secretAccessKey: '${k.secretAccessKey}',\n};\n`;
    const awsTarget = (svc: string) => [
      `    - match: { paths: [services/${svc}/**] }`,
      '      issuer: { type: aws-iam, region: us-east-1, propagation: 10s }',
      `      store: { type: aws-secrets-manager, secretId: ${ci[svc]!.secretId}, region: us-east-1 }`,
      '      grace: 0s',
    ];
    root = makeRepo({
      'billing/charge.js': `const stripe = require('stripe')('${stripe}');\n`,
      'deploy/prod.env': `VAULT_ADDR=https://vault.internal:8200\nVAULT_TOKEN=${prodToken}\n`,
      'deploy/staging.env': `VAULT_TOKEN=${stagingToken}\n`,
      'notify/github.js': `const token = '${github}';\n`,
      'scripts/deploy.sh': `#!/bin/sh\nexport VAULT_TOKEN="${prodToken}"\n`,
      'services/backup/creds.js': awsFile(ci.backup!.key),
      'services/report/creds.js': awsFile(ci.report!.key),
      'services/upload/creds.js': awsFile(ci.upload!.key),
      'tools/.npmrc': `//registry.npmjs.org/:_authToken=${npm}\n`,
      '.gitignore': '.env.local\nreport.json\n',
      '.tokguard.yaml': [
        'rotation:',
        '  targets:',
        ...AWS_TARGETS.flatMap(awsTarget),
        '    - match: { paths: [deploy/prod.env, scripts/deploy.sh] }',
        '      issuer: { type: vault-token, policies: [default], ttl: 1h }',
        '      store: { type: vault-kv, mount: secret, path: prod, key: VAULT_TOKEN }',
        '      grace: 0s',
        '    - match: { paths: [deploy/staging.env] }',
        '      issuer: { type: vault-token, policies: [default], ttl: 1h }',
        '      store: { type: vault-kv, mount: secret, path: staging, key: VAULT_TOKEN }',
        '      grace: 0s',
        '    - match: { paths: [billing/**] }',
        '      issuer: { type: manual, instructions: "Roll the key in the Stripe dashboard" }',
        '      store: { type: dotenv, file: .env.local }',
        '      reference: { env: STRIPE_SECRET_KEY }',
        '      grace: 24h',
        '    - match: { paths: [notify/**] }',
        '      issuer: { type: manual, instructions: "Regenerate the token at github.com/settings/tokens" }',
        '      store: { type: dotenv, file: .env.local }',
        '      reference: { env: GITHUB_TOKEN }',
        '      grace: 24h',
        '',
      ].join('\n'),
    });
    const env = {
      HOME: root,
      AWS_ACCESS_KEY_ID: operator.accessKeyId,
      AWS_SECRET_ACCESS_KEY: operator.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
      AWS_ENDPOINT_URL: proxy.url,
      VAULT_ADDR: emu.url,
      VAULT_TOKEN: emu.rootToken,
    };
    const cli = (args: string[], input?: string) => runCli(args, { cwd: root, env, ...(input ? { input } : {}) });
    const outputs: string[] = [];

    const scan = await cli(['scan', '.', '-f', 'json', '-o', 'report.json']);
    expect(scan.code, scan.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThanOrEqual(12);

    // The plan: one heading per target, its units under it, the npm token not covered.
    const plan = await cli(['rotate', '--plan', '--report', 'report.json']);
    outputs.push(plan.stdout, plan.stderr);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^Triage: \d+ distinct secret\(s\)/);
    expect(plan.stdout).toMatch(/^Rotation plan: 7 credential\(s\) in 7 target\(s\)\. Nothing has been changed\./m);
    const headings = plan.stdout.split('\n').filter((l) => l.startsWith('Target '));
    expect(headings.map((h) => h.split(' (')[0])).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `Target ${n}`));
    expect(plan.stdout).toMatch(
      /Target 0 \(paths services\/upload\/\*\*\).*\n {2}\[u7\] aws-access-key-id AKIA…\w{4}\n/,
    );
    expect(plan.stdout).toMatch(
      /Target 3 \(paths deploy\/prod\.env, scripts\/deploy\.sh\).*\n {2}\[u2\] vault-service-token/,
    );
    expect(plan.stdout).toMatch(
      /\[u2\][^[]*references:\n {6}deploy\/prod\.env:2:13 [^\n]*\n {6}scripts\/deploy\.sh:2:/,
    );
    expect(plan.stdout).toMatch(/Not covered by rotation\.targets \(1\):\n {2}tools\/\.npmrc:1 {2}npm-access-token/);

    // One AWS unit fails in the middle; the others are independent and finish.
    proxy.fail('PutSecretValue', '500', 1, ci.backup!.secretId);
    const newStripe = fake.stripeLive();
    const newGithub = fake.github();
    const ex = await cli(
      ['rotate', '--execute', '--report', 'report.json'],
      `${newStripe}\ndone\n${newGithub}\ndone\n`,
    );
    outputs.push(ex.stdout, ex.stderr);
    expect(ex.code, ex.stderr).toBe(2);
    const id = ex.stdout.trim();
    expect(id).toMatch(/^rot-/);
    const summary = ex.stderr.slice(ex.stderr.indexOf(`Summary of ${id}:`));
    expect(summary.split('\n').slice(1, 8)).toEqual([
      expect.stringMatching(
        /^ {2}u1 stripe-secret-key \S+: waiting for the grace period; the old credential is deleted by "tokguard rotate --resume rot-[\w-]+" after \S+ \(or now with --revoke\)$/,
      ),
      expect.stringMatching(/^ {2}u2 vault-service-token \S+: done$/),
      expect.stringMatching(/^ {2}u3 vault-service-token \S+: done$/),
      expect.stringMatching(/^ {2}u4 github-pat-classic \S+: waiting for the grace period/),
      expect.stringMatching(
        new RegExp(
          `^ {2}u5 aws-access-key-id AKIA…\\w{4}: failed at store-pending: aws: secretsmanager PutSecretValue ${ci.backup!.secretId}: service error 500 .*resume with: tokguard rotate --resume ${id}`,
        ),
      ),
      expect.stringMatching(/^ {2}u6 aws-access-key-id AKIA…\w{4}: done$/),
      expect.stringMatching(/^ {2}u7 aws-access-key-id AKIA…\w{4}: done$/),
    ]);
    expect(ex.stderr).toContain(
      `tokguard: 1 of 7 units failed (u5 at store-pending); the others ran; fix the cause, then: tokguard rotate --resume ${id}`,
    );

    // Each unit has its own journal entries.
    const journal = (): JournalData =>
      JSON.parse(readFileSync(join(root, '.tokguard', 'rotations', `${id}.json`), 'utf8')) as JournalData;
    const j = journal();
    expect(j.units.map((u) => [u.id, u.status])).toEqual([
      ['u1', 'awaiting-delete'],
      ['u2', 'done'],
      ['u3', 'done'],
      ['u4', 'awaiting-delete'],
      ['u5', 'failed'],
      ['u6', 'done'],
      ['u7', 'done'],
    ]);
    expect(j.units[4]!.steps.filter((s) => s.state === 'failed').map((s) => s.step)).toEqual(['store-pending']);
    expect(j.units[5]!.steps.some((s) => s.step === 'delete-old' && s.state === 'done')).toBe(true);

    const resumed = await cli(['rotate', '--resume', id]);
    outputs.push(resumed.stdout, resumed.stderr);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(journal().units.map((u) => u.status)).toEqual([
      'awaiting-delete',
      'done',
      'done',
      'awaiting-delete',
      'done',
      'done',
      'done',
    ]);

    // Every AWS key rotated: one key per user, the one in AWSCURRENT, which signs in; the leaked ones are dead.
    const seen: string[] = [stripe, github, prodToken, stagingToken, newStripe, newGithub];
    for (const svc of AWS_TARGETS) {
      const cur = await account.current(ci[svc]!.secretId);
      const fresh = { accessKeyId: cur.AWS_ACCESS_KEY_ID!, secretAccessKey: cur.AWS_SECRET_ACCESS_KEY! };
      expect((await account.keys(ci[svc]!.user)).map((k) => k.id)).toEqual([fresh.accessKeyId]);
      expect((await account.whoAmI(fresh)).arn).toMatch(new RegExp(`:user/${ci[svc]!.user}$`));
      expect(await account.whoAmI(ci[svc]!.key)).toEqual({ error: 'InvalidClientTokenId' });
      seen.push(ci[svc]!.key.accessKeyId, ci[svc]!.key.secretAccessKey, fresh.accessKeyId, fresh.secretAccessKey);
    }
    expect(emu.tokens.has(prodToken)).toBe(false);
    expect(emu.tokens.has(stagingToken)).toBe(false);
    const dotenv = readFileSync(join(root, '.env.local'), 'utf8');
    expect(getDotenv(dotenv, 'STRIPE_SECRET_KEY')).toBe(newStripe);
    expect(getDotenv(dotenv, 'GITHUB_TOKEN')).toBe(newGithub);
    expect(readFileSync(join(root, 'scripts/deploy.sh'), 'utf8')).toBe(
      '#!/bin/sh\nexport VAULT_TOKEN="${VAULT_TOKEN}"\n',
    );
    assertNoPlaintext(root, seen, outputs);
    // A dozen CLI runs and three AWS rotations: slow on a shared, loaded machine.
  }, 240_000);
});
