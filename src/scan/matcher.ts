import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { Engine, type PrefilterCache } from '../engine/engine.js';
import type { Match, RuleSpec } from '../engine/types.js';
import type { Chunk, SourceStats, WorktreeFiles } from '../sources/chunk.js';
import type { BatchRequest, BatchResponse, LendTables, WorkerMessage, WorkerSetup } from './batch.js';
import { parseSize } from '../config/size.js';
import { UserError } from '../errors.js';

/**
 * Receives each chunk with its matches. A chunk matched on a worker thread comes with empty
 * `data` (a worktree file read there comes only if it has matches): its bytes went there.
 */
export type MatchSink = (chunk: Chunk, matches: Match[]) => void;

/** A worktree scan's files with the stats their reading counts into (see WorktreeFiles). */
export interface FileInput {
  files: WorktreeFiles;
  stats: SourceStats;
}

export interface MatcherOptions {
  /** 0 scans on the calling thread; undefined picks by input size and core count. */
  threads?: number;
  /**
   * The caller knows the input is large (a history scan): start the worker pool at once, so
   * the workers boot while the first batch is read, instead of after 8 MB have been read.
   */
  eager?: boolean;
  /**
   * Loads the built-in rules' precompiled prefilter (src/rules/builtin-prefilter.ts) for an
   * engine on this thread; worker threads are told to load the same files themselves. An engine
   * uses it only if it was built for exactly its keywords.
   */
  builtinPrefilter?: () => PrefilterCache | undefined;
  /**
   * Lends a worker thread the built-in automaton's tables as this thread read them (see
   * lendTables in src/rules/builtin-prefilter.ts), so that workers share one copy.
   */
  lendTables?: LendTables;
  /** Called when matching moves to a worker pool, with its size (and again each time it grows). */
  onPool?: (threads: number) => void;
  /**
   * Workers the pool may grow to (beyond `threads`) when the reading thread keeps waiting for
   * them: a history of large blobs leaves its reading thread mostly idle, one of ordinary code
   * keeps it busy (see GROW_AFTER_WAITS).
   */
  growTo?: number;
  /**
   * The path the engine judges a file's kind from (test, docs, config…), when it is not the
   * chunk's own: relative to the folder the user scanned rather than to the repository.
   */
  kindPath?: (path: string) => string;
}

/** Below this much input a worker pool costs more to start than it saves. */
const POOL_THRESHOLD_BYTES = 8 * 1024 * 1024;

/**
 * The input size at which matching moves to worker threads: POOL_THRESHOLD_BYTES, or the
 * tuning variable TOKGUARD_POOL_THRESHOLD (a size: `0` always uses workers when threads are
 * allowed, `1GB` practically never; docs/performance.md). The test suite runs its scan tests
 * both ways with it.
 */
export function poolThresholdBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TOKGUARD_POOL_THRESHOLD;
  if (raw === undefined || raw === '') return POOL_THRESHOLD_BYTES;
  try {
    return parseSize(raw);
  } catch (e) {
    throw new UserError(`TOKGUARD_POOL_THRESHOLD: ${(e as Error).message}`);
  }
}
const BATCH_BYTES = 2 * 1024 * 1024;
const BATCH_CHUNKS = 512;
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Batches in a row the reading thread had to wait for a worker before the pool adds one (when
 * it may grow). Matching is then what holds the scan up, and a core sits idle beside it: on
 * lodash's history the reading thread and git use about half of one of two cores. On a history
 * of small blobs the reading thread is the slower side and seldom waits, so no worker is added
 * there, where a second one only took CPU from it.
 */
const GROW_AFTER_WAITS = 16;
/**
 * Batches up to this size are copied into pooled buffers that their worker transfers back with
 * its answer, to be used again; a larger one (a batch that ends with a big file) gets a buffer of
 * its own.
 */
const POOLED_BATCH_BYTES = 2 * BATCH_BYTES;
const NO_BYTES = Buffer.alloc(0);
/**
 * A batch worker's young generation, at most. V8 grows a thread's to 48 MB over a long run
 * (a history scan of a few hundred MB gets there), though what a batch leaves alive is a few
 * MB: left alone, that growth was a third of the rise in peak memory from a 1,500-commit to a
 * 24,000-commit history. Measured on the bench's histories, the cap changed no finding and no
 * measurable time.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/**
 * A batch worker's heap limit. V8 lets a heap's old generation grow to up to 4x what its last
 * full collection left alive when the limit is 2 GB or more (the default on a machine with 8 GB
 * of memory or more), and 1.3-2x below that. A batch worker keeps about 13 MB alive whatever the
 * history's length, but every scavenge promotes 1-1.5 MB of per-file objects that die soon after,
 * so at 4x its old generation went from 17 to 75 MB between full collections (a third of the
 * 6,000-commit history's peak RSS). At 1 GB it grows 1.6x: about 30 MB. That is still some 70
 * times what a worker keeps; the main thread's own limit, if lower, stays the bound.
 */
