#!/usr/bin/env node
// Sets up the incident of docs/rotation.md against a local AWS: starts moto_server on a free
// loopback port, creates a CI user whose S3-only access key is committed to a new git repository
// (and stored in Secrets Manager), and an incident responder holding the incident policy; then
// turns moto's request authentication on, so signatures and IAM policies are checked as AWS does.
//
//   eval "$(node scripts/demo-incident.mjs DIR)"
//
// prints, on standard output, the exports for the responder's credentials and the endpoint
// (AWS_ENDPOINT_URL), and TOKGUARD_DEMO_MOTO_PID to stop moto when done. Everything it makes
// is fake and local; nothing leaves the machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { IAMClient, CreateUserCommand, PutUserPolicyCommand, CreateAccessKeyCommand } =
  await import('@aws-sdk/client-iam');
const { SecretsManagerClient, CreateSecretCommand } = await import('@aws-sdk/client-secrets-manager');

const INCIDENT_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'iam:GetAccessKeyLastUsed',
        'iam:ListAccessKeys',
        'iam:CreateAccessKey',
        'iam:UpdateAccessKey',
        'iam:DeleteAccessKey',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: [
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
        'secretsmanager:PutSecretValue',
        'secretsmanager:UpdateSecretVersionStage',
      ],
      Resource: '*',
    },
  ],
};
const S3_ONLY_POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] };

function fail(message) {
  process.stderr.write(`demo-incident: ${message}\n`);
  process.exit(2);
}

const dir = process.argv[2];
if (!dir) fail('usage: eval "$(node scripts/demo-incident.mjs DIR)"');
const root = path.resolve(dir);
if (existsSync(root) && readdirSync(root).length) fail(`${root} is not empty; remove it or name another folder`);

function motoCommand() {
  if (spawnSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' }).status === 0) return ['moto_server'];
  if (spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0)
    return ['python3', '-m', 'moto.server'];
  return fail('moto_server is not installed (pip install "moto[server]")');
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startMoto() {
  const [cmd, ...args] = motoCommand();
  const port = await freePort();
  const log = openSync(path.join(tmpdir(), `tokguard-demo-moto-${port}.log`), 'a');
  const child = spawn(cmd, [...args, '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  child.unref();
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/moto-api/`)).status < 500) return { url, pid: child.pid };
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) fail(`moto_server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const moto = await startMoto();
// Authentication off while the account is set up, on for everything after.
await fetch(`${moto.url}/moto-api/reset-auth`, { method: 'POST', body: 'inf' });
const setup = {
  region: 'us-east-1',
  endpoint: moto.url,
  credentials: { accessKeyId: 'AKIDSETUP', secretAccessKey: 'x' },
};
const iam = new IAMClient(setup);
const sm = new SecretsManagerClient(setup);

async function user(name, policy) {
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: name, PolicyName: name, PolicyDocument: JSON.stringify(policy) }),
  );
  return (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
}

const leaked = await user('ci-uploader', S3_ONLY_POLICY);
const responder = await user('incident-responder', INCIDENT_POLICY);
await sm.send(
  new CreateSecretCommand({
    Name: 'prod/ci-uploader',
    SecretString: JSON.stringify({
      AWS_ACCESS_KEY_ID: leaked.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: leaked.SecretAccessKey,
    }),
  }),
);
await fetch(`${moto.url}/moto-api/reset-auth`, { method: 'POST', body: '0' });

mkdirSync(root, { recursive: true });
const files = {
  'upload.js': [
    "import { S3Client } from '@aws-sdk/client-s3';",
    '',
    'export const s3 = new S3Client({',
    "  region: 'us-east-1',",
    '  credentials: {',
    `    accessKeyId: '${leaked.AccessKeyId}',`,
    `    secretAccessKey: '${leaked.SecretAccessKey}',`,
    '  },',
    '});',
    '',
  ].join('\n'),
  '.tokguard.yaml': [
    'rotation:',
    '  targets:',
    '    - match: { rules: [aws-access-key-id, aws-secret-access-key] }',
    '      issuer: { type: aws-iam, region: us-east-1 }',
    '      store: { type: aws-secrets-manager, secretId: prod/ci-uploader, region: us-east-1 }',
    '      grace: 24h',
    '',
  ].join('\n'),
  '.gitignore': 'report.json\n',
};
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Demo Developer');
git('config', 'user.email', 'dev@example.invalid');
git('config', 'commit.gpgsign', 'false');
git('add', '-A');
git('commit', '-q', '-m', 'Upload build artefacts to S3');

process.stderr.write(
  `demo-incident: moto_server on ${moto.url} (pid ${moto.pid}), IAM policies enforced; ${root}: a repository with the S3-only key of IAM user ci-uploader committed in upload.js\n`,
);
const exports = {
  AWS_ENDPOINT_URL: moto.url,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: responder.AccessKeyId,
  AWS_SECRET_ACCESS_KEY: responder.SecretAccessKey,
  TOKGUARD_DEMO_MOTO_PID: String(moto.pid),
};
// A session token or profile from the caller's own AWS setup would override the responder's key.
process.stdout.write(
  `unset AWS_SESSION_TOKEN AWS_PROFILE\n${Object.entries(exports)
    .map(([k, v]) => `export ${k}='${v}'`)
    .join('\n')}\n`,
);
