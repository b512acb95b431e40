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
 *   - the last run's winners never needed topological positions (no two different commits
 *     among its introductions shared a committer time: `ties`), and every blob had an
 *     introduction (`orphans`);
 *   - no two different new commits among the new introductions share a second, and no new
 *     candidate has the same committer time as the old winner of its secret;
 * then a secret's winner is the earlier, by committer time alone, of its old winner and its new
 * one, and its places are the old ones plus the new ones (disjoint: other commits). Otherwise
 * the caller attributes everything again, reusing the introductions looked up here.
 */
import type { RuleSpec } from '../engine/types.js';
import type { Finding } from '../report/finding.js';
import { findIntroductions, type Introduction } from '../sources/git/introductions.js';
import { attributeToCommits, secretKey } from './attribute.js';
import type { BlobFindings } from './blob-findings.js';
import { sameSecond, toTuple, type HistoryCache } from './incremental.js';
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
  cache: Pick<HistoryCache, 'tips' | 'ties' | 'orphans'>,
  previous: readonly StoredFinding[],
  findings: BlobFindings,
  matchedIds: readonly string[],
  rules: readonly RuleSpec[],
): Promise<Extension> {
  const newIds = findings.blobIds();
  const asked = new Set([...newIds, ...matchedIds]);
  const fresh = await findIntroductions(cwd, ['--all', '--not', ...cache.tips], [...asked]);
  if (!extensible(cache, findings, newIds, fresh)) return { fresh };
  const added = await attributeToCommits(findings, async () => fresh);
  const merged = mergeAttributed(previous, added, rules);
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
  cache: Pick<HistoryCache, 'ties' | 'orphans'>,
  findings: BlobFindings,
  newIds: readonly string[],
  fresh: ReadonlyMap<string, readonly Introduction[]>,
): boolean {
  if (cache.ties !== false || cache.orphans !== false) return false;
  if (findings.entries().some((e) => e.blobs.some((b) => b === undefined))) return false;
  const isNew = new Set(newIds);
  for (const b of fresh.keys()) if (!isNew.has(b)) return false; // an old blob brought back
  if (newIds.some((b) => !fresh.get(b)?.length)) return false;
  return !sameSecond(fresh);
}

/** The old winners and the new ones, one per secret; undefined when a comparison would need positions. */
function mergeAttributed(
  previous: readonly StoredFinding[],
  added: readonly Finding[],
  rules: readonly RuleSpec[],
): Omit<Extended, 'record'> | undefined {
  const convert = storedFindingConverter(rules);
  const fresh = new Map(added.map((f) => [secretKey(f), f]));
  const findings: Finding[] = [];
  const stored: StoredFinding[] = [];
  for (const old of previous) {
    const n = fresh.get(secretKey(old.match));
    fresh.delete(secretKey(old.match));
    if (!n) {
      const f = convert(old);
      if (!f) return undefined;
      findings.push(f);
      stored.push(old);
      continue;
    }
    if (!old.attribution || !n.attribution || old.attribution.time === n.attribution.time) return undefined;
    const others = (old.otherOccurrences ?? 0) + (n.otherOccurrences ?? 0) + 1;
    if (n.attribution.time < old.attribution.time) {
      n.otherOccurrences = others;
      findings.push(n);
      stored.push(toStoredFinding(n));
    } else {
      const kept = { ...old, otherOccurrences: others };
      const f = convert(kept);
      if (!f) return undefined;
      findings.push(f);
      stored.push(kept);
    }
  }
  for (const n of fresh.values()) {
    findings.push(n);
    stored.push(toStoredFinding(n));
  }
  return { findings, stored };
}
