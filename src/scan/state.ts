/**
 * `scan --history --state FILE`: what earlier runs scanned, so the next run reads only new blobs.
 *
 * A blob id names its content, and matching depends only on the content and the rules, so a
 * blob scanned once under a rule digest needs no second look. The record keeps, as sorted
 * binary ids: every blob scanned (or set aside as binary / an LFS pointer) and the blobs among
 * them that had matches; for each of those, its matches as reports show them (rule, place,
 * secret hash, redacted secret and masked line: never the secret); and the fingerprints the
 * last complete run reported (for `--new-only`), with the findings it attributed. A run after
 * new commits extends those when it provably can (src/scan/attribute-incremental.ts), else
 * attributes the stored matches again from the current history; the few blobs whose matches end
 * up reported are read again to recover their secrets (src/scan/restore.ts), which allowlists,
 * --verify and --show-secrets need.
 *
 * Layout (all integers big-endian):
 *
 *   0   8  magic "TKGSTATE"        48  1  object id length (20 or 32)
 *   8   4  format version (7)       49  3  zero
 *   12  4  flags (1: complete)      52  4  blobs scanned S     56  4  blobs with matches M
 *   16 32  digest                   60  4  fingerprints R
 *   64     S ids, M ids, R 16-byte fingerprints, each list sorted; then a 4-byte length and
 *          that much UTF-8 JSON, the first part: {"history": the scope, tips, commit count and
 *          `orphans` of the incremental cache, or null; "attributed": the findings that run
 *          attributed (as reports show them, never the secret; a secret whose first place
 *          depends on topological order, with its contenders), or null}; then a 4-byte
 *          count of segments, each a 4-byte length and that much JSON: {"blobs": [[id, path,
 *          [match, ...]], ...], "record": null, or {"base": true|false, "live", "intros"}: the rest
 *          of the incremental cache, replacing (base) or extending what earlier segments said};
 *          then the CRC-32 of all before it
 *
 * The first part is all a run on an unchanged repository needs: it reports the stored
 * attributed findings as they are, and never parses the segments (megabytes when a secret lives
 * in many versions of a file) or attributes them again. A run after new commits that only adds
 * (src/scan/attribute-incremental.ts) does not parse them either: it copies the old segments as
 * they are and appends one with what it learnt (format 4); a run that parses them writes them
 * back as one.
 *
 * The file is replaced atomically (a temporary file, fsync, rename) after every few thousand
 * blobs and at the end, so a run killed part way leaves a record the next run resumes from.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { UserError } from '../errors.js';
import { nodeCrypto } from '../node-crypto.js';
import type { HistoryCache } from './incremental.js';
import type { CommitInfo } from '../report/finding.js';
import { CONFIDENCES, type Confidence } from '../engine/types.js';

const MAGIC = Buffer.from('TKGSTATE', 'latin1');
// 2: matches keep their confidence and example flag; 3: the attributed findings, and the
// stored matches in a part of their own that an unchanged run does not parse; 4: that part in
// segments, so that a run after new commits appends to it without parsing it; 5: the contenders
// of a secret whose first place depends on topological order, instead of a history-wide flag
// that made every run after new commits attribute everything again; 6: matches keep the
// reasons for their confidence (a token whose checksum fails); 7: history scans open zip
// archives, a match keeps the archive entry it is in (a state before it recorded archives as
// scanned without their entries, so it is not trusted)
const FORMAT_VERSION = 7;
/** Past this many segments, the next write parses them and writes them back as one. */
const MAX_SEGMENTS = 32;
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

/**
 * The blobs scanned: the sorted binary list as read from the file, looked up in place (a binary
 * search), plus the ids this run added. A repository with a million blobs is never turned into
 * a million strings to answer a few questions, or none at all when its tips have not moved.
 */
export class IdSet {
  private readonly added = new Set<string>();
  constructor(
    /** Sorted ids, `width` bytes each. */
    private readonly base: Buffer = Buffer.alloc(0),
    readonly width = 20,
  ) {}

  get size(): number {
    return this.base.length / this.width + this.added.size;
  }

