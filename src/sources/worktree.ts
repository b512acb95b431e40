import { stat } from 'node:fs/promises';
import type { Chunk, FileToRead, SourceStats, WorktreeFiles } from './chunk.js';
import { describeFsError } from './fs-errors.js';
import { gitListedFiles } from './git-files.js';
import { readFile } from './read-file.js';
import { walk, type WalkOptions } from './walk.js';
import { relativePosix } from '../repo-root.js';

export interface WorktreeOptions extends WalkOptions {
  maxFileSize: number;
  /**
   * Directory that reported paths are relative to: the repository root when the scan is inside
   * a git work tree (what SARIF consumers and baselines expect), else the scan root.
   */
  base: string;
  /** The enclosing git work tree, if any: with `gitignore`, git lists the files (git-files.ts). */
  repoRoot?: string;
  /** Reads only the files whose reported path this accepts (`--shard`). */
  selectPath?: (rel: string) => boolean;
}

/**
 * Yields the files of a directory (or a single file) as chunks. The size check happens before
 * reading, so a huge file costs a stat, not a read.
 */
export async function* worktreeChunks(
  root: string,
  options: WorktreeOptions,
  stats: SourceStats,
): AsyncGenerator<Chunk> {
  const files = worktreeFiles(root, options, stats);
  // Synchronous reads: for the small files that dominate source trees, a thread-pool round trip
  // per open/stat/read/close costs more than the read.
  for (const file of await files.list()) yield* readFile(file, options.maxFileSize, stats);
}

/**
 * The same files as worktreeChunks, listed first and read later, by whoever matches them: a
 * large scan hands the list to its worker threads, which read and match the files themselves
 * (src/scan/matcher.ts), so the main thread does not read or copy every byte.
 */
export function worktreeFiles(root: string, options: WorktreeOptions, stats: SourceStats): WorktreeFiles {
  return {
    list: (onListed) => listFiles(root, options, stats, onListed),
    read: (file, into, scratch) => readFile(file, options.maxFileSize, into, scratch),
    maxFileSize: options.maxFileSize,
  };
}

async function listFiles(
  root: string,
  options: WorktreeOptions,
  stats: SourceStats,
  onListed?: (files: number) => void,
): Promise<FileToRead[]> {
  const rootStat = await stat(root);
  if (rootStat.isFile()) return [{ rel: relativePosix(options.base, root), abs: root, root: true }];
  const listed =
    options.gitignore && options.repoRoot ? await gitListedFiles(options.repoRoot, root, options) : undefined;
  const walked = listed ?? walk(root, options, onListed);
  stats.skipped.symlink += walked.symlinks;
  const prefix = relativePosix(options.base, root);
  const rebase = (rel: string): string => (prefix ? `${prefix}/${rel}` : rel);
  for (const err of walked.errors) {
    // The root itself is named by its path: "." would say nothing in a CI log.
    stats.unreadable.push(`${err.rel === '.' ? root : rebase(err.rel)}: ${err.message}`);
    stats.skipped.unreadable++;
  }
  const entries: FileToRead[] = walked.files.map((f) => ({ ...f, rel: rebase(f.rel) }));
  return options.selectPath ? entries.filter((e) => options.selectPath!(e.rel)) : entries;
}

export { describeFsError };
