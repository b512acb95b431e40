import type { Match, RuleSpec } from '../engine/types.js';
import type { Chunk, FileToRead, SourceStats } from '../sources/chunk.js';
import type { SharedTables } from '../rules/builtin-prefilter.js';

/** A worker's `workerData`: the rules, and whether to load the built-in prefilter's files. */
export interface WorkerSetup {
  rules: RuleSpec[];
  builtinPrefilter: boolean;
  /**
   * The worker reads and matches a worktree's files itself, instead of taking chunk batches.
   * Their list (a FileShare) is its first message: the thread is started while the tree is
   * still being listed, so that it boots and builds its engine meanwhile.
   */
  readsFiles?: boolean;
  /** With TOKGUARD_TRACE: the main thread's time origin, which the worker's lines count from. */
  traceOrigin?: number;
  /** The built-in automaton's tables, read once by the main thread, and the slot lent to this worker. */
  tables?: SharedTables;
}

/** Lends a worker a slot of the tables, with the function that gives it back when the worker ends. */
export type LendTables = () => { tables: SharedTables; giveBack: () => void } | undefined;

/**
 * A worktree's file list, shared by the threads that read it: each takes the next files by
 * adding to `next` (a shared counter), so no thread waits for another to hand out work.
 */
export interface FileShare {
  files: FileToRead[];
  /** Each file's path for judging its kind (see MatcherOptions.kindPath). */
  kindPaths: string[];
  maxFileSize: number;
  /** Int32 at 0: the index of the next file nobody has taken. */
  next: SharedArrayBuffer;
}

/**
 * The path the kind of a chunk of file `i` is judged from: the file's kind path with what the
 * chunk's own path adds to the listed one, so that an archive's entry (`app.zip!/docs/guide.md`)
 * is judged by its name, as the main thread's `kindPath(chunk.path)` judges it, not as the
 * archive. Which thread reads a file depends on timing: a kind taken from elsewhere here made
 * the findings depend on the machine's load.
 */
export function chunkKindPath(share: Pick<FileShare, 'files' | 'kindPaths'>, i: number, path: string): string {
  const rel = share.files[i]!.rel;
  return path.startsWith(rel) ? share.kindPaths[i]! + path.slice(rel.length) : path;
}

/** Chunks read by the calling thread, copied into one transferred buffer. */
export interface BatchRequest {
  kind: 'chunks';
  id: number;
  /** The chunks back to back, transferred to the worker, which transfers it back with its answer. */
  buffer: ArrayBuffer;
  /** start, end pairs of each chunk within `buffer`. */
  offsets: number[];
  /** Each chunk's path (the engine judges the kind of file from it). */
  paths: string[];
}

export interface BatchResponse {
  kind: 'chunks';
  id: number;
  /** [index of the chunk in the batch, its matches], only for chunks with matches. */
  results: [number, Match[]][];
  /** The request's buffer, transferred back so that the next batch can be copied into it. */
  buffer: ArrayBuffer;
}

/** A chunk as a worker read it, without its bytes. */
export type ChunkHeader = Omit<Chunk, 'data'>;

/** What a worker made of some files it took from a FileShare. */
export interface FilesRead {
  kind: 'files';
  /** The chunks the files gave that have matches, with them. */
  chunks: [ChunkHeader, Match[]][];
  /** What reading them counted; `unreadable` is empty (see below). */
  stats: SourceStats;
  /** [index of the file in the list, `path: reason`]: the caller merges them in list order. */
  unreadable: [number, string][];
}

export type WorkerMessage =
  | BatchResponse
  | FilesRead
  /** A FileShare's files are all taken, and this worker's are all sent. */
  | { kind: 'done' };