  has(hex: string): boolean {
    if (this.added.has(hex)) return true;
    if (hex.length !== this.width * 2) return false;
    const key = Buffer.from(hex, 'hex');
    const w = this.width;
    let lo = 0;
    let hi = this.base.length / w - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.base.compare(key, 0, w, mid * w, mid * w + w);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  add(hex: string): boolean {
    if (this.has(hex)) return false;
    this.added.add(hex);
    return true;
  }

  /** Every id, in hex (the old list in its order, then the added ones). */
  ids(): string[] {
    const out: string[] = [];
    for (let at = 0; at < this.base.length; at += this.width) out.push(this.base.toString('hex', at, at + this.width));
    return [...out, ...this.added];
  }

  /** The first id, in hex (to tell SHA-1 from SHA-256 ids). */
  any(): string | undefined {
    return this.base.length ? this.base.toString('hex', 0, this.width) : this.added.values().next().value;
  }

  /**
   * All ids, sorted, `bytes` each: the new ids (few, next to the old list) put in place by a
   * binary search each, the old list copied around them in slices.
   */
  toBuffer(bytes: number): Buffer {
    const extra = [...this.added].sort();
    if (!this.base.length) return sortedIds(extra, bytes, 'blob id');
    if (bytes !== this.width) throw new Error(`blob ids of ${this.width} and ${bytes} bytes in one state`);
    const out = Buffer.alloc(this.base.length + extra.length * bytes);
    let [from, o] = [0, 0];
    for (const hex of extra) {
      if (hex.length !== bytes * 2) throw new Error(`blob id ${hex} is not ${bytes} bytes`);
      const key = Buffer.from(hex, 'hex');
      const at = this.insertionPoint(key) * bytes;
      o += this.base.copy(out, o, from, at);
      o += key.copy(out, o);
      from = at;
    }
    this.base.copy(out, o, from);
    return out;
  }

  /** How many ids of the old list sort before `key`. */
  private insertionPoint(key: Buffer): number {
    const w = this.width;
    let [lo, hi] = [0, this.base.length / w];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.base.compare(key, 0, w, mid * w, mid * w + w) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A match as the state keeps it: everything a finding shows but the secret. */
export interface StoredMatch {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secretHash: string;
  redacted: string;
  lineText: string;
  decodedFrom?: string;
  confidence: Confidence;
  example?: boolean;
  reasons?: string[];
  /** The entry of the zip archive the blob is, when the match is in one (`lib/a.jar!/key.pem`'s `key.pem`). */
  entry?: string;
}

export interface StoredBlob {
  /** The path the blob was read at. */
  path: string;
  matches: StoredMatch[];
}

/**
 * An attributed finding as the state keeps it: what a report shows, never the secret (nor the
 * raw line); the rule's name, tags and severity come from the rules, which the digest pins.
 */
export interface StoredFinding {
  match: StoredMatch;
  file: string;
  fingerprint: string;
  blob?: string;
  commit?: CommitInfo;
  otherOccurrences?: number;
  attribution?: { time: number; order: number };
  /**
   * When commits of one second on different lines of history introduced the secret first: the
   * finding at each one's first place (this one among them), to choose between again when new
   * commits change their topological positions (src/scan/ties.ts).
   */
  contenders?: StoredFinding[];
}

export interface StateRecord {
  digest: Buffer;
  complete: boolean;
  /** Blob ids. */
  scanned: IdSet;
  /** The ids of the blobs that had matches, looked up in place (no segment parsed). */
  matchedIds: IdSet;
  /** The segments holding the stored matches, as the file has them (copied on as they are). */
  segments: readonly Buffer[];
  /** The blobs that had matches, and those matches (all segments parsed when first asked for). */
  readonly matched: Map<string, StoredBlob>;
  /** Hex fingerprints (32 digits) the last complete run reported. */
  reported: Set<string>;
  /** All-refs scans: what the last complete run's history looked like (src/scan/incremental.ts). */
  history?: HistoryCache;
  /** With `history`: the findings that run attributed, before allowlists and baselines. */
  attributed?: StoredFinding[];
}

/** The incremental cache's matched blobs and introductions as one segment states them. */
export interface RecordPart {
  /** true: replaces what earlier segments said; false: adds to it (new blobs only). */
  base: boolean;
  live: string[];
  intros: HistoryCache['intros'];
}

/** What `serializeState` writes: the old segments as they are, and at most one new one. */
export interface StateWrite {
  digest: Buffer;
  complete: boolean;
  scanned: IdSet;
  /** Every blob with matches, old and new. */
  matchedIds: IdSet;
  segments: readonly Buffer[];
  /** The new segment's blobs. */
  added: ReadonlyMap<string, StoredBlob>;
  /** The new segment's history record. */
  record?: RecordPart;
  reported: Set<string>;
  history?: Pick<HistoryCache, 'key' | 'tips' | 'commits' | 'orphans'>;
  attributed?: StoredFinding[];
}

type MatchTuple = [
  string,
  number,
  number,
  number,
  number,
  string,
  string,
  string,
  string | null,
  Confidence,
  0 | 1,
  string[] | null,
  string?,
];

function toTuple(m: StoredMatch): MatchTuple {
  return [
    m.ruleId,
    m.line,
    m.column,
    m.endLine,
    m.endColumn,
    m.secretHash,
    m.redacted,
    m.lineText,
    m.decodedFrom ?? null,
    m.confidence,
    m.example ? 1 : 0,
    m.reasons?.length ? m.reasons : null,
    ...(m.entry !== undefined ? [m.entry] : []),
  ] as MatchTuple;
}

function fromTuple(t: unknown): StoredMatch {
  if (!Array.isArray(t) || (t.length !== 12 && t.length !== 13)) throw new StateProblem('a stored match is malformed');
  const [
    ruleId,
    line,
    column,
    endLine,
    endColumn,
    secretHash,
    redacted,
    lineText,
    decoded,
    confidence,
    example,
    reasons,
    entry,
  ] = t as unknown[];
  const decodedFrom = decoded === null ? undefined : decoded;
  const numbers = [line, column, endLine, endColumn];
  if (
    typeof ruleId !== 'string' ||
    numbers.some((n) => typeof n !== 'number') ||
    typeof secretHash !== 'string' ||
    typeof redacted !== 'string' ||
    typeof lineText !== 'string' ||
    (decodedFrom !== undefined && typeof decodedFrom !== 'string') ||
    !(CONFIDENCES as readonly unknown[]).includes(confidence) ||
    (example !== 0 && example !== 1) ||
    (reasons !== null && !(Array.isArray(reasons) && reasons.every((r) => typeof r === 'string'))) ||
    (entry !== undefined && (typeof entry !== 'string' || entry === ''))
  )
    throw new StateProblem('a stored match is malformed');
  return {
    ruleId,
    line: line as number,
    column: column as number,
    endLine: endLine as number,
    endColumn: endColumn as number,
    secretHash,
    redacted,
    lineText,
    ...(decodedFrom !== undefined ? { decodedFrom: decodedFrom as string } : {}),
    confidence: confidence as Confidence,
    ...(example === 1 ? { example: true } : {}),
    ...(reasons !== null ? { reasons: reasons as string[] } : {}),
    ...(entry !== undefined ? { entry: entry as string } : {}),
  };
}

type CommitTuple = [string, string, string, string, string];
type FindingTuple = [
  MatchTuple,
  string,
  string,
  string | null,
  CommitTuple | null,
  number | null,
  [number, number] | null,
  FindingTuple[] | null,
];

function toFindingTuple(f: StoredFinding): FindingTuple {
  const c = f.commit;
  return [
    toTuple(f.match),
    f.file,
    f.fingerprint,
    f.blob ?? null,
    c ? [c.sha, c.author, c.email, c.date, c.subject] : null,
    f.otherOccurrences ?? null,
    f.attribution ? [f.attribution.time, f.attribution.order] : null,
    f.contenders?.length ? f.contenders.map((x) => toFindingTuple({ ...x, contenders: [] })) : null,
  ];
}

function fromFindingTuple(t: unknown, nested = false): StoredFinding {
  const bad = (): never => {
    throw new StateProblem('a stored finding is malformed');
  };
  if (!Array.isArray(t) || t.length !== 8) return bad();
  const [match, file, fingerprint, blob, commit, others, attribution, contenders] = t as unknown[];
  // Contenders are one level deep and come with the place they contend for.
  if (contenders !== null && (nested || !Array.isArray(contenders) || !attribution)) return bad();
  const strings = (x: unknown, n: number): boolean =>
    Array.isArray(x) && x.length === n && x.every((y) => typeof y === 'string');
  const numbers = (x: unknown, n: number): boolean =>
    Array.isArray(x) && x.length === n && x.every((y) => typeof y === 'number');
  if (
    typeof file !== 'string' ||
    typeof fingerprint !== 'string' ||
    (blob !== null && typeof blob !== 'string') ||
    (commit !== null && !strings(commit, 5)) ||
    (others !== null && typeof others !== 'number') ||
    (attribution !== null && !numbers(attribution, 2))
  )
    return bad();
  const c = commit as CommitTuple | null;
  const a = attribution as [number, number] | null;
  return {
    match: fromTuple(match),
    file,
    fingerprint,
    ...(blob !== null ? { blob: blob as string } : {}),
    ...(c ? { commit: { sha: c[0], author: c[1], email: c[2], date: c[3], subject: c[4] } } : {}),
    ...(others !== null ? { otherOccurrences: others as number } : {}),
    ...(a ? { attribution: { time: a[0], order: a[1] } } : {}),
    ...(contenders ? { contenders: (contenders as unknown[]).map((x) => fromFindingTuple(x, true)) } : {}),
  };
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

export function serializeState(state: StateWrite): Buffer {
  const any = state.scanned.any() ?? state.matchedIds.any();
  const idBytes = any === undefined ? 20 : any.length / 2;
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(FORMAT_VERSION, 8);
  header.writeUInt32BE(state.complete ? FLAG_COMPLETE : 0, 12);
  state.digest.copy(header, 16);
  header.writeUInt8(idBytes, 48);
  header.writeUInt32BE(state.scanned.size, 52);
  header.writeUInt32BE(state.matchedIds.size, 56);
  header.writeUInt32BE(state.reported.size, 60);
  const h = state.history;
  const first = JSON.stringify({
    history: h
      ? {
          key: h.key,
          tips: h.tips,
          ...(h.commits !== undefined ? { commits: h.commits } : {}),
          ...(h.orphans !== undefined ? { orphans: h.orphans } : {}),
        }
      : null,
    attributed: h && state.attributed ? state.attributed.map(toFindingTuple) : null,
  });
  const segments = [...state.segments];
  if (state.added.size || state.record) {
    const ids = [...state.added.keys()].sort();
    const segment = JSON.stringify({
      blobs: ids.map((id) => [id, state.added.get(id)!.path, state.added.get(id)!.matches.map(toTuple)]),
      record: state.record ?? null,
    });
    segments.push(Buffer.from(segment, 'utf8'));
  }
  const count = Buffer.alloc(4);
  count.writeUInt32BE(segments.length);
  const body = Buffer.concat([
    header,
    state.scanned.toBuffer(idBytes),
    state.matchedIds.toBuffer(idBytes),
    sortedIds(state.reported, FINGERPRINT_BYTES, 'fingerprint'),
    ...withLength(Buffer.from(first, 'utf8')),
    count,
    ...segments.flatMap(withLength),
  ]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(body));
  return Buffer.concat([body, sum]);
}

function withLength(part: Buffer): Buffer[] {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(part.length);
  return [length, part];
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

function readIds(data: Buffer, at: number, count: number, bytes: number): string[] {
  const out: string[] = [];
  let previous = '';
  for (let i = 0; i < count; i++) {
    const hex = data.toString('hex', at + i * bytes, at + (i + 1) * bytes);
    if (hex <= previous) throw new StateProblem('its lists are not sorted');
    out.push(hex);
    previous = hex;
  }
  return out;
}

/** Parses and checks a state file's bytes (magic, version, size, checksum, order). */
export function parseState(data: Buffer, file = 'state'): StateRecord {
  if (data.length === 0) throw new StateProblem('it is empty');
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC))
    throw new StateProblem('not a tokguard state file', true);
  if (data.length < HEADER_BYTES + 4) throw new StateProblem('it is truncated');
  const version = data.readUInt32BE(8);
  if (version !== FORMAT_VERSION) throw new StateProblem(`it has format version ${version}, not ${FORMAT_VERSION}`);
  const idBytes = data.readUInt8(48);
  if (idBytes !== 20 && idBytes !== 32) throw new StateProblem('its object id length is not 20 or 32');
  const [s, m, r] = [data.readUInt32BE(52), data.readUInt32BE(56), data.readUInt32BE(60)];
  const firstAt = HEADER_BYTES + (s + m) * idBytes + r * FINGERPRINT_BYTES;
  const { first, segments } = splitParts(data, firstAt);
  if (crc32(data.subarray(0, data.length - 4)) !== data.readUInt32BE(data.length - 4))
    throw new StateProblem('its checksum does not match (damaged)');
  const scannedAt = HEADER_BYTES;
  const matchedAt = scannedAt + s * idBytes;
  const reportedAt = matchedAt + m * idBytes;
  const head = parseJson(first) as { history?: unknown; attributed?: unknown };
  const scope = historyScope(head?.history);
  const attributed = head?.attributed;
  if (attributed !== null && attributed !== undefined && !Array.isArray(attributed))
    throw new StateProblem('its attributed findings are malformed');
  checkSorted(data, matchedAt, m, idBytes); // now, not on first use
  const matchedBytes = Buffer.from(data.subarray(matchedAt, reportedAt));
  // The record's set grows as a run adds to it; the segments are checked against the file's own.
  const matchedIds = new IdSet(matchedBytes, idBytes);
  const inFile = new IdSet(matchedBytes, idBytes);
  // The stored matches and the rest of the history record: checked and parsed when first needed
  // (the checksum already vouches for the bytes), which a run on an unchanged repository never is.
  let rest: ReturnType<typeof parseSegments> | undefined;
  const parsed = (): ReturnType<typeof parseSegments> => {
    try {
      return (rest ??= parseSegments(segments, inFile, scope !== undefined));
    } catch (e) {
      // Past the checksum, so written so: one clear error, never a guess.
      if (!(e instanceof StateProblem)) throw e;
      throw new UserError(`${file}: the state is damaged (${e.message}); delete it to scan again`);
    }
  };
  return {
    digest: Buffer.from(data.subarray(16, 48)),
    complete: (data.readUInt32BE(12) & FLAG_COMPLETE) !== 0,
    scanned: new IdSet(Buffer.from(data.subarray(scannedAt, matchedAt)), idBytes),
    matchedIds,
    segments,
    get matched() {
      return parsed().matched;
    },
    reported: new Set(readIds(data, reportedAt, r, FINGERPRINT_BYTES)),
    ...(scope
      ? {
          history: {
            ...scope,
            get live() {
              return parsed().live;
            },
            get intros() {
              return parsed().intros;
            },
          },
        }
      : {}),
    ...(scope && Array.isArray(attributed) ? { attributed: attributed.map((t) => fromFindingTuple(t)) } : {}),
  };
}

/** The first part and the segments (views of `data`), with every declared length checked. */
function splitParts(data: Buffer, firstAt: number): { first: Buffer; segments: Buffer[] } {
  const end = data.length - 4; // the checksum
  const short = `it is ${data.length} bytes, less than its parts declare`;
  const part = (at: number): Buffer => {
    if (at + 4 > end) throw new StateProblem(short);
    const to = at + 4 + data.readUInt32BE(at);
    if (to > end) throw new StateProblem(short);
    return data.subarray(at + 4, to);
  };
  if (firstAt + 4 > end) throw new StateProblem(`it is ${data.length} bytes, less than its lists declare`);
  const first = part(firstAt);
  let at = firstAt + 4 + first.length;
  if (at + 4 > end) throw new StateProblem(short);
  const count = data.readUInt32BE(at);
  at += 4;
  const segments: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const segment = part(at);
    segments.push(segment);
    at += 4 + segment.length;
  }
  if (at !== end) throw new StateProblem(`it is ${data.length} bytes, not the ${at + 4} it declares`);
  return { first, segments };
}

/** All segments, merged: later blobs over earlier ones, each history record over or onto the last base. */
function parseSegments(
  segments: readonly Buffer[],
  matchedIds: IdSet,
  wanted: boolean,
): { matched: Map<string, StoredBlob>; live: string[]; intros: HistoryCache['intros'] } {
  const matched = new Map<string, StoredBlob>();
  let live = new Set<string>();
  let intros: HistoryCache['intros'] = {};
  for (const raw of segments) {
    const segment = parseJson(raw) as { blobs?: unknown; record?: unknown };
    for (const [id, blob] of storedBlobs(segment?.blobs)) {
      if (!matchedIds.has(id)) throw new StateProblem('its stored matches do not fit');
      matched.set(id, blob);
    }
    const record = segment?.record;
    if (record === null || record === undefined) continue;
    const { base, live: more, intros: moreIntros } = recordPart(record);
    if (base) [live, intros] = [new Set(), {}];
    for (const id of more) live.add(id);
    intros = Object.assign(intros, moreIntros);
  }
  if (matched.size !== matchedIds.size) throw new StateProblem('its stored matches do not fit');
  if (!wanted) return { matched, live: [], intros: {} };
  return { matched, live: [...live].sort(), intros };
}

function checkSorted(data: Buffer, at: number, count: number, bytes: number): void {
  for (let i = 1; i < count; i++) {
    const here = at + i * bytes;
    // this id (source) against the one before it (target): it must be greater
    if (data.compare(data, here - bytes, here, here, here + bytes) <= 0)
      throw new StateProblem('its lists are not sorted');
  }
}

/** A JSON part of the file. */
function parseJson(part: Buffer): unknown {
  try {
    return JSON.parse(part.toString('utf8'));
  } catch {
    throw new StateProblem('its stored matches do not parse');
  }
}

/** The incremental cache's scope, tips and count, checked for shape (a wrong one is a damaged state). */
function historyScope(v: unknown): Pick<HistoryCache, 'key' | 'tips' | 'commits' | 'orphans'> | undefined {
  if (v === null || v === undefined) return undefined;
  const h = v as Partial<HistoryCache>;
  if (
    typeof h.key !== 'string' ||
    !strings(h.tips) ||
    (h.commits !== undefined && !(Number.isInteger(h.commits) && h.commits >= 0)) ||
    (h.orphans !== undefined && typeof h.orphans !== 'boolean')
  )
    throw new StateProblem('its history record is malformed');
  return {
    key: h.key,
    tips: h.tips!,
    ...(h.commits !== undefined ? { commits: h.commits } : {}),
    ...(h.orphans !== undefined ? { orphans: h.orphans } : {}),
  };
}

function strings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((y) => typeof y === 'string');
}

/** A segment's history record, checked for shape. */
function recordPart(v: unknown): RecordPart {
  const r = v as Partial<RecordPart>;
  if (
    !r ||
    typeof r !== 'object' ||
    typeof r.base !== 'boolean' ||
    !strings(r.live) ||
    !r.intros ||
    typeof r.intros !== 'object'
  )
    throw new StateProblem('its history record is malformed');
  for (const list of Object.values(r.intros))
    if (
      !Array.isArray(list) ||
      !list.every((t) => Array.isArray(t) && t.length === 8 && typeof t[5] === 'number' && typeof t[6] === 'number')
    )
      throw new StateProblem('its history record is malformed');
  return { base: r.base, live: r.live!, intros: r.intros };
}

function storedBlobs(list: unknown): [string, StoredBlob][] {
  if (!Array.isArray(list)) throw new StateProblem('its stored matches do not fit');
  return list.map((entry: unknown) => {
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      typeof entry[1] !== 'string' ||
      !Array.isArray(entry[2])
    )
      throw new StateProblem('its stored matches are malformed');
    return [entry[0], { path: entry[1], matches: (entry[2] as unknown[]).map(fromTuple) }];
  });
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
  const empty: StateRecord = {
    digest,
    complete: false,
    scanned: new IdSet(),
    matchedIds: new IdSet(),
    segments: [],
    matched: new Map(),
    reported: new Set(),
  };
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
    record = parseState(data, file);
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
 * previous run's fingerprints kept), the complete record at the end. The old segments are
 * copied on as they are, and what this run added goes into one new segment, unless this run
 * parsed them anyway (or there are many): then they are written back as one.
 */
export class StateRecorder {
  private readonly scanned: IdSet;
  private readonly matchedIds: IdSet;
  /** The matches this run recorded. */
  private readonly added = new Map<string, StoredBlob>();
  /** The old stored matches and this run's, once something needed them all. */
  private all: Map<string, StoredBlob> | undefined;
  /** This run added to what the file holds (a blob scanned, or matches recorded). */
  private grown = false;
  private sinceCheckpoint = 0;
  private readonly every = checkpointBlobs();
  private lastCheckpoint = performance.now();
  /** Blobs made of several chunks, some of which are recorded: the matches so far, the chunks to come. */
  private readonly partial = new Map<string, { left: number; matches: StoredMatch[] }>();
  /** Blobs with matches this run did not read: their stored matches stand in (see `reused`). */
  private readonly reusedIds: string[] = [];
  /** Blobs the previous record let this run skip. */
  skipped = 0;
  /** This run listed only objects the previous run's tips do not reach. */
  incremental = false;
  /**
   * What this run's history looked like, once attribution is done (written by `finish`): the
   * whole record, or (`nextRecord` with `base: false`) what to add to the previous one.
   */
  nextHistory: Pick<HistoryCache, 'key' | 'tips' | 'commits' | 'orphans'> | undefined;
  nextRecord: RecordPart | undefined;
  /** The findings this run attributed, before allowlists (written with `nextHistory`). */
  nextAttributed: StoredFinding[] | undefined;
  /** This run reported the previous run's attributed findings as they were (nothing moved). */
  unchanged = false;

