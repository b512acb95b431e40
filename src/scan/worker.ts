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

parentPort!.on('message', (req: BatchRequest) => {
  const buf = Buffer.from(req.buffer);
  const results: BatchResponse['results'] = [];
  for (let i = 0; i < req.offsets.length; i += 2) {
    const matches = engine.scan(buf.subarray(req.offsets[i]!, req.offsets[i + 1]!), { path: req.paths[i / 2] });
    if (matches.length) results.push([i / 2, matches]);
  }
  const res: BatchResponse = { id: req.id, results };
  parentPort!.postMessage(res);
});
