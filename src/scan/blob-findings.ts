/**
 * The findings of a history scan, by blob, until they are attributed to commits. A secret kept
 * in a file through many edits is a finding in every version's blob, mostly at the same line:
 * such findings are kept once, with the list of blobs that hold them, so that memory grows with
 * the distinct findings, not with the versions of the files that hold them.
 */
import type { Finding } from '../report/finding.js';

export class BlobFindings {
  /**
   * Each distinct finding (all but its blob), with the blobs it was found in; keyed by its text
   * fields, then told apart by position (kept out of the key: numbers made strings here would fill
   * V8's number-to-string cache, which outlives the scan).
   */
  private readonly byKey = new Map<string, Entry[]>();
  private readonly order: Entry[] = [];

  add(f: Finding): void {
    const key = textKey(f);
    let same = this.byKey.get(key);
    if (!same) this.byKey.set(key, (same = []));
    const known = same.find((e) => samePlace(e.finding, f));
    if (known) known.blobs.push(f.blob);
    else {
      const entry = { finding: f, blobs: [f.blob] };
      same.push(entry);
      this.order.push(entry);
    }
  }

  /** Each finding with every blob it is in, in the order first found (`finding.blob` is the first's). */
  entries(): readonly Entry[] {
    return this.order;
  }

  /** The distinct blob ids that hold findings. */
  blobIds(): string[] {
    const ids = new Set<string>();
    for (const { blobs } of this.order) for (const b of blobs) if (b) ids.add(b);
    return [...ids];
  }
}

interface Entry {
  finding: Finding;
  /** Undefined for a finding that has no blob. */
  blobs: (string | undefined)[];
}

/** Everything a finding reports as text, but its blob. */
function textKey(f: Finding): string {
  return [
    f.ruleId,
    f.secretHash,
    f.decodedFrom ?? '',
    f.file,
    f.confidence,
    f.severity,
    f.example ? 'example' : '',
    f.reasons?.join('\u0001') ?? '',
    f.source,
    f.secret,
    f.lineText,
    f.rawLine ?? '\u0001',
    f.commit?.sha ?? '',
  ].join('\0');
}

function samePlace(a: Finding, b: Finding): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