  constructor(
    private readonly file: string,
    private readonly loaded: LoadedState,
  ) {
    this.scanned = loaded.previous.scanned;
    this.matchedIds = loaded.previous.matchedIds;
  }

  /** Every stored match, old and new (parses the old segments). */
  private get matched(): Map<string, StoredBlob> {
    if (!this.all) {
      this.all = new Map(this.loaded.previous.matched);
      for (const [id, blob] of this.added) this.all.set(id, blob);
    }
    return this.all;
  }

  /** The blobs to read: those not scanned before. */
  readonly select = (oid: string): boolean => {
    if (!this.scanned.has(oid)) return true;
    this.skipped++;
    if (this.matchedIds.has(oid)) this.reusedIds.push(oid);
    return false;
  };

  /**
   * A blob has been matched (or set aside for its content: no matches). A blob the source made
   * `parts` chunks of (a zip archive and its entries) is recorded once all of them are, so that
   * a checkpoint never holds it as scanned with only some of its matches.
   */
  readonly record = (oid: string, path: string, matches: readonly StoredMatch[], parts = 1): void => {
    if (parts > 1) {
      let pending = this.partial.get(oid);
      if (!pending) this.partial.set(oid, (pending = { left: parts, matches: [] }));
      pending.matches.push(...matches);
      if (--pending.left > 0) return;
      this.partial.delete(oid);
      matches = pending.matches;
    }
    if (this.scanned.add(oid)) {
      this.sinceCheckpoint++;
      this.grown = true;
    }
    if (matches.length) {
      const blob = { path, matches: [...matches] };
      this.added.set(oid, blob);
      this.all?.set(oid, blob);
      this.matchedIds.add(oid);
      this.grown = true;
    }
    if (
      this.sinceCheckpoint >= this.every ||
      (this.sinceCheckpoint > 0 && performance.now() - this.lastCheckpoint >= CHECKPOINT_MS)
    )
      this.checkpoint();
  };

