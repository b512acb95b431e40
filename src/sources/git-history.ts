import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Chunk, SourceStats } from './chunk.js';
import { isLfsPointer, looksBinary } from './chunk.js';
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
  /** Where to look up introductions when no early pass ran (default: `git log` over the revisions). */
  lookup?: (blobs: string[]) => Promise<ReadonlyMap<string, readonly Introduction[]>>;
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

/** What the repository probe found out before any blob is read. */
interface Repository {
  cwd: string;
  revs: string[];
  /** git ≥ 2.32: rev-list can leave out everything but blobs itself. */
  typeFilter: boolean;
  large: boolean;
  /** `git rev-list --count`, running beside the scan for all refs. */
  counting: Promise<GitResult>;
}

/** What a history scan learns while its blobs are read. */
interface HistoryState {
  commits: number;
  blobs: number;
  /** Objects the repository does not have (a partial clone). */
  missing: number;
  submodules: Set<string>;
  /** The attribution pass, started once the blob stream is flowing on a large enough history. */
  early?: EarlyIntroductions;
  notes: string[];
}

export async function openHistory(target: string, options: HistoryOptions, stats: SourceStats): Promise<HistoryScan> {
  await checkRepositoryDir(target);
  const state: HistoryState = { commits: 0, blobs: 0, missing: 0, submodules: new Set(), notes: [] };
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
        (await state.early?.result) ??
        (options.lookup
          ? await options.lookup(wantedBlobs)
          : await findIntroductions(repo.cwd, repo.revs, wantedBlobs, { globalOrder: Boolean(options.globalOrder) }))
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

async function checkRepositoryDir(target: string): Promise<void> {
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
  const counting = runGit(['rev-list', '--count', ...revs, '--'], cwd);
  if (revs[0] !== '--all') {
    const counted = await counting;
    if (counted.code !== 0) throw revisionError(counted.stderr, options);
  }
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
  const revListArgs = [
    'rev-list',
    '--objects',
    '--missing=print',
    ...(repo.typeFilter ? ['--filter=object:type=blob'] : []),
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
      // "<type> <oid> <size> <path>", or "<input> missing" (a `?oid` line from rev-list).
      const s1 = line.indexOf(0x20);
      const s2 = line.indexOf(0x20, s1 + 1);
      if (s1 < 0) continue;
      const type = line.toString('latin1', 0, s1);
      if (type !== 'blob') {
        if (s2 < 0 && line.toString('latin1', s1 + 1) === 'missing') state.missing++;
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
    for await (const obj of catFileBatch(repo.cwd, blobs, { maxSize: maxFileSize })) {
      if (!obj.data) {
        if (obj.type === 'missing') state.missing++;
        else stats.skipped['too-large']++;
        continue;
      }
      const { data } = obj;
      if (obj.meta.path === '.gitmodules') for (const p of submodulePaths(data)) state.submodules.add(p);
      if (looksBinary(data)) {
        stats.skipped.binary++;
        setAside?.(obj.oid);
        continue;
      }
      if (isLfsPointer(data)) {
        stats.skipped['lfs-pointer']++;
        setAside?.(obj.oid);
        continue;
      }
      stats.files++;
      stats.bytes += data.length;
      state.blobs++;
      // Started once the blob stream is flowing, not with it: on two cores, git's start-up and
      // the workers' boot compete for the same CPU as the log pass.
      if (!state.early && stats.bytes >= EARLY_PASS_AFTER_BYTES) state.early = startIntroductions(repo.cwd, repo.revs);
      yield { path: obj.meta.path, data, source: 'history', blob: obj.oid };
    }
    const counted = await repo.counting;
    state.commits = counted.code === 0 ? Number(counted.stdout.toString('utf8').trim()) || 0 : 0;
    completed = true;
  } catch (e) {
    throw e instanceof UserError ? e : spawnFailure(e);
  } finally {
    if (!completed) state.early?.cancel();
  }
  noteSetAside(stats, state);
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
  if (state.missing) {
    stats.skipped.unreadable += state.missing;
    state.notes.push(
      `${state.missing} object${state.missing === 1 ? ' is' : 's are'} missing from this repository (a partial clone?) and were not scanned.`,
    );
  }
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
