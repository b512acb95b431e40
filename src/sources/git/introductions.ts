/**
 * Which commits introduced a blob: `git log -z --raw -c` over the scanned revisions, read token
 * by token. A history scan asks only for its findings' blobs (src/scan/attribute.ts folds the
 * findings onto the earliest commit), or runs the whole pass beside the scan when the history
 * is large enough to be worth it.
 */
import type { CommitInfo } from '../../report/finding.js';
import type { ChildProcess } from 'node:child_process';
import { git, spawnGit, waitForExit } from './exec.js';
import { decodeGitPath } from './paths.js';

/** A commit whose tree gained a blob, and the path it gained it at. */
export interface Introduction {
  readonly commit: CommitInfo;
  /** Committer time, for picking the earliest. */
  readonly time: number;
  /** Position in `git log --topo-order` output: larger is older. */
  readonly order: number;
  readonly path: string;
}

/** An introduction whose path is decoded only if it is read (most never are: only findings' blobs). */
class LazyPathIntroduction implements Introduction {
  private decoded: string | undefined;
  constructor(
    readonly commit: CommitInfo,
    readonly time: number,
    readonly order: number,
    /** The path's bytes, a byte a character. */
    private readonly bytes: string,
  ) {}
  get path(): string {
    return (this.decoded ??= decodeGitPath(Buffer.from(this.bytes, 'latin1')));
  }
}

/**
 * Every blob introduction a pass saw, kept compactly: the early pass records all of a history's
 * (a million at most) while only the few blobs with findings are ever asked about. An entry is
 * its blob id (binary) in one buffer, and a commit and a path by number; a commit is its `git log`
 * header line, read into a CommitInfo only for blobs asked about. About 60 bytes an entry, where
 * an object per entry, its strings and a map keyed by blob id took 530: peak memory no longer
 * grows by half a kilobyte per blob of history.
 */
export class IntroductionTable {
  private oidWidth = 0;
  private oids = Buffer.alloc(0);
  private entryCommit = new Int32Array(0);
  private entryPath = new Int32Array(0);
  private count = 0;
  /**
   * Headers only of commits with an entry: asked about a few blobs, a pass sees every commit of
   * the history and would otherwise keep a string for each.
   */
  private readonly headers: string[] = [];
  /** For each commit seen, its header's index in `headers` plus one (0: none kept). */
  private headerOf = new Int32Array(1024);
  private lastHeader: string | undefined;
  private readonly times: number[] = [];
  private readonly pathIds = new Map<string, number>();
  private readonly paths: string[] = [];

  get entries(): number {
    return this.count;
  }

  /** A commit's header (`sha\x02author\x02email\x02date\x02ct\x02subject`); its number is its order. */
  addCommit(header: string, time: number): number {
    this.lastHeader = header;
    return this.times.push(time);
  }

  /** `path` is the path's bytes, a byte a character; `commit` is the last one added. */
  add(oid: string, commit: number, path: string): void {
    if (this.lastHeader !== undefined) {
      if (commit >= this.headerOf.length) {
        const grown = new Int32Array(Math.max(commit + 1, this.headerOf.length * 2));
        grown.set(this.headerOf);
        this.headerOf = grown;
      }
      this.headerOf[commit] = this.headers.push(this.lastHeader);
      this.lastHeader = undefined;
    }
    this.oidWidth ||= oid.length / 2;
    if (this.count === this.entryCommit.length) this.grow();
    let id = this.pathIds.get(path);
    if (id === undefined) {
      id = this.paths.push(path) - 1;
      this.pathIds.set(path, id);
    }
    this.oids.write(oid, this.count * this.oidWidth, this.oidWidth, 'hex');
    this.entryCommit[this.count] = commit;
    this.entryPath[this.count] = id;
    this.count++;
  }

  private grow(): void {
    const size = Math.max(1024, this.entryCommit.length * 2);
    const commits = new Int32Array(size);
    commits.set(this.entryCommit);
    this.entryCommit = commits;
    const paths = new Int32Array(size);
    paths.set(this.entryPath);
    this.entryPath = paths;
    const oids = Buffer.alloc(size * this.oidWidth);
    this.oids.copy(oids);
    this.oids = oids;
  }