  /** How many listed blobs with stored matches this run did not read. */
  get reusedCount(): number {
    return this.reusedIds.length;
  }

  /** The stored matches of the listed blobs this run did not read, by blob id. */
  reused(): [string, StoredBlob][] {
    return this.reusedIds.map((id) => [id, this.matched.get(id)!]);
  }

  /** A blob's stored matches. */
  stored(oid: string): StoredBlob | undefined {
    return this.matched.get(oid);
  }

  /** The ids of every blob with stored matches from earlier runs or this one (nothing parsed). */
  matchedBlobIds(): string[] {
    return this.matchedIds.ids();
  }

  private write(
    complete: boolean,
    reported: Set<string>,
    history: StateWrite['history'],
    record: RecordPart | undefined,
    attributed: StoredFinding[] | undefined,
  ): void {
    const previous = this.loaded.previous;
    const compact = this.all !== undefined || previous.segments.length >= MAX_SEGMENTS;
    let segments = previous.segments;
    let added: ReadonlyMap<string, StoredBlob> = this.added;
    if (compact) {
      [segments, added] = [[], this.matched];
      // One segment says it all: the history record in full.
      if (history && (!record || !record.base)) record = fullRecord(previous.history, record);
    }
    writeAtomic(
      this.file,
      serializeState({
        digest: previous.digest,
        complete,
        scanned: this.scanned,
        matchedIds: this.matchedIds,
        segments,
        added,
        ...(history && record ? { record } : {}),
        reported,
        ...(history ? { history } : {}),
        ...(history && attributed ? { attributed } : {}),
      }),
    );
  }

