/**
 * `--state` after new commits: the last run's attributed findings, extended with what the new
 * blobs bring, instead of every stored match turned into findings and attributed again (which
 * costs with the whole history, not with the new commits).
 *
 * Attribution picks, per secret, the earliest introduction (src/report/attribution.ts) and
 * counts the other (commit, path) places. The new commits are none of the old ones, so when
 *   - every new blob was introduced by a new commit, and no old blob with matches was (a new
 *     commit that brings an old blob back adds places to old findings that the record does not
 *     list one by one);
 *   - every blob had an introduction (`orphans`);
 *   - per secret touched by the new commits, the winner among its new introductions and the
 *     old winner, when they share a second, is an ancestor of every other commit of that second
 *     that introduced the secret (so any topological order puts it last, the walk over the new
 *     commits alone as well as the whole history's: src/scan/ties.ts);
 * then a secret's winner is the earlier of its old winner and its new one (by committer time,
 * then ancestry), and its places are the old ones plus the new ones (disjoint: other commits).
 * An old winner that was chosen over a commit of its second on another line of history (its
 * `contenders`, which new commits may reorder) is chosen again among them from the whole
 * history's topological positions, one `git rev-list` and no blob or stored match read.
 * Otherwise the caller attributes everything again, reusing the introductions looked up here.
 * Same-second commits are common (a rebase commits a whole series within one second, and real
 * histories hold copies of commits on other branches) and are no reason to attribute again.
 */
import type { RuleSpec } from '../engine/types.js';
import type { Finding } from '../report/finding.js';
import { attributionBefore, type AttributionPlace } from '../report/attribution.js';
import { findIntroductions, topoPositions, type Introduction } from '../sources/git/introductions.js';
import { attributeWithRivals, secretKey, type Attributed } from './attribute.js';
import type { BlobFindings } from './blob-findings.js';
import { toTuple, type HistoryCache } from './incremental.js';
import { Ancestry } from './ties.js';
import { storedFindingConverter, toStoredFinding } from './restore.js';
import type { RecordPart, StoredFinding } from './state.js';

export interface Extended {
  /** Every secret's finding, as attributing everything again would give it. */
  findings: Finding[];
  /** The same, as the state keeps them. */
  stored: StoredFinding[];
  /** What to add to the state's history record: the new blobs with matches and their introductions. */
  record: RecordPart;
}

export interface Extension {
  /** Undefined: the conditions above do not hold; attribute everything again. */
  extended?: Extended;
  /** The introductions over the new commits of the new blobs and of every old matched blob. */
  fresh: Map<string, Introduction[]>;
}

export async function extendAttribution(
  cwd: string,
  cache: Pick<HistoryCache, 'tips' | 'orphans'>,
  previous: readonly StoredFinding[],
  findings: BlobFindings,
  matchedIds: readonly string[],
  rules: readonly RuleSpec[],
): Promise<Extension> {
  const newIds = findings.blobIds();
  const asked = new Set([...newIds, ...matchedIds]);
  const fresh = await findIntroductions(cwd, ['--all', '--not', ...cache.tips], [...asked]);
  if (!extensible(cache, findings, newIds, fresh)) return { fresh };
  const added = await attributeWithRivals(findings, async () => fresh, newIds);
  const merged = await mergeAttributed(cwd, previous, added, rules);
  if (!merged) return { fresh };
  const live = [...newIds].sort();
  return {
    fresh,
    extended: {
      ...merged,
      record: { base: false, live, intros: Object.fromEntries(live.map((b) => [b, fresh.get(b)!.map(toTuple)])) },
    },
  };
}

/** The conditions of the module comment that can be checked before attributing the new findings. */
function extensible(
  cache: Pick<HistoryCache, 'orphans'>,
  findings: BlobFindings,
  newIds: readonly string[],
  fresh: ReadonlyMap<string, readonly Introduction[]>,
): boolean {
  if (cache.orphans !== false) return false;
  if (findings.entries().some((e) => e.blobs.some((b) => b === undefined))) return false;
  const isNew = new Set(newIds);
  for (const b of fresh.keys()) if (!isNew.has(b)) return false; // an old blob brought back
  return !newIds.some((b) => !fresh.get(b)?.length);
}

