import type { CommitInfo, SourceKind } from '../report/finding.js';
import type { SkipCounts } from '../report/scan-stats.js';

/** Bytes with provenance: what the engine scans and what findings point back to. */
export interface Chunk {
  /** Path relative to the scan root, forward slashes. */
  path: string;
  data: Buffer;
  source: SourceKind;
  /** Git blob id, for history and staged scans. */
  blob?: string;
  commit?: CommitInfo;
  /**
   * 1-based line numbers a finding must touch to count (staged scans report only added or
   * changed lines). Undefined means every line counts.
   */
  lines?: ReadonlySet<number>;
  /**
   * A window of a large file (src/sources/windows.ts): the lines before it, the columns its
   * first line had gone before it, and the offset from which matches belong to the next window.
   */
  lineBase?: number;
  columnBase?: number;
  ownedEnd?: number;
}

/** What a source counts while it reads; the scan copies it into its ScanStats. */
export interface SourceStats {
  files: number;
  bytes: number;
  skipped: SkipCounts;
  /** Files that exist but could not be read: `path: reason`. */
  unreadable: string[];
}

export function newSourceStats(): SourceStats {
  return {
    files: 0,
    bytes: 0,
    skipped: { binary: 0, 'too-large': 0, unreadable: 0, symlink: 0, 'lfs-pointer': 0, submodule: 0 },
    unreadable: [],
  };
}

/** How much of a file the binary check reads (see looksBinary). */
export const SNIFF_BYTES = 8000;

/** Git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(data: Uint8Array): boolean {
  return data.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

const LFS_HEADER = Buffer.from('version https://git-lfs.github.com/spec/v1\n');

/** A Git LFS pointer file: the real content lives on an LFS server and is not in the repo. */
export function isLfsPointer(data: Uint8Array): boolean {
  return (
    data.length < 1024 &&
    Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, LFS_HEADER.length)).equals(LFS_HEADER)
  );
}