  /** A killed run resumes from the previous run's history record: it describes what is in `scanned`. */
  private checkpoint(): void {
    const previous = this.loaded.previous;
    this.write(false, previous.reported, previous.history, undefined, previous.attributed);
    this.sinceCheckpoint = 0;
    this.lastCheckpoint = performance.now();
  }

  /**
   * The scan finished: the complete record, with the fingerprints it reported. Not rewritten when
   * it would say what the file already says (an unchanged repository).
   */
  finish(fingerprints: Iterable<string>): void {
    const reported = new Set(fingerprints);
    const previous = this.loaded.previous;
    const same =
      this.loaded.trusted &&
      previous.complete &&
      !this.grown &&
      reported.size === previous.reported.size &&
      [...reported].every((f) => previous.reported.has(f)) &&
      (this.unchanged || (!this.nextHistory && !previous.history));
    if (!same) this.write(true, reported, this.nextHistory, this.nextRecord, this.nextAttributed);
  }

  /**
   * The last complete run's attributed findings, when its record can stand in for this run's
   * history (nothing moved since): reported as they are, without attributing anything again.
   */
  get attributed(): StoredFinding[] | undefined {
    return this.loaded.trusted && this.loaded.previous.complete ? this.loaded.previous.attributed : undefined;
  }

  /** The previous run's history record, when the state could be trusted. */
  get history(): HistoryCache | undefined {
    return this.loaded.trusted ? this.loaded.previous.history : undefined;
  }

  /** Fingerprints the last complete run reported (empty when there was none to trust). */
  get previouslyReported(): ReadonlySet<string> {
    return this.loaded.previous.reported;
  }

  get trusted(): boolean {
    return this.loaded.trusted;
  }
}

/** The previous record with `more` added to it (new blobs only), as a base of its own. */
function fullRecord(previous: HistoryCache | undefined, more: RecordPart | undefined): RecordPart {
  const live = new Set(previous?.live ?? []);
  for (const id of more?.live ?? []) live.add(id);
  return { base: true, live: [...live].sort(), intros: { ...(previous?.intros ?? {}), ...(more?.intros ?? {}) } };
}