const WORKER_HEAP_LIMIT_MB = 1024;

/**
 * The heap limits of a worker thread, batch or reading (match-files.ts): a reading worker keeps
 * its engine alive as a batch worker does and each file's objects for as long.
 */
export function workerResourceLimits(): ResourceLimits {
  return {
    maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
    maxOldGenerationSizeMb: Math.min(WORKER_HEAP_LIMIT_MB, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)),
  };
}

export const workerUrl = new URL('./worker.js', import.meta.url);
/** Under vitest the sources are .ts files and there is no compiled worker to start. */
export const canStartWorkers = import.meta.url.endsWith('.js');

/**
 * Worker threads to use by default: one per core, or one fewer when the calling thread has
 * heavy work of its own (parsing git's object stream, beside three git processes). Measured on
 * 2 cores: the history benchmark takes 2.8-3.2 s with 1 worker and 3.1-3.4 s with 2.
 */
export function defaultThreads(busyReader: boolean): number {
  return Math.max(1, availableParallelism() - (busyReader ? 1 : 0));
}

/**
 * Runs every chunk through the engine and hands each chunk with its matches to `sink`. Small
 * inputs are matched inline; large ones are batched across worker threads while the calling
 * thread keeps reading.
 */
export async function matchChunks(
  input: AsyncIterable<Chunk> | FileInput,
  rules: RuleSpec[],
  sink: MatchSink,
  options: MatcherOptions = {},
): Promise<void> {
  // Loaded here, not at the top: the hook's staged scan has no files to read.
  if ('files' in input) return (await import('./match-files.js')).matchFiles(input, rules, sink, options);
  const chunks = input;
  const threads = options.threads ?? defaultThreads(false);
  const threshold = poolThresholdBytes();
  const kindPath = options.kindPath ?? ((p: string): string => p);
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Chunk[] = [];
  let headBytes = 0;
  let done = false;
  if (threads > 0 && canStartWorkers && !options.eager) {
    while (headBytes < threshold) {
      const r = await iterator.next();
      if (r.done) {
        done = true;
        break;
      }
      // Copied: a source may use a chunk's memory again once the next chunk is asked for.
      head.push({ ...r.value, data: Buffer.from(r.value.data) });
      headBytes += r.value.data.length;
    }
  }

  if (threads === 0 || !canStartWorkers || done) {
    const engine = new Engine(rules, { prefilterCache: options.builtinPrefilter?.() });
    const scan = (c: Chunk): Match[] => engine.scan(c.data, { path: kindPath(c.path) });
    for (const c of head) sink(c, scan(c));
    if (!done) {
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) sink(r.value, scan(r.value));
    }
    return;
  }

  // Loaded here, not at the top: the hook's small scans never start a worker.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const pool = new WorkerPool(
    WorkerThread,
    { rules, builtinPrefilter: Boolean(options.builtinPrefilter) },
    options.builtinPrefilter ? options.lendTables : undefined,
    threads,
    sink,
    kindPath,
    options.growTo ?? threads,
    options.onPool,
  );
  options.onPool?.(threads);
  try {
    // Each chunk is copied into the batch as it comes: a source may use its bytes' memory
    // again for the next chunk (src/sources/git-history.ts).
    let batch: OpenBatch | undefined;
    const flush = async (): Promise<void> => {
      if (!batch) return;
      const full = batch;
      batch = undefined;
      await pool.submit(full);
    };
    const add = async (c: Chunk): Promise<void> => {
      if (batch && batch.used + c.data.length > batch.view.length) await flush();
      batch ??= pool.open(c.data.length);
      batch.add(c);
      if (batch.used >= BATCH_BYTES || batch.headers.length >= BATCH_CHUNKS) await flush();
    };
    for (const c of head) await add(c);
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) await add(r.value);
    await flush();
    await pool.drain();
  } finally {
    await pool.close();
  }
}

/** A batch being filled: chunks copied back to back into one buffer, their headers kept for the answer. */
class OpenBatch {
  readonly view: Uint8Array;
  used = 0;
  readonly offsets: number[] = [];
  readonly paths: string[] = [];
  /** The chunks without their bytes: a sink gets a batch's chunks so, as it gets a worker's reads. */
  readonly headers: Chunk[] = [];

  constructor(
    readonly buffer: ArrayBuffer,
    /** The buffer is one of the pool's, transferred to a worker and back, and used again after. */
    readonly pooled: boolean,
    private readonly kindPath: (path: string) => string,
  ) {
    this.view = new Uint8Array(buffer);
  }

  add(c: Chunk): void {
    this.view.set(c.data, this.used);
    this.offsets.push(this.used, this.used + c.data.length);
    this.used += c.data.length;
    this.paths.push(this.kindPath(c.path));
    this.headers.push({ ...c, data: NO_BYTES });
  }
}

