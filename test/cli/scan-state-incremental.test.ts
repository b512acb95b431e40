/**
 * `--state` on a real repository, watching which git commands a repeated scan runs
 * (GIT_TRACE2_EVENT): an unchanged repository costs asking git for the tips and nothing is listed,
 * counted or read; a new commit costs a listing of what the old tips do not reach; a rewritten
 * history is listed again and still reported right. Every report equals a fresh scan's.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';

const keys = new FakeKeys('scan-state-incremental');

/** The git commands (arguments after tokguard's `-c` options) a tokguard run started. */
function gitCommands(traceFile: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line) as { event: string; argv?: string[] };
    if (e.event !== 'start' || !e.argv) continue;
    const args = e.argv.slice(1);
    while (args[0] === '-c') args.splice(0, 2);
    out.push(args);
  }
  return out;
}

function setup(): { repo: GitRepo; out: string; scan: (name: string, args?: string[]) => Promise<Traced> } {
  const repo = new GitRepo();
  const out = tempDir('tokguard-state-inc-');
  let n = 0;
  const scan = async (name: string, args: string[] = []): Promise<Traced> => {
    const trace = path.join(out, `${name}-${n++}.trace`);
    const report = await jsonScan(out, name, ['scan', '--history', ...args], {
      cwd: repo.dir,
      env: { ...repo.env, GIT_TRACE2_EVENT: trace },
    });
    return { report, git: gitCommands(trace) };
  };
  return { repo, out, scan };
}

interface Traced {
  report: Report;
  git: string[][];
}

const walksAll = (git: string[][]): string[][] =>
  git.filter(
    (a) =>
      (a[0] === 'rev-list' || a[0] === 'log') &&
      a.includes('--all') &&
      !a.includes('--not') &&
      !a.includes('--no-walk=unsorted'),
  );

