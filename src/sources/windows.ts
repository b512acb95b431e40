/**
 * Large files read in windows: a file is never held whole past WINDOW bytes (Node cannot even
 * allocate a Buffer over 2 GiB), so a raised --max-file-size costs bounded memory. Windows
 * overlap by OVERLAP bytes and each starts at a line start where it can, so line numbers carry
 * over, and a secret up to OVERLAP bytes long that crosses a boundary is whole in one window.
 * A match is reported by the window that owns its start (see Chunk.ownedEnd), never twice.
 */
import { readSync } from 'node:fs';
import type { Chunk } from './chunk.js';

/** Files larger than this are read in windows of this size. */
export const WINDOW = 64 * 1024 * 1024;
/** How far windows overlap: longer than any secret a rule matches (PGP blocks go to 64 KB). */
export const OVERLAP = 1024 * 1024;

const NEWLINE = 10;

/** Code points in UTF-8 bytes: every byte but continuation bytes starts one. */
function codePoints(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) n++;
  return n;
}

/** Reads up to `length` bytes at `position`; fewer at the end of the file. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let at = 0;
  while (at < length) {
    const n = readSync(fd, buf, at, length - at, position + at);
    if (n === 0) break;
    at += n;
  }
  return at === length ? buf : buf.subarray(0, at);
}

export interface WindowSizes {
  window: number;
  overlap: number;
}

/**
 * The file's windows, one chunk each, read as they are consumed. `base` is the rest of each
 * chunk (path, source). Sizes are parameters for tests; scans use WINDOW and OVERLAP.
 */
export function* fileWindows(
  fd: number,
  size: number,
  base: Omit<Chunk, 'data'>,
  sizes: WindowSizes = { window: WINDOW, overlap: OVERLAP },
): Generator<Chunk> {
  let start = 0;
  let lineBase = 0;
  let columnBase = 0;
  for (;;) {
    const data = readAt(fd, start, Math.min(sizes.window, size - start));
    const last = start + data.length >= size || data.length === 0;
    const chunk: Chunk = { ...base, data, lineBase, columnBase };
    if (last) {
      yield chunk;
      return;
    }
    // The next window starts after the last newline before the overlap, or mid-line (a line
    // longer than the window) with the columns it has gone so far.
    const cut = data.length - sizes.overlap;
    const newline = data.lastIndexOf(NEWLINE, cut - 1);
    const next = newline >= 0 ? newline + 1 : cut;
    chunk.ownedEnd = next;
    yield chunk;
    const lines = countNewlines(data.subarray(0, next));
    columnBase = newline >= 0 ? 0 : columnBase + codePoints(data.subarray(0, next));
    lineBase += lines;
    start += next;
  }
}
