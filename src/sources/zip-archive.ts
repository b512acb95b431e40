/**
 * The entries of a zip archive (PKWARE APPNOTE 6.3.10), and of the `.jar`, `.docx`, `.xlsx`,
 * `.apk` and `.nupkg` files that are zips: a key or a config committed inside one is deflated,
 * and the binary text runs of the archive show none of it. Entries are inflated with
 * `node:zlib` within a budget of inflated bytes per archive, which is what keeps a zip bomb (a
 * small entry that inflates to gigabytes, or a central directory that lies about sizes) from
 * costing more than the budget. An archive inside the archive is read one level deep.
 * Encrypted entries, entries over the budget, archives nested deeper and compression methods
 * other than stored and deflate are counted as skipped, not read. readArchive opens gzip files
 * (and the tar a `.tar.gz` holds, src/sources/gzip-tar.ts) and uncompressed tars under the same
 * budget.
 */
import { looksLikeUstar, looksLikeZip } from './chunk.js';
import { type Inflated, inflateWithin } from './inflate-within.js';
import { gzipEntryName, looksLikeGzip, looksLikeTar, readTar } from './gzip-tar.js';

/** Inflated bytes read from one archive, its nested archives included. */
export const ARCHIVE_BUDGET = 32 << 20;
/** Entries read from one archive: a central directory of millions of empty entries costs time too. */
export const ARCHIVE_MAX_ENTRIES = 10_000;

export interface ZipEntry {
  /** The entry's path inside the archive, nested archives joined with `!/` (`lib/a.jar!/key.pem`). */
  path: string;
  data: Buffer;
}

