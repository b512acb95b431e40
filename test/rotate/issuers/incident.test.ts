/**
 * The three-provider incident of the README and docs/rotation.md, end to end through the built
 * CLI on a real temporary git repository: config.js leaks a GitHub PAT, a GitLab PAT and a Slack
 * bot token (committed). `scan --verify` reports all three live with their owners; `rotate
 * --plan` opens with the triage table; `rotate --execute --revoke` revokes the GitHub token
 * (the fake sees POST /credentials/revoke), rotates the GitLab one (POST .../self/rotate) and
 * revokes the Slack one (auth.revoke), taking the two new tokens GitHub and Slack cannot issue
 * from standard input; config.js reads the environment; `verify` of a history report says the
 * three old tokens are dead. Every request goes to loopback fakes (TOKGUARD_ENDPOINTS).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../helpers/cli.js';
import { FakeKeys } from '../../helpers/fake-keys.js';
import { PROVIDER_FAKES } from '../../servers/providers/index.js';
import { startFakes, type ProviderFake } from '../../servers/provider-fake.js';
import { assertNoPlaintext, cleanup, makeRepo } from '../helpers.js';

const keys = new FakeKeys('three-provider-incident');
const gh = { old: keys.github(), neu: keys.github() };
const gl = { old: keys.gitlabPat() };
const sl = { old: keys.slackBot(), neu: keys.slackBot() };

/** The commands of the documented incident, in order, exactly as the docs print them. */
export const INCIDENT = {
  scan: 'tokguard scan --verify -f json -o report.json',
  plan: 'tokguard rotate --plan --report report.json',
  execute: 'tokguard rotate --execute --revoke --report report.json',
  history: 'tokguard scan --history -f json -o old.json',
  verify: 'tokguard verify old.json',
};
const args = (cmd: string): string[] => cmd.split(' ').slice(1);

const CONFIG = [
  'rotation:',
  '  targets:',
  '    - match: { rules: [github-pat-classic] }',
  '      issuer: { type: github }',
  '      store: { type: dotenv, file: .env.local }',
  '    - match: { rules: [gitlab-personal-access-token] }',
  '      issuer: { type: gitlab }',
  '      store: { type: dotenv, file: .env.local }',
  '    - match: { rules: [slack-bot-token] }',
  '      issuer: { type: slack }',
  '      store: { type: dotenv, file: .env.local }',
  '',
].join('\n');

let fakes: Map<string, ProviderFake>;
let endpoints = '';
let root = '';

beforeAll(async () => {
  const started = await startFakes(['github', 'gitlab', 'slack'].map((p) => PROVIDER_FAKES[p]!));
  fakes = new Map(started.fakes.map((f) => [f.spec.provider, f]));
  endpoints = started.env;
  fakes
    .get('github')!
    .accept(gh.old, { login: 'octo-dev', scopes: 'repo, workflow' })
    .accept(gh.neu, { login: 'octo-dev' });
  fakes.get('gitlab')!.accept(gl.old, { name: 'ci-deploy', user_id: 42, scopes: ['api'] });
  fakes
    .get('slack')!
    .accept(sl.old, { team: 'Acme', user: 'deploybot' })
    .accept(sl.neu, { team: 'Acme', user: 'deploybot' });
  root = makeRepo({
    'config.js': [
      'module.exports = {',
      `  github: "${gh.old}",`,
      `  gitlab: "${gl.old}",`,
      `  slack: "${sl.old}",`,
      '};',
      '',
    ].join('\n'),
    '.gitignore': '.env.local\nreport.json\nold.json\n',
    '.tokguard.yaml': CONFIG,
  });
});
afterAll(async () => {
  await Promise.all([...(fakes?.values() ?? [])].map((f) => f.stop()));
  if (root) cleanup(root);
});

function tokguard(cmd: string, input = '') {
  return runCli(args(cmd), { cwd: root, input, env: { TOKGUARD_ENDPOINTS: endpoints, HOME: root } });
}

interface JsonFinding {
  ruleId: string;
  verification?: { status: string; identity?: string; scopes?: string[] };
}

