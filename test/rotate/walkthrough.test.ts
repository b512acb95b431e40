/**
 * The incident walkthrough in docs/rotation.md ("An incident, step by step") runs exactly as
 * written: its shell block is read from the document and run by bash from the repository root,
 * with `tokguard` on PATH as `npm link` puts it there and TMPDIR pointing at a fresh folder.
 * Each command must exit 0, or the code its comment states ("exits 1"). Just before the block
 * stops its moto_server, a probe checks AWS as the walkthrough left it: the leaked key is
 * rejected (moto, IAM policies on), and the key AWSCURRENT holds signs in as the CI user.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { motoAvailable } from '../servers/moto.js';
import { signalIfStill } from '../servers/processes.js';
import { INCIDENT_POLICY } from '../servers/aws-account.js';
import { BIN, REPO_ROOT } from '../helpers/cli.js';
import { cleanup } from './helpers.js';

const RUN = motoAvailable();
const DOC = join(REPO_ROOT, 'docs', 'rotation.md');
let work = '';
let motoPid = 0;
/** Whether the walkthrough's own `kill "$TOKGUARD_DEMO_MOTO_PID"` ran and succeeded. */
let motoStopped = false;

afterAll(() => {
  // The walkthrough's last command stops its moto_server; only a walkthrough that failed before it
  // leaves one running. A stopped moto's pid may be another's by now (a CLI child of a test file
  // running beside this one): it is signalled only while it still runs moto.
  if (motoPid && !motoStopped) signalIfStill(motoPid, /moto/);
  if (work) cleanup(work);
});

