import { mayBeEncryptedStore } from '../engine/encrypted-stores.js';
import { mayBeKeyStoreFile } from '../engine/keystore-files.js';
import type { ArchiveEntry, CommitInfo, SourceKind } from '../report/finding.js';
import { type SkipCounts, noSkips } from '../report/scan-stats.js';
import { blankTokguardHashes } from './tokguard-output.js';

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
   * An entry of a zip archive (`path` is then `archive.path!/archive.entry`): set by the source
   * that opened the archive, so that nothing downstream has to guess it from the `!/` in a path.
   */
  archive?: ArchiveEntry;
  /**
   * How many chunks the source made of this chunk's blob, when more than one (a zip archive's
   * text runs and its entries): a record of what was scanned (`--state`) counts the blob scanned
   * only once it has the matches of all of them.
   */
  blobParts?: number;
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

/** A listed file of a worktree scan, not read yet: plain data, so it can go to a worker thread. */
export interface FileToRead {
  /** The path reported, forward slashes. */
  rel: string;
  /** The path to open (bytes when a name on it is not UTF-8). */
  abs: string | Uint8Array;
  /** Listed by `git ls-files` (a deleted or submodule entry is not an error). */
  listedByGit?: boolean;
  /** The scan's root is this file: it is opened following links, like any named argument. */
  root?: boolean;
}

/**
 * A worktree scan's files, listed before anything is read, so that the matcher can read them
 * where it matches them (src/sources/worktree.ts `worktreeFiles`).
 */
export interface WorktreeFiles {
  /**
   * Lists the files (once: listing counts links and unreadable folders in the source's stats).
   * `onListed` hears the count listed so far as the walk goes (or git's count, before filtering).
   */
  list(onListed?: (files: number) => void): Promise<FileToRead[]>;
  /**
   * Reads one file on the calling thread, counting what it skips in `stats`. With `scratch`
   * (a ReadScratch of src/sources/read-file.ts), the chunks' bytes are valid only until the next
   * read: for a caller done with each chunk before it reads on.
   */
  read(file: FileToRead, stats: SourceStats, scratch?: ReadScratchLike): Iterable<Chunk>;
  maxFileSize: number;
}

/** A buffer reused from read to read (src/sources/read-file.ts `ReadScratch`). */
export interface ReadScratchLike {
  take(size: number): Buffer;
  /** The whole buffer as it is (at least a few KB), for a read that does not know the size yet. */
  room(): Buffer;
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
    skipped: noSkips(),
    unreadable: [],
  };
}

/**
 * Whether `data` starts like a zip file (a local file header, or the end record of an empty
 * one): four bytes, so that a source asks before it loads the zip reader (src/sources/zip-archive.ts).
 */
export function looksLikeZip(data: Uint8Array): boolean {
  if (data.length < 22) return false;
  const sig = (data[0]! | (data[1]! << 8) | (data[2]! << 16) | (data[3]! << 24)) >>> 0;
  return sig === 0x04034b50 || sig === 0x06054b50;
}

/** `ustar`, the magic a POSIX or GNU tar header holds at 257 (POSIX.1-1988). */
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72];

/**
 * Whether `data` starts like an uncompressed tar: its first header's `ustar` magic at 257, which
 * the name (`.tar`, or none at all) says nothing about. The reader checks the header's checksum.
 */
export function looksLikeUstar(data: Uint8Array): boolean {
  return data.length >= 512 && USTAR.every((b, i) => data[257 + i] === b);
}

/**
 * Whether `data` is an archive whose entries a source reads (src/sources/zip-archive.ts
 * readArchive): a zip, a gzip file (its magic and deflate method) or an uncompressed tar. Asked
 * before the reader, and with it `node:zlib`, is loaded.
 */
export function looksLikeArchive(data: Uint8Array): boolean {
  return (
    looksLikeZip(data) ||
    (data.length >= 18 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 8) ||
    looksLikeUstar(data)
  );
}

/** How much of a file the binary check reads (see looksBinary). */
export const SNIFF_BYTES = 8000;

/** Git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(data: Uint8Array): boolean {
  return data.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

/** Shortest printable run of a binary file that is scanned: shorter runs are noise in compressed data. */
export const MIN_PRINTABLE_RUN = 8;
/** At most this many bytes of printable runs are scanned per binary file; the rest is cut off. */
export const BINARY_TEXT_BUDGET = 1 << 20;

const LF = 10;
const CR = 13;

/** Byte classes: 1 = printable ASCII, tab or line break; 2, 3, 4 = lead byte of a UTF-8 sequence that long. */
const TEXT_CLASS = (() => {
  const t = new Uint8Array(256);
  for (let b = 0x20; b < 0x7f; b++) t[b] = 1;
  t[9] = t[LF] = t[CR] = 1;
  for (let b = 0xc2; b <= 0xdf; b++) t[b] = 2;
  for (let b = 0xe0; b <= 0xef; b++) t[b] = 3;
  for (let b = 0xf0; b <= 0xf4; b++) t[b] = 4;
  return t;
})();

