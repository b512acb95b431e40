import { describe, expect, it } from 'vitest';
import { findIntroductions, startIntroductions } from '../../src/sources/git/introductions.js';
import { GitRepo } from '../helpers/git-repo.js';

describe('findIntroductions', () => {
  const repo = new GitRepo();
  const c1 = repo.commit('add a', { 'a.txt': 'same\n' });
  const c2 = repo.commit('copy to b, rename a', { 'b.txt': 'same\n' });
  repo.git('mv', 'a.txt', 'moved a.txt');
  const c3 = repo.commit('rename a');
  const c4 = repo.commit('delete b', {}, { remove: ['b.txt'] });
  const blob = repo.git('rev-parse', `${c1}:a.txt`).trim();

  const summarize = (m: Map<string, { commit: { sha: string; subject: string }; path: string }[]>) =>
    (m.get(blob) ?? []).map((i) => [i.commit.sha, i.path]).sort();

  it('finds every commit and path that gained a blob (not the deletion)', async () => {
    const found = await findIntroductions(repo.dir, ['--all'], [blob]);
    expect(summarize(found)).toEqual(
      [
        [c1, 'a.txt'],
        [c2, 'b.txt'],
        [c3, 'moved a.txt'],
      ].sort(),
    );
    expect(summarize(found).map(([sha]) => sha)).not.toContain(c4);
  });

  it('gives the same answer from one unfiltered pass when many blobs are asked about', async () => {
    const many = Array.from({ length: 1300 }, (_, i) => i.toString(16).padStart(40, '0'));
    const found = await findIntroductions(repo.dir, ['--all'], [...many, blob]);
    expect(summarize(found)).toEqual(summarize(await findIntroductions(repo.dir, ['--all'], [blob])));
    expect(found.size).toBe(1);
  });

  it('respects a revision range', async () => {
    const found = await findIntroductions(repo.dir, [`${c2}..HEAD`], [blob]);
    expect(summarize(found)).toEqual([[c3, 'moved a.txt']]);
  });
});

describe('startIntroductions (the attribution pass run beside matching)', () => {
  const repo = new GitRepo();
  repo.commit('base', { 'a.txt': 'one\n', 'keep.txt': 'keep\n' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('feature adds b', { 'b.txt': 'feature content\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit('main edits a', { 'a.txt': 'two\n' });
  repo.merge('feature');
  repo.commit('rename and delete', { 'c.txt': 'feature content\n' }, { remove: ['keep.txt'] });
  // "<oid> <path>" lines are the blobs (commits are listed too, without a path).
  const blobs = repo
    .git('rev-list', '--objects', '--all', '--filter=object:type=blob')
    .trim()
    .split('\n')
    .filter((l) => l.includes(' '))
    .map((l) => l.split(' ')[0]!);

  it('knows every blob, with the same commits and paths as the per-blob pass', async () => {
    const early = (await startIntroductions(repo.dir, ['--all']).result)?.pick();
    const asked = await findIntroductions(repo.dir, ['--all'], blobs);
    expect(early).toBeDefined();
    const flat = (m: Map<string, { commit: { sha: string }; path: string }[]>) =>
      [...m].map(([oid, list]) => [oid, list.map((i) => `${i.commit.sha}:${i.path}`).sort()]).sort();
    expect(flat(early!)).toEqual(flat(asked));
    expect(early!.size).toBe(blobs.length);
  });

  it('gives the blobs asked about with their commits and paths, the same as the whole table', async () => {
    const table = (await startIntroductions(repo.dir, ['--all']).result)!;
    const all = table.pick();
    const some = table.pick([blobs[0]!, blobs[2]!, 'f'.repeat(40)]);
    expect([...some.keys()].sort()).toEqual([blobs[0]!, blobs[2]!].sort());
    for (const [oid, list] of some) {
      const full = all.get(oid)!;
      expect(list.map((i) => [i.commit, i.time, i.order, i.path])).toEqual(
        full.map((i) => [i.commit, i.time, i.order, i.path]),
      );
      expect(list[0]!.commit.author).toBe('Ada Tester');
    }
  });

  it('does not take a submodule commit (gitlink) or a deletion for a blob', async () => {
    const sub = new GitRepo();
    const target = sub.commit('base', { 'x.txt': 'x\n' });
    sub.git('update-index', '--add', '--cacheinfo', `160000,${target},vendor/lib`);
    const added = sub.commit('add a gitlink');
    sub.commit('delete x', {}, { remove: ['x.txt'] });
    const early = (await startIntroductions(sub.dir, ['--all']).result)!.pick();
    expect(early.has(target)).toBe(false);
    const x = sub.git('rev-parse', `${added}:x.txt`).trim();
    expect(early.get(x)!.map((i) => i.path)).toEqual(['x.txt']);
    expect([...early.keys()].some((oid) => /^0+$/.test(oid))).toBe(false);
  });

  it('gives nothing (the caller falls back) when cancelled', async () => {
    const early = startIntroductions(repo.dir, ['--all']);
    early.cancel();
    expect(await early.result).toBeUndefined();
  });

  it('gives nothing, without throwing, for a revision git rejects', async () => {
    expect(await startIntroductions(repo.dir, ['no-such-ref']).result).toBeUndefined();
  });
});

describe('a SHA-256 repository (64-digit object ids)', () => {
  const repo = new GitRepo({ sha256: true });
  const c1 = repo.commit('add', { 'a.txt': 'same\n' });
  const c2 = repo.commit('copy', { 'b.txt': 'same\n' });
  const blob = repo.git('rev-parse', `${c1}:a.txt`).trim();

  it('attributes blobs in both passes', async () => {
    expect(blob).toHaveLength(64);
    const asked = await findIntroductions(repo.dir, ['--all'], [blob]);
    const early = (await startIntroductions(repo.dir, ['--all']).result)!.pick([blob]);
    for (const found of [asked, early]) {
      expect(
        found
          .get(blob)!
          .map((i) => [i.commit.sha, i.path])
          .sort(),
      ).toEqual(
        [
          [c1, 'a.txt'],
          [c2, 'b.txt'],
        ].sort(),
      );
    }
  });
});