/** The old winners and the new ones, one per secret; undefined when a choice could depend on positions. */
async function mergeAttributed(
  cwd: string,
  previous: readonly StoredFinding[],
  added: readonly Attributed[],
  rules: readonly RuleSpec[],
): Promise<Omit<Extended, 'record'> | undefined> {
  const convert = storedFindingConverter(rules);
  const fresh = new Map(added.map((a) => [secretKey(a.finding), a]));
  // Old places the whole history's order chose: chosen again from the positions it gives now.
  const positions = previous.some((s) => s.contenders?.length) ? await topoPositions(cwd, ['--all']) : undefined;
  const findings: Finding[] = [];
  const stored: StoredFinding[] = [];
  // Choices made by ancestry, each checked before the result is trusted: [ancestor, commits].
  const checks: [string, string[]][] = [];
  for (const last of previous) {
    const old = positions && last.contenders?.length ? chooseAgain(last, positions) : last;
    if (!old) return undefined;
    const a = fresh.get(secretKey(old.match));
    fresh.delete(secretKey(old.match));
    const n = a?.finding;
    if (!n) {
      const f = convert(old);
      if (!f) return undefined;
      findings.push(f);
      stored.push(old);
      continue;
    }
    if (!old.attribution || !old.commit || !n.attribution || !n.commit) return undefined;
    const others = (old.otherOccurrences ?? 0) + (n.otherOccurrences ?? 0) + 1;
    if (n.attribution.time < old.attribution.time) {
      if (a.rivals.length) checks.push([n.commit.sha, a.rivals]);
      n.otherOccurrences = others;
      findings.push(n);
      stored.push(toStoredFinding(n));
      continue;
    }
    if (n.attribution.time === old.attribution.time) {
      // Of one second, the old winner stays only as the ancestor of every new commit of it.
      if (old.contenders?.length) return undefined;
      checks.push([old.commit.sha, [n.commit.sha, ...a.rivals]]);
    }
    const kept = { ...old, otherOccurrences: others };
    const f = convert(kept);
    if (!f) return undefined;
    findings.push(f);
    stored.push(kept);
  }
  for (const { finding: n, rivals } of fresh.values()) {
    if (rivals.length) checks.push([n.commit!.sha, rivals]);
    findings.push(n);
    stored.push(toStoredFinding(n));
  }
  const ancestry = new Ancestry(cwd);
  const settled = await Promise.all(checks.map(([ancestor, commits]) => ancestry.ancestorOfAll(ancestor, commits)));
  return settled.every(Boolean) ? { findings, stored } : undefined;
}

/**
 * A secret first brought in by commits of one second on different lines of history: its place
 * among them by the current positions (undefined if one is not in the history any more).
 */
function chooseAgain(s: StoredFinding, positions: ReadonlyMap<string, number>): StoredFinding | undefined {
  const contenders: StoredFinding[] = [];
  let best: { s: StoredFinding; place: AttributionPlace } | undefined;
  for (const c of s.contenders!) {
    const order = c.commit ? positions.get(c.commit.sha) : undefined;
    if (order === undefined || !c.attribution) return undefined;
    const now: StoredFinding = { ...c, attribution: { time: c.attribution.time, order } };
    contenders.push(now);
    const place = { time: c.attribution.time, order, path: c.file, line: c.match.line, column: c.match.column };
    if (!best || attributionBefore(place, best.place)) best = { s: now, place };
  }
  if (!best) return undefined;
  return {
    ...best.s,
    ...(s.otherOccurrences !== undefined ? { otherOccurrences: s.otherOccurrences } : {}),
    contenders,
  };
}
