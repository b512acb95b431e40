/**
 * Reading one listed worktree file: the size and binary checks, then its bytes, its text runs
 * (a binary file) or its windows (a large one). A module of its own because worker threads
 * read files too (src/scan/worker.ts), and they need none of the listing's code.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Chunk, FileToRead, ReadScratchLike, SourceStats } from './chunk.js';
import { fileToScan, looksBinary, looksLikeArchive, SNIFF_BYTES } from './chunk.js';
import { entryChunks } from './archive-chunks.js';
import { readArchive } from './zip-archive.js';
import { describeFsError } from './fs-errors.js';
import { fileWindows, WINDOW } from './windows.js';
import type { WalkEntry } from './walk.js';

/**
 * Walked files are opened without following a symlink (one swapped in since the walk is not
 * followed out of the tree) and without blocking (a FIFO swapped in cannot hang the scan).
 */
const WALKED = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A buffer that successive reads of one thread reuse. Memory fresh from the system costs a page
 * fault per 4 KB on first touch (dear on virtual machines), and a buffer per file is also work
 * for the garbage collector: a scan that is done with each file's bytes before it reads the next
 * reads into this instead.
 */
export class ReadScratch implements ReadScratchLike {
  private buf = Buffer.allocUnsafe(0);
  /** Files larger than this get a buffer of their own, so a thread does not keep one huge buffer. */
  static readonly MAX = 16 * 1024 * 1024;

  /** Bytes `room` gives at least: most source files fit, so most are read in one call. */
  static readonly MIN_ROOM = 64 * 1024;

  /** The whole buffer, grown to MIN_ROOM first; valid until the next call. */
  room(): Buffer {
    if (this.buf.length < ReadScratch.MIN_ROOM) this.buf = Buffer.allocUnsafe(ReadScratch.MIN_ROOM);
    return this.buf;
  }

  /** `size` bytes to read into, valid until the next call. */
  take(size: number): Buffer {
    if (size > ReadScratch.MAX) return Buffer.allocUnsafe(size);
    if (size > this.buf.length)
      this.buf = Buffer.allocUnsafe(Math.max(size, Math.min(2 * this.buf.length, ReadScratch.MAX)));
    return this.buf.subarray(0, size);
  }
}

/**
 * One listed file as chunks (see readEntry); a worker thread gets `abs` back as a Uint8Array.
 * With `scratch`, a chunk's bytes live in it and are valid only until the next file is read:
 * for a caller that is done with each chunk before it asks for the next.
 */
export function readFile(
  file: FileToRead,
  maxFileSize: number,
  stats: SourceStats,
  scratch?: ReadScratchLike,
): Generator<Chunk> {
  const abs = typeof file.abs === 'string' || Buffer.isBuffer(file.abs) ? file.abs : Buffer.from(file.abs);
  return readEntry({ ...file, abs }, file.root === true, maxFileSize, stats, scratch);
}

/**
 * One file as chunks: none (not a file, too large, binary, an LFS pointer, unreadable: counted
 * in `stats`), one, or its windows when it is larger than WINDOW.
 */
function* readEntry(
  entry: WalkEntry,
  isRoot: boolean,
  maxFileSize: number,
  stats: SourceStats,
  scratch: ReadScratchLike | undefined,
): Generator<Chunk> {
  let fd: number | undefined;
  try {
    fd = openSync(entry.abs, isRoot ? 'r' : WALKED);
    const whole = isRoot || !scratch ? undefined : readSmall(fd, maxFileSize, scratch);
    if (whole) {
      yield* fileChunks(whole, entry.rel, stats);
      return;
    }
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
    if (size > WINDOW) {
      stats.files++;
      stats.bytes += size;
      yield* fileWindows(fd, size, { path: entry.rel, source: 'worktree' });
      return;
    }
    yield* fileChunks(readWhole(fd, size, 0, scratch), entry.rel, stats);
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
 * A file read whole (the caller's buffer, overwritten in place if binary): its chunk, or none,
 * then the chunks of its entries if it is an archive (a zip, a gzip file, a tar).
 */
function* fileChunks(bytes: Buffer, rel: string, stats: SourceStats): Generator<Chunk> {
  // Read before the archive's own bytes are turned into its text runs, in place.
  const archive = looksLikeArchive(bytes) ? readArchive(bytes, rel) : undefined;
  // A tar read whole: its own text runs would report each entry's findings again.
  const data = archive?.whole ? undefined : fileToScan(bytes, rel, stats.skipped, true);
  if (data) {
    stats.files++;
    stats.bytes += data.length;
    yield { path: rel, source: 'worktree', data };
  }
  if (archive) yield* entryChunks(archive, { path: rel, source: 'worktree' }, stats);
}

/**
 * The whole file in one read, without asking its size, when it is smaller than the scratch
 * buffer (and than maxFileSize): a read that comes back short has reached the end of a regular
 * file. Most files of a tree fit, so they cost open, read and close, not an fstat too. Undefined
 * when that is not known (the read filled the buffer, read nothing, or failed: a folder, a
 * FIFO): the caller then asks fstat, as for any file.
 */
function readSmall(fd: number, maxFileSize: number, scratch: ReadScratchLike): Buffer | undefined {
  const room = scratch.room();
  const want = Math.min(room.length, maxFileSize + 1);
  let n: number;
  try {
    n = readSync(fd, room, 0, want, 0);
  } catch {
    return undefined;
  }
  return n > 0 && n < want ? room.subarray(0, n) : undefined;
}

/**
 * Reads `size` bytes (what fstat said; a file growing under us is read as it was), from
 * `position`, or from the current position when it is null.
 */
function readWhole(fd: number, size: number, position: number | null = null, scratch?: ReadScratchLike): Buffer {
  const buf = scratch ? scratch.take(size) : Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buf, at, size - at, position === null ? null : position + at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : buf.subarray(0, at);
}
