/**
 * Whether a secret's attribution can move when commits are added to the history.
 *
 * Attribution takes a secret's earliest introduction by committer time, and between commits of
 * the same second the older in `git rev-list --topo-order` (src/report/attribution.ts). New
 * commits can reorder two old commits that neither descends from (the walk starts from other
 * tips), but never a commit and its ancestor: an ancestor comes after every descendant in any
 * topological order. So a winner that is an ancestor of every rival of its second (a rebased
 * series, which git commits within one second, is a chain) stays the winner whatever is added;
 * only a rival on another line of history makes the choice depend on the whole history's order
 * (lodash's history has such twins: a commit and its copy on another branch, of the same second).
 */
import { runGit } from '../sources/git/exec.js';

/**
 * Asks git whether commits descend from another, one question per ancestor and set of commits,
 * a few at a time: `git merge-base --octopus A C1 … Cn` prints A exactly when A is an ancestor of
 * every Ci (a common ancestor of them all that A descends from is A itself, and the best one
 * then), so a secret with several rivals costs one git process, not one per rival.
 */
export class Ancestry {
  private readonly known = new Map<string, Promise<boolean>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly cwd: string) {}

  /** Does every one of `commits` descend from (or equal) `ancestor`? Any failure of git counts as no. */
  ancestorOfAll(ancestor: string, commits: Iterable<string>): Promise<boolean> {
    const others = [...new Set(commits)].filter((c) => c !== ancestor).sort();
    if (!others.length) return Promise.resolve(true);
    const key = `${ancestor} ${others.join(' ')}`;
    let answer = this.known.get(key);
    if (!answer) this.known.set(key, (answer = this.ask(ancestor, others)));
    return answer;
  }

  private async ask(ancestor: string, commits: string[]): Promise<boolean> {
    // Each question is one short git process: a few side by side, not hundreds at once.
    if (this.running >= 4) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      const r = await runGit(['merge-base', '--octopus', ancestor, ...commits], this.cwd);
      return r.code === 0 && r.stdout.toString('latin1').trim() === ancestor;
    } finally {
      // The slot passes to the next question waiting, or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/**
 * For each attributed secret, whether its place is settled: no rival of its second, or every
 * rival a descendant of the chosen commit. An unsettled one keeps its contenders in the state,
 * and a later run decides between them again with the whole history's positions.
 */
export async function settledTies(
  cwd: string,
  attributed: readonly { finding: { commit?: { sha: string } }; rivals: readonly string[] }[],
): Promise<boolean[]> {
  const ancestry = new Ancestry(cwd);
  return Promise.all(
    attributed.map((a) =>
      !a.rivals.length ? true : a.finding.commit ? ancestry.ancestorOfAll(a.finding.commit.sha, a.rivals) : false,
    ),
  );
}
