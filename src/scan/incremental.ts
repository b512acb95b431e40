/**
 * `--state` between runs of an all-refs history scan: what the last run saw (its ref tips, the
 * blobs with matches it could reach, and where those were introduced), so that the next run
 * lists only objects the old tips do not reach and walks only the new commits.
 *
 * It is used only when every commit the old tips reached is still reachable: then the blobs
 * reachable now are the old ones plus what the new commits bring, and each old introduction
 * (a fact about one commit) still holds. A deleted or rewritten branch makes it fall back to a
 * full listing (still reading only unscanned blobs). Commit positions (the tie-break between
 * commits of the same second) are taken afresh whenever there are new commits.
 */
import type { CommitInfo } from '../report/finding.js';
import { runGit } from '../sources/git/exec.js';
import { findIntroductions, renumber, topoPositions, type Introduction } from '../sources/git/introductions.js';

/** [sha, author, email, date, subject, committer time, order, path] */
export type IntroTuple = [string, string, string, string, string, number, number, string];

export interface HistoryCache {
  /** What the scan covered (revisions, paths, shard, size limit): another scope is another cache. */
  key: string;
  /** The ref tips (and HEAD) when the run listed its blobs, sorted. */
  tips: string[];
  /** The blobs with matches that run could reach. */
  live: string[];
  /** Where each live blob was introduced. */
  intros: Record<string, IntroTuple[]>;
}

/** The commits every ref and HEAD point at (what `--all` starts from), sorted. */
export async function currentTips(cwd: string): Promise<string[] | undefined> {
  const [refs, head] = await Promise.all([
    runGit(['for-each-ref', '--format=%(objectname)'], cwd),
    runGit(['rev-parse', '--verify', '-q', 'HEAD'], cwd),
  ]);
  if (refs.code !== 0) return undefined;
  const tips = new Set(refs.stdout.toString('latin1').split('\n').filter(Boolean));
  const h = head.stdout.toString('latin1').trim();
  if (head.code === 0 && h) tips.add(h);
  return [...tips].sort();
}

/** Is every commit the old tips reached still reachable from the current refs? */
export async function stillReachable(cwd: string, oldTips: readonly string[]): Promise<boolean> {
  if (!oldTips.length) return true;
  const r = await runGit(['rev-list', '--count', ...oldTips, '--not', '--all', '--'], cwd);
  return r.code === 0 && r.stdout.toString('latin1').trim() === '0';
}

export function sameTips(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function fromTuple(t: IntroTuple): Introduction {
  const commit: CommitInfo = { sha: t[0], author: t[1], email: t[2], date: t[3], subject: t[4] };
  return { commit, time: t[5], order: t[6], path: t[7] };
}

export function toTuple(i: Introduction): IntroTuple {
  const c = i.commit;
  return [c.sha, c.author, c.email, c.date, c.subject, i.time, i.order, i.path];
}

/**
 * Introductions from the cache for old blobs, plus `git log` over the new commits only (for old
 * and new blobs alike: a new commit may bring an old blob back), numbered by position in the
 * whole history when there are new commits.
 */
export function cachedIntroductions(
  cwd: string,
  revs: string[],
  cache: HistoryCache,
  newCommits: boolean,
): (blobs: string[]) => Promise<Map<string, Introduction[]>> {
  return async (blobs) => {
    const found = new Map<string, Introduction[]>();
    for (const b of blobs) {
      const cached = cache.intros[b];
      if (cached) found.set(b, cached.map(fromTuple));
    }
    if (!newCommits) return found;
    const fresh = await findIntroductions(cwd, [...revs, '--not', ...cache.tips], blobs);
    for (const [b, list] of fresh) {
      const have = found.get(b) ?? [];
      const seen = new Set(have.map((i) => `${i.commit.sha}\0${i.path}`));
      for (const i of list) if (!seen.has(`${i.commit.sha}\0${i.path}`)) have.push(i);
      found.set(b, have);
    }
    return renumber(found, await topoPositions(cwd, revs));
  };
}