  /** The introductions of these blobs (all blobs when undefined), in the order the pass saw them. */
  pick(blobs?: Iterable<string>): Map<string, Introduction[]> {
    const wanted = blobs ? new Set(blobs) : undefined;
    const commits = new Map<number, CommitInfo>();
    const out = new Map<string, Introduction[]>();
    const w = this.oidWidth;
    for (let i = 0; i < this.count; i++) {
      const oid = this.oids.toString('hex', i * w, i * w + w);
      if (wanted && !wanted.has(oid)) continue;
      const c = this.entryCommit[i]!;
      let commit = commits.get(c);
      if (!commit) commits.set(c, (commit = commitInfo(this.headers[this.headerOf[c]! - 1]!)));
      let list = out.get(oid);
      if (!list) out.set(oid, (list = []));
      list.push(new LazyPathIntroduction(commit, this.times[c - 1]!, c, this.paths[this.entryPath[i]!]!));
    }
    return out;
  }
}

function commitInfo(header: string): CommitInfo {
  const [sha, author, email, date, , ...subject] = header.split('\x02');
  return { sha: sha!, author: author ?? '', email: email ?? '', date: date ?? '', subject: subject.join('\x02') };
}

const FIND_OBJECTS_PER_RUN = 400;
const LOG_FORMAT = '%x01%H%x02%aN%x02%aE%x02%aI%x02%ct%x02%s';
/**
 * The early attribution pass keeps every blob introduction it sees; past this many it gives up
 * (and the scan attributes only its findings' blobs afterwards), so memory stays bounded on
 * very large histories.
 */
const EARLY_PASS_MAX_ENTRIES = 1_000_000;
/** Histories with less than this much blob content attribute afterwards (a second or less). */
export const EARLY_PASS_AFTER_BYTES = 16 * 1024 * 1024;

function logArgs(revs: string[], extra: string[] = []): string[] {
  return [
    'log',
    ...revs,
    '--topo-order',
    '-z',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '-c',
    '--root',
    '--no-show-signature',
    '--no-ext-diff',
    `--format=${LOG_FORMAT}`,
    ...extra,
    '--',
  ];
}

/**
 * Reads `git log -z --raw -c` output token by token (tokens are NUL-separated) and records, for
 * each blob, the commits (and paths) whose tree gained it: where a diff against the parent, or
 * for a merge against every parent, shows the blob on the new side. Added-then-deleted blobs
 * are found too, since the commit that added them is still in history.
 */
class IntroductionCollector {
  readonly found = new IntroductionTable();
  /** The current commit's number in `found`, 0 before the first. */
  private commit = 0;
  /** After a raw entry, the next token is its path: the blob to record it for, or null to skip it. */
  private pathFor: string | null | undefined;

  /** @param wanted only these blobs (undefined: every blob). */
  constructor(private readonly wanted?: ReadonlySet<string>) {}

  get entries(): number {
    return this.found.entries;
  }

  /** Starts a new `git log` run: a path token cannot carry over from the previous one. */
  reset(): void {
    this.commit = 0;
    this.pathFor = undefined;
  }

  feed(raw: Buffer): void {
    if (this.pathFor !== undefined) {
      const oid = this.pathFor;
      this.pathFor = undefined;
      if (oid === null || !this.commit) return;
      this.found.add(oid, this.commit, raw.toString('latin1'));
      return;
    }
    const t = raw[0] === 0x0a ? raw.subarray(1) : raw;
    if (!t.length) return;
    if (t[0] === 0x01) {
      const header = t.toString('utf8', 1);
      const fields = header.split('\x02', 5);
      this.commit = this.found.addCommit(header, Number(fields[4]) || 0);
      return;
    }
    if (t[0] !== 0x3a /* ':' */) return;
    // ":old new oldOid newOid S" or, for a merge with p parents (-c), p colons, p parent modes,
    // the new mode, p parent oids, the new oid and p status letters. Read in place: this runs
    // for every file of every commit while the blobs are being matched.
    let parents = 0;
    while (t[parents] === 0x3a) parents++;
    let at = parents;
    for (let i = 0; i < parents; i++) at = t.indexOf(0x20, at) + 1; // skip the parents' modes
    const submodule = t.toString('latin1', at, at + 7) === '160000 ';
    const statusAt = t.lastIndexOf(0x20);
    const oidAt = t.lastIndexOf(0x20, statusAt - 1) + 1;
    let deleted = true; // the new oid is all zeros
    for (let i = oidAt; i < statusAt && deleted; i++) deleted = t[i] === 0x30;
    if (submodule || deleted) {
      this.pathFor = null;
      return;
    }
    const newOid = t.toString('latin1', oidAt, statusAt);
    this.pathFor = !this.wanted || this.wanted.has(newOid) ? newOid : null;
  }
}

/**
 * For each blob, the commits (and paths) that introduced it (see IntroductionCollector).
 * `pickaxe: false` when the history has objects missing (a partial clone's gaps): git loads the
 * content of every blob in a diff that `--find-object` filters, and would fail on (or, without
 * GIT_NO_LAZY_FETCH, fetch) the missing ones; the unfiltered pass needs object ids only.
 */
