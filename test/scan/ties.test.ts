/**
 * Ancestry (src/scan/ties.ts) on a real repository: whether a commit is an ancestor of every one
 * of several others, asked of git once per question (`merge-base --octopus`), not once per commit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Ancestry } from '../../src/scan/ties.js';
import { tempDir } from '../helpers/cleanup.js';
import { GitRepo } from '../helpers/git-repo.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** How many git processes of `command` a trace recorded. */
function started(trace: string, command: string): number {
  return readFileSync(trace, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { event: string; argv?: string[] })
    .filter((e) => e.event === 'start' && e.argv?.includes(command)).length;
}

describe('Ancestry', () => {
  it('answers whether a commit is an ancestor of all the others, one git process per question', async () => {
    const repo = new GitRepo();
    const a = repo.commit('a', { 'a.txt': 'a\n' });
    const b = repo.commit('b', { 'b.txt': 'b\n' });
    const c = repo.commit('c', { 'c.txt': 'c\n' });
    repo.git('checkout', '-q', '-b', 'side', a);
    const d = repo.commit('d', { 'd.txt': 'd\n' });
    repo.git('checkout', '-q', '--orphan', 'other');
    const e = repo.commit('e', { 'e.txt': 'e\n' });
    Object.assign(process.env, repo.env);
    const trace = path.join(tempDir('tokguard-ties-'), 'trace.json');
    process.env.GIT_TRACE2_EVENT = trace;

    const ancestry = new Ancestry(repo.dir);
    expect(await ancestry.ancestorOfAll(a, [b, c, d])).toBe(true);
    expect(await ancestry.ancestorOfAll(b, [c, d])).toBe(false); // d is on another line
    expect(await ancestry.ancestorOfAll(b, [c])).toBe(true);
    expect(await ancestry.ancestorOfAll(c, [b])).toBe(false); // a descendant, not an ancestor
    expect(await ancestry.ancestorOfAll(a, [e])).toBe(false); // no common history at all
    expect(await ancestry.ancestorOfAll(c, [c])).toBe(true); // itself: no question asked
    expect(await ancestry.ancestorOfAll(a, [d, b, c, b])).toBe(true); // asked before, in another order
    expect(started(trace, 'merge-base')).toBe(5);
  });
});