/** The first ```sh block under the "An incident, step by step" heading. */
function walkthrough(): string {
  const doc = readFileSync(DOC, 'utf8');
  const section = doc.slice(doc.indexOf('## An incident, step by step'));
  const m = /```sh\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('docs/rotation.md: no sh block under "An incident, step by step"');
  return m[1]!;
}

interface Step {
  line: number;
  command: string;
  expect: number;
}

function steps(block: string): Step[] {
  return block
    .split('\n')
    .map((command, i) => ({ command, line: i + 1 }))
    .filter((s) => s.command.trim() && !s.command.trim().startsWith('#'))
    .map((s) => ({ ...s, expect: Number(/# exits (\d+)/.exec(s.command)?.[1] ?? 0) }));
}

function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: REPO_ROOT, env });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('docs/rotation.md: the incident policy', () => {
  it('is the policy the walkthrough and the moto tests give the responder, so they prove it suffices', () => {
    const doc = readFileSync(DOC, 'utf8');
    const m = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Permissions')));
    expect(m, 'no json block under "## Permissions"').not.toBeNull();
    const documented: unknown = JSON.parse(m![1]!);
    expect(documented).toEqual(INCIDENT_POLICY);
    const script = readFileSync(join(REPO_ROOT, 'scripts', 'demo-incident.mjs'), 'utf8');
    const literal = /const INCIDENT_POLICY = (\{[\s\S]*?\n\});/.exec(script)?.[1];
    expect(literal, 'no INCIDENT_POLICY in scripts/demo-incident.mjs').toBeDefined();
    // The script's object literal, evaluated: it is this repository's own file.
    expect(new Function(`return (${literal!});`)()).toEqual(documented);
  });
});

describe.skipIf(!RUN)('docs/rotation.md: an incident, step by step', () => {
  it('runs exactly as written against moto with IAM policies enforced', async () => {
    work = mkdtempSync(join(tmpdir(), 'tokguard-walkthrough-'));
    const bin = join(work, 'bin');
    const tmp = join(work, 'tmp');
    mkdirSync(bin);
    mkdirSync(tmp);
    // What `npm link` does: a `tokguard` command on PATH running this checkout's bin/tokguard.js.
    writeFileSync(join(bin, 'tokguard'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'tokguard'), 0o755);
    const codes = join(work, 'codes');
    const list = steps(walkthrough());
    expect(list.map((s) => s.command.split(/\s+/)[0])).toContain('tokguard');
    const probe = join(work, 'probe.cjs');
    const probed = join(work, 'probed.json');
    writeFileSync(probe, PROBE.replace('REPO_ROOT', JSON.stringify(REPO_ROOT)));
    // After each command, record its exit status; the commands themselves run unchanged.
    const script = list
      .map((s) => {
        const check = s.command.startsWith('kill ') ? `"${process.execPath}" "${probe}" > "${probed}"\n` : '';
        return `${check}${s.command}\necho "${s.line} $?" >> "${codes}"`;
      })
      .join('\n');
    const env: NodeJS.ProcessEnv = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: work,
      TMPDIR: tmp,
      NO_COLOR: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(work, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-aws-credentials'),
      GIT_CONFIG_NOSYSTEM: '1',
    };
    const r = await bash(`${script}\necho "MOTO_PID=$TOKGUARD_DEMO_MOTO_PID"\n`, env);
    motoPid = Number(/MOTO_PID=(\d+)/.exec(r.out)?.[1] ?? 0);
    const got = readFileSync(codes, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number]);
    const stop = list.find((s) => s.command.startsWith('kill '));
    motoStopped = got.some(([line, code]) => line === stop?.line && code === 0);
    expect(
      got.map(([line, code]) => ({ command: list.find((s) => s.line === line)!.command.trim(), code })),
      r.err,
    ).toEqual(list.map((s) => ({ command: s.command.trim(), code: s.expect })));
    expect(r.err).toContain('rotated: .tokguard-rotated.json records');

    // The demo repository, as the walkthrough left it.
    const demo = join(tmp, 'tokguard-demo');
    expect(readFileSync(join(demo, 'upload.js'), 'utf8')).toContain(
      'accessKeyId: process.env.AWS_ACCESS_KEY_ID,\n    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,',
    );
    const rotated = JSON.parse(readFileSync(join(demo, '.tokguard-rotated.json'), 'utf8')) as {
      rotated: { state: string }[];
    };
    expect(rotated.rotated.map((e) => e.state)).toEqual(['deleted', 'deleted']);

    const aws = JSON.parse(readFileSync(probed, 'utf8')) as Record<string, unknown>;
    expect(aws).toEqual({
      keys: [aws.current],
      currentSignsInAs: expect.stringMatching(/^arn:aws:iam::\d+:user\/ci-uploader$/),
      leaked: 'InvalidClientTokenId',
      leakedIsCurrent: false,
      current: expect.stringMatching(/^AKIA/),
    });
    // A dozen CLI runs, moto's start and an AWS rotation: slow on a shared, loaded machine.
  }, 240_000);
});

/**
 * Run with the walkthrough's environment (the responder's credentials, AWS_ENDPOINT_URL) in the
 * demo repository: which keys ci-uploader has, who the key in AWSCURRENT is, what AWS answers
 * the leaked key (read back from the commit before the rotation).
 */
const PROBE = `
const { createRequire } = require('node:module');
const { execFileSync } = require('node:child_process');
const req = createRequire(require('node:path').join(REPO_ROOT, 'package.json'));
const IAM = req('@aws-sdk/client-iam');
const SM = req('@aws-sdk/client-secrets-manager');
const STS = req('@aws-sdk/client-sts');
const region = 'us-east-1';
const who = (credentials) =>
  new STS.STSClient({ region, credentials, maxAttempts: 1 })
    .send(new STS.GetCallerIdentityCommand({}))
    .then((r) => r.Arn, (e) => e.name);
(async () => {
  const cur = JSON.parse(
    (await new SM.SecretsManagerClient({ region }).send(
      new SM.GetSecretValueCommand({ SecretId: 'prod/ci-uploader', VersionStage: 'AWSCURRENT' }),
    )).SecretString,
  );
  const keys = (await new IAM.IAMClient({ region }).send(new IAM.ListAccessKeysCommand({ UserName: 'ci-uploader' })))
    .AccessKeyMetadata.map((k) => k.AccessKeyId);
  const before = execFileSync('git', ['show', 'HEAD~1:upload.js'], { encoding: 'utf8' });
  const leaked = {
    accessKeyId: /accessKeyId: '([^']+)'/.exec(before)[1],
    secretAccessKey: /secretAccessKey: '([^']+)'/.exec(before)[1],
  };
  process.stdout.write(JSON.stringify({
    keys,
    current: cur.AWS_ACCESS_KEY_ID,
    currentSignsInAs: await who({ accessKeyId: cur.AWS_ACCESS_KEY_ID, secretAccessKey: cur.AWS_SECRET_ACCESS_KEY }),
    leaked: await who(leaked),
    leakedIsCurrent: leaked.accessKeyId === cur.AWS_ACCESS_KEY_ID,
  }));
})();
`;
