import type { ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { spawnGit, waitForExit } from './exec.js';
import { openReusedReads } from './reused-reads.js';

export interface CatFileRequest<T> {
  oid: string;
  meta: T;
}

export interface CatFileObject<T> {
  meta: T;
  oid: string;
  /** `blob`, `tree`, `commit`, `tag`, or `missing`. */
  type: string;
  size: number;
  /** The object's bytes; undefined when it is missing or larger than `maxSize`. */
  data?: Buffer;
}

export interface CatFileOptions {
  /** Objects larger than this are drained from the stream, not kept (data is undefined). */
  maxSize?: number;
  /**
   * An object's data is valid only until the next object is asked for: one that spans git's
   * reads is put together in a buffer used again for the next such object, instead of in memory
   * of its own. A history of large blobs passes gigabytes through here, and fresh memory costs a
   * page fault per 4 KB and garbage the collector must find (lodash: half the reading thread's
   * collections). git's output itself is then read into one buffer used again for every read
   * (src/sources/git/reused-reads.ts), where the platform allows.
   */
  reuse?: boolean;
}

const NL = 0x0a;

/**
 * Reads objects through ONE long-lived `git cat-file --batch` process: requests are written as
 * they arrive (with back-pressure) and answers are parsed from the stream in the same order, so
 * git inflates each object once and never waits on a round trip. `--buffer` lets git fill its
 * pipe instead of flushing after every object.
 *
 * long-function: one streaming parser whose state (header, body, remaining, trailer) lives
 * across reads of git's output; it is the hottest loop of a history scan, and split into
 * methods it would pay for an object and calls per read.
 */
export async function* catFileBatch<T>(
  cwd: string,
  requests: AsyncIterable<CatFileRequest<T>> | Iterable<CatFileRequest<T>>,
  options: CatFileOptions = {},
): AsyncGenerator<CatFileObject<T>> {
  const args = ['cat-file', '--batch', '--buffer'];
  const reads = options.reuse ? await openReusedReads() : undefined;
  const child = spawnGit(args, cwd, { stdio: ['pipe', reads?.childEnd ?? 'pipe', 'pipe'] });
  reads?.spawned();
  const output = reads?.pieces() ?? (child.stdout! as AsyncIterable<Buffer>);
  const exited = waitForExit(child, args, cwd);
  exited.catch(() => {}); // observed below; avoid an unhandled rejection if we stop early
  const queue = new Fifo<CatFileRequest<T>>();
  const control: PumpControl = { aborted: false };
  let writerError: unknown;
  const writer = pump(child, requests, queue, control).catch((e: unknown) => {
    writerError = e;
    child.stdin!.destroy();
  });
  const maxSize = options.maxSize ?? Number.POSITIVE_INFINITY;
  let scratch: Buffer | undefined; // with `reuse`: where spanning objects are put together
  const bodyBuffer = (size: number): Buffer => {
    if (!options.reuse) return Buffer.allocUnsafe(size);
    if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 2 * (scratch?.length ?? 0)));
    return scratch.subarray(0, size);
  };

  let finished = false;
  try {
    let header: Buffer[] = [];
    let body: Buffer | undefined; // being filled
    let bodyFilled = 0;
    let remaining = 0; // bytes of the current body still to come (filled or drained)
    let trailer = false; // the newline after a body
    let current: { req: CatFileRequest<T>; type: string; size: number } | undefined;

    for await (const piece of output) {
      let at = 0;
      while (at < piece.length) {
        if (trailer) {
          at++; // the "\n" after the object's content
          trailer = false;
          continue;
        }
        if (current) {
          const take = Math.min(remaining, piece.length - at);
          if (current.size <= maxSize) {
            if (!body && take === current.size) {
              body = piece.subarray(at, at + take); // whole object in this read: no copy
              bodyFilled = take;
            } else {
              body ??= bodyBuffer(current.size);
              piece.copy(body, bodyFilled, at, at + take);
              bodyFilled += take;
            }
          }
          remaining -= take;
          at += take;
          if (remaining === 0) {
            const out: CatFileObject<T> = {
              meta: current.req.meta,
              oid: current.req.oid,
              type: current.type,
              size: current.size,
            };
            if (current.size <= maxSize) out.data = body ?? Buffer.alloc(0);
            current = undefined;
            body = undefined;
            bodyFilled = 0;
            trailer = true;
            yield out;
          }
          continue;
        }
        const nl = piece.indexOf(NL, at);
        if (nl < 0) {
          header.push(Buffer.from(piece.subarray(at))); // a copy: with `reads`, the next read overwrites it
          break;
        }
        header.push(piece.subarray(at, nl));
        at = nl + 1;
        const line = (header.length === 1 ? header[0]! : Buffer.concat(header)).toString('latin1');
        header = [];
        const req = queue.shift();
        if (!req) throw new Error(`git cat-file: unexpected output "${line.slice(0, 80)}"`);
        const parts = line.split(' ');
        if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
          yield { meta: req.meta, oid: req.oid, type: 'missing', size: 0 };
          continue;
        }
        const size = Number(parts[2]);
        if (parts.length !== 3 || !Number.isSafeInteger(size))
          throw new Error(`git cat-file: unexpected header "${line.slice(0, 80)}"`);
        current = { req, type: parts[1]!, size };
        remaining = size;
        if (size === 0) {
          current = undefined;
          trailer = true;
          yield { meta: req.meta, oid: req.oid, type: parts[1]!, size: 0, data: Buffer.alloc(0) };
        }
      }
    }
    await writer;
    if (writerError) throw writerError;
    await exited;
    if (current || queue.length) throw new Error('git cat-file: output ended early');
    finished = true;
  } finally {
    if (!finished) {
      // Stopped early (or failed): stop feeding git, stop git, and let the request source clean
      // up (it may be a pipeline of other git processes) without waiting for it here.
      control.aborted = true;
      queue.release();
      void control.iterator?.return?.();
      child.stdin!.destroy();
      reads?.close();
      if (child.exitCode === null) child.kill();
    }
  }
}

