/**
 * Matching a worktree's files. Small inputs are read and matched on the calling thread, like
 * any chunks. Past the pool threshold (expected from the sizes of a sample of the list, or the
 * bytes read),
 * worker threads read the files as well as match them:
 * every thread takes the next files from one shared list (an atomic counter), so the threads
 * finish together and no thread copies another's bytes. The main thread reads and matches from
 * the same list to the end (except with TOKGUARD_POOL_THRESHOLD=0, where the workers read
 * everything): it is started and warm while the workers start, so by default there is one
 * worker fewer than the cores. The workers are started while the tree is still being listed,
 * once it has enough files to look large, so that they boot and build their engines meanwhile.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import type { RuleSpec } from '../engine/types.js';
import { newSourceStats, type FileToRead, type SourceStats } from '../sources/chunk.js';
import { ReadScratch } from '../sources/read-file.js';
import type { FileShare, FilesRead, LendTables, WorkerMessage, WorkerSetup } from './batch.js';
import {
  canStartWorkers,
  defaultThreads,
  poolThresholdBytes,
  workerResourceLimits,
  workerUrl,
  type FileInput,
  type MatcherOptions,
  type MatchSink,
} from './matcher.js';
import { stageClock, trace, traceOrigin, tracing } from './trace.js';

const EMPTY = Buffer.alloc(0);

export async function matchFiles(
  input: FileInput,
  rules: RuleSpec[],
  sink: MatchSink,
  options: MatcherOptions,
): Promise<void> {
  const { files, stats } = input;
  // The main thread matches beside the workers to the end: one worker fewer than the cores.
  const threads = options.threads ?? defaultThreads(true);
  const threshold = poolThresholdBytes();
  const kindPath = options.kindPath ?? ((p: string): string => p);
  const unreadable: [number, string][] = [];
  const onRead = (msg: FilesRead): void => {
    for (const [header, matches] of msg.chunks) sink({ ...header, data: EMPTY }, matches);
    addStats(stats, msg.stats, -1, unreadable);
    unreadable.push(...msg.unreadable);
  };
  const pool = threads > 0 && canStartWorkers ? new EarlyPool(rules, options, threads, onRead) : undefined;
  const clock = stageClock();
  trace('listing starts');
  try {
    const list = await files.list(
      pool &&
        ((listed) => {
          if (listed * EARLY_BYTES_PER_FILE >= threshold) pool.start();
        }),
    );
    // Sized from a sample of the list spread over it: the workers get the list before this
    // thread has built its engine, instead of after it has matched a sample of files.
    const sampled = pool ? sampledBytes(list, files.maxFileSize) : 0;
    trace(`listing done (${list.length} files, about ${(sampled / 1e6).toFixed(1)} MB by a sample)`);
    const next = new Int32Array(new SharedArrayBuffer(4));
    // Each file is matched before the next is read (the sink keeps no bytes): one buffer serves all.
    const scratch = new ReadScratch();
    let engine: Engine | undefined;
    let readers: Readers | undefined; // the workers, once they have the list
    let taken = 0; // files this thread took from the list
    let exhausted = false; // this thread took past the end of the list
    let matched = 0; // bytes this thread matched (for the trace)
    for (;;) {
      if (!readers && pool && Math.max(sampled, expectedBytes(stats.bytes, taken, list.length)) >= threshold) {
        readers = pool.start();
        readers.share({
          files: list,
          kindPaths: list.map((f) => kindPath(f.rel)),
          maxFileSize: files.maxFileSize,
          next: next.buffer as SharedArrayBuffer,
        });
        options.onPool?.(threads);
        trace(`list shared with ${threads} worker(s) after ${taken} files here (${(matched / 1e6).toFixed(1)} MB)`);
      }
      // With the threshold at 0 (the test suite's `workers` runs) the workers read every file.
      if (readers && threshold === 0) break;
      const at = Atomics.add(next, 0, 1);
      taken++;
      if ((exhausted = at >= list.length)) break;
      const scanner = (engine ??= newEngine(rules, options));
      const read = newSourceStats();
      clock.each(files.read(list[at]!, read, scratch), (c) => {
        sink(c, scanner.scan(c.data, { path: kindPath(c.path) }));
        matched += c.data.length;
      });
      addStats(stats, read, at, unreadable);
      // Lets the workers' messages in now and then (their matches, or a failure).
      if (readers && taken % YIELD_EVERY === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        readers.check();
      }
    }
    // This thread reached the end of the list: if the count is only its own (workers take 8 at
    // a time), no worker took a file (they were still starting), and there is nothing to wait for.
    trace(
      `list done: ${taken - (exhausted ? 1 : 0)} files, ${(matched / 1e6).toFixed(1)} MB matched here (${clock.toString()})`,
    );
    if (readers && !(exhausted && Atomics.load(next, 0) === taken)) await readers.finished();
    trace('workers done');
  } finally {
    // Threads started while listing a tree that turned out small (or failed to list) end unused.
    await pool?.close();
  }
  // In the order of the listing, as a scan on one thread reports them.
  unreadable.sort((a, b) => a[0] - b[0]);
  for (const [, line] of unreadable) stats.unreadable.push(line);
}

function newEngine(rules: RuleSpec[], options: MatcherOptions): Engine {
  const engine = new Engine(rules, { prefilterCache: options.builtinPrefilter?.() });
  trace('engine built');
  return engine;
}

/**
 * Bytes a listed file is assumed to hold at least, to start the worker threads while the tree
 * is still being listed: at the default threshold, once 2,048 files are listed. They take a few
 * hundred milliseconds to boot and build their engines, about what listing a large tree takes;
 * started after it, they left one thread matching alone meanwhile. Whether they get the list
 * is still decided by a sample of the files (sampledBytes, then expectedBytes): a tree of many
 * tiny files ends them.
 */