export async function findIntroductions(
  cwd: string,
  revs: string[],
  blobs: string[],
  options: { pickaxe?: boolean; globalOrder?: boolean } = {},
): Promise<Map<string, Introduction[]>> {
  if (!blobs.length) return new Map();
  const collector = new IntroductionCollector(new Set(blobs));
  // With many blobs, one unfiltered pass costs less than several filtered ones.
  const runs: string[][] = blobs.length > FIND_OBJECTS_PER_RUN * 3 || options.pickaxe === false ? [[]] : [];
  if (!runs.length)
    for (let i = 0; i < blobs.length; i += FIND_OBJECTS_PER_RUN)
      runs.push(blobs.slice(i, i + FIND_OBJECTS_PER_RUN).map((b) => `--find-object=${b}`));
  for (const extra of runs) {
    collector.reset();
    const args = logArgs(revs, extra);
    const child = spawnGit(args, cwd);
    const exited = waitForExit(child, args, cwd);
    exited.catch(() => {}); // awaited below, after the output
    await feedRecords(child, (t) => collector.feed(t)).catch((e: unknown) => {
      child.kill();
      throw e;
    });
    await exited;
  }
  const found = collector.found.pick();
  // Each filtered run numbers only the commits it shows: numbers from two runs (or two shards)
  // do not compare until they are positions in the whole history.
  if (options.globalOrder || runs.length > 1) return renumber(found, await topoPositions(cwd, revs));
  return found;
}

/** Each commit's position in `git rev-list --topo-order` (the order `git log` walks): larger is older. */
export async function topoPositions(cwd: string, revs: string[]): Promise<Map<string, number>> {
  const out = (await git(['rev-list', '--topo-order', ...revs, '--'], cwd)).toString('latin1');
  const positions = new Map<string, number>();
  let n = 0;
  for (const sha of out.split('\n')) if (sha) positions.set(sha, ++n);
  return positions;
}

export function renumber(
  found: Map<string, Introduction[]>,
  positions: ReadonlyMap<string, number>,
): Map<string, Introduction[]> {
  const out = new Map<string, Introduction[]>();
  for (const [oid, list] of found)
    out.set(
      oid,
      list.map((i) => ({
        commit: i.commit,
        time: i.time,
        order: positions.get(i.commit.sha) ?? i.order,
        path: i.path,
      })),
    );
  return out;
}

/**
 * Gives `feed` each of git's NUL-terminated records as the output comes: the log of a long
 * history (tens of MB) is never held whole. `stopped` is asked after each read.
 */
async function feedRecords(
  child: ChildProcess,
  feed: (record: Buffer) => void,
  stopped?: () => boolean,
): Promise<void> {
  let rest: Buffer | undefined;
  for await (const piece of child.stdout! as AsyncIterable<Buffer>) {
    if (stopped?.()) return;
    const buf = rest ? Buffer.concat([rest, piece]) : piece;
    let start = 0;
    for (let end = buf.indexOf(0, start); end >= 0; end = buf.indexOf(0, start)) {
      feed(buf.subarray(start, end));
      start = end + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : undefined;
    if (stopped?.()) return;
  }
  if (rest?.length) feed(rest);
}

export interface EarlyIntroductions {
  /** Every blob's introductions, or undefined if the pass failed or grew past its bound. */
  result: Promise<IntroductionTable | undefined>;
  cancel(): void;
}

/**
 * Runs the attribution pass over the whole history while the blobs are being matched, so that
 * when matching ends only a lookup is left. On two cores the log pass (a tree diff per commit)
 * runs beside the matcher on the core the reader leaves idle; afterwards it was 10-15% of a
 * history scan's wall time.
 */
export function startIntroductions(cwd: string, revs: string[]): EarlyIntroductions {
  const collector = new IntroductionCollector();
  const args = logArgs(revs);
  const child = spawnGit(args, cwd);
  let gaveUp = false;
  const cancel = (): void => {
    gaveUp = true;
    if (child.exitCode === null) child.kill();
  };
  const result = (async (): Promise<IntroductionTable | undefined> => {
    const exited = waitForExit(child, args, cwd);
    exited.catch(() => {});
    try {
      const stopped = (): boolean => {
        if (!gaveUp && collector.entries > EARLY_PASS_MAX_ENTRIES) cancel();
        return gaveUp;
      };
      await feedRecords(child, (t) => collector.feed(t), stopped);
      if (gaveUp) return undefined;
      await exited;
      return collector.found;
    } catch {
      cancel();
      return undefined; // the scan attributes its findings itself, and reports a failure then
    }
  })();
  return { result, cancel };
}
