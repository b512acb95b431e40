import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Chunk, SourceStats } from './chunk.js';
import { fileToScan, looksLikeArchive } from './chunk.js';
import { archiveChunks } from './archive-chunks.js';
import { catFileBatch, type CatFileRequest } from './git/cat-file.js';
import { gitFailure, runGit, spawnFailure, spawnGit, waitForExit, type GitResult } from './git/exec.js';
import {
  EARLY_PASS_AFTER_BYTES,
  findIntroductions,
  startIntroductions,
  type EarlyIntroductions,
  type Introduction,
} from './git/introductions.js';
import { decodeGitPath } from './git/paths.js';
import { gitPathFilter } from './git/path-filter.js';

/**
 * `tokguard scan --history`: every unique blob reachable from the chosen revisions is read once
 * through one `git cat-file --batch` stream and matched; only blobs that hold findings are then
 * attributed to the commits and paths that introduced them (`introductions`, from
 * src/sources/git/introductions.ts; the folding of findings onto those commits is
 * src/scan/attribute.ts).
 *
 *   git rev-list --objects <revs> ─fd─▶ git cat-file --batch-check (type, size, path)
 *        ─▶ filter (blobs, size) ─▶ git cat-file --batch ─▶ chunks ─▶ matcher
 *
 * openHistory runs it in stages: check the target, probe the repository (revisions, shallow,
 * git version, pack size), list the blobs, read them as chunks, and note what was set aside.
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
  /**
   * Reads only the blobs this accepts (`--shard`: the shard's ids; `--state`: the ones not
   * scanned before). Decided from the id alone, before anything is read.
   */
  selectBlob?: (oid: string) => boolean;
  /** Told of every blob set aside for its content (binary, LFS pointer): as final as a match. */
  setAside?: (oid: string) => void;
  /**
   * Number the introducing commits by their position in the whole history (`git rev-list
   * --topo-order`), so that attributions made by different processes (shards) compare.
   */
  globalOrder?: boolean;
  /**
   * `--state`: list only the blobs these commits do not reach (what is new since the tips an
   * earlier run saw); commits are still counted over the whole revisions.
   */
  notReachableFrom?: string[];
  /**
   * `--state`: how many commits `notReachableFrom` reaches. The commits it does not reach are
   * then counted from the object listing itself, which walks exactly those, instead of by a
   * `git rev-list --count` of their own (each command that names a few thousand tips costs as
   * much as the listing).
   */
  commitsBefore?: number;
  /** Where to look up introductions when no early pass ran (default: `git log` over the revisions). */
  lookup?: (blobs: string[]) => Promise<ReadonlyMap<string, readonly Introduction[]>>;
}

