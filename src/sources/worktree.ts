import { open, stat } from 'node:fs/promises';
import type { Chunk, SkipCounts } from './chunk.js';
import { emptySkipCounts, isLfsPointer, looksBinary } from './chunk.js';
import { walk, type WalkOptions } from './walk.js';
import { relativePosix } from './repo-root.js';

export interface WorktreeOptions extends WalkOptions {
  maxFileSize: number;
  /**
   * Directory that reported paths are relative to: the repository root when the scan is inside
   * a git work tree (what SARIF consumers and baselines expect), else the scan root.
   */
  base: string;
}

export interface SourceStats {
  files: number;
  bytes: number;
  skipped: SkipCounts;
  /** Files that exist but could not be read: `path: reason`. */
  unreadable: string[];
}

const READ_CONCURRENCY = 32;

/**
 * Yields the files of a directory (or a single file) as chunks, reading several at once. The
 * size check happens before reading, so a huge file costs a stat, not a read.
 */
export async function* worktreeChunks(root: string, options: WorktreeOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const rootStat = await stat(root);
  let entries: { rel: string; abs: string }[];
  if (rootStat.isFile()) {
    entries = [{ rel: relativePosix(options.base, root), abs: root }];
  } else {
    const walked = await walk(root, options);
    stats.skipped.symlink += walked.symlinks;
    const prefix = relativePosix(options.base, root);
    const rebase = (rel: string): string => (prefix ? `${prefix}/${rel}` : rel);
    for (const err of walked.errors) stats.unreadable.push(`${rebase(err.rel)}: ${err.message}`);
    entries = walked.files.map((f) => ({ rel: rebase(f.rel), abs: f.abs }));
  }

  const read = async (entry: { rel: string; abs: string }): Promise<Chunk | undefined> => {
    let handle;
    try {
      handle = await open(entry.abs, 'r');
      const st = await handle.stat();
      if (st.size > options.maxFileSize) {
        stats.skipped['too-large']++;
        return undefined;
      }
      const data = await handle.readFile();
      if (looksBinary(data)) {
        stats.skipped.binary++;
        return undefined;
      }
      if (isLfsPointer(data)) {
        stats.skipped['lfs-pointer']++;
        return undefined;
      }
      stats.files++;
      stats.bytes += data.length;
      return { path: entry.rel, data, source: 'worktree' };
    } catch (e) {
      stats.skipped.unreadable++;
      stats.unreadable.push(`${entry.rel}: ${describeFsError(e)}`);
      return undefined;
    } finally {
      await handle?.close();
    }
  };

  // A sliding window of reads keeps the disk busy while the consumer matches.
  const pending: Promise<Chunk | undefined>[] = [];
  let next = 0;
  while (next < entries.length && pending.length < READ_CONCURRENCY) pending.push(read(entries[next++]!));
  while (pending.length) {
    const chunk = await pending.shift()!;
    if (next < entries.length) pending.push(read(entries[next++]!));
    if (chunk) yield chunk;
  }
}

export function newSourceStats(): SourceStats {
  return { files: 0, bytes: 0, skipped: emptySkipCounts(), unreadable: [] };
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code ?? (e as Error).message;
  }
}
