/**
 * `scan --history --state FILE`: what earlier runs scanned, so the next run reads only new blobs.
 *
 * A blob id names its content, and matching depends only on the content and the rules, so a
 * blob scanned once under a rule digest needs no second look. The record keeps, as sorted
 * binary ids: every blob scanned (or set aside as binary / an LFS pointer), the blobs among them
 * that had matches (re-read on every run, so findings are rebuilt in full, secrets and all,
 * without the file ever holding one), and the fingerprints the last complete run reported
 * (for `--new-only`). Attribution to commits is redone each run, from the current history.
 *
 * Layout (all integers big-endian):
 *
 *   0   8  magic "TKGSTATE"        48  1  object id length (20 or 32)
 *   8   4  format version (1)       49  3  zero
 *   12  4  flags (1: complete)      52  4  blobs scanned S     56  4  blobs with matches M
 *   16 32  digest                   60  4  fingerprints R
 *   64     S ids, M ids, R 16-byte fingerprints, each list sorted; then CRC-32 of all before it
 *
 * The file is replaced atomically (a temporary file, fsync, rename) after every few thousand
 * blobs and at the end, so a run killed part way leaves a record the next run resumes from.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { UserError } from '../errors.js';
import { nodeCrypto } from '../node-crypto.js';

const MAGIC = Buffer.from('TKGSTATE', 'latin1');
const FORMAT_VERSION = 1;
const HEADER_BYTES = 64;
const FINGERPRINT_BYTES = 16;
const FLAG_COMPLETE = 1;

/**
 * Checkpoint after this many newly scanned blobs (TOKGUARD_STATE_CHECKPOINT_BLOBS changes it),
 * or this long since the last one. Each checkpoint rewrites the whole record (20 bytes a blob).
 */
const CHECKPOINT_BLOBS = 2000;
const CHECKPOINT_MS = 10_000;

function checkpointBlobs(): number {
  const n = Number(process.env.TOKGUARD_STATE_CHECKPOINT_BLOBS);
  return Number.isInteger(n) && n > 0 ? n : CHECKPOINT_BLOBS;
}

export interface StateRecord {
  digest: Buffer;
  complete: boolean;
  /** Hex ids. */
  scanned: Set<string>;
  matched: Set<string>;
  /** Hex fingerprints (32 digits) the last complete run reported. */
  reported: Set<string>;
}

/** The digest a state is keyed on: the rules, and the size limit that decides what is read at all. */
export function stateDigest(rulesDigest: string, maxFileSize: number): Buffer {
  return nodeCrypto()
    .createHash('sha256')
    .update(`tokguard:state:v${FORMAT_VERSION}\0${rulesDigest}\0${maxFileSize}`)
    .digest();
}

function sortedIds(ids: Iterable<string>, bytes: number, what: string): Buffer {
  const list = [...ids].sort();
  const out = Buffer.alloc(list.length * bytes);
  list.forEach((hex, i) => {
    if (hex.length !== bytes * 2) throw new Error(`${what} ${hex} is not ${bytes} bytes`);
    out.write(hex, i * bytes, 'hex');
  });
  return out;
}

export function serializeState(state: StateRecord): Buffer {
  const any = state.scanned.values().next().value ?? state.matched.values().next().value;
  const idBytes = any === undefined ? 20 : any.length / 2;
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(FORMAT_VERSION, 8);
  header.writeUInt32BE(state.complete ? FLAG_COMPLETE : 0, 12);
  state.digest.copy(header, 16);
  header.writeUInt8(idBytes, 48);
  header.writeUInt32BE(state.scanned.size, 52);
  header.writeUInt32BE(state.matched.size, 56);
  header.writeUInt32BE(state.reported.size, 60);
  const body = Buffer.concat([
    header,
    sortedIds(state.scanned, idBytes, 'blob id'),
    sortedIds(state.matched, idBytes, 'blob id'),
    sortedIds(state.reported, FINGERPRINT_BYTES, 'fingerprint'),
  ]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(body));
  return Buffer.concat([body, sum]);
}

/** Why a state file cannot be used; `foreign` is not ours at all and is never overwritten. */
export class StateProblem extends Error {
  constructor(
    message: string,
    readonly foreign = false,
  ) {
    super(message);
  }
}

function readIds(data: Buffer, at: number, count: number, bytes: number): Set<string> {
  const out = new Set<string>();
  let previous = '';
  for (let i = 0; i < count; i++) {
    const hex = data.toString('hex', at + i * bytes, at + (i + 1) * bytes);
    if (hex <= previous) throw new StateProblem('its lists are not sorted');
    out.add(hex);
    previous = hex;
  }
  return out;
}

