/**
 * History findings are made per blob; this folds them onto commits: each secret is attributed
 * to the commit (and path) that introduced it first, and the other commits and paths that carry
 * it are counted in `otherOccurrences`. One finding per secret.
 */
import { fingerprintOf, type Finding } from '../report/finding.js';
import type { Introduction } from '../sources/git/introductions.js';
import { attributionBefore, type AttributionPlace } from '../report/attribution.js';
import type { BlobFindings } from './blob-findings.js';
import { ARCHIVE_ENTRY_SEPARATOR } from '../sources/zip-archive.js';

/** Where blobs came from: for each blob id asked about, the commits that introduced it. */
export type IntroductionLookup = (blobs: string[]) => Promise<ReadonlyMap<string, readonly Introduction[]>>;

function placeOf(f: Finding, intro: Introduction): AttributionPlace {
  return { time: intro.time, order: intro.order, path: fileAt(f, intro), line: f.line, column: f.column };
}

/**
 * The finding's file where `intro` put its blob: the blob's path, or for a finding in an entry of
 * a zip archive, the entry in the archive at that path (`lib/app.jar!/config/.env`).
 */
function fileAt(f: Finding, intro: Introduction): string {
  return f.archive ? `${intro.path}${ARCHIVE_ENTRY_SEPARATOR}${f.archive.entry}` : intro.path;
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
  /**
   * With rivals: the secret's finding as each commit of that second (the finding's own and the
   * rivals') would give it, at its first place in that commit.
   */
  contenders: Finding[];
}

type Group = { finding: Finding; blobs: readonly (string | undefined)[] }[];
type Candidate = { f: Finding; blob?: string; intro?: Introduction };

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
  const groups = new Map<string, Group>();
  for (const entry of findings.entries()) {
    const f = entry.finding;
    const key = secretKey(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(entry);
  }
  return [...groups.values()].map((group) => attributeGroup(group, intros));
}

/** One secret's finding: its first place, the count of the others, and the commits of its second. */
function attributeGroup(group: Group, intros: ReadonlyMap<string, readonly Introduction[]>): Attributed {
  let best: Candidate | undefined;
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
        places.add(`${intro.commit.sha}\0${fileAt(f, intro)}`);
        if (!best?.intro || attributionBefore(placeOf(f, intro), placeOf(best.f, best.intro)))
          best = { f, blob: blob!, intro };
      }
    }
  const others = places.size - 1;
  const finding = placed(best!, others);
  const time = best!.intro?.time;
  if (time === undefined) return { finding, rivals: [], contenders: [] };
  // Each commit of the winner's second, at its own first place: usually the winner's alone.
  const firsts = new Map<string, Candidate>();
  for (const { finding: f, blobs } of group)
    for (const blob of blobs)
      for (const intro of (blob ? intros.get(blob) : undefined) ?? []) {
        if (intro.time !== time) continue;
        const had = firsts.get(intro.commit.sha);
        if (!had || attributionBefore(placeOf(f, intro), placeOf(had.f, had.intro!)))
          firsts.set(intro.commit.sha, { f, blob: blob!, intro });
      }
  if (firsts.size < 2) return { finding, rivals: [], contenders: [] };
  const rivals = [...firsts.keys()].filter((sha) => sha !== best!.intro!.commit.sha);
  return { finding, rivals, contenders: [...firsts.values()].map((c) => placed(c, others)) };
}

/** The finding as reported at this candidate's place. */
function placed({ f, blob, intro }: Candidate, others: number): Finding {
  const result: Finding = { ...f };
  // The folded finding names its first blob; the one reported is the blob that won.
  if (blob) result.blob = blob;
  if (intro) {
    result.file = fileAt(f, intro);
    if (f.archive) result.archive = { path: intro.path, entry: f.archive.entry };
    result.commit = intro.commit;
    result.fingerprint = fingerprintOf(f.ruleId, f.secretHash, result.file);
    result.attribution = { time: intro.time, order: intro.order };
  }
  result.otherOccurrences = others;
  return result;
}