/**
 * Requests sent ahead of git's answers, at most. Without a bound, the pipes and stream buffers
 * let thousands of requests (each an object id and its path) wait in memory on a history of
 * small blobs, while a few hundred keep git busy. Resuming at half is safe from a stall: git
 * answers all it was sent before it reads again, and half this many answers (at least 48 bytes
 * each) are more than the few KB its output buffer holds back.
 */
const MAX_AHEAD = 1024;

interface PumpControl {
  aborted: boolean;
  iterator?: AsyncIterator<unknown> | Iterator<unknown>;
}

async function pump<T>(
  child: ChildProcess,
  requests: AsyncIterable<CatFileRequest<T>> | Iterable<CatFileRequest<T>>,
  queue: Fifo<CatFileRequest<T>>,
  control: PumpControl,
): Promise<void> {
  const stdin = child.stdin!;
  stdin.on('error', () => {
    // git went away; the reader reports why
  });
  const stopped = (): boolean => control.aborted || stdin.destroyed || !stdin.writable;
  let pending = '';
  const flush = async (): Promise<void> => {
    if (!pending || stopped()) return;
    const ok = stdin.write(pending);
    pending = '';
    if (!ok && !stopped()) await drained(stdin);
  };
  const iterator =
    Symbol.asyncIterator in requests
      ? (requests as AsyncIterable<CatFileRequest<T>>)[Symbol.asyncIterator]()
      : (requests as Iterable<CatFileRequest<T>>)[Symbol.iterator]();
  control.iterator = iterator;
  for (;;) {
    const r = await iterator.next();
    if (r.done) break;
    if (stopped()) {
      await iterator.return?.();
      return;
    }
    queue.push(r.value);
    pending += `${r.value.oid}\n`;
    if (pending.length >= 16 * 1024) await flush();
    if (queue.length >= MAX_AHEAD) {
      // Everything queued must be in git's hands before waiting for its answers.
      await flush();
      await queue.shrunkTo(MAX_AHEAD / 2);
    }
  }
  await flush();
  if (!stopped()) stdin.end();
}

/**
 * Resolves when `stream` drains, closes or fails, and leaves no listener behind: git's stdin
 * fills up thousands of times in a large history, and a listener left per wait (as racing three
 * `events.once` does) piled up until Node warned of a leak (MaxListenersExceededWarning).
 */
export function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** A queue with O(1) shift, for the requests in flight. */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private waiter: { length: number; resolve: () => void } | undefined;
  get length(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.waiter && this.length <= this.waiter.length) this.release();
    return item;
  }
  /** Resolves once at most `length` items are left (or `release` is called). */
  shrunkTo(length: number): Promise<void> {
    if (this.length <= length) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = { length, resolve };
    });
  }
  /** Lets a `shrunkTo` wait go: the reader stopped. */
  release(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.resolve();
  }
}
