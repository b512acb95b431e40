/** Where a history finding is attributed, compared the same way by a scan and by `tokguard merge`. */

export interface AttributionPlace {
  /** Committer time of the introducing commit (seconds). */
  time: number;
  /** Position of that commit in `git rev-list --topo-order` of the scanned revisions: larger is older. */
  order: number;
  path: string;
  line: number;
  column: number;
}

/**
 * A total order on where a secret could be attributed: the earliest commit (committer time,
 * then the older in topological order), then the path and the line. Total, so that shards that
 * each saw part of a secret's blobs pick the same place as one scan that saw them all
 * (`tokguard merge` compares `Finding.attribution` the same way: src/report/merge.ts).
 */
export function attributionBefore(a: AttributionPlace, b: AttributionPlace): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.order !== b.order) return a.order > b.order;
  if (a.path !== b.path) return a.path < b.path;
  if (a.line !== b.line) return a.line < b.line;
  return a.column < b.column;
}