export interface HistoryScan {
  /**
   * The blobs to match. A chunk's data is valid only until the next chunk is asked for (its
   * memory is used again): a consumer that keeps a chunk copies its bytes.
   */
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

interface MissingObject {
  oid: string;
  path: string;
  /** rev-list printed it as `?oid`: the repository does not have it at all. */
  absent: boolean;
}

/** A path that held `oid` in history (git's listing of a damaged object drops it), or ''. */
async function pathOf(repo: Repository, oid: string): Promise<string> {
  try {
    const found = await findIntroductions(repo.cwd, repo.revs, [oid], { pickaxe: false });
    return found.get(oid)?.[0]?.path ?? '';
  } catch {
    return ''; // only the message loses the path
  }
}

const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag']);

/** What the repository probe found out before any blob is read. */
interface Repository {
  cwd: string;
  revs: string[];
  /** git ≥ 2.32: rev-list can leave out everything but blobs itself. */
  typeFilter: boolean;
  large: boolean;
  /**
   * The commit count (`git rev-list --count`), worked out beside the scan for all refs; or,
   * given the commits the negated tips reach, the listing counts the others (`listed`).
   */
  counting: Promise<number> | { before: number };
}

/** What a history scan learns while its blobs are read. */
interface HistoryState {
  commits: number;
  blobs: number;
  /** Commits the object listing printed (counted only when `Repository.counting` asks it to). */
  listedCommits: number;
  /**
   * Objects git listed but could not read: absent (a partial clone's gap, or damage) or present
   * and corrupt. Told apart once the stream ends (classifyMissing).
   */
  missing: MissingObject[];
  submodules: Set<string>;
  /** The attribution pass, started once the blob stream is flowing on a large enough history. */
  early?: EarlyIntroductions;
  notes: string[];
}

export async function openHistory(target: string, options: HistoryOptions, stats: SourceStats): Promise<HistoryScan> {
  await checkRepositoryDir(target);
  const state: HistoryState = { commits: 0, blobs: 0, listedCommits: 0, missing: [], submodules: new Set(), notes: [] };
  const repo = await probeRepository(target, options, state.notes);
  const wanted = await gitPathFilter(options.include, options.exclude);
  const blobs = listBlobs(repo, wanted, options, stats, state);
  return {
    chunks: historyChunks(repo, blobs, options, stats, state),
    introductions: async (wantedBlobs) => {
      if (!wantedBlobs.length) {
        state.early?.cancel();
        return new Map();
      }
      // The early pass saw every commit, so its numbering is already the whole history's.
      return (
        (await state.early?.result)?.pick(wantedBlobs) ??
        (options.lookup
          ? await options.lookup(wantedBlobs)
          : await findIntroductions(repo.cwd, repo.revs, wantedBlobs, {
              pickaxe: state.missing.length === 0,
              globalOrder: Boolean(options.globalOrder),
            }))
      );
    },
    get commits() {
      return state.commits;
    },
    get blobs() {
      return state.blobs;
    },
    large: repo.large,
    notes: state.notes,
  };
}

export async function checkRepositoryDir(target: string): Promise<void> {
  try {
    const st = await stat(target);
    if (!st.isDirectory()) throw new UserError(`${target}: --history needs a repository directory, not a file`);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${target}: no such file or directory`);
  }
}

/** Revisions, shallowness, git's version and the pack size; a named revision is checked here. */
async function probeRepository(cwd: string, options: HistoryOptions, notes: string[]): Promise<Repository> {
  const revs = revisionArgs(options);
  const [probe, version] = await Promise.all([
    runGit(['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--git-path', 'objects/pack'], cwd),
    runGit(['version'], cwd),
  ]);
  if (probe.code !== 0) throw gitFailure(['rev-parse'], probe.stderr, cwd);
  const [, shallow, packDir] = probe.stdout.toString('utf8').trim().split('\n');
  if (shallow === 'true')
    notes.push(
      'This is a shallow clone: commits before its depth were not scanned (git fetch --unshallow to scan them).',
    );
  const typeFilter = gitAtLeast(version.stdout.toString('utf8'), 2, 32);

  // Counting commits walks the whole history. A revision the user named is checked by it
  // first; for all refs there is nothing to check, so the count runs beside the scan.
  const count = (r: GitResult): number => (r.code === 0 ? Number(r.stdout.toString('utf8').trim()) || 0 : 0);
  let counting: Repository['counting'];
  if (revs[0] === '--all' && options.commitsBefore !== undefined && options.notReachableFrom?.length)
    counting = { before: options.commitsBefore };
  else if (revs[0] !== '--all') {
    const counted = await runGit(['rev-list', '--count', ...revs, '--'], cwd);
    if (counted.code !== 0) throw await revisionError(cwd, counted.stderr, options);
    counting = Promise.resolve(count(counted));
  } else counting = runGit(['rev-list', '--count', ...revs, '--'], cwd).then(count);
  const large = packDir !== undefined && (await packBytes(path.resolve(cwd, packDir))) >= LARGE_PACK_BYTES;
  return { cwd, revs, typeFilter, large, counting };
}

/** The blobs to read: `git rev-list --objects` piped into `git cat-file --batch-check`, filtered. */
async function* listBlobs(
  repo: Repository,
  wanted: ((path: string) => boolean) | undefined,
  options: HistoryOptions,
  stats: SourceStats,
  state: HistoryState,
): AsyncGenerator<CatFileRequest<BlobMeta>> {
  const { cwd } = repo;
  const { maxFileSize, selectBlob } = options;
  // Counting the commits here needs them listed: the type filter would leave them out.
  const countHere = !(repo.counting instanceof Promise);
  const revListArgs = [
    'rev-list',
    '--objects',
    '--missing=print',
    ...(repo.typeFilter && !countHere ? ['--filter=object:type=blob'] : []),
    ...repo.revs,
    ...(options.notReachableFrom?.length ? ['--not', ...options.notReachableFrom] : []),
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
      // "<type> <oid> <size> <path>", or "<input> missing": `?oid` (rev-list found no such
      // object) or `oid path` (it exists, but git could not read its header: corrupt).
      const s1 = line.indexOf(0x20);
      const s2 = line.indexOf(0x20, s1 + 1);
      if (s1 < 0) continue;
      const type = line.toString('latin1', 0, s1);
      if (type === 'commit') state.listedCommits++;
      if (type !== 'blob') {
        if (!OBJECT_TYPES.has(type) && line.toString('latin1', line.length - 8) === ' missing') {
          const absent = type.startsWith('?');
          const rest = s2 < 0 || s1 >= line.length - 8 ? '' : decodeGitPath(line.subarray(s1 + 1, line.length - 8));
          state.missing.push({ oid: absent ? type.slice(1) : type, path: rest, absent });
        }
        continue;
      }
      const s3 = line.indexOf(0x20, s2 + 1);
      const oid = line.toString('latin1', s1 + 1, s2);
      if (selectBlob && !selectBlob(oid)) continue;
      const size = Number(line.toString('latin1', s2 + 1, s3 < 0 ? line.length : s3));
      const path = s3 < 0 ? '' : decodeGitPath(line.subarray(s3 + 1));
      if (wanted && !wanted(path)) continue;
      if (size > maxFileSize) {
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

/** The blobs' content through `git cat-file --batch`, as chunks; binary files and LFS pointers set aside. */
async function* historyChunks(
  repo: Repository,
  blobs: AsyncIterable<CatFileRequest<BlobMeta>>,
  options: HistoryOptions,
  stats: SourceStats,
  state: HistoryState,
): AsyncGenerator<Chunk> {
  const { maxFileSize, setAside } = options;
  let completed = false;
  try {
    // Each chunk's bytes are valid until the next chunk is asked for (see HistoryScan.chunks).
    for await (const obj of catFileBatch(repo.cwd, blobs, { maxSize: maxFileSize, reuse: true })) {
      if (!obj.data) {
        if (obj.type === 'missing') state.missing.push({ oid: obj.oid, path: obj.meta.path, absent: false });
        else stats.skipped['too-large']++;
        continue;
      }
      if (obj.meta.path === '.gitmodules') for (const p of submodulePaths(obj.data)) state.submodules.add(p);
      // An archive's entries are read first: the blob's bytes are reused for the next blob.
      const archive = looksLikeArchive(obj.data)
        ? archiveChunks(obj.data, { path: obj.meta.path, source: 'history', blob: obj.oid }, stats)
        : undefined;
      const entries = archive?.chunks ?? [];
      // A tar read whole: its own text runs would report each entry's findings again.
      const data = archive?.whole ? undefined : fileToScan(obj.data, obj.meta.path, stats.skipped);
      const parts = (data ? 1 : 0) + entries.length;
      if (!parts) {
        setAside?.(obj.oid);
        continue;
      }
      state.blobs++;
      if (data) {
        stats.files++;
        stats.bytes += data.length;
      }
      // Started once the blob stream is flowing, not with it: on two cores, git's start-up and
      // the workers' boot compete for the same CPU as the log pass.
      if (!state.early && stats.bytes >= EARLY_PASS_AFTER_BYTES) state.early = startIntroductions(repo.cwd, repo.revs);
      if (data) yield withParts({ path: obj.meta.path, data, source: 'history', blob: obj.oid }, parts);
      for (const entry of entries) yield withParts(entry, parts);
    }
    state.commits = repo.counting instanceof Promise ? await repo.counting : repo.counting.before + state.listedCommits;
    await classifyMissing(repo, state.missing);
    completed = true;
  } catch (e) {
    throw e instanceof UserError ? e : spawnFailure(e);
  } finally {
    if (!completed) state.early?.cancel();
  }
  noteSetAside(stats, state);
}

/** A chunk of a blob that makes `parts` chunks (an archive and its entries): see Chunk.blobParts. */
function withParts(chunk: Chunk, parts: number): Chunk {
  if (parts > 1) chunk.blobParts = parts;
  return chunk;
}

/** Submodules (not followed) and missing objects, counted and explained once. */
function noteSetAside(stats: SourceStats, state: HistoryState): void {
  if (state.submodules.size) {
    stats.skipped.submodule += state.submodules.size;
    const list = [...state.submodules].sort();
    state.notes.push(
      `Submodules are not followed: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''} (scan each one on its own).`,
    );
  }
  const gaps = state.missing.length;
  if (gaps) {
    stats.skipped.unreadable += gaps;
    state.notes.push(
      `${gaps} object${gaps === 1 ? ' is' : 's are'} missing from this partial clone and ${gaps === 1 ? 'was' : 'were'} not scanned (tokguard never fetches them; scan a full clone to cover them).`,
    );
  }
}

/**
 * An object git listed and could not read is either a partial clone's gap (absent, and the
 * repository has a promisor remote that can supply it: nothing is wrong) or damage: an object
 * that is there but corrupt (a truncated loose object, say), or one that is absent from a
 * repository that is not a partial clone. Damage must not pass as a clean scan, since what the
 * object holds was never matched. `git cat-file -e` says whether the object is there at all; it
 * only looks (and gitEnv's GIT_NO_LAZY_FETCH keeps git 2.44+ from fetching what is absent).
 */
async function classifyMissing(repo: Repository, missing: MissingObject[]): Promise<void> {
  if (!missing.length) return;
  const { cwd } = repo;
  const partial = await isPartialClone(cwd);
  const damaged: { object: MissingObject; corrupt: boolean }[] = [];
  for (const object of missing) {
    const present = !object.absent && (await runGit(['cat-file', '-e', object.oid], cwd)).code === 0;
    if (present || !partial) damaged.push({ object, corrupt: present });
  }
  if (!damaged.length) return;
  const [first] = damaged;
  const { oid } = first!.object;
  const where = first!.object.path || (await pathOf(repo, oid));
  const more =
    damaged.length > 1 ? ` (and ${damaged.length - 1} more damaged object${damaged.length > 2 ? 's' : ''})` : '';
  throw new UserError(
    `history: object ${oid}${where ? ` (${where})` : ''} ${
      first!.corrupt ? 'is corrupt: git cannot read it' : 'is missing, and this repository is not a partial clone'
    }${more}; its content was not scanned. Run "git fsck" to see the damage, and restore the object from another clone.`,
  );
}

/** A partial clone: some remote is a promisor (`git clone --filter=…` sets it), or the old extension. */
async function isPartialClone(cwd: string): Promise<boolean> {
  const r = await runGit(['config', '--get-regexp', '^(remote\\..*\\.promisor|extensions\\.partialclone)$'], cwd);
  if (r.code !== 0) return false;
  return r.stdout
    .toString('utf8')
    .split('\n')
    .some((l) => {
      const [key, value] = [l.slice(0, l.indexOf(' ')).toLowerCase(), l.slice(l.indexOf(' ') + 1).trim()];
      return key === 'extensions.partialclone'
        ? value !== ''
        : key.endsWith('.promisor') && /^(true|yes|on|1)$/i.test(value);
    });
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

/**
 * Which revision git could not resolve. Its message names the whole range (`nope..HEAD`), so each
 * revision the user named is checked on its own, and HEAD last: "unknown revision nope" and "no
 * commits yet" are different problems with different fixes.
 */
async function revisionError(cwd: string, stderr: string, options: HistoryOptions): Promise<UserError> {
  const named: [string, string][] = [];
  if (options.range !== undefined) {
    const [a, b] = options.range.split(/\.{2,3}/);
    for (const rev of [a, b]) if (rev) named.push(['--range', rev]);
  }
  if (options.since !== undefined) named.push(['--since', options.since]);
  if (options.branch !== undefined) named.push(['--branch', options.branch]);
  for (const [flag, rev] of named) {
    if (!(await resolves(cwd, rev))) return new UserError(`${flag}: unknown revision "${rev}"`);
  }
  // `A..` and `..B` leave one side to HEAD, as does --since without --branch.
  const usesHead =
    options.range !== undefined ? options.range.split(/\.{2,3}/).includes('') : options.branch === undefined;
  if (usesHead && !(await resolves(cwd, 'HEAD'))) {
    const flag = options.range !== undefined ? '--range' : options.since !== undefined ? '--since' : '--branch';
    return new UserError(`${flag}: the repository has no commits on HEAD yet`);
  }
  return gitFailure(['rev-list'], stderr, cwd);
}

async function resolves(cwd: string, rev: string): Promise<boolean> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd);
  return r.code === 0;
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
