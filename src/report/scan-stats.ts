/**
 * What a scan counted, as the reports show it. Defined here, below the sources and the scan
 * pipeline that fill it in, so that the formatters can name it without importing upward.
 */

/** Files (or blobs) set aside without being matched, by reason. */
export interface SkipCounts {
  binary: number;
  'too-large': number;
  unreadable: number;
  symlink: number;
  'lfs-pointer': number;
  submodule: number;
  /** Reports and baselines tokguard wrote: scanned, their own hashes set aside (src/sources/tokguard-output.ts). */
  'tokguard-output': number;
  /**
   * Entries of archives not read (encrypted, over the inflate budget, nested too deep), or read
   * only in part: cut short, damaged further on, or stopped at the budget (src/sources/zip-archive.ts).
   */
  'archive-entry': number;
}

export function noSkips(): SkipCounts {
  return {
    binary: 0,
    'too-large': 0,
    unreadable: 0,
    symlink: 0,
    'lfs-pointer': 0,
    submodule: 0,
    'tokguard-output': 0,
    'archive-entry': 0,
  };
}

/** The stats of a scan that read nothing yet. */
export function emptyScanStats(mode: ScanStats['mode'], root: string): ScanStats {
  return { mode, root, files: 0, bytes: 0, skipped: noSkips(), unreadable: [], rules: 0, durationMs: 0 };
}

export interface ScanStats {
  mode: 'worktree' | 'staged' | 'history' | 'stdin';
  root: string;
  files: number;
  bytes: number;
  skipped: SkipCounts;
  /** `path: reason` for files that exist but could not be read. */
  unreadable: string[];
  rules: number;
  durationMs: number;
  commits?: number;
  blobs?: number;
  notes?: string[];
  /** `--shard K/N`: which slice of the scan this is (1-based). */
  shard?: { index: number; total: number };
}
