import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { CommitInfo } from '../report/finding.js';
import type { Chunk } from './chunk.js';
import { isLfsPointer, looksBinary } from './chunk.js';
import { catFileBatch, type CatFileRequest } from './git/cat-file.js';
import { git, gitFailure, runGit, spawnFailure, spawnGit, waitForExit } from './git/exec.js';
import { decodeGitPath, splitNul } from './git/paths.js';
import { gitPathFilter } from './git/path-filter.js';
import type { SourceStats } from './chunk.js';

/**
 * `tokguard scan --history`: every unique blob reachable from the chosen revisions is read once
 * through one `git cat-file --batch` stream and matched; only blobs that hold findings are then
 * attributed to the commits and paths that introduced them (`introductions`; the folding of
 * findings onto those commits is src/scan/attribute.ts).
 *
 *   git rev-list --objects <revs> ─fd─▶ git cat-file --batch-check (type, size, path)
 *        ─▶ filter (blobs, size) ─▶ git cat-file --batch ─▶ chunks ─▶ matcher
 */

export interface HistoryOptions {
  /** Only what is reachable from this ref (default: all refs). */
  branch?: string;
  /** Only what the commits after this revision added (`REV..HEAD`, or `REV..<branch>`). */
  since?: string;
  /** Only what the commits in `A..B` added. */
  range?: string;
  maxFileSize: number;
  /** Globs on the blob's path (as `git rev-list` names it). */
  include?: string[];
  exclude?: string[];
}

export interface HistoryScan {
  chunks: AsyncIterable<Chunk>;
  /**
   * For each of these blobs, the commits (and paths) that introduced it: from the pass that ran
   * beside the scan when there was one, else from `git log --find-object` now.
   */
  introductions(blobs: string[]): Promise<ReadonlyMap<string, readonly Introduction[]>>;
  /** Commits in the scanned revisions (known once the chunks have been read). */
  readonly commits: number;
  /** Blobs matched (unique, after skips). */
  readonly blobs: number;
  /** Enough history that the scan will certainly want worker threads (start them at once). */
  readonly large: boolean;
  readonly notes: string[];
}

/**
 * Packs this large hold far more blob content than the worker pool's threshold (a few MB):
 * source compresses several times over, and a pack stores most versions as deltas.
 */
const LARGE_PACK_BYTES = 2 * 1024 * 1024;