/**
 * The text a binary file holds (archives, `.pak` files, executables with configuration
 * strings): runs of at least MIN_PRINTABLE_RUN printable ASCII or UTF-8 bytes, up to
 * BINARY_TEXT_BUDGET bytes of them. Every other byte becomes a carriage return, so the result
 * has the file's byte offsets, its line feeds (line numbers are those `grep -an` gives) and
 * breaks that no pattern matches across. Undefined when the file holds no such run.
 *
 * With `inPlace` the bytes are blanked where they are (a reader's own buffer, not needed
 * afterwards): a large binary then costs no second buffer of its size, fresh memory that is
 * dear to fault in. Either way only what is not kept is written.
 */
export function binaryText(data: Uint8Array, inPlace = false): Buffer | undefined {
  const n = data.length;
  const out = inPlace ? Buffer.from(data.buffer, data.byteOffset, n) : Buffer.from(data);
  const bytes = new Uint8Array(out.buffer, out.byteOffset, n);
  let kept = 0;
  let i = 0;
  while (i < n && kept < BINARY_TEXT_BUDGET) {
    // Bytes that cannot start text, most of a binary, blanked in a loop of their own.
    while (i < n && TEXT_CLASS[bytes[i]!] === 0) bytes[i++] = CR;
    if (i === n) break;
    // The run of text characters (ASCII or whole UTF-8 sequences) from i. Inline, not a helper
    // called per run: binary data has a run every few bytes, and the loop as a separate
    // function ran at about 60% of this speed on node_modules' binaries.
    let end = i;
    while (end < n) {
      const c = TEXT_CLASS[bytes[end]!]!;
      if (c === 1) {
        end++;
        continue;
      }
      if (c === 0 || end + c > n) break;
      // A lead byte: the sequence counts if its continuation bytes are all there.
      if ((bytes[end + 1]! & 0xc0) !== 0x80) break;
      if (c > 2 && (bytes[end + 2]! & 0xc0) !== 0x80) break;
      if (c > 3 && (bytes[end + 3]! & 0xc0) !== 0x80) break;
      end += c;
    }
    if (end === i) {
      bytes[i++] = CR; // not text
      continue;
    }
    if (end - i >= MIN_PRINTABLE_RUN) kept += end - i;
    // Line feeds in short runs are kept so line numbers stay the file's own.
    else for (let k = i; k < end; k++) if (bytes[k] !== LF) bytes[k] = CR;
    i = end;
  }
  if (kept === 0) return undefined;
  return i < n ? out.subarray(0, i) : out;
}

/**
 * What a source scans of a file: the file itself, or the text runs of a binary one (undefined if
 * none). A file the engine may decrypt whole (a DBeaver credentials file) or read as a key store
 * (a `.p12`, a `.jks`: src/engine/keystore-files.ts) keeps its bytes.
 * `owned`: the caller's buffer may be overwritten (see binaryText).
 */
export function scannableBytes(data: Buffer, path?: string, owned = false): Buffer | undefined {
  if (!looksBinary(data) || mayBeEncryptedStore(path, data.length) || mayBeKeyStoreFile(data)) return data;
  return binaryText(data, owned);
}

const LFS_HEADER = Buffer.from('version https://git-lfs.github.com/spec/v1\n');

/** A Git LFS pointer file: the real content lives on an LFS server and is not in the repo. */
export function isLfsPointer(data: Uint8Array): boolean {
  return (
    data.length < 1024 &&
    Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, LFS_HEADER.length)).equals(LFS_HEADER)
  );
}

/**
 * What every source (worktree, staged, history) scans of a file read whole: its scannable bytes
 * (see scannableBytes), with a tokguard report's own hashes blanked (counted in
 * `skipped.tokguard-output`); or undefined, counted, for a binary file without text and a Git LFS
 * pointer. `owned` as for scannableBytes.
 */
export function fileToScan(data: Buffer, path: string, skipped: SkipCounts, owned = false): Buffer | undefined {
  const text = scannableBytes(data, path, owned);
  if (!text) {
    skipped.binary++;
    return undefined;
  }
  if (isLfsPointer(text)) {
    skipped['lfs-pointer']++;
    return undefined;
  }
  const report = blankTokguardHashes(text);
  if (report) skipped['tokguard-output']++;
  return report ?? text;
}

/**
 * A file's bytes read again as the scan read them (see fileToScan): the text runs of a binary,
 * so that a finding's line and column, counted on those, point at its secret. Undefined where
 * the scan read nothing.
 */
export function scannedBytes(data: Buffer, path: string): Buffer | undefined {
  return fileToScan(data, path, noSkips());
}
