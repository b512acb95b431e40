import type { Match, RuleSpec } from '../engine/types.js';

/** A worker's `workerData`: the rules, and whether to load the built-in prefilter's files. */
export interface WorkerSetup {
  rules: RuleSpec[];
  builtinPrefilter: boolean;
}

export interface BatchRequest {
  id: number;
  /** The chunks back to back: a buffer given to the worker, or a shared one lent until it answers. */
  buffer: ArrayBuffer | SharedArrayBuffer;
  /** start, end pairs of each chunk within `buffer`. */
  offsets: number[];
  /** Each chunk's path (the engine judges the kind of file from it). */
  paths: string[];
}

export interface BatchResponse {
  id: number;
  /** [index of the chunk in the batch, its matches], only for chunks with matches. */
  results: [number, Match[]][];
}