describe('a repository leaking a GitHub PAT, a GitLab PAT and a Slack token', () => {
  it('is verified live, triaged, revoked or rotated at each provider, rewritten, and verified dead', async () => {
    const scan = await tokguard(INCIDENT.scan);
    expect(scan.code, scan.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { findings: JsonFinding[] };
    const byRule = (id: string) => report.findings.find((f) => f.ruleId === id)!.verification!;
    expect(byRule('github-pat-classic')).toMatchObject({ status: 'live', identity: 'octo-dev' });
    expect(byRule('gitlab-personal-access-token')).toMatchObject({ status: 'live', identity: 'ci-deploy / 42' });
    expect(byRule('slack-bot-token')).toMatchObject({ status: 'live', identity: 'Acme / deploybot' });

    const plan = await tokguard(INCIDENT.plan);
    expect(plan.code, plan.stderr).toBe(0);
    const table = plan.stdout.slice(0, plan.stdout.indexOf('Rotation plan:'));
    expect(table).toMatch(/GitHub +live +octo-dev/);
    expect(table).toMatch(/GitLab +live +ci-deploy \/ 42/);
    expect(table).toMatch(/Slack +live +Acme \/ deploybot/);
    expect(table).toMatch(/GitLab.*rotate \(revokes the old one\).*nothing/);
    expect(table).toMatch(/GitHub.*revoke, verify the new one.*paste a new token/);
    expect(plan.stdout).toMatch(
      /POST https:\/\/gitlab\.com\/api\/v4\/personal_access_tokens\/self\/rotate.*← point of no return/,
    );
    for (const f of fakes.values())
      expect(f.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('auth.test'))).toEqual([]);

    const ex = await tokguard(INCIDENT.execute, `${gh.neu}\n${sl.neu}\n`);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stdout.trim()).toMatch(/^rot-/);
    const github = fakes.get('github')!;
    const revoke = github.requests.find((r) => r.route === 'POST /credentials/revoke')!;
    expect(JSON.parse(revoke.body)).toEqual({ credentials: [gh.old] });
    expect(
      fakes.get('gitlab')!.requests.filter((r) => r.route === 'POST /api/v4/personal_access_tokens/self/rotate'),
    ).toHaveLength(1);
    expect(fakes.get('slack')!.requests.some((r) => r.route === 'POST /api/auth.revoke')).toBe(true);
    expect(github.isLive(gh.old) || fakes.get('gitlab')!.isLive(gl.old) || fakes.get('slack')!.isLive(sl.old)).toBe(
      false,
    );

    expect(readFileSync(join(root, 'config.js'), 'utf8')).toBe(
      [
        'module.exports = {',
        '  github: process.env.GITHUB_TOKEN,',
        '  gitlab: process.env.GITLAB_TOKEN,',
        '  slack: process.env.SLACK_TOKEN,',
        '};',
        '',
      ].join('\n'),
    );
    const dotenv = readFileSync(join(root, '.env.local'), 'utf8');
    const glNew = /GITLAB_TOKEN=(\S+)/.exec(dotenv)![1]!;
    expect(fakes.get('gitlab')!.isLive(glNew)).toBe(true);
    expect(dotenv).toContain(`GITHUB_TOKEN=${gh.neu}`);
    expect(dotenv).toContain(`SLACK_TOKEN=${sl.neu}`);
    assertNoPlaintext(
      root,
      [gh.old, gl.old, sl.old, gh.neu, sl.neu, glNew],
      [plan.stdout, plan.stderr, ex.stdout, ex.stderr],
    );

    const hist = await tokguard(INCIDENT.history);
    expect(hist.code, hist.stderr).toBe(0);
    const verify = await tokguard(INCIDENT.verify);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    const checked = JSON.parse(verify.stdout) as { findings: JsonFinding[] };
    const statuses = Object.fromEntries(checked.findings.map((f) => [f.ruleId, f.verification?.status]));
    expect(statuses).toEqual({
      'github-pat-classic': 'dead',
      'gitlab-personal-access-token': 'dead',
      'slack-bot-token': 'dead',
    });
  });

  it('is told in the README and docs/rotation.md with exactly these commands', () => {
    for (const doc of ['README.md', 'docs/rotation.md']) {
      const text = readFileSync(join(REPO_ROOT, doc), 'utf8');
      for (const cmd of Object.values(INCIDENT)) expect(text, `${doc} shows "${cmd}"`).toContain(cmd);
    }
  });
});