describe('scan --history --state: what a repeated scan runs', () => {
  it('unchanged: the tips asked for, nothing listed or read, the same report, the file left as it was', async () => {
    const { repo, out, scan } = setup();
    for (let i = 0; i < 6; i++)
      repo.commit(`c${i}`, { [`conf/k${i}.env`]: `TOKEN=${keys.github()}\n`, 'x.txt': `${i}\n` });
    const state = path.join(out, 'a.state');
    const first = await scan('first', ['--state', state]);
    expect(first.report.findings).toHaveLength(6);
    const written = readFileSync(state);
    const mtime = statSync(state).mtimeMs;

    const second = await scan('second', ['--state', state]);
    expect(comparable(second.report)).toEqual(comparable(first.report));
    expect(second.report.scan.files).toBe(0);
    expect(second.report.scan.commits).toBe(6);
    expect(second.git.map((a) => a.slice(0, 2).join(' ')).sort()).toEqual(['rev-list --all', 'show-ref --head']);
    expect(second.git.find((a) => a[0] === 'rev-list')).toContain('--no-walk=unsorted');
    expect(readFileSync(state).equals(written)).toBe(true);
    expect(statSync(state).mtimeMs).toBe(mtime);

    // Asked to show the secrets, it reads just the reported findings' blobs (one cat-file).
    const shown = await runCli(['scan', '--history', '--state', state, '--show-secrets', '-f', 'json'], {
      cwd: repo.dir,
      env: repo.env,
    });
    const secrets = (JSON.parse(shown.stdout) as { findings: { secret: string }[] }).findings.map((f) => f.secret);
    expect(secrets.every((s) => s.startsWith('ghp_'))).toBe(true);
  }, 120_000);

  it('one new commit: only what the old tips do not reach is listed, the old history is not walked', async () => {
    const { repo, out, scan } = setup();
    for (let i = 0; i < 5; i++) repo.commit(`c${i}`, { [`k${i}.env`]: `TOKEN=${keys.github()}\n` });
    const state = path.join(out, 'b.state');
    await scan('first', ['--state', state]);
    repo.commit('one more', { 'new.env': `NPM_TOKEN=${keys.npm()}\n`, 'clean.txt': 'nothing\n' });
    const next = await scan('next', ['--state', state]);
    const fresh = await scan('fresh');
    expect(comparable(next.report)).toEqual(comparable(fresh.report));
    expect(next.report.scan.files).toBe(2);
    expect(next.report.scan.commits).toBe(fresh.report.scan.commits);
    expect(walksAll(next.git)).toEqual([]);
    expect(next.git.some((a) => a[0] === 'rev-list' && a.includes('--objects') && a.includes('--not'))).toBe(true);
    // The new commits are counted by the listing that walks them, not by a command of their own.
    expect(next.git.filter((a) => a[0] === 'rev-list' && a.includes('--count') && a.includes('--all'))).toEqual([]);
    // A fresh scan does walk everything: the comparison above means something.
    expect(walksAll(fresh.git).length).toBeGreaterThan(0);

    const newOnly = await scan('new-only', ['--state', state, '--new-only']);
    expect(newOnly.report.findings).toEqual([]);
  }, 120_000);

  it('a force-pushed branch: the dropped commit is gone from the report, the new one is in it', async () => {
    const { repo, out, scan } = setup();
    repo.commit('base', { 'a.env': `TOKEN=${keys.github()}\n` });
    const base = repo.head();
    repo.commit('oops', { 'oops.env': `TOKEN=${keys.github()}\n` });
    const state = path.join(out, 'c.state');
    const first = await scan('first', ['--state', state]);
    expect(first.report.findings.map((f) => f.file).sort()).toEqual(['a.env', 'oops.env']);

    repo.git('reset', '-q', '--hard', base);
    repo.commit('rewritten', { 'fixed.env': `NPM_TOKEN=${keys.npm()}\n` });
    repo.git('reflog', 'expire', '--expire=now', '--all');
    const next = await scan('next', ['--state', state, '--new-only']);
    const all = await scan('all', ['--state', state]);
    const fresh = await scan('fresh');
    expect(comparable(all.report)).toEqual(comparable(fresh.report));
    expect(fresh.report.findings.map((f) => f.file).sort()).toEqual(['a.env', 'fixed.env']);
    expect(next.report.findings.map((f) => f.file)).toEqual(['fixed.env']);
    // The old tip is not reachable: everything is listed again, but only the new blob is read.
    expect(next.report.scan.files).toBe(1);
    expect(next.report.scan.notes?.join('\n')).toMatch(
      /^1 blob scanned by an earlier run \(--state\) was not read again\.$/m,
    );
  }, 120_000);

  it("a linked worktree's detached HEAD counts as a tip: its new commits are scanned", async () => {
    const { repo, out, scan } = setup();
    repo.commit('base', { 'a.env': `TOKEN=${keys.github()}\n` });
    const state = path.join(out, 'e.state');
    await scan('first', ['--state', state]);
    const other = path.join(out, 'other-worktree');
    repo.git('worktree', 'add', '-q', '--detach', other);
    writeFileSync(path.join(other, 'wt.env'), `NPM_TOKEN=${keys.npm()}\n`);
    repo.gitIn(other, 'add', '-A');
    repo.gitIn(other, 'commit', '-q', '-m', 'in the other worktree');
    const next = await scan('next', ['--state', state]);
    const fresh = await scan('fresh');
    expect(fresh.report.findings.map((f) => f.file).sort()).toEqual(['a.env', 'wt.env']);
    expect(comparable(next.report)).toEqual(comparable(fresh.report));
  }, 120_000);

  it('commits of the same second: the first place is the one a fresh scan picks', async () => {
    const { repo, out, scan } = setup();
    const secret = keys.github();
    const base = repo.commit('base', { README: 'hello\n' });
    // `git commit` through repo.git takes the time the next commit would: both commits below share
    // it. The paths are such that the positions the first run recorded would pick main's a.env;
    // in the whole history the side commit comes first, so a fresh scan picks b.env.
    repo.write({ 'a.env': `TOKEN=${secret}\n` }).git('add', '-A');
    repo.git('commit', '-q', '-m', 'on main');
    const state = path.join(out, 'd.state');
    await scan('first', ['--state', state]);
    repo.git('checkout', '-q', '-b', 'side', base);
    repo.write({ 'b.env': `TOKEN=${secret}\n` }).git('add', '-A');
    repo.git('commit', '-q', '-m', 'on side');
    repo.git('checkout', '-q', 'main');
    const next = await scan('next', ['--state', state]);
    const fresh = await scan('fresh');
    expect(fresh.report.findings).toHaveLength(1);
    expect(fresh.report.findings[0]!.otherOccurrences).toBe(1);
    expect(comparable(next.report)).toEqual(comparable(fresh.report));
  }, 120_000);

  it("new commits with merges and tags: the commit count the listing gives is a fresh scan's", async () => {
    const { repo, out, scan } = setup();
    for (let i = 0; i < 4; i++) repo.commit(`c${i}`, { [`k${i}.env`]: `TOKEN=${keys.github()}\n` });
    const old = repo.head();
    const state = path.join(out, 'f.state');
    await scan('first', ['--state', state]);
    // A side line merged back, an annotated tag on a new commit, refs to old commits and to a tree.
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side 1', { 'side.txt': '1\n' });
    repo.commit('side 2', { 'side.env': `NPM_TOKEN=${keys.npm()}\n` });
    repo.git('checkout', '-q', 'main');
    repo.commit('main 1', { 'main.txt': '1\n' });
    repo.merge('side');
    repo.git('tag', '-a', '-m', 'release', 'v1');
    repo.git('tag', 'old-light', `${old}~2`);
    repo.git('branch', 'old-branch', `${old}~1`);
    repo.git('tag', 'a-tree', `${old}^{tree}`);
    const next = await scan('next', ['--state', state]);
    const fresh = await scan('fresh');
    expect(Number(repo.git('rev-list', '--count', '--all').trim())).toBe(8);
    expect(next.report.scan.commits).toBe(8);
    expect(comparable(next.report)).toEqual(comparable(fresh.report));
    expect(next.git.filter((a) => a[0] === 'rev-list' && a.includes('--count') && a.includes('--all'))).toEqual([]);
    // And once more with nothing new, then after one more commit on top.
    repo.commit('last', { 'last.txt': '1\n' });
    const again = await scan('again', ['--state', state]);
    expect(again.report.scan.commits).toBe(9);
    expect(comparable(again.report)).toEqual(comparable((await scan('fresh2')).report));
  }, 120_000);
});