export interface ZipContents {
  entries: ZipEntry[];
  /**
   * Entries not read: encrypted, over the budget, nested too deep, an unknown method or damaged;
   * and entries read only in part (cut short, damaged further on, or past the budget).
   */
  skipped: number;
  /**
   * The entries hold all the archive has to scan: an uncompressed tar read to its end, whose own
   * text runs would only repeat them (a finding twice, once without its entry's name).
   */
  whole?: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes, followed by a comment of up to 65535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
/** General purpose flag bit 3: the sizes are in a data descriptor after the data, zero before it. */
const SIZES_AFTER_DATA_FLAG = 8;
/** An entry's size as a local header with flag bit 3 gives it: not known until it is inflated. */
const SIZE_UNKNOWN = -1;

/** What joins an archive's path and an entry's in a finding's file: `bundle.zip!/conf/.env`. */
export const ARCHIVE_ENTRY_SEPARATOR = '!/';

/**
 * The archive a finding's file lies in (`bundle.zip` of `bundle.zip!/conf/.env`), or undefined
 * for a file of its own. Read from the path alone, as the report gives it.
 */
export function archiveOfEntry(file: string): string | undefined {
  const at = file.indexOf(ARCHIVE_ENTRY_SEPARATOR);
  return at > 0 ? file.slice(0, at) : undefined;
}

/**
 * The entries of the archive `data` (looksLikeArchive: a zip, or a gzip file, src/sources/gzip-tar.ts)
 * named `name`, within one budget. A gzip file is one entry, named as gzip recorded it
 * (`key.pem.gz!/key.pem`), or the entries of the tar it compresses (`home.tgz!/.ssh/id_rsa`); an
 * uncompressed tar is read the same way (`backup.tar!/.ssh/id_rsa`).
 */
export function readArchive(data: Buffer, name: string): ZipContents {
  const out: ZipContents = { entries: [], skipped: 0 };
  const budget = { left: ARCHIVE_BUDGET, entries: 0 };
  if (looksLikeGzip(data)) readGzipInto(data, name, '', 0, out, budget);
  else if (looksLikeUstar(data)) {
    readTarInto(data, '', 0, out, budget);
    out.whole = out.skipped === 0 && out.entries.length > 0;
  } else readInto(data, '', 0, out, budget);
  return out;
}

/**
 * An uncompressed tar's files into `out`, copied out of `data` (which sources turn into text runs
 * in place, or reuse for the next blob) and charged to the budget as inflated bytes are: a tar of
 * gigabytes costs the scan no more than a `.tar.gz` would.
 */
function readTarInto(data: Buffer, prefix: string, depth: number, out: ZipContents, budget: Budget): void {
  const files = readTar(data, ARCHIVE_MAX_ENTRIES - budget.entries);
  out.skipped += files.skipped;
  for (const entry of files.entries) {
    budget.entries++;
    if (entry.data.length > budget.left) {
      out.skipped++;
      continue;
    }
    budget.left -= entry.data.length;
    addEntry(`${prefix}${entry.path}`, Buffer.from(entry.data), depth, out, budget);
  }
}

/** A gzip file's contents into `out`: the tar's entries if it compresses a tar, else one entry. */
function readGzipInto(
  data: Buffer,
  name: string,
  prefix: string,
  depth: number,
  out: ZipContents,
  budget: Budget,
): void {
  // A bomb, or a large .tar.gz, is read as far as the budget goes.
  const inflated = inflateWithin(data, Math.max(1, budget.left), 'gzip');
  if (!inflated) {
    out.skipped++;
    return;
  }
  budget.left -= inflated.bytes.length;
  // Past the budget, cut short or damaged further on: what was read is scanned, and counted as not read whole.
  if (inflated.cut) out.skipped++;
  const files = looksLikeTar(inflated.bytes)
    ? readTar(inflated.bytes, ARCHIVE_MAX_ENTRIES - budget.entries)
    : { entries: [{ path: gzipEntryName(data, name), data: inflated.bytes }], skipped: 0 };
  out.skipped += files.skipped;
  for (const entry of files.entries) {
    budget.entries++;
    addEntry(`${prefix}${entry.path}`, entry.data, depth, out, budget);
  }
}

/** One file of an archive into `out`, or, one level deep, the entries of the archive it is. */
function addEntry(path: string, bytes: Buffer, depth: number, out: ZipContents, budget: Budget): void {
  const zip = looksLikeZip(bytes);
  const tar = !zip && looksLikeUstar(bytes);
  if (!zip && !tar && !looksLikeGzip(bytes)) {
    out.entries.push({ path, data: bytes });
    return;
  }
  const inner = `${path}${ARCHIVE_ENTRY_SEPARATOR}`;
  if (depth > 0) out.skipped++;
  else if (zip) readInto(bytes, inner, depth + 1, out, budget);
  else if (tar) readTarInto(bytes, inner, depth + 1, out, budget);
  else readGzipInto(bytes, path, inner, depth + 1, out, budget);
}

interface Budget {
  left: number;
  entries: number;
}

/** One entry as the central directory lists it. */
interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readInto(data: Buffer, prefix: string, depth: number, out: ZipContents, budget: Budget): void {
  const end = endRecord(data);
  // No end record: the zip is cut short (its directory comes last) or damaged. What its local
  // headers still give is read as far as it goes, and the archive counts as not read whole.
  const directory = end === undefined ? localEntries(data) : centralDirectory(data, end);
  if (end === undefined || !directory) out.skipped++;
  for (const entry of directory ?? []) {
    if (entry.name.endsWith('/')) continue;
    if (++budget.entries > ARCHIVE_MAX_ENTRIES) {
      out.skipped++;
      continue;
    }
    const read = entryBytes(data, entry, budget);
    if (!read) {
      out.skipped++;
      continue;
    }
    if (read.cut) out.skipped++; // read as far as it goes, counted as not read whole
    addEntry(`${prefix}${entry.name}`, read.bytes, depth, out, budget);
  }
}

/**
 * The central directory's entries, found from the end record at `end`; undefined when it points
 * outside the file (a damaged archive, or a Zip64 one, whose sizes live elsewhere).
 */
function centralDirectory(data: Buffer, end: number): DirectoryEntry[] | undefined {
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (offset === 0xffffffff || count === 0xffff) return undefined;
  const entries: DirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_HEADER) return entries;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    entries.push({
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      name: data.toString('utf8', at + 46, Math.min(data.length, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entries the local headers give, read from the start, for a zip whose central directory is
 * gone. An entry whose sizes follow its data (flag bit 3: a streaming writer's) is the last one
 * read, to the end of the data: where the next one starts is not known.
 */
function localEntries(data: Buffer): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + 30 <= data.length && data.readUInt32LE(at) === LOCAL_HEADER;) {
    const flags = data.readUInt16LE(at + 6);
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const sizesAfter = (flags & SIZES_AFTER_DATA_FLAG) !== 0;
    const compressedSize = sizesAfter ? Math.max(0, data.length - start) : data.readUInt32LE(at + 18);
    if (compressedSize === 0xffffffff) break; // Zip64: its sizes are in an extra field
    entries.push({
      flags,
      method: data.readUInt16LE(at + 8),
      compressedSize,
      size: sizesAfter ? SIZE_UNKNOWN : data.readUInt32LE(at + 22),
      localOffset: at,
      name: data.toString('utf8', at + 30, Math.min(data.length, at + 30 + data.readUInt16LE(at + 26))),
    });
    if (sizesAfter) break;
    at = start + compressedSize;
  }
  return entries;
}

/** The offset of the end-of-central-directory record, searched back from the end. */
function endRecord(data: Buffer): number | undefined {
  for (let at = data.length - 22; at >= Math.max(0, data.length - END_SEARCH); at--) {
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}

/**
 * An entry's bytes, inflated within the budget (and charged to it); undefined if it is not read.
 * An entry the archive ends inside of, or whose deflate stream is cut short, is read as far as
 * it goes (`cut`).
 */
function entryBytes(data: Buffer, entry: DirectoryEntry, budget: Budget): Inflated | undefined {
  if (entry.flags & ENCRYPTED_FLAG) return undefined;
  if (entry.method !== STORED && entry.method !== DEFLATED) return undefined;
  const local = entry.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) return undefined;
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const stored = data.subarray(start, Math.min(data.length, start + entry.compressedSize));
  if (entry.size > budget.left) return undefined;
  let read: Inflated | undefined;
  if (entry.size === SIZE_UNKNOWN) {
    if (entry.method === STORED) return undefined; // where its data ends is not known
    read = inflateWithin(stored, Math.max(1, budget.left), 'raw');
  } else if (entry.method === STORED) {
    const cut = stored.length < entry.compressedSize;
    if (stored.length > entry.size || (!cut && stored.length !== entry.size) || (cut && !stored.length))
      return undefined;
    read = cut ? { bytes: Buffer.from(stored), cut: 'truncated' } : { bytes: Buffer.from(stored) };
  } else {
    // The directory's size is a claim: the budget caps what inflating may produce whatever it says.
    read = inflateWithin(stored, Math.max(1, entry.size), 'raw');
    if (read?.cut === 'budget') return undefined; // inflates past what the directory said
  }
  if (read) budget.left -= read.bytes.length;
  return read;
}
