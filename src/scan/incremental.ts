/**
 * `--state` between runs of an all-refs history scan: what the last run saw (its ref tips, how
 * many commits they reached, the blobs with matches it could reach, and where those were
 * introduced), so that the next run lists only objects the old tips do not reach and walks only
 * the new commits.
 *
 * It is used only when every commit the old tips reached is still reachable: then the blobs
 * reachable now are the old ones plus what the new commits bring, and each old introduction
 * (a fact about one commit) still holds. A deleted or rewritten branch makes it fall back to a
 * full listing (still reading only unscanned blobs). When the tips are the same as last time,
 * nothing is listed, counted or read at all (`unchangedHistory`).
 */
import type { CommitInfo } from '../report/finding.js';
import type { HistoryScan } from '../sources/git-history.js';
import { runGit } from '../sources/git/exec.js';
import { findIntroductions, renumber, topoPositions, type Introduction } from '../sources/git/introductions.js';

/** [sha, author, email, date, subject, committer time, order, path] */
export type IntroTuple = [string, string, string, string, string, number, number, string];

export interface HistoryCache {
  /** What the scan covered (revisions, paths, shard, size limit): another scope is another cache. */
  key: string;
  /** The ref tips (and HEAD) when the run listed its blobs, sorted. */
  tips: string[];
  /** Commits those tips reach (absent in records of older builds: counted again). */
  commits?: number;
  /** The blobs with matches that run could reach. */
  live: string[];
  /** Where each live blob was introduced. */
  intros: Record<string, IntroTuple[]>;
  /** Some live blob had no introduction (absent: unknown, taken as true). */
  orphans?: boolean;
}

/**
 * What `--all` starts from, sorted: every ref's object and HEAD (`git show-ref`, which keeps a
 * tag that points at a blob), and the commits `git rev-list --all` itself starts at (which
 * adds the HEADs of linked worktrees). Two short commands, run side by side.
 */
export async function currentTips(cwd: string): Promise<string[] | undefined> {
  const [refs, starts] = await Promise.all([
    runGit(['show-ref', '--head', '--hash'], cwd),
    runGit(['rev-list', '--all', '--no-walk=unsorted', '--'], cwd),
  ]);
  const out = refs.stdout.toString('latin1');
  // Exit 1 with nothing printed: no refs at all (a repository without commits).
  if (refs.code !== 0 && !(refs.code === 1 && out === '' && refs.stderr === '')) return undefined;
  if (starts.code !== 0) return undefined;
  const tips = `${out}\n${starts.stdout.toString('latin1')}`.split('\n').filter(Boolean);
  return [...new Set(tips)].sort();
}

/**
 * Is every commit the old tips reached still reachable from the current refs? Usually a branch
 * or two moved forward: then the old tips that are no longer tips are reached from the new tips
 * alone, a walk over the new commits, where a walk with every ref negated parses every tip (a
 * few thousand tags cost 0.14 s CPU on lodash). Only when that short answer is no is the whole
 * question asked.
 */
export async function stillReachable(
  cwd: string,
  oldTips: readonly string[],
  tips: readonly string[] = [],
): Promise<boolean> {
  const now = new Set(tips);
  const moved = oldTips.filter((t) => !now.has(t));
  if (!moved.length) return true;
  const old = new Set(oldTips);
  const added = tips.filter((t) => !old.has(t));
  if (added.length && (await noneLeft(cwd, [...moved, '--not', ...added]))) return true;
  return noneLeft(cwd, [...moved, '--not', '--all']);
}

/** Does `git rev-list REVS` list nothing? */
async function noneLeft(cwd: string, revs: string[]): Promise<boolean> {
  const r = await runGit(['rev-list', '--count', ...revs, '--'], cwd);
  return r.code === 0 && r.stdout.toString('latin1').trim() === '0';
}

