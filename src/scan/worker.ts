/**
 * Worker-thread entry: builds an Engine from the rules it is given once, then scans batches.
 * A batch is one transferred buffer holding many files back to back, so a thousand small files
 * cost one message, not a thousand.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine.js';
import type { BatchRequest, BatchResponse, WorkerSetup } from './batch.js';
// The worker is its thread's entry point, so it is where the built-in prefilter's files are read.
import { loadBuiltinPrefilterCache } from '../rules/builtin-prefilter.js';

const setup = workerData as WorkerSetup;
const engine = new Engine(setup.rules, {
  prefilterCache: setup.builtinPrefilter ? loadBuiltinPrefilterCache() : undefined,
});
// A worker only ever gets large input, and its first batch is still being read.
engine.prepare();

/** V8 keeps strings up to this size in its young generation; a larger one gets memory of its own. */
const LARGE_TEXT = 128 * 1024;

parentPort!.on('message', (req: BatchRequest) => {
  // A shared buffer is longer than the batch: it ends where the last chunk does.
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
  const res: BatchResponse = { id: req.id, results };
  parentPort!.postMessage(res);
});
