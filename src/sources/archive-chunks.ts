/**
 * The entries of an archive (a zip, a gzip file, a `.tar.gz` or a `.tar`) as chunks of their own, for every source that reads one: a
 * worktree file, a blob of history, a staged blob. Each entry is a file at
 * `archive.zip!/path/in/it`, with the archive named on the chunk (`archive`), and the blob (if
 * any) is the archive's: a history finding in an entry is attributed to the commits that
 * introduced the archive.
 */
import type { Chunk, SourceStats } from './chunk.js';
import { fileToScan } from './chunk.js';
import { ARCHIVE_ENTRY_SEPARATOR, readArchive, type ZipContents } from './zip-archive.js';

/** Where the archive was read: its path as findings name files, its source, and its blob. */
export interface ArchiveOrigin {
  path: string;
  source: Chunk['source'];
  blob?: string;
}

/** An archive's entries as chunks, and whether they stand for the whole archive (ZipContents.whole). */
export interface ArchiveChunks {
  chunks: Chunk[];
  /** The archive's own bytes hold nothing its entries do not: a source scans only the entries. */
  whole: boolean;
}

/**
 * The entries of `bytes`, an archive (looksLikeArchive: a zip, a gzip file or a tar), as chunks;
 * with `before`, the archive it replaces, only the entries it adds or changes. The archive is read
 * at once: call it before the archive's own bytes are turned into text runs in place, or reused.
 */
export function archiveChunks(
  bytes: Buffer,
  origin: ArchiveOrigin,
  stats: SourceStats,
  before?: Buffer,
): ArchiveChunks {
  const archive = readArchive(bytes, origin.path);
  const read = before ? changedEntries(archive, readArchive(before, origin.path)) : archive;
  return { chunks: [...entryChunks(read, origin, stats)], whole: archive.whole === true };
}

/** The entries of `now` that `before` (the archive it replaces) does not hold byte for byte at the same path. */
function changedEntries(now: ZipContents, before: ZipContents): ZipContents {
  const old = new Map(before.entries.map((e) => [e.path, e.data]));
  return { ...now, entries: now.entries.filter((e) => !old.get(e.path)?.equals(e.data)) };
}

/**
 * `archive`'s entries as chunks (read with `readArchive` before the archive's own bytes are turned
 * into text runs, which some sources do in place); what was not read is counted in
 * `skipped.archive-entry`, what was read in the files and bytes of `stats`.
 */
export function* entryChunks(archive: ZipContents, origin: ArchiveOrigin, stats: SourceStats): Generator<Chunk> {
  stats.skipped['archive-entry'] += archive.skipped;
  for (const entry of archive.entries) {
    const path = `${origin.path}${ARCHIVE_ENTRY_SEPARATOR}${entry.path}`;
    const data = fileToScan(entry.data, path, stats.skipped, true);
    if (!data) continue;
    stats.files++;
    stats.bytes += data.length;
    const chunk: Chunk = { path, data, source: origin.source, archive: { path: origin.path, entry: entry.path } };
    if (origin.blob) chunk.blob = origin.blob;
    yield chunk;
  }
}
