import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Chunk, FileToRead, SourceStats, WorktreeFiles } from './chunk.js';
import { isLfsPointer, looksBinary, scannableBytes, SNIFF_BYTES } from './chunk.js';
import { describeFsError } from './fs-errors.js';
import { gitListedFiles } from './git-files.js';
import { fileWindows, WINDOW } from './windows.js';
import { walk, type WalkEntry, type WalkOptions } from './walk.js';
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
 * Walked files are opened without following a symlink (one swapped in since the walk is not
 * followed out of the tree) and without blocking (a FIFO swapped in cannot hang the scan).
 */
const WALKED = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

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
    list: () => listFiles(root, options, stats),
    read: (file, into) => readFile(file, options.maxFileSize, into),
    maxFileSize: options.maxFileSize,
  };
}

async function listFiles(root: string, options: WorktreeOptions, stats: SourceStats): Promise<FileToRead[]> {
  const rootStat = await stat(root);
  if (rootStat.isFile()) return [{ rel: relativePosix(options.base, root), abs: root, root: true }];
  const listed =
    options.gitignore && options.repoRoot ? await gitListedFiles(options.repoRoot, root, options) : undefined;
  const walked = listed ?? walk(root, options);
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

/** One listed file as chunks (see readEntry); a worker thread gets `abs` back as a Uint8Array. */
export function readFile(file: FileToRead, maxFileSize: number, stats: SourceStats): Generator<Chunk> {
  const abs = typeof file.abs === 'string' || Buffer.isBuffer(file.abs) ? file.abs : Buffer.from(file.abs);
  return readEntry({ ...file, abs }, file.root === true, maxFileSize, stats);
}

/**
 * One file as chunks: none (not a file, too large, binary, an LFS pointer, unreadable: counted
 * in `stats`), one, or its windows when it is larger than WINDOW.
 */
function* readEntry(entry: WalkEntry, isRoot: boolean, maxFileSize: number, stats: SourceStats): Generator<Chunk> {
  let fd: number | undefined;
  try {
    fd = openSync(entry.abs, isRoot ? 'r' : WALKED);
    const st = fstatSync(fd);
    if (!st.isFile()) {
      // What git lists as a file can be a submodule's folder, or not a file any more.
      if (st.isDirectory() && entry.listedByGit) stats.skipped.submodule++;
      return;
    }
    const size = st.size;
    if (size > maxFileSize) {
      stats.skipped['too-large']++;
      return;
    }
    // A binary file larger than a window (a disk image, a sparse file) costs one block, not its
    // size; smaller ones are read whole so that their text runs are scanned (scannableBytes).
    if (size > WINDOW && looksBinary(readWhole(fd, SNIFF_BYTES))) {
      stats.skipped.binary++;
      return;
    }
    const base = { path: entry.rel, source: 'worktree' as const };
    if (size > WINDOW) {
      stats.files++;
      stats.bytes += size;
      yield* fileWindows(fd, size, base);
      return;
    }
    const data = scannableBytes(readWhole(fd, size, 0));
    if (!data) {
      stats.skipped.binary++;
      return;
    }
    if (isLfsPointer(data)) {
      stats.skipped['lfs-pointer']++;
      return;
    }
    stats.files++;
    stats.bytes += data.length;
    yield { ...base, data };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && !isRoot) {
      stats.skipped.symlink++; // git lists symlinks with the files; the walker counts them itself
      return;
    }
    if (code === 'ENOENT' && entry.listedByGit) return; // tracked, deleted from the tree
    stats.skipped.unreadable++;
    stats.unreadable.push(`${entry.rel}: ${describeFsError(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads `size` bytes (what fstat said; a file growing under us is read as it was), from
 * `position`, or from the current position when it is null.
 */
function readWhole(fd: number, size: number, position: number | null = null): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buf, at, size - at, position === null ? null : position + at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : buf.subarray(0, at);
}

export { describeFsError };
