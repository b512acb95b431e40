/**
 * `scan --history --state` after new commits that only add: the last run's attributed findings
 * are extended with the new blobs' findings (the stored matches are neither parsed nor attributed
 * again, and are copied into the next state as they were), and whenever that could differ from
 * attributing everything again (an old blob brought back, commits of the same second), it is
 * not used. Either way the report is the one a scan without --state gives.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cleanup.js';
import { FakeKeys } from '../helpers/fake-keys.js';
import { AUTHOR, GitRepo } from '../helpers/git-repo.js';
import { comparable, jsonScan, type Report } from '../helpers/reports.js';

const keys = new FakeKeys('scan-state-extend');

/** The state file's segments of stored matches (layout: src/scan/state.ts), as bytes. */
function segments(file: string): Buffer[] {
  const data = readFileSync(file);
  const width = data.readUInt8(48);
  const [s, m, r] = [data.readUInt32BE(52), data.readUInt32BE(56), data.readUInt32BE(60)];
  let at = 64 + (s + m) * width + r * 16;
  at += 4 + data.readUInt32BE(at);
  const count = data.readUInt32BE(at);
  at += 4;
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const length = data.readUInt32BE(at);
    out.push(Buffer.from(data.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  return out;
}

/** A commit on the current branch with the given committer (and author) time, in seconds. */
function commitAt(repo: GitRepo, seconds: number, message: string, files: Record<string, string>): string {
  repo.write(files).git('add', '-A');
  const date = `${seconds} +0000`;
  execFileSync(
    'git',
    [
      '-c',
      `user.name=${AUTHOR.name}`,
      '-c',
      `user.email=${AUTHOR.email}`,
      'commit',
      '-q',
      '--no-verify',
      '-m',
      message,
    ],
    {
      cwd: repo.dir,
      env: { ...process.env, ...repo.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    },
  );
  return repo.head();
}

function setup(): { repo: GitRepo; state: string; scan: (name: string, withState?: boolean) => Promise<Report> } {
  const repo = new GitRepo();
  const out = tempDir('tokguard-state-extend-');
  const state = path.join(out, 'x.state');
  const scan = (name: string, withState = true): Promise<Report> =>
    jsonScan(out, name, ['scan', '--history', ...(withState ? ['--state', state] : [])], {
      cwd: repo.dir,
      env: repo.env,
    });
  return { repo, state, scan };
}

const time = (repo: GitRepo, rev: string): number => Number(repo.git('log', '-1', '--format=%ct', rev).trim());

describe('scan --history --state after new commits that only add', () => {
  it('extends the last findings: an old secret edited again, a new one; the stored matches copied as they were', async () => {
    const { repo, state, scan } = setup();
    const kept = keys.github();
    repo.commit('c0', { 'conf/k.env': `TOKEN=${kept}\nA=1\n`, 'other.env': `NPM_TOKEN=${keys.npm()}\n` });
    repo.commit('c1', { 'conf/k.env': `TOKEN=${kept}\nA=2\n` });
    await scan('first');
    const before = segments(state);

    repo.commit('c2', { 'conf/k.env': `TOKEN=${kept}\nA=3\n`, 'new.env': `TOKEN=${keys.github()}\n` });
    const next = await scan('next');
    const fresh = await scan('fresh', false);
    expect(comparable(next)).toEqual(comparable(fresh));
    expect(next.findings).toHaveLength(3);
    const old = next.findings.find((f) => f.file === 'conf/k.env')!;
    expect(old.otherOccurrences).toBe(2);
    expect(next.scan.files).toBe(2);
    // The old segments are in the new state byte for byte, with one more after them.
    const after = segments(state);
    expect(after).toHaveLength(before.length + 1);
    after.slice(0, before.length).forEach((s, i) => expect(s.equals(before[i]!)).toBe(true));

    // Again, then nothing new: still the fresh answer, from the extended record.
    repo.commit('c3', { 'conf/k.env': `TOKEN=${kept}\nA=4\n`, 'clean.txt': 'nothing\n' });
    const third = await scan('third');
    expect(comparable(third)).toEqual(comparable(await scan('fresh-3', false)));
    expect(segments(state)).toHaveLength(before.length + 2);
    const unchanged = await scan('unchanged');
    expect(comparable(unchanged)).toEqual(comparable(third));
    expect(unchanged.scan.files).toBe(0);
  }, 180_000);

  it('an old secret re-introduced on a merged branch with an earlier committer time moves to that commit', async () => {
    const { repo, state, scan } = setup();
    const secret = keys.github();
    const base = repo.commit('base', { README: 'hello\n' });
    const onMain = repo.commit('secret on main', { 'a.env': `TOKEN=${secret}\n` });
    repo.commit('more', { 'x.txt': '1\n' });
    await scan('first');
    const before = segments(state);

    // A branch from before the secret, committed (say, rebased) with a time earlier than main's
    // commit: a new blob holding the old secret, which is now its earliest introduction.
    repo.git('checkout', '-q', '-b', 'side', base);
    const side = commitAt(repo, time(repo, onMain) - 1800, 'secret on side', { 'b.env': `export TOKEN=${secret}\n` });
    repo.git('checkout', '-q', 'main');
    repo.merge('side');
    const next = await scan('next');
    const fresh = await scan('fresh', false);
    expect(comparable(next)).toEqual(comparable(fresh));
    expect(fresh.findings).toHaveLength(1);
    expect(fresh.findings[0]!.commit?.sha).toBe(side);
    expect(fresh.findings[0]!.file).toBe('b.env');
    expect(fresh.findings[0]!.otherOccurrences).toBe(1);
    expect(segments(state)).toHaveLength(before.length + 1);
  }, 180_000);

  it('an old blob brought back by a new commit: everything attributed again, the same answer', async () => {
    const { repo, state, scan } = setup();
    const secret = keys.github();
    const base = repo.commit('base', { README: 'hello\n' });
    const onMain = repo.commit('secret on main', { 'a.env': `TOKEN=${secret}\n` });
    repo.commit('gone', {}, { remove: ['a.env'] });
    await scan('first');

    // The same content at another path on an earlier-dated branch: the blob the state already
    // holds, now introduced by a new commit too.
    repo.git('checkout', '-q', '-b', 'side', base);
    const side = commitAt(repo, time(repo, onMain) - 1800, 'same blob', { 'conf/a.env': `TOKEN=${secret}\n` });
    repo.git('checkout', '-q', 'main');
    repo.merge('side');
    const next = await scan('next');
    const fresh = await scan('fresh', false);
    expect(comparable(next)).toEqual(comparable(fresh));
    expect(fresh.findings[0]!.commit?.sha).toBe(side);
    expect(fresh.findings[0]!.otherOccurrences).toBe(1);
    // Attributed again from the parsed record, which is then written back as one segment.
    expect(segments(state)).toHaveLength(1);
  }, 180_000);

  it('a new commit of the same second as the old first place: attributed again, the same answer', async () => {
    const { repo, state, scan } = setup();
    const secret = keys.github();
    const base = repo.commit('base', { README: 'hello\n' });
    const onMain = repo.commit('secret on main', { 'b.env': `TOKEN=${secret}\n` });
    await scan('first');
    repo.git('checkout', '-q', '-b', 'side', base);
    commitAt(repo, time(repo, onMain), 'same second', { 'a.env': `export TOKEN=${secret}\n` });
    repo.git('checkout', '-q', 'main');
    repo.merge('side');
    const next = await scan('next');
    const fresh = await scan('fresh', false);
    expect(comparable(next)).toEqual(comparable(fresh));
    expect(fresh.findings[0]!.otherOccurrences).toBe(1);
    expect(segments(state)).toHaveLength(1);
  }, 180_000);
});