/**
 * When a pool that may grow adds a worker: once GROW_AFTER_WAITS batches in a row found every
 * worker full, and while it is below `max`.
 */
export class GrowthGate {
  private waits = 0;

  constructor(
    private readonly max: number,
    private readonly after = GROW_AFTER_WAITS,
  ) {}

  /** Told at each batch whether some worker had room for it, and the pool's size: true to add one now. */
  note(room: boolean, size: number): boolean {
    this.waits = room ? 0 : this.waits + 1;
    if (this.waits < this.after || size >= this.max) return false;
    this.waits = 0;
    return true;
  }
}

interface WorkerSlot {
  worker: Worker;
  inFlight: number;
}

class WorkerPool {
  private readonly slots: WorkerSlot[];
  private nextId = 0;
  private readonly pending = new Map<number, { batch: OpenBatch; slot: WorkerSlot }>();
  /**
   * Pooled buffers no batch is using. Memory fresh from the system costs a page fault per 4 KB
   * touched, which on a virtual machine made a new buffer per batch cost more than copying into
   * it; these few are touched once (a history scan passes gigabytes through them). They are
   * transferred to the worker and back, not shared: V8 copies into or out of a SharedArrayBuffer
   * in relaxed atomic steps, 3 GB/s against 15-20 GB/s for an ArrayBuffer on these machines, and
   * a batch is copied twice (into it here, into the keyword walk's memory in the worker).
   */
  private readonly spare: ArrayBuffer[] = [];
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;
  private readonly growth: GrowthGate;

  constructor(
    private readonly WorkerThread: typeof Worker,
    private readonly setup: WorkerSetup,
    private readonly lendTables: LendTables | undefined,
    size: number,
    private readonly sink: MatchSink,
    private readonly kindPath: (path: string) => string,
    maxSize = size,
    private readonly onGrow?: (threads: number) => void,
  ) {
    this.growth = new GrowthGate(maxSize);
    this.slots = Array.from({ length: size }, () => this.start());
  }

  private start(): WorkerSlot {
    const loan = this.lendTables?.();
    const worker = new this.WorkerThread(workerUrl, {
      workerData: loan ? { ...this.setup, tables: loan.tables } : this.setup,
      resourceLimits: workerResourceLimits(),
    });
    if (loan) worker.once('exit', loan.giveBack);
    const slot: WorkerSlot = { worker, inFlight: 0 };
    worker.on('message', (res: WorkerMessage) => {
      if (res.kind === 'chunks') this.onResult(res);
    });
    worker.on('error', (err) => this.fail(err));
    return slot;
  }

  /** Adds a worker when the growth gate says the reading thread keeps waiting for them. */
  private growIfWaiting(): void {
    const room = this.slots.some((s) => s.inFlight < IN_FLIGHT_PER_WORKER);
    if (!this.growth.note(room, this.slots.length)) return;
    this.slots.push(this.start());
    this.onGrow?.(this.slots.length);
  }

  /** A batch to fill, in a spare pooled buffer, or in one of its own for a chunk too large for those. */
  open(first: number): OpenBatch {
    if (first > POOLED_BATCH_BYTES) return new OpenBatch(new ArrayBuffer(first), false, this.kindPath);
    return new OpenBatch(this.spare.pop() ?? new ArrayBuffer(POOLED_BATCH_BYTES), true, this.kindPath);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private onResult(res: Extract<WorkerMessage, { kind: 'chunks' }>): void {
    const job = this.pending.get(res.id);
    if (!job) return;
    this.pending.delete(res.id);
    job.slot.inFlight--;
    if (job.batch.pooled) this.spare.push(res.buffer);
    this.deliver(job.batch, res.results);
    this.wake();
  }

  private deliver(batch: OpenBatch, results: BatchResponse['results']): void {
    const byIndex = new Map(results);
    batch.headers.forEach((c, i) => this.sink(c, byIndex.get(i) ?? []));
  }

  private async waitFor(cond: () => boolean): Promise<void> {
    while (!cond()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Sends a filled batch to the least busy worker, once one has room for it. */
  async submit(batch: OpenBatch): Promise<void> {
    this.growIfWaiting();
    await this.waitFor(() => this.slots.some((s) => s.inFlight < IN_FLIGHT_PER_WORKER));
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    this.pending.set(id, { batch, slot });
    slot.inFlight++;
    const req: BatchRequest = { kind: 'chunks', id, buffer: batch.buffer, offsets: batch.offsets, paths: batch.paths };
    // Transferred, not copied; the worker sends it back with its answer (and the batch's view of
    // it here is empty until then).
    slot.worker.postMessage(req, [batch.buffer]);
  }

  async drain(): Promise<void> {
    await this.waitFor(() => this.pending.size === 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
