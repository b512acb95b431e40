/**
 * History findings are made per blob; this folds them onto commits: each secret is attributed
 * to the commit (and path) that introduced it first, and the other commits and paths that carry
 * it are counted in `otherOccurrences`. One finding per secret.
 */
import { fingerprintOf, type Finding } from '../report/finding.js';
import type { Introduction } from '../sources/git/introductions.js';
import { attributionBefore, type AttributionPlace } from '../report/attribution.js';
import type { BlobFindings } from './blob-findings.js';

/** Where blobs came from: for each blob id asked about, the commits that introduced it. */
export type IntroductionLookup = (blobs: string[]) => Promise<ReadonlyMap<string, readonly Introduction[]>>;

function placeOf(f: Finding, intro: Introduction): AttributionPlace {
  return { time: intro.time, order: intro.order, path: intro.path, line: f.line, column: f.column };
}

/** What makes findings one secret: one finding is reported per key. */
export function secretKey(f: { ruleId: string; secretHash: string; decodedFrom?: string }): string {
  return `${f.ruleId}\0${f.secretHash}\0${f.decodedFrom ?? ''}`;
}

export async function attributeToCommits(
  findings: BlobFindings,
  introductions: IntroductionLookup,
): Promise<Finding[]> {
  const intros = await introductions(findings.blobIds());
  // One finding per secret: the earliest introduction wins; every other commit/path counts.
  const groups = new Map<string, { finding: Finding; blobs: readonly (string | undefined)[] }[]>();
  for (const entry of findings.entries()) {
    const f = entry.finding;
    const key = secretKey(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(entry);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    let best: { f: Finding; blob?: string; intro?: Introduction } | undefined;
    const places = new Set<string>();
    for (const { finding: f, blobs } of group)
      for (const blob of blobs) {
        const list = blob ? intros.get(blob) : undefined;
        if (!list?.length) {
          places.add(`\0${f.file}`);
          if (!best) best = { f, ...(blob ? { blob } : {}) };
          continue;
        }
        for (const intro of list) {
          places.add(`${intro.commit.sha}\0${intro.path}`);
          if (!best?.intro || attributionBefore(placeOf(f, intro), placeOf(best.f, best.intro)))
            best = { f, blob: blob!, intro };
        }
      }
    const { f, blob, intro } = best!;
    const result: Finding = { ...f };
    // The folded finding names its first blob; the one reported is the blob that won.
    if (blob) result.blob = blob;
    if (intro) {
      result.file = intro.path;
      result.commit = intro.commit;
      result.fingerprint = fingerprintOf(f.ruleId, f.secretHash, intro.path);
      result.attribution = { time: intro.time, order: intro.order };
    }
    result.otherOccurrences = places.size - 1;
    out.push(result);
  }
  return out;
}
