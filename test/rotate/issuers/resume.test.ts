/**
 * GitLab's rotate call is made once. A process killed right after it (the new token in memory
 * only) is resumed without calling it again, since GitLab would revoke the new token; the
 * operator is told why and pastes a token made by hand, which must be live and the same user's.
 * Also: the triage table for findings no target covers, and without verification.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { crashAfterStepEnv } from '../../helpers/crash-after-step.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { PROVIDER_FAKES } from '../../servers/providers/index.js';
import { startFakes, type ProviderFake } from '../../servers/provider-fake.js';
import { cleanup, makeRepo } from '../helpers.js';

const keys = new FakeKeys('gitlab-resume');
let gitlab: ProviderFake;
let github: ProviderFake;
let env = '';
const roots: string[] = [];

beforeAll(async () => {
  const started = await startFakes([PROVIDER_FAKES.gitlab!, PROVIDER_FAKES.github!]);
  [gitlab, github] = started.fakes as [ProviderFake, ProviderFake];
  env = started.env;
});
afterAll(async () => {
  await gitlab?.stop();
  await github?.stop();
  for (const r of roots) cleanup(r);
});

function repo(files: Record<string, string>): string {
  const root = makeRepo({ '.gitignore': '.env.local\n', ...files });
  roots.push(root);
  return root;
}

const cli = (root: string, args: string[], input = '', extra: Record<string, string> = {}) =>
  runCli(args, { cwd: root, input, env: { TOKGUARD_ENDPOINTS: env, HOME: root, ...extra } });

describe('gitlab: a rotation killed after the rotate call', () => {
  it('is resumed without a second rotate call, by a pasted token of the same user', async () => {
    const old = keys.gitlabPat();
    gitlab.accept(old, { name: 'deploy', user_id: 42, scopes: ['api'] });
    const root = repo({
      'app.js': `const token = "${old}";\n`,
      '.tokguard.yaml':
        'rotation:\n  targets:\n    - match: { rules: [gitlab-personal-access-token] }\n      issuer: { type: gitlab }\n      store: { type: dotenv, file: .env.local }\n      grace: 0s\n',
    });
    const crashed = await cli(root, ['rotate', '--execute'], '', crashAfterStepEnv('issue'));
    expect(crashed.code).toBeNull();
    const rotations = () =>
      gitlab.requests.filter((r) => r.route === 'POST /api/v4/personal_access_tokens/self/rotate');
    expect(rotations()).toHaveLength(1);
    expect(gitlab.isLive(old)).toBe(false);
    const id = (await cli(root, ['rotate', '--list'])).stdout.split(/\s+/)[0]!;
    expect(id).toMatch(/^rot-/);

    const stranger = keys.gitlabPat();
    gitlab.accept(stranger, { user_id: 7 });
    const refused = await cli(root, ['rotate', '--resume', id], `${stranger}\n`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /never stored, and the call cannot be repeated \(GitLab revokes the old token when it rotates it/,
    );
    expect(refused.stderr).toMatch(/the new token belongs to user 7, not 42/);

    const byHand = keys.gitlabPat();
    gitlab.accept(byHand, { user_id: 42 });
    const resumed = await cli(root, ['rotate', '--resume', id], `${byHand}\n`);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(rotations()).toHaveLength(1);
    expect(readFileSync(join(root, '.env.local'), 'utf8')).toContain(`GITLAB_TOKEN=${byHand}`);
    expect(readFileSync(join(root, 'app.js'), 'utf8')).toBe('const token = process.env.GITLAB_TOKEN;\n');
  });
});

describe('--contain-first with a revoke-only provider', () => {
  it('revokes the leaked GitHub tokens first, all in one request, before it asks for their replacements', async () => {
    const old = [keys.github(), keys.github()];
    const neu = [keys.github(), keys.github()];
    for (const t of [...old, ...neu]) github.accept(t, { login: 'octo-dev' });
    const root = repo({
      'a.js': `const a = "${old[0]}";\n`,
      'b.js': `const b = "${old[1]}";\n`,
      '.tokguard.yaml': [
        'rotation:',
        '  targets:',
        '    - match: { rules: [github-pat-classic], paths: [a.js] }',
        '      issuer: { type: github }',
        '      store: { type: dotenv, file: .env.local }',
        '      reference: { env: GH_TOKEN_A }',
        '    - match: { rules: [github-pat-classic], paths: [b.js] }',
        '      issuer: { type: github }',
        '      store: { type: dotenv, file: .env.local }',
        '      reference: { env: GH_TOKEN_B }',
        '',
      ].join('\n'),
    });
    github.requests.length = 0;
    const ex = await cli(root, ['rotate', '--execute', '--contain-first'], `${neu[0]}\n${neu[1]}\n`);
    expect(ex.code, ex.stderr).toBe(0);
    const who = (c: string | undefined) =>
      c === old[0] ? 'old1' : c === old[1] ? 'old2' : c === neu[0] ? 'new1' : 'new2';
    const seen = github.requests.map((r) => (r.route === 'GET /user' ? `GET /user ${who(r.credential)}` : r.route));
    expect(seen).toEqual([
      'GET /user old1',
      'GET /user old2',
      'POST /credentials/revoke',
      'GET /user new1',
      'GET /user new1',
      'GET /user new2',
      'GET /user new2',
    ]);
    expect(JSON.parse(github.requests[2]!.body)).toEqual({ credentials: old });
    expect(old.some((t) => github.isLive(t))).toBe(false);
    expect(ex.stderr).toMatch(/u1 contain: done \(2 tokens submitted for revocation in 1 request\(s\)\)/);
    expect(ex.stderr).toMatch(/u2 delete-old: done \(already revoked by contain\)/);
  });
});

describe('the triage table', () => {
  it('has a row for a finding no target covers, and says liveness was not checked without a verified report', async () => {
    const token = keys.github();
    github.accept(token, { login: 'octo-dev' });
    const root = repo({
      'app.js': `const gh = "${token}";\nconst sl = "${keys.slackBot()}";\n`,
      '.tokguard.yaml':
        'rotation:\n  targets:\n    - match: { rules: [github-pat-classic] }\n      issuer: { type: github }\n      store: { type: dotenv, file: .env.local }\n',
    });
    const plan = await cli(root, ['rotate', '--plan']);
    expect(plan.code, plan.stderr).toBe(0);
    const table = plan.stdout.slice(0, plan.stdout.indexOf('Rotation plan:'));
    expect(table).toMatch(/^Triage: 2 distinct secret\(s\), liveness not checked/);
    expect(table).toMatch(/GitHub +not checked +- +revoke, verify the new one/);
    expect(table).toMatch(/Slack +not checked +- +nothing: no rotation target matches +add a target with issuer slack/);
    expect(plan.stderr).toMatch(/TOKGUARD_ENDPOINTS is set: provider requests go to/);

    // --verify asks the providers now (Slack's host is not mapped here, so it stays unknown).
    const verified = await cli(root, ['rotate', '--plan', '--verify']);
    expect(verified.code, verified.stderr).toBe(0);
    const again = verified.stdout.slice(0, verified.stdout.indexOf('Rotation plan:'));
    expect(again).toMatch(/^Triage: 2 distinct secret\(s\), 1 live/);
    expect(again).toMatch(/GitHub +live +octo-dev/);
    expect(again).toMatch(/Slack +unknown +-/);
    expect((await cli(root, ['rotate', '--execute', '--verify'])).stderr).toMatch(/--verify goes with --plan/);
  });
});
