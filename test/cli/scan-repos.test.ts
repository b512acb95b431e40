import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import type { Report } from '../helpers/reports.js';

const keys = new FakeKeys('scan-repos');

/** A loopback TCP server that accepts connections and never answers: a clone from it hangs. */
function silentServer(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer(() => {});
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe('scan --repos LIST', () => {
  let out: string;
  let good: GitRepo;
  let remote: GitRepo;
  let corrupt: GitRepo;
  let hanging: { server: Server; port: number };

  beforeAll(async () => {
    out = tempDir('tokguard-repos-');
    good = new GitRepo();
    good.commit('Add a key', { 'deploy.env': `TOKEN=${keys.github()}\n` });
    good.commit('Remove it', {}, { remove: ['deploy.env'] });
    remote = new GitRepo({ bare: false });
    remote.commit('Config', { 'config/app.env': `NPM_TOKEN=${keys.npm()}\n` });
    // A repository whose commit object is damaged: git itself cannot walk it.
    corrupt = new GitRepo();
    corrupt.commit('One', { 'a.txt': 'a\n' });
    const head = corrupt.head();
    const object = path.join(corrupt.dir, '.git', 'objects', head.slice(0, 2), head.slice(2));
    execFileSync('chmod', ['u+w', object]);
    writeFileSync(object, 'not zlib data');
    hanging = await silentServer();
  }, 60_000);
  afterAll(() => hanging?.server.close());

  it('reports every repository it could scan, each finding naming its repository, and the failures apart', async () => {
    const missing = path.join(out, 'no-such-repo');
    const list = path.join(out, 'repos.txt');
    const url = `file://${remote.dir}`;
    // Nothing listens on port 1: the clone fails at once (and its credentials are never shown).
    const withCredentials = 'http://someone:hunter2@127.0.0.1:1/org/repo.git';
    writeFileSync(list, ['# the organisation', good.dir, corrupt.dir, missing, url, withCredentials, ''].join('\n'));
    const r = await runCli(['scan', '--repos', list, '--history', '--jobs', '3', '-f', 'json'], {
      env: good.env,
    });
    const report = JSON.parse(r.stdout) as Report;
    expect(r.code, JSON.stringify(report.repositories)).toBe(5); // findings, and some repositories failed
    const status = Object.fromEntries(report.repositories!.map((x) => [x.repository, x]));
    expect(status[good.dir]!.status).toBe('scanned');
    expect(status[url]!.status).toBe('scanned');
    expect(status[corrupt.dir]!.status).toBe('failed');
    expect(status[missing]!.status).toBe('failed');
    expect(status[missing]!.error).toMatch(/no such file or directory/);
    expect(status['http://127.0.0.1:1/org/repo.git']!.error).toMatch(/^cannot clone: /);
    expect(r.stdout + r.stderr).not.toContain('hunter2');
    expect(report.findings.map((f) => [f.repository, f.file]).sort()).toEqual(
      [
        [good.dir, 'deploy.env'],
        [url, 'config/app.env'],
      ].sort(),
    );
    expect(r.stderr).toMatch(/2 of 5 repositories scanned, 3 failed/);
    expect(r.stderr).toContain(`tokguard: ${missing}: failed: `);
    // The clones went to a temporary folder that is gone.
    expect(readdirSync(out).filter((n) => n.startsWith('tokguard-repos-'))).toEqual([]);
  }, 120_000);

  it('stops a repository at its time budget and goes on with the others', async () => {
    const list = path.join(out, 'slow.txt');
    writeFileSync(list, `http://127.0.0.1:${hanging.port}/org/slow.git\n${good.dir}\n`);
    const r = await runCli(
      ['scan', '--repos', list, '--history', '--repo-timeout', '15', '--jobs', '2', '-f', 'json'],
      {
        env: good.env,
      },
    );
    expect(r.code).toBe(5);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.repositories![0]).toMatchObject({
      status: 'failed',
      error: 'over the time budget of 15 s while cloning',
    });
    expect(report.repositories![1]!.status).toBe('scanned');
  }, 120_000);

  it('exit codes: 4 when only failures, 1 when only findings, 0 when neither', async () => {
    const onlyMissing = path.join(out, 'missing.txt');
    writeFileSync(onlyMissing, `${path.join(out, 'absent')}\n`);
    expect((await runCli(['scan', '--repos', onlyMissing, '-q'])).code).toBe(4);
    const onlyGood = path.join(out, 'good.txt');
    writeFileSync(onlyGood, `${good.dir}\n`);
    expect((await runCli(['scan', '--repos', onlyGood, '--history', '-q'], { env: good.env })).code).toBe(1);
    const clean = new GitRepo();
    clean.commit('Nothing', { 'a.txt': 'hello\n' });
    const onlyClean = path.join(out, 'clean.txt');
    writeFileSync(onlyClean, `${clean.dir}\n`);
    expect((await runCli(['scan', '--repos', onlyClean, '--history', '-q'], { env: clean.env })).code).toBe(0);
  }, 120_000);

  it('merges per-repository reports and their failures, with the same exit code', async () => {
    const a = path.join(out, 'a.txt');
    const b = path.join(out, 'b.txt');
    writeFileSync(a, `${good.dir}\n`);
    writeFileSync(b, `${path.join(out, 'gone')}\n`);
    for (const [list, name] of [
      [a, 'a.json'],
      [b, 'b.json'],
    ] as const)
      await runCli(['scan', '--repos', list, '--history', '-q', '-f', 'json', '-o', path.join(out, name)], {
        env: good.env,
      });
    const merged = await runCli(['merge', path.join(out, 'a.json'), path.join(out, 'b.json'), '-f', 'json']);
    expect(merged.code).toBe(5);
    const report = JSON.parse(merged.stdout) as Report;
    expect(report.repositories!.map((x) => x.status).sort()).toEqual(['failed', 'scanned']);
    expect(report.findings.map((f) => f.repository)).toEqual([good.dir]);
  }, 120_000);

  it('refuses a list it cannot use, in one line', async () => {
    const r = await runCli(['scan', '--repos', path.join(out, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/nope\.txt: cannot read the repository list: no such file$/);
    const empty = path.join(out, 'empty.txt');
    writeFileSync(empty, '# nothing\n\n');
    expect((await runCli(['scan', '--repos', empty])).stderr.trim()).toBe(`tokguard: ${empty}: lists no repositories`);
    const withPath = await runCli(['scan', 'somewhere', '--repos', empty]);
    expect(withPath.stderr.trim()).toBe('tokguard: --repos takes the repositories from its list: give no path');
  }, 60_000);
});
