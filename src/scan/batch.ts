import type { Match } from '../engine/types.js';

export interface BatchRequest {
  id: number;
  buffer: ArrayBuffer;
  /** start, end pairs of each chunk within `buffer`. */
  offsets: number[];
}

export interface BatchResponse {
  id: number;
  /** [index of the chunk in the batch, its matches], only for chunks with matches. */
  results: [number, Match[]][];
}