const EARLY_BYTES_PER_FILE = 4096;

/** Files the main thread matches between looks at the workers' messages. */
const YIELD_EVERY = 32;

/** Files whose sizes are looked up, spread over the list, to size it before anything is read. */
const STAT_SAMPLE = 64;

/**
 * The list's expected bytes from the sizes of STAT_SAMPLE files spread evenly over it (a file
 * over the size limit counts as nothing: it is skipped). The first files of a walk are one
 * folder's, often alike; files taken across the list are a fairer sample, and a few dozen stats
 * cost well under a millisecond.
 */
function sampledBytes(list: readonly FileToRead[], maxFileSize: number): number {
  if (!list.length) return 0;
  const step = Math.max(1, list.length / STAT_SAMPLE);
  let bytes = 0;
  let seen = 0;
  for (let at = 0; at < list.length; at += step) {
    const file = list[Math.floor(at)]!;
    const st = statSync(typeof file.abs === 'string' ? file.abs : Buffer.from(file.abs), { throwIfNoEntry: false });
    seen++;
    if (st?.isFile() && st.size <= maxFileSize) bytes += st.size;
  }
  return (bytes / seen) * list.length;
}

/** Files read before their sizes are taken as a sample of the whole list's (see expectedBytes). */
const SAMPLE_FILES = 32;

/**
 * The input's expected size once a sample of it is read: the bytes read so far, or, after
 * SAMPLE_FILES files, their average times the number listed. Starting the workers only after
 * the threshold was read left one thread matching alone for seconds of a large tree's scan
 * while the pool could have been starting; on a small tree the estimate stays below it.
 */
function expectedBytes(read: number, taken: number, listed: number): number {
  return taken < SAMPLE_FILES ? read : Math.max(read, (read / taken) * listed);
}

/** Adds what reading counted; its unreadable lines are kept apart with their file's index. */
function addStats(into: SourceStats, from: SourceStats, at: number, unreadable: [number, string][]): void {
  into.files += from.files;
  into.bytes += from.bytes;
  for (const key of Object.keys(from.skipped) as (keyof SourceStats['skipped'])[])
    into.skipped[key] += from.skipped[key];
  for (const line of from.unreadable) unreadable.push([at, line]);
}

interface Readers {
  /** Hands the workers the list: they start taking files from it. */
  share(share: FileShare): void;
  /** Throws if a worker failed. */
  check(): void;
  /** Resolves when every worker has sent all it read; rejects if one fails. */
  finished(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The reading workers, started at most once: while the tree is listed (once it looks large), or
 * when the sample of its files says so. node:worker_threads is loaded only then, and
 * synchronously, since the walk that starts them is.
 */
class EarlyPool {
  private readers: Readers | undefined;

  constructor(
    private readonly rules: RuleSpec[],
    private readonly options: MatcherOptions,
    private readonly size: number,
    private readonly onRead: (msg: FilesRead) => void,
  ) {}

  start(): Readers {
    if (!this.readers) {
      const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
      const setup = {
        rules: this.rules,
        builtinPrefilter: Boolean(this.options.builtinPrefilter),
        ...(tracing ? { traceOrigin: traceOrigin() } : {}),
      };
      const lend = this.options.builtinPrefilter ? this.options.lendTables : undefined;
      this.readers = startReaders(WorkerThread, setup, this.size, this.onRead, lend);
      trace(`${this.size} worker(s) started`);
    }
    return this.readers;
  }

  async close(): Promise<void> {
    await this.readers?.close();
  }
}

const require = createRequire(import.meta.url);

/** Starts `size` reading workers; they build their engines, then wait for the list (Readers.share). */
function startReaders(
  WorkerThread: typeof Worker,
  setup: Omit<WorkerSetup, 'readsFiles'>,
  size: number,
  onRead: (msg: FilesRead) => void,
  lendTables?: LendTables,
): Readers {
  let done = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const workerData: WorkerSetup = { ...setup, readsFiles: true };
  const workers: Worker[] = Array.from({ length: size }, () => {
    const loan = lendTables?.();
    const worker = new WorkerThread(workerUrl, {
      workerData: loan ? { ...workerData, tables: loan.tables } : workerData,
      resourceLimits: workerResourceLimits(),
    });
    if (loan) worker.once('exit', loan.giveBack);
    let finishedHere = false;
    const fail = (err: Error): void => {
      failure ??= err;
      wake?.();
    };
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.kind === 'files') onRead(msg);
      else if (msg.kind === 'done') {
        finishedHere = true;
        done++;
      }
      wake?.();
    });
    worker.on('error', fail);
    // A thread that stops before it has said it is done would leave its files unread.
    worker.on('exit', (code) => {
      if (!finishedHere) fail(new Error(`a worker thread stopped early (exit code ${code})`));
    });
    return worker;
  });
  return {
    share: (share) => {
      for (const w of workers) w.postMessage(share);
    },
    check: () => {
      if (failure) throw failure;
    },
    finished: async () => {
      while (done < size && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
