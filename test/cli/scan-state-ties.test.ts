/**
 * `scan --history --state` on histories with commits of the same second, as rebases, cherry-picks
 * and scripted commits make them. The last run's findings are extended with the new commits'
 * unless a secret's first place could really move (two commits of its first second on different
 * lines of history); commits of one second in a line (a rebased series) are no reason to
 * attribute everything again. Every report is compared, finding for finding (commit, path, line,
 * fingerprint, other places), with a scan without --state.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { AUTHOR, GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';

const keys = new FakeKeys('scan-state-ties');
const T0 = Date.UTC(2024, 2, 1, 12, 0, 0) / 1000;

/**
 * The state file's parts (layout: src/scan/state.ts): how many attributed findings keep contenders
 * (commits of one second on different lines), and how many segments follow.
 */
function stateParts(file: string): { contended: number; segments: number } {
  const data = readFileSync(file);
  const width = data.readUInt8(48);
  const [s, m, r] = [data.readUInt32BE(52), data.readUInt32BE(56), data.readUInt32BE(60)];
  let at = 64 + (s + m) * width + r * 16;
  const length = data.readUInt32BE(at);
  const first = JSON.parse(data.toString('utf8', at + 4, at + 4 + length)) as { attributed: unknown[][] };
  at += 4 + length;
  return { contended: first.attributed.filter((t) => t[7] !== null).length, segments: data.readUInt32BE(at) };
}