/** Parses and checks a state file's bytes (magic, version, size, checksum, order). */
export function parseState(data: Buffer): StateRecord {
  if (data.length === 0) throw new StateProblem('it is empty');
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC))
    throw new StateProblem('not a tokguard state file', true);
  if (data.length < HEADER_BYTES + 4) throw new StateProblem('it is truncated');
  const version = data.readUInt32BE(8);
  if (version !== FORMAT_VERSION) throw new StateProblem(`it has format version ${version}, not ${FORMAT_VERSION}`);
  const idBytes = data.readUInt8(48);
  if (idBytes !== 20 && idBytes !== 32) throw new StateProblem('its object id length is not 20 or 32');
  const [s, m, r] = [data.readUInt32BE(52), data.readUInt32BE(56), data.readUInt32BE(60)];
  const expected = HEADER_BYTES + (s + m) * idBytes + r * FINGERPRINT_BYTES + 4;
  if (data.length !== expected) throw new StateProblem(`it is ${data.length} bytes, not the ${expected} it declares`);
  if (crc32(data.subarray(0, data.length - 4)) !== data.readUInt32BE(data.length - 4))
    throw new StateProblem('its checksum does not match (damaged)');
  const scannedAt = HEADER_BYTES;
  const matchedAt = scannedAt + s * idBytes;
  const reportedAt = matchedAt + m * idBytes;
  return {
    digest: Buffer.from(data.subarray(16, 48)),
    complete: (data.readUInt32BE(12) & FLAG_COMPLETE) !== 0,
    scanned: readIds(data, scannedAt, s, idBytes),
    matched: readIds(data, matchedAt, m, idBytes),
    reported: readIds(data, reportedAt, r, FINGERPRINT_BYTES),
  };
}

/** Writes `data` to a temporary file beside `file`, flushes it to disk and renames it over `file`. */
function writeAtomic(file: string, data: Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UserError(
      `${file}: cannot write the state: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

export interface LoadedState {
  /** The record to build on: the previous one when it can be trusted, else an empty one. */
  previous: StateRecord;
  /** Whether `previous` came from the file (false: first run, or not trusted). */
  trusted: boolean;
}

/**
 * Reads FILE. Missing: a first run. Not a state file at all: an error (it is not ours to
 * overwrite). Damaged, another format version, or made with other rules: a warning, and the
 * run scans everything (never a wrong answer).
 */
export function loadState(file: string, digest: Buffer, warn: (line: string) => void): LoadedState {
  const empty: StateRecord = { digest, complete: false, scanned: new Set(), matched: new Set(), reported: new Set() };
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { previous: empty, trusted: false };
    throw new UserError(
      `${file}: cannot read the state: ${code === 'EISDIR' ? 'is a directory' : (code ?? String(e))}`,
    );
  }
  let record: StateRecord;
  try {
    record = parseState(data);
  } catch (e) {
    if (!(e instanceof StateProblem)) throw e;
    if (e.foreign)
      throw new UserError(`${file}: not a tokguard state file (give --state a new file or one tokguard wrote)`);
    warn(`${file}: state not used, ${e.message}; scanning every blob again`);
    return { previous: empty, trusted: false };
  }
  if (!record.digest.equals(digest)) {
    warn(`${file}: state was made with other rules or --max-file-size; scanning every blob again`);
    return { previous: empty, trusted: false };
  }
  return { previous: record, trusted: true };
}

/**
 * Grows the record while a scan runs and writes it: checkpoints on the way (incomplete, the
 * previous run's fingerprints kept), the complete record at the end.
 */
export class StateRecorder {
  private readonly scanned: Set<string>;
  private readonly matched: Set<string>;
  private sinceCheckpoint = 0;
  private readonly every = checkpointBlobs();
  private lastCheckpoint = performance.now();
  /** Blobs the previous record let this run skip. */
  skipped = 0;

  constructor(
    private readonly file: string,
    private readonly loaded: LoadedState,
  ) {
    this.scanned = new Set(loaded.previous.scanned);
    this.matched = new Set(loaded.previous.matched);
  }

  /** The blobs to read: those not scanned before, and those that had matches (to rebuild their findings). */
  readonly select = (oid: string): boolean => {
    if (!this.scanned.has(oid) || this.matched.has(oid)) return true;
    this.skipped++;
    return false;
  };

  /** A blob has been matched (or set aside for its content). */
  readonly record = (oid: string, matches: number): void => {
    if (!this.scanned.has(oid)) {
      this.scanned.add(oid);
      this.sinceCheckpoint++;
    }
    if (matches > 0) this.matched.add(oid);
    if (
      this.sinceCheckpoint >= this.every ||
      (this.sinceCheckpoint > 0 && performance.now() - this.lastCheckpoint >= CHECKPOINT_MS)
    )
      this.checkpoint();
  };

  private write(complete: boolean, reported: Set<string>): void {
    writeAtomic(
      this.file,
      serializeState({
        digest: this.loaded.previous.digest,
        complete,
        scanned: this.scanned,
        matched: this.matched,
        reported,
      }),
    );
  }

  private checkpoint(): void {
    this.write(false, this.loaded.previous.reported);
    this.sinceCheckpoint = 0;
    this.lastCheckpoint = performance.now();
  }

  /** The scan finished: the complete record, with the fingerprints it reported. */
  finish(fingerprints: Iterable<string>): void {
    this.write(true, new Set(fingerprints));
  }

  /** Fingerprints the last complete run reported (empty when there was none to trust). */
  get previouslyReported(): ReadonlySet<string> {
    return this.loaded.previous.reported;
  }

  get trusted(): boolean {
    return this.loaded.trusted;
  }
}
