/**
 * gzip members (RFC 1952) and tar archives (POSIX ustar, with GNU long names and pax `path`
 * records): a `.pem.gz`, a `backup.tar.gz` or `.tgz` of a home folder holds keys that the binary
 * text runs of the compressed file show nothing of. `node:zlib` has gzip and deflate but no
 * bzip2, xz or zstd: a `.bz2`, `.xz` or `.zst` file is scanned as any binary (its text runs) and
 * what it compresses is not read. Inflating is src/sources/inflate-within.ts's, within the archive's
 * budget.
 */
import { looksLikeUstar } from './chunk.js';

/** gzip's magic and its one compression method, deflate (RFC 1952 2.3.1). */
export function looksLikeGzip(data: Uint8Array): boolean {
  return data.length >= 18 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 8;
}

const FEXTRA = 4;
const FNAME = 8;

/**
 * The file name a gzip header records (gzip writes it unless told `-n`), its folders left out; or
 * the archive's own name less `.gz` (`.tgz` is a `.tar`).
 */
export function gzipEntryName(data: Buffer, archiveName: string): string {
  const flags = data[3]!;
  if (flags & FNAME) {
    let at = 10;
    if (flags & FEXTRA) at += 2 + data.readUInt16LE(at);
    const end = data.indexOf(0, at);
    const name = end > at ? data.toString('latin1', at, end) : '';
    const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (base) return base;
  }
  const base = archiveName.slice(archiveName.lastIndexOf('/') + 1);
  if (/\.tgz$/i.test(base)) return `${base.slice(0, -4)}.tar`;
  return /\.gz$/i.test(base) && base.length > 3 ? base.slice(0, -3) : base;
}

const BLOCK = 512;

/** A tar header: `ustar` at 257 (POSIX and GNU), or a pre-POSIX header whose checksum holds. */
export function looksLikeTar(data: Buffer): boolean {
  if (data.length < BLOCK) return false;
  if (looksLikeUstar(data)) return true;
  return data[0] !== 0 && checksumHolds(data, 0);
}

/** The header checksum (octal at 148): the header's bytes summed with the field as spaces. */
function checksumHolds(data: Buffer, at: number): boolean {
  const stored = octal(data, at + 148, 8);
  if (stored === undefined) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : data[at + i]!;
  return sum === stored;
}

function octal(data: Buffer, at: number, length: number): number | undefined {
  const text = data
    .toString('latin1', at, at + length)
    .replace(/[\0 ]+$/, '')
    .trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

function field(data: Buffer, at: number, length: number): string {
  const end = data.indexOf(0, at);
  return data.toString('utf8', at, end >= 0 && end < at + length ? end : at + length);
}

/** The `path` record of a pax extended header (`<length> path=<value>\n` records). */
function paxPath(body: Buffer): string | undefined {
  const text = body.toString('utf8');
  for (const m of text.matchAll(/(?:^|\n)\d+ path=([^\n]*)\n/g)) return m[1];
  return undefined;
}

/** A header's name, with its ustar prefix (POSIX only: GNU headers keep times at 345). */
function headerName(data: Buffer, header: number): string {
  const name = field(data, header, 100);
  if (data.toString('latin1', header + 257, header + 263) !== 'ustar\0') return name;
  const prefix = field(data, header + 345, 155);
  return prefix ? `${prefix}/${name}` : name;
}

export interface TarContents {
  entries: { path: string; data: Buffer }[];
  /** Entries cut off at the end of the data (a partial inflate: what there is is read), or past `maxEntries`. */
  skipped: number;
}

/**
 * The regular files of the tar archive `data` (folders, links and devices left out), from a
 * `.tar.gz` inflated or a plain `.tar` as it is.
 */
export function readTar(data: Buffer, maxEntries: number): TarContents {
  const out: TarContents = { entries: [], skipped: 0 };
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= data.length;) {
    const header = at;
    if (data[header] === 0 && data.subarray(header, header + BLOCK).every((b) => b === 0)) break; // end of archive
    if (!checksumHolds(data, header)) {
      out.skipped++; // a damaged header: whatever follows it is not read
      break;
    }
    const size = octal(data, header + 124, 12) ?? 0;
    const type = String.fromCharCode(data[header + 156]!);
    const body = data.subarray(header + BLOCK, header + BLOCK + size);
    at = header + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') longName = field(body, 0, body.length);
    else if (type === 'x') longName = paxPath(body) ?? longName;
    else if (type === '0' || type === '\0' || type === '7') {
      const name = longName ?? headerName(data, header);
      longName = undefined;
      if (out.entries.length >= maxEntries) out.skipped++;
      else {
        // Cut off (a partial inflate): read as far as it goes, and counted as not read whole.
        if (body.length < size) out.skipped++;
        if (body.length || !size) out.entries.push({ path: name.replace(/^\.\//, ''), data: body });
      }
    } else longName = undefined;
  }
  return out;
}
