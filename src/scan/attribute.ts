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

/** A secret's finding, and the other commits that introduced it in the same second as the one it names. */
export interface Attributed {
  finding: Finding;
  /**
   * Commits other than the finding's with an introduction of the secret at the finding's committer
   * time: topological positions chose between them (src/scan/ties.ts asks whether that choice can move).
   */
  rivals: string[];
}

export async function attributeToCommits(
  findings: BlobFindings,
  introductions: IntroductionLookup,
): Promise<Finding[]> {
  return (await attributeWithRivals(findings, introductions)).map((a) => a.finding);
}

/** `blobs`: `findings.blobIds()`, when the caller has them already. */
export async function attributeWithRivals(
  findings: BlobFindings,
  introductions: IntroductionLookup,
  blobs: string[] = findings.blobIds(),
): Promise<Attributed[]> {
  const intros = await introductions(blobs);
  // One finding per secret: the earliest introduction wins; every other commit/path counts.
  const groups = new Map<string, { finding: Finding; blobs: readonly (string | undefined)[] }[]>();
  for (const entry of findings.entries()) {
    const f = entry.finding;
    const key = secretKey(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(entry);
  }
  const out: Attributed[] = [];
  for (const group of groups.values()) {
    let best: { f: Finding; blob?: string; intro?: Introduction } | undefined;
    const places = new Set<string>();
    // The commits of each second among this secret's introductions (the winner's second is asked for).
    const seconds = new Map<number, Set<string>>();
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
          let shas = seconds.get(intro.time);
          if (!shas) seconds.set(intro.time, (shas = new Set()));
          shas.add(intro.commit.sha);
          if (!best?.intro || attributionBefore(placeOf(f, intro), placeOf(best.f, best.intro)))
            best = { f, blob: blob!, intro };
        }
      }
    const { f, blob, intro } = best!;
    const result: Finding = { ...f };
    // The folded finding names its first blob; the one reported is the blob that won.
    if (blob) result.blob = blob;
    let rivals: string[] = [];
    if (intro) {
      result.file = intro.path;
      result.commit = intro.commit;
      result.fingerprint = fingerprintOf(f.ruleId, f.secretHash, intro.path);
      result.attribution = { time: intro.time, order: intro.order };
      rivals = [...seconds.get(intro.time)!].filter((sha) => sha !== intro.commit.sha);
    }
    result.otherOccurrences = places.size - 1;
    out.push({ finding: result, rivals });
  }
  return out;
}
