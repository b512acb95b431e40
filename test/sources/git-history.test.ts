import { describe, expect, it } from 'vitest';
import { findIntroductions } from '../../src/sources/git-history.js';
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
    expect(summarize(found)).toEqual([
      [c1, 'a.txt'],
      [c2, 'b.txt'],
      [c3, 'moved a.txt'],
    ].sort());
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