export interface IncrementalPlan {
  /** The scope the next record is kept under. */
  key: string;
  /** The current tips (undefined: git could not list them; nothing is recorded for next time). */
  tips?: string[];
  /** The previous record, when it describes a prefix of this history. */
  cache?: HistoryCache;
  /** Commits the previous record does not cover (always true without a usable record). */
  newCommits: boolean;
}

/** Whether the previous run's record can stand in for the part of history its tips reach. */
export async function planIncremental(
  cwd: string,
  key: string,
  cache: HistoryCache | undefined,
): Promise<IncrementalPlan> {
  const tips = await currentTips(cwd);
  if (!tips) return { key, newCommits: true };
  if (!cache || cache.key !== key) return { key, tips, newCommits: true };
  if (sameTips(tips, cache.tips)) return { key, tips, cache, newCommits: false };
  if (!(await stillReachable(cwd, cache.tips, tips))) return { key, tips, newCommits: true };
  return { key, tips, cache, newCommits: true };
}

/**
 * The history of a repository whose tips have not moved since the record was made: no blob to
 * list or read, the introductions and the commit count from the record. No git runs at all.
 */
export async function unchangedHistory(cwd: string, cache: HistoryCache): Promise<HistoryScan> {
  const commits =
    cache.commits ??
    (Number((await runGit(['rev-list', '--count', '--all', '--'], cwd)).stdout.toString('latin1').trim()) || 0);
  const lookup = cachedIntroductions(cwd, ['--all'], cache, false, false);
  return {
    chunks: (async function* () {})(),
    introductions: lookup,
    commits,
    blobs: 0,
    large: false,
    notes: [],
  };
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
 * and new blobs alike: a new commit may bring an old blob back).
 *
 * Positions (`order`) only break ties between commits of the same second, and new commits move
 * them: they are taken afresh from a walk of the whole history when two different commits among
 * the introductions share a committer time, or always when shards must compare them
 * (`globalOrder`). Otherwise no comparison reads them, and the old ones stand.
 */
export function cachedIntroductions(
  cwd: string,
  revs: string[],
  cache: HistoryCache,
  newCommits: boolean,
  globalOrder: boolean,
  known?: FreshIntroductions,
): (blobs: string[]) => Promise<Map<string, Introduction[]>> {
  return async (blobs) => {
    const found = new Map<string, Introduction[]>();
    for (const b of blobs) {
      const cached = cache.intros[b];
      if (cached) found.set(b, cached.map(fromTuple));
    }
    if (!newCommits) return found;
    const given = known?.get(blobs);
    // Looked up for more blobs than asked: only the asked ones count.
    const asked = given ? new Set(blobs) : undefined;
    const fresh = given ? await given : await findIntroductions(cwd, [...revs, '--not', ...cache.tips], blobs);
    for (const [b, list] of fresh) {
      if (asked && !asked.has(b)) continue;
      const have = found.get(b) ?? [];
      const seen = new Set(have.map((i) => `${i.commit.sha}\0${i.path}`));
      for (const i of list) if (!seen.has(`${i.commit.sha}\0${i.path}`)) have.push(i);
      found.set(b, have);
    }
    if (!globalOrder && !sameSecond(found)) return found;
    return renumber(found, await topoPositions(cwd, revs));
  };
}

/**
 * The introductions over the new commits only, when an earlier step already looked them up for a
 * superset of the blobs asked (src/scan/attribute-incremental.ts), so that they are not asked twice.
 */
export interface FreshIntroductions {
  get(blobs: string[]): Promise<Map<string, Introduction[]>> | undefined;
}

/** Do two different commits among these introductions have the same committer time? */
export function sameSecond(found: ReadonlyMap<string, readonly Introduction[]>): boolean {
  const byTime = new Map<number, string>();
  for (const list of found.values())
    for (const i of list) {
      const sha = byTime.get(i.time);
      if (sha === undefined) byTime.set(i.time, i.commit.sha);
      else if (sha !== i.commit.sha) return true;
    }
  return false;
}
