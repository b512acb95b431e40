/**
 * `tokguard verify REPORT.json`: the report is redacted, so the command reads each secret again
 * from the file or git blob the finding names, checks it with its provider (loopback fakes via
 * TOKGUARD_ENDPOINTS) and prints the report again, still redacted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { comparable, readReport } from '../helpers/reports.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { makeZip } from '../helpers/zip.js';
import { startFakes, type ProviderFake } from '../servers/provider-fake.js';
import { github } from '../servers/providers/github.js';
import { slack } from '../servers/providers/slack.js';

const keys = new FakeKeys('verify-command');
let gh: ProviderFake;
let sl: ProviderFake;
let endpoints: string;

beforeAll(async () => {
  const started = await startFakes([github, slack]);
  [gh, sl] = started.fakes as [ProviderFake, ProviderFake];
  endpoints = started.env;
});
afterAll(async () => {
  await Promise.all([gh.stop(), sl.stop()]);
});

interface Report {
  verification?: { live: number; dead: number; unknown: number };
  findings: {
    ruleId: string;
    secret?: string;
    verification?: { status: string; identity?: string; detail?: string };
  }[];
}

async function scanToFile(repo: GitRepo, args: string[] = []): Promise<string> {
  const file = path.join(repo.home, 'report.json');
  const r = await runCli(['scan', ...args, '-f', 'json', '-o', file], { cwd: repo.dir, env: repo.env });
  expect(r.code, r.stderr).toBe(1);
  return file;
}

describe('tokguard verify REPORT.json', () => {
  it('reads the secrets again, reports them live, and dead once revoked', async () => {
    const ghp = keys.github();
    const xoxb = keys.slackBot();
    const repo = new GitRepo();
    repo.commit('settings', { 'ci/.env': `GITHUB_TOKEN=${ghp}\n`, 'bot.py': `# header\nSLACK = "${xoxb}"\n` });
    const report = await scanToFile(repo);
    gh.accept(ghp, { login: 'octo-ci' });
    sl.accept(xoxb, { team: 'Acme', user: 'bot' });
    const env = { ...repo.env, TOKGUARD_ENDPOINTS: endpoints };

    const first = await runCli(['verify', report], { cwd: repo.dir, env });
    expect(first.code, first.stderr).toBe(1);
    const out = JSON.parse(first.stdout) as Report;
    expect(out.verification).toEqual({ live: 2, dead: 0, unknown: 0 });
    expect(out.findings.find((f) => f.ruleId === 'github-pat-classic')?.verification?.identity).toBe('octo-ci');
    expect(first.stdout + first.stderr).not.toContain(ghp);
    expect(first.stdout + first.stderr).not.toContain(xoxb);
    expect(first.stderr).toContain('Verified 2 findings: 2 live, 0 dead, 0 unknown.');

    gh.revoke(ghp);
    sl.revoke(xoxb);
    const second = await runCli(['verify', report, '-q'], { cwd: repo.dir, env });
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as Report).verification).toEqual({ live: 0, dead: 2, unknown: 0 });
  });

  it('reads history findings from their git blobs, after the file was cleaned', async () => {
    const ghp = keys.github();
    const repo = new GitRepo();
    repo.commit('oops', { 'deploy.sh': `export GITHUB_TOKEN=${ghp}\n` });
    repo.commit('clean', { 'deploy.sh': 'export GITHUB_TOKEN="$(vault read -field=token gh)"\n' });
    const report = await scanToFile(repo, ['--history']);
    gh.accept(ghp, { login: 'octo' });
    const r = await runCli(['verify', report, '-f', 'text'], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(r.stdout).toContain('verified LIVE as octo');
  });

  it('reads a finding inside a zip archive from the archive its report names, in a folder named x!', async () => {
    const ghp = keys.github();
    const repo = new GitRepo();
    repo.commit('settings', { 'README.md': '# app\n' });
    // `cfg!/` is a folder: taking the path apart at its first `!/` would look for an archive `cfg`.
    mkdirSync(path.join(repo.dir, 'cfg!'));
    writeFileSync(
      path.join(repo.dir, 'cfg!', 'bundle.zip'),
      makeZip([{ name: 'conf/.env', data: `GITHUB_TOKEN=${ghp}\n` }]),
    );
    const report = await scanToFile(repo);
    const saved = JSON.parse(readFileSync(report, 'utf8')) as { findings: { file: string; archive?: unknown }[] };
    expect(saved.findings.map((f) => [f.file, f.archive])).toEqual([
      ['cfg!/bundle.zip!/conf/.env', { path: 'cfg!/bundle.zip', entry: 'conf/.env' }],
    ]);
    gh.accept(ghp, { login: 'octo-zip' });
    const r = await runCli(['verify', report], { cwd: repo.dir, env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints } });
    expect(r.code, r.stderr).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Report).findings;
    expect(f?.verification).toMatchObject({ status: 'live', identity: 'octo-zip' });
    expect(r.stdout + r.stderr).not.toContain(ghp);
  });

  it('reads an archive entry of a report written before findings named their archive (bundle.zip!/conf/.env)', async () => {
    const ghp = keys.github();
    const repo = new GitRepo();
    repo.commit('settings', { 'README.md': '# app\n' });
    writeFileSync(path.join(repo.dir, 'bundle.zip'), makeZip([{ name: 'conf/.env', data: `GITHUB_TOKEN=${ghp}\n` }]));
    const report = await scanToFile(repo);
    const old = JSON.parse(readFileSync(report, 'utf8')) as { findings: { archive?: unknown }[] };
    for (const f of old.findings) delete f.archive;
    writeFileSync(report, JSON.stringify(old));
    gh.accept(ghp, { login: 'octo-old' });
    const r = await runCli(['verify', report], { cwd: repo.dir, env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints } });
    expect(r.code, r.stderr).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Report).findings;
    expect(f?.verification).toMatchObject({ status: 'live', identity: 'octo-old' });
  });

  it("reads a history finding inside a committed jar from the jar's blob", async () => {
    const ghp = keys.github();
    const repo = new GitRepo();
    repo.commit('build', { 'lib/app.jar': makeZip([{ name: 'config/.env', data: `GITHUB_TOKEN=${ghp}\n` }]) });
    repo.commit('drop the jar', {}, { remove: ['lib/app.jar'] });
    const report = await scanToFile(repo, ['--history']);
    gh.accept(ghp, { login: 'octo-jar' });
    const r = await runCli(['verify', report], { cwd: repo.dir, env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints } });
    expect(r.code, r.stderr).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Report & { findings: { file?: string }[] }).findings;
    expect(f).toMatchObject({
      file: 'lib/app.jar!/config/.env',
      verification: { status: 'live', identity: 'octo-jar' },
    });
  });

  it('says which findings it could not check when the file no longer holds the secret', async () => {
    const repo = new GitRepo();
    repo.commit('settings', { 'a.env': `GITHUB_TOKEN=${keys.github()}\n` });
    const report = await scanToFile(repo);
    writeFileSync(path.join(repo.dir, 'a.env'), 'GITHUB_TOKEN=\n');
    const r = await runCli(['verify', report], { cwd: repo.dir, env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints } });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).findings[0]!.verification).toMatchObject({
      status: 'unknown',
      detail: 'not checked: the secret is no longer in a.env',
    });
  });

  it('rejects a file that is not a JSON report with one line and exit 2', async () => {
    const repo = new GitRepo();
    const bad = path.join(repo.home, 'bad.json');
    writeFileSync(bad, '{"findings": 3}');
    const r = await runCli(['verify', bad], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `tokguard: ${bad}: not a tokguard JSON report (version is not 1); verify reads the JSON report of \`tokguard scan -f json\``,
    );
  });

  it('a verified shard report merges with the other shards: same version, rule digest and findings', async () => {
    const repo = new GitRepo();
    const tokens = Array.from({ length: 6 }, () => keys.github());
    tokens.forEach((t, i) => repo.commit(`key ${i}`, { [`conf/k${i}.env`]: `GITHUB_TOKEN=${t}\n` }));
    repo.commit('clean', Object.fromEntries(tokens.map((_, i) => [`conf/k${i}.env`, 'GITHUB_TOKEN=\n'])));
    const shard = async (k: number): Promise<string> => {
      const file = path.join(repo.home, `shard${k}.json`);
      const r = await runCli(['scan', '--history', '--shard', `${k}/2`, '-f', 'json', '-o', file], {
        cwd: repo.dir,
        env: repo.env,
      });
      expect([0, 1], r.stderr).toContain(r.code);
      return file;
    };
    const [one, two] = [await shard(1), await shard(2)];
    for (const t of tokens) gh.accept(t, { login: 'octo-shard' });
    const verified = path.join(repo.home, 'shard1.verified.json');
    const v = await runCli(['verify', one, '-q', '-o', verified], {
      cwd: repo.dir,
      env: { ...repo.env, TOKGUARD_ENDPOINTS: endpoints },
    });
    expect(v.code, v.stderr).toBe(1);
    const before = readReport(one);
    const after = readReport(verified);
    expect(after.tool).toEqual(before.tool);
    expect(after.tool.rulesDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(after.scan.shard).toEqual(before.scan.shard);
    expect(after.suppressed).toEqual(before.suppressed);

    const plain = await runCli(['merge', one, two, '-f', 'json'], { cwd: repo.dir, env: repo.env });
    const merged = await runCli(['merge', verified, two, '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(merged.code, merged.stderr).toBe(1);
    const m = JSON.parse(merged.stdout) as Report & Parameters<typeof comparable>[0];
    expect(comparable(m)).toEqual(comparable(JSON.parse(plain.stdout) as Parameters<typeof comparable>[0]));
    expect(m.findings).toHaveLength(tokens.length);
    const checked = m.findings.filter((f) => f.verification?.status === 'live');
    expect(checked.length).toBe(readReport(one).findings.length);
    expect(checked.length).toBeGreaterThan(0);
  });

  it("tokguard rules --format json shows each rule's verifier", async () => {
    const r = await runCli(['rules', '-f', 'json']);
    const rules = JSON.parse(r.stdout) as {
      id: string;
      verify: null | {
        provider: string;
        hosts: string[];
        docs?: string;
        request?: { method: string; url: string };
        function?: string;
      };
    }[];
    expect(rules.filter((x) => x.verify).length).toBeGreaterThanOrEqual(60);
    expect(rules.find((x) => x.id === 'github-pat-classic')?.verify).toEqual({
      provider: 'github',
      providerName: 'GitHub',
      hosts: ['api.github.com'],
      docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
      request: { method: 'GET', url: 'https://api.github.com/user' },
    });
    expect(rules.find((x) => x.id === 'aws-access-key-id')?.verify).toMatchObject({
      function: 'aws-sts-get-caller-identity',
      parts: ['secretAccessKey', 'sessionToken'],
    });
    expect(rules.find((x) => x.id === 'generic-secret-quoted')?.verify).toBeNull();
  });
});