/** git with the committer (and author) time fixed at `seconds`: every commit it makes has that time. */
function gitAt(repo: GitRepo, seconds: number, ...args: string[]): string {
  const date = `${seconds} +0000`;
  return execFileSync('git', ['-c', `user.name=${AUTHOR.name}`, '-c', `user.email=${AUTHOR.email}`, ...args], {
    cwd: repo.dir,
    env: { ...process.env, ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
}

/** A commit on the current branch at `seconds`. */
function commitAt(repo: GitRepo, seconds: number, message: string, files: Record<string, string>): string {
  repo.write(files).git('add', '-A');
  gitAt(repo, seconds, 'commit', '-q', '--no-verify', '-m', message);
  return repo.head();
}

function setup(): {
  repo: GitRepo;
  state: string;
  scan: (name: string) => Promise<Report>;
  /** A scan with --state and one without; expects them equal and returns the first. */
  both: (name: string) => Promise<Report>;
} {
  const repo = new GitRepo();
  const out = tempDir('tokguard-state-ties-');
  const state = path.join(out, 'x.state');
  const run = (name: string, withState: boolean): Promise<Report> =>
    jsonScan(out, name, ['scan', '--history', ...(withState ? ['--state', state] : [])], {
      cwd: repo.dir,
      env: repo.env,
    });
  const both = async (name: string): Promise<Report> => {
    const [stated, fresh] = [await run(name, true), await run(`${name}-fresh`, false)];
    expect(comparable(stated), name).toEqual(comparable(fresh));
    return stated;
  };
  return { repo, state, scan: (name) => run(name, true), both };
}

describe('scan --history --state with commits of the same second', () => {
  it('a rebased series (one second, in a line) is extended after new commits, also of that second', async () => {
    const { repo, state, both } = setup();
    const secret = keys.github();
    const base = commitAt(repo, T0, 'base', { README: 'hello\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    commitAt(repo, T0 + 10, 'f1', { 'conf/app.env': `TOKEN=${secret}\nA=1\n` });
    commitAt(repo, T0 + 20, 'f2', { 'conf/app.env': `TOKEN=${secret}\nA=2\n` });
    commitAt(repo, T0 + 30, 'f3', { 'conf/app.env': `TOKEN=${secret}\nA=3\n`, 'npm.env': `NPM_TOKEN=${keys.npm()}\n` });
    repo.git('checkout', '-q', 'main');
    commitAt(repo, T0 + 40, 'main moves', { 'x.txt': '1\n' });
    // The rebase commits f1..f3 again, all in one second.
    repo.git('checkout', '-q', 'feature');
    gitAt(repo, T0 + 100, 'rebase', '-q', 'main');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', 'feature');
    repo.git('branch', '-q', '-D', 'feature');
    const first = await both('first');
    expect(first.findings).toHaveLength(2);
    const rebased = repo.git('log', '--format=%H', '--reverse', `${base}..HEAD`).trim().split('\n');
    // The first of the series, not another commit of its second.
    expect(first.findings.find((f) => f.file === 'conf/app.env')!.commit?.sha).toBe(rebased[1]);
    expect(stateParts(state).contended).toBe(0);
    const segments = stateParts(state).segments;

    // A new commit in the same second as the old first place, editing the secret again, and a new secret.
    commitAt(repo, T0 + 100, 'same second', {
      'conf/app.env': `TOKEN=${secret}\nA=4\n`,
      'b.env': `T=${keys.github()}\n`,
    });
    const next = await both('next');
    expect(next.findings).toHaveLength(3);
    expect(next.scan.files).toBe(2);
    expect(stateParts(state)).toEqual({ contended: 0, segments: segments + 1 });

    // Another rebased series on top, merged: new commits of one second among themselves.
    const mid = repo.head();
    repo.git('checkout', '-q', '-b', 'topic');
    const later = keys.github();
    commitAt(repo, T0 + 200, 't1', { 'topic.env': `KEY=${later}\n` });
    commitAt(repo, T0 + 210, 't2', { 'topic.env': `KEY=${later}\nB=1\n`, 'conf/app.env': `TOKEN=${secret}\nA=5\n` });
    repo.git('checkout', '-q', 'main');
    commitAt(repo, T0 + 220, 'main again', { 'y.txt': '2\n' });
    repo.git('checkout', '-q', 'topic');
    gitAt(repo, T0 + 300, 'rebase', '-q', 'main');
    repo.git('checkout', '-q', 'main');
    gitAt(repo, T0 + 300, 'merge', '-q', '--no-ff', '--no-verify', '-m', 'merge topic', 'topic');
    expect(repo.git('rev-list', '--count', `${mid}..HEAD`).trim()).toBe('4');
    const third = await both('third');
    expect(third.findings).toHaveLength(4);
    expect(stateParts(state)).toEqual({ contended: 0, segments: segments + 2 });
  }, 300_000);

  it('a secret first brought in the same second on two lines of history: chosen again as new commits reorder them', async () => {
    const { repo, state, both } = setup();
    const secret = keys.github();
    commitAt(repo, T0, 'base', { README: 'hello\n' });
    repo.git('checkout', '-q', '-b', 'a');
    const onA = commitAt(repo, T0 + 100, 'on a', { 'a.env': `TOKEN=${secret}\n` });
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'b');
    const onB = commitAt(repo, T0 + 100, 'on b', { 'b.env': `export TOKEN=${secret}\n` });
    // Which of the two is older is their order in the whole history's topological walk, which
    // follows the newest tip first: a new commit on one branch puts the other's commit last.
    const first = await both('first');
    expect(first.findings).toHaveLength(1);
    expect(stateParts(state).contended).toBe(1);
    const segments = stateParts(state).segments;
    const winners = [first.findings[0]!.commit?.sha];

    commitAt(repo, T0 + 200, 'more on b', { 'x.txt': '1\n' });
    winners.push((await both('after b')).findings[0]!.commit?.sha);
    repo.git('checkout', '-q', 'a');
    commitAt(repo, T0 + 300, 'more on a', { 'y.txt': '1\n', 'n.env': `N=${keys.npm()}\n` });
    const last = await both('after a');
    winners.push(last.findings.find((f) => f.ruleId === first.findings[0]!.ruleId)!.commit?.sha);
    expect(winners).toEqual([onB, onA, onB]);
    // Both runs extended the last one's findings, the contenders kept.
    expect(stateParts(state)).toEqual({ contended: 1, segments: segments + 2 });
  }, 300_000);

  it('new commits of one second on two lines that bring one new secret: attributed again, the same answer', async () => {
    const { repo, state, both } = setup();
    const old = keys.github();
    commitAt(repo, T0, 'base', { README: 'hello\n', 'old.env': `T=${old}\n` });
    await both('first');
    const segments = stateParts(state).segments;

    const secret = keys.github();
    const tip = repo.head();
    repo.git('checkout', '-q', '-b', 'side');
    commitAt(repo, T0 + 50, 'on side', { 'side.env': `TOKEN=${secret}\n` });
    repo.git('checkout', '-q', 'main');
    commitAt(repo, T0 + 50, 'on main', { 'main.env': `export TOKEN=${secret}\n` });
    gitAt(repo, T0 + 60, 'merge', '-q', '--no-ff', '--no-verify', '-m', 'merge side', 'side');
    expect(repo.git('rev-list', '--count', `${tip}..HEAD`).trim()).toBe('3');
    const next = await both('next');
    expect(next.findings).toHaveLength(2);
    // Attributed again (the new commits alone do not order the two): written back as one segment.
    expect(stateParts(state)).toEqual({ contended: 1, segments: 1 });
    expect(segments).toBeGreaterThan(0);
  }, 300_000);

  it('a scripted history (same-second commits, rebases, merges, cherry-picks), scanned after each step', async () => {
    const { repo, state, both } = setup();
    const [a, b, c, d] = [keys.github(), keys.github(), keys.npm(), keys.github()];
    let now = T0;
    const tick = (n = 1): number => (now += n);
    commitAt(repo, tick(), 'base', { README: 'hello\n', 'a.env': `A=${a}\n` });
    commitAt(repo, now, 'same second', { 'a.env': `A=${a}\nX=1\n`, 'b.env': `B=${b}\n` });
    await both('s0');
    // Each step, and whether the run after it extends the last one's findings.
    const steps: [string, () => void, boolean][] = [
      ['one commit, same second as the last', () => void commitAt(repo, now, 's1', { 'b.env': `B=${b}\nY=1\n` }), true],
      [
        'a branch rebased and merged',
        () => {
          repo.git('checkout', '-q', '-b', 'f');
          commitAt(repo, tick(), 'f1', { 'c.env': `C=${c}\n` });
          commitAt(repo, tick(), 'f2', { 'c.env': `C=${c}\nZ=1\n`, 'a.env': `A=${a}\nX=2\n` });
          repo.git('checkout', '-q', 'main');
          commitAt(repo, tick(), 'm', { 'm.txt': 'm\n' });
          repo.git('checkout', '-q', 'f');
          gitAt(repo, tick(), 'rebase', '-q', 'main');
          repo.git('checkout', '-q', 'main');
          gitAt(repo, now, 'merge', '-q', '--no-ff', '--no-verify', '-m', 'merge f', 'f');
          repo.git('branch', '-q', '-D', 'f');
        },
        true,
      ],
      [
        'a cherry-pick in the same second as its source',
        () => {
          const src = repo.head();
          repo.git('checkout', '-q', '-b', 'release', `${src}~3`);
          commitAt(repo, tick(), 'd on release', { 'd.env': `D=${d}\n` });
          repo.git('checkout', '-q', 'main');
          gitAt(repo, now, 'cherry-pick', 'release');
        },
        // One secret brought in by two new commits of one second on different lines.
        false,
      ],
      // Later commits: the two are chosen between again from the whole history's order.
      ['that secret edited again, later', () => void commitAt(repo, tick(), 's4', { 'd.env': `D=${d}\nW=1\n` }), true],
      [
        'the release branch moves',
        () =>
          void (
            repo.git('checkout', '-q', 'release'),
            commitAt(repo, tick(), 'r', { 'r.txt': 'r\n' }),
            repo.git('checkout', '-q', 'main')
          ),
        true,
      ],
      // A new commit of the contenders' second: attributed again.
      [
        'a commit of that second on a new branch',
        () =>
          void (
            repo.git('checkout', '-q', '-b', 'late', 'release~1'),
            commitAt(repo, now - 2, 'late', { 'e.env': `D=${d}\n#\n` }),
            repo.git('checkout', '-q', 'main')
          ),
        false,
      ],
    ];
    const extended: boolean[] = [];
    for (const [name, step] of steps) {
      const before = stateParts(state).segments;
      step();
      await both(name);
      extended.push(stateParts(state).segments === before + 1);
    }
    expect(extended).toEqual(steps.map((s) => s[2]));
    expect(stateParts(state).contended).toBe(1);
  }, 600_000);
});
