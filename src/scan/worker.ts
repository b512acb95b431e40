/**
 * Worker-thread entry: builds an Engine from the rules it is given once, then scans. Either it
 * takes batches (one transferred buffer holding many files back to back, so a thousand small
 * files cost one message, not a thousand), or it reads a worktree's files itself, taking them
 * from a list shared with the other threads, so that reading is spread over the cores too.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import { chunkKindPath } from './batch.js';
import type { BatchRequest, BatchResponse, FileShare, FilesRead, WorkerMessage, WorkerSetup } from './batch.js';
// The worker is its thread's entry point, so it is where the built-in prefilter's files are read.
import { loadBuiltinPrefilterCache, useSharedTables } from '../rules/builtin-prefilter.js';
import { newSourceStats } from '../sources/chunk.js';
import { setTraceOrigin, stageClock, trace } from './trace.js';

/** Files a worker takes at a time from a FileShare (few: the threads should finish together). */
const TAKE = 8;
/** Files a worker reports on in one message, at most (the progress count moves with them). */
const REPORT = 128;

const setup = workerData as WorkerSetup;
if (setup.traceOrigin !== undefined) setTraceOrigin(setup.traceOrigin, `worker ${threadId}`);
trace('modules loaded');
if (setup.tables) useSharedTables(setup.tables);
const engine = new Engine(setup.rules, {
  prefilterCache: setup.builtinPrefilter ? loadBuiltinPrefilterCache() : undefined,
});
// Loaded only by a worker that reads files: a history scan's workers never need it. Not awaited
// here: top-level await makes this module evaluate asynchronously, and a thread terminated in the
// middle of that (threads started for a tree that turns out small are) aborts the whole process
// on a V8 check instead of ending the thread.
const reader = setup.readsFiles ? import('../sources/read-file.js') : undefined;
// A worker only ever gets large input, and its first batch is still being read.
trace('engine built');
engine.prepare();
trace('automaton loaded');
/** V8 keeps strings up to this size in its young generation; a larger one gets memory of its own. */
const LARGE_TEXT = 128 * 1024;

const post = (msg: WorkerMessage): void => parentPort!.postMessage(msg);
// A reading worker is started while the tree is listed: the list is its first message.
if (reader) parentPort!.once('message', (share: FileShare) => void reader.then((r) => readShare(r, share)));
else
  parentPort!.on('message', (req: BatchRequest) => {
    // A pooled buffer is longer than the batch: it ends where the last chunk does.
    const buf = Buffer.from(req.buffer, 0, req.offsets[req.offsets.length - 1] ?? 0);
    const results: BatchResponse['results'] = [];
    // A large chunk's text is a slice (a view, not a copy) of the whole batch decoded once, when
    // one first needs it: see Engine.scan's `latin1`. A small one decodes its own, which is
    // cheaper than a slice when most of the batch needs no text at all.
    let text: string | undefined;
    const batchText = (start: number, end: number) => (): string => (text ??= buf.toString('latin1')).slice(start, end);
    for (let i = 0; i < req.offsets.length; i += 2) {
      const start = req.offsets[i]!;
      const end = req.offsets[i + 1]!;
      const latin1 = end - start > LARGE_TEXT ? batchText(start, end) : undefined;
      const matches = engine.scan(buf.subarray(start, end), { path: req.paths[i / 2] }, latin1);
      if (matches.length) results.push([i / 2, matches]);
    }
    // Nothing made from the batch keeps its bytes (texts and secrets are copies): it goes back.
    parentPort!.postMessage({ kind: 'chunks', id: req.id, results, buffer: req.buffer } satisfies BatchResponse, [
      req.buffer,
    ]);
  });

/**
 * Takes files from the share until none are left, then says so; the parent ends the thread.
 * Only chunks with matches are sent back, in one message per REPORT files or fewer.
 */
function readShare(reader: typeof import('../sources/read-file.js'), share: FileShare): void {
  // Each file is matched before the next is read: one buffer serves them all.
  const scratch = new reader.ReadScratch();
  const next = new Int32Array(share.next);
  const n = share.files.length;
  let out = emptyReport();
  let files = 0;
  trace(`list received (${n} files)`);
  const clock = stageClock();
  let mine = 0;
  let bytes = 0;
  for (let from = Atomics.add(next, 0, TAKE); from < n; from = Atomics.add(next, 0, TAKE)) {
    for (let i = from; i < Math.min(n, from + TAKE); i++) {
      clock.each(reader.readFile(share.files[i]!, share.maxFileSize, out.stats, scratch), (chunk) => {
        const { data, ...header } = chunk;
        const matches = engine.scan(data, { path: chunkKindPath(share, i, header.path) });
        bytes += data.length;
        if (matches.length) out.chunks.push([header, matches]);
      });
      mine++;
      for (const line of out.stats.unreadable.splice(0)) out.unreadable.push([i, line]);
    }
    if ((files += TAKE) >= REPORT) {
      post(out);
      out = emptyReport();
      files = 0;
    }
  }
  post(out);
  trace(`list done: ${mine} files, ${(bytes / 1e6).toFixed(1)} MB matched here (${clock.toString()})`);
  post({ kind: 'done' });
}

function emptyReport(): FilesRead {
  return { kind: 'files', chunks: [], stats: newSourceStats(), unreadable: [] };
}