/** Total size of the pack files in `dir` (0 if there are none). */
async function packBytes(dir: string): Promise<number> {
  try {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.pack'));
    const sizes = await Promise.all(names.map(async (n) => (await stat(path.join(dir, n))).size));
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

interface BlobMeta {
  path: string;
}

export async function openHistory(target: string, options: HistoryOptions, stats: SourceStats): Promise<HistoryScan> {
  const cwd = target;
  try {
    const st = await stat(target);
    if (!st.isDirectory()) throw new UserError(`${target}: --history needs a repository directory, not a file`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${target}: no such file or directory`);
  }

  const revs = revisionArgs(options);
  const [probe, version] = await Promise.all([
    runGit(['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--git-path', 'objects/pack'], cwd),
    runGit(['version'], cwd),
  ]);
  if (probe.code !== 0) throw gitFailure(['rev-parse'], probe.stderr, target);
  const [, shallow, packDir] = probe.stdout.toString('utf8').trim().split('\n');
  const notes: string[] = [];
  if (shallow === 'true')
    notes.push(
      'This is a shallow clone: commits before its depth were not scanned (git fetch --unshallow to scan them).',
    );
  const typeFilter = gitAtLeast(version.stdout.toString('utf8'), 2, 32);

  // Counting commits walks the whole history. A revision the user named is checked by it
  // first; for all refs there is nothing to check, so the count runs beside the scan.
  const counting = runGit(['rev-list', '--count', ...revs, '--'], cwd);
  if (revs[0] !== '--all') {
    const counted = await counting;
    if (counted.code !== 0) throw revisionError(counted.stderr, options);
  }
  const large = packDir !== undefined && (await packBytes(path.resolve(cwd, packDir))) >= LARGE_PACK_BYTES;

  const wanted = await gitPathFilter(options.include, options.exclude);
  // Started once the blob stream is flowing, not with it: on two cores, git's start-up and
  // the workers' boot compete for the same CPU as the log pass.
  let early: EarlyIntroductions | undefined;
  const submodules = new Set<string>();
  const state = { commits: 0, blobs: 0 };
  let missing = 0;

  async function* listBlobs(): AsyncGenerator<CatFileRequest<BlobMeta>> {
    const revListArgs = [
      'rev-list',
      '--objects',
      '--missing=print',
      ...(typeFilter ? ['--filter=object:type=blob'] : []),
      ...revs,
      '--',
    ];
    const revList = spawnGit(revListArgs, cwd);
    const revListDone = waitForExit(revList, revListArgs, cwd);
    revListDone.catch(() => {});
    const checkArgs = ['cat-file', '--buffer', '--batch-check=%(objecttype) %(objectname) %(objectsize) %(rest)'];
    const check = spawnGit(checkArgs, cwd, { stdio: [revList.stdout!, 'pipe', 'pipe'] });
    revList.stdout!.destroy(); // the child has its own copy of the pipe
    const checkDone = waitForExit(check, checkArgs, cwd);
    checkDone.catch(() => {});
    let ok = false;
    try {
      for await (const line of byteLines(check.stdout! as AsyncIterable<Buffer>)) {
        // "<type> <oid> <size> <path>", or "<input> missing" (a `?oid` line from rev-list).
        const s1 = line.indexOf(0x20);
        const s2 = line.indexOf(0x20, s1 + 1);
        if (s1 < 0) continue;
        const type = line.toString('latin1', 0, s1);
        if (type !== 'blob') {
          if (s2 < 0 && line.toString('latin1', s1 + 1) === 'missing') missing++;
          continue;
        }
        const s3 = line.indexOf(0x20, s2 + 1);
        const oid = line.toString('latin1', s1 + 1, s2);
        const size = Number(line.toString('latin1', s2 + 1, s3 < 0 ? line.length : s3));
        const path = s3 < 0 ? '' : decodeGitPath(line.subarray(s3 + 1));
        if (wanted && !wanted(path)) continue;
        if (size > options.maxFileSize) {
          stats.skipped['too-large']++;
          continue;
        }
        yield { oid, meta: { path } };
      }
      await revListDone;
      await checkDone;
      ok = true;
    } finally {
      if (!ok) {
        if (revList.exitCode === null) revList.kill();
        if (check.exitCode === null) check.kill();
      }
    }
  }

  async function* chunks(): AsyncGenerator<Chunk> {
    let completed = false;
    try {
      for await (const obj of catFileBatch(cwd, listBlobs(), { maxSize: options.maxFileSize })) {
        if (!obj.data) {
          if (obj.type === 'missing') missing++;
          else stats.skipped['too-large']++;
          continue;
        }
        const { data } = obj;
        if (obj.meta.path === '.gitmodules') for (const p of submodulePaths(data)) submodules.add(p);
        if (looksBinary(data)) {
          stats.skipped.binary++;
          continue;
        }
        if (isLfsPointer(data)) {
          stats.skipped['lfs-pointer']++;
          continue;
        }
        stats.files++;
        stats.bytes += data.length;
        state.blobs++;
        if (!early && stats.bytes >= EARLY_PASS_AFTER_BYTES) early = startIntroductions(cwd, revs);
        yield { path: obj.meta.path, data, source: 'history', blob: obj.oid };
      }
      const counted = await counting;
      state.commits = counted.code === 0 ? Number(counted.stdout.toString('utf8').trim()) || 0 : 0;
      completed = true;
    } catch (e) {
      throw e instanceof UserError ? e : spawnFailure(e);
    } finally {
      if (!completed) early?.cancel();
    }
    if (submodules.size) {
      stats.skipped.submodule += submodules.size;
      const list = [...submodules].sort();
      notes.push(
        `Submodules are not followed: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''} (scan each one on its own).`,
      );
    }
    if (missing) {
      stats.skipped.unreadable += missing;
      notes.push(
        `${missing} object${missing === 1 ? ' is' : 's are'} missing from this repository (a partial clone?) and were not scanned.`,
      );
    }
  }

  return {
    chunks: chunks(),
    introductions: async (blobs) => {
      if (!blobs.length) {
        early?.cancel();
        return new Map();
      }
      return (await early?.result) ?? (await findIntroductions(cwd, revs, blobs));
    },
    get commits() {
      return state.commits;
    },
    get blobs() {
      return state.blobs;
    },
    large,
    notes,
  };
}

/** The revisions the scan covers, as rev-list arguments. */
export function revisionArgs(options: Pick<HistoryOptions, 'branch' | 'since' | 'range'>): string[] {
  for (const [flag, v] of [
    ['--branch', options.branch],
    ['--since', options.since],
    ['--range', options.range],
  ] as const) {
    if (v !== undefined && (v === '' || v.startsWith('-') || /[\0\n]/.test(v)))
      throw new UserError(`${flag}: not a revision: "${v}"`);
  }
  if (options.range !== undefined) {
    if (options.since !== undefined || options.branch !== undefined)
      throw new UserError('--range cannot be combined with --since or --branch');
    if (!options.range.includes('..')) throw new UserError(`--range: expected A..B, got "${options.range}"`);
    return [options.range];
  }
  if (options.since !== undefined) return [`${options.since}..${options.branch ?? 'HEAD'}`];
  if (options.branch !== undefined) return [options.branch];
  return ['--all'];
}

function revisionError(stderr: string, options: HistoryOptions): UserError {
  const m = /ambiguous argument '([^']*)'|bad revision '([^']*)'|Invalid revision range ([^\s]+)/.exec(stderr);
  if (m) {
    const what = m[1] ?? m[2] ?? m[3];
    const flag =
      options.range !== undefined
        ? '--range'
        : options.since !== undefined && what?.includes(options.since)
          ? '--since'
          : '--branch';
    if (what === 'HEAD' || what?.endsWith('..HEAD'))
      return new UserError(`${flag}: the repository has no commits on HEAD yet`);
    return new UserError(`${flag}: unknown revision "${what}"`);
  }
  return gitFailure(['rev-list'], stderr, '.');
}

function gitAtLeast(versionText: string, major: number, minor: number): boolean {
  const m = /git version (\d+)\.(\d+)/.exec(versionText);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > major || (a === major && b >= minor);
}

/** Lines of a byte stream, without decoding. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer | undefined;
  for await (const piece of stream) {
    const buf = rest ? Buffer.concat([rest, piece]) : piece;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      yield buf.subarray(start, nl);
      start = nl + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : undefined;
  }
  if (rest?.length) yield rest;
}

/** `path = x` entries of a .gitmodules file. */
export function submodulePaths(data: Buffer): string[] {
  const out: string[] = [];
  for (const m of data.toString('utf8').matchAll(/^\s*path\s*=\s*(.+?)\s*$/gm)) out.push(m[1]!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Attribution

/** A commit whose tree gained a blob, and the path it gained it at. */
export interface Introduction {
  readonly commit: CommitInfo;
  /** Committer time, for picking the earliest. */
  readonly time: number;
  /** Position in `git log --topo-order` output: larger is older. */
  readonly order: number;
  readonly path: string;
}

/**
 * An introduction whose path is decoded only if it is read (most never are: only findings'
 * blobs). The bytes are kept as a latin1 string: a byte a character, and no reference to the
 * 64 KB read buffer they came in.
 */
class LazyPathIntroduction implements Introduction {
  private decoded: string | undefined;
  constructor(
    readonly commit: CommitInfo,
    readonly time: number,
    readonly order: number,
    private readonly bytes: string,
  ) {}
  get path(): string {
    return (this.decoded ??= decodeGitPath(Buffer.from(this.bytes, 'latin1')));
  }
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
const EARLY_PASS_AFTER_BYTES = 16 * 1024 * 1024;

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
  readonly found = new Map<string, Introduction[]>();
  entries = 0;
  private commit: CommitInfo | undefined;
  private time = 0;
  private order = 0;
  /** After a raw entry, the next token is its path: the blob to record it for, or null to skip it. */
  private pathFor: string | null | undefined;

  /** @param wanted only these blobs (undefined: every blob). */
  constructor(private readonly wanted?: ReadonlySet<string>) {}

  /** Starts a new `git log` run: a path token cannot carry over from the previous one. */
  reset(): void {
    this.commit = undefined;
    this.pathFor = undefined;
  }

  feed(raw: Buffer): void {
    if (this.pathFor !== undefined) {
      const oid = this.pathFor;
      this.pathFor = undefined;
      if (oid === null || !this.commit) return;
      let list = this.found.get(oid);
      if (!list) this.found.set(oid, (list = []));
      list.push(new LazyPathIntroduction(this.commit, this.time, this.order, raw.toString('latin1')));
      this.entries++;
      return;
    }
    const t = raw[0] === 0x0a ? raw.subarray(1) : raw;
    if (!t.length) return;
    if (t[0] === 0x01) {
      const [sha, author, email, date, ct, ...subject] = t.subarray(1).toString('utf8').split('\x02');
      this.commit = {
        sha: sha!,
        author: author ?? '',
        email: email ?? '',
        date: date ?? '',
        subject: subject.join('\x02'),
      };
      this.time = Number(ct) || 0;
      this.order++;
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

/** For each blob, the commits (and paths) that introduced it (see IntroductionCollector). */
export async function findIntroductions(
  cwd: string,
  revs: string[],
  blobs: string[],
): Promise<Map<string, Introduction[]>> {
  if (!blobs.length) return new Map();
  const collector = new IntroductionCollector(new Set(blobs));
  // With many blobs, one unfiltered pass costs less than several filtered ones.
  const runs: string[][] = blobs.length > FIND_OBJECTS_PER_RUN * 3 ? [[]] : [];
  if (!runs.length)
    for (let i = 0; i < blobs.length; i += FIND_OBJECTS_PER_RUN)
      runs.push(blobs.slice(i, i + FIND_OBJECTS_PER_RUN).map((b) => `--find-object=${b}`));
  for (const extra of runs) {
    collector.reset();
    for (const t of splitNul(await git(logArgs(revs, extra), cwd))) collector.feed(t);
  }
  return collector.found;
}

export interface EarlyIntroductions {
  /** Every blob's introductions, or undefined if the pass failed or grew past its bound. */
  result: Promise<Map<string, Introduction[]> | undefined>;
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
  const result = (async (): Promise<Map<string, Introduction[]> | undefined> => {
    const exited = waitForExit(child, args, cwd);
    exited.catch(() => {});
    let rest: Buffer | undefined;
    try {
      for await (const piece of child.stdout! as AsyncIterable<Buffer>) {
        if (gaveUp) break;
        const buf = rest ? Buffer.concat([rest, piece]) : piece;
        let start = 0;
        for (let end = buf.indexOf(0, start); end >= 0; end = buf.indexOf(0, start)) {
          collector.feed(buf.subarray(start, end));
          start = end + 1;
        }
        rest = start < buf.length ? buf.subarray(start) : undefined;
        if (collector.entries > EARLY_PASS_MAX_ENTRIES) {
          cancel();
          break;
        }
      }
      if (gaveUp) return undefined;
      if (rest?.length) collector.feed(rest);
      await exited;
      return collector.found;
    } catch {
      cancel();
      return undefined; // the scan attributes its findings itself, and reports a failure then
    }
  })();
  return { result, cancel };
}
