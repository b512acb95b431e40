/**
 * Inflating within a budget of output bytes, in one pass. node:zlib's one-shot calls
 * (gunzipSync, inflateRawSync) return all or nothing: past `maxOutputLength` they throw and keep
 * nothing, so reading the start of a gzip bomb meant inflating shorter and shorter inputs over
 * and over. Here one zlib engine is fed the compressed bytes a slice at a time through its
 * synchronous `_processChunk` (which Node keeps for compatibility, and which minizlib, node-tar's
 * zlib, has driven the same way for years), and inflating stops once the budget is reached: a
 * bomb costs one budget of inflating, and what was read before the budget ran out, or before a
 * cut-off file ends, is kept.
 */
import { constants, createGunzip, createInflateRaw, gunzipSync, inflateRawSync } from 'node:zlib';

export interface Inflated {
  bytes: Buffer;
  /**
   * Why only the start was read: the budget ran out, the data ends before its stream does (a
   * file cut short), or it is damaged further on. Undefined when the stream was read whole.
   */
  cut?: 'budget' | 'truncated' | 'damaged';
}

/**
 * Compressed bytes fed at a time. Deflate inflates at most about 1032 to 1, so the last slice
 * overshoots the budget by at most ~2 MB of inflating.
 */
const SLICE = 2 << 10;
/** Output buffers of 64 KB rather than zlib's 16 KB: fewer of them to gather for a large file. */
const CHUNK = 64 << 10;

/** The parts of a zlib engine that a synchronous, incremental inflate uses (node's lib/zlib.js). */
interface SyncEngine {
  _processChunk(chunk: Buffer, flushFlag: number): Buffer;
  _handle: { close(): void } | null;
  /** Where the engine writes; what it returns may be a view of it. */
  _outBuffer: Buffer;
  on(event: 'error', listener: () => void): unknown;
  removeAllListeners(event: 'error'): unknown;
  destroy(): unknown;
}

/**
 * At most `budget` bytes of what `data` inflates to (all of it, not cut, when it is exactly
 * `budget`): a gzip file (one member or several), or a raw deflate stream (a zip entry).
 * Undefined when nothing could be read (damaged from the start).
 */
export function inflateWithin(data: Buffer, budget: number, format: 'gzip' | 'raw'): Inflated | undefined {
  const engine = (format === 'gzip'
    ? createGunzip({ chunkSize: CHUNK })
    : createInflateRaw({ chunkSize: CHUNK })) as unknown as SyncEngine;
  const handle = engine._handle;
  if (!handle || typeof engine._processChunk !== 'function') {
    engine.destroy();
    return inflateOnce(data, budget, format);
  }
  const close = handle.close;
  // _processChunk closes the native handle after each call: it stays open until the last slice.
  handle.close = () => {};
  const ignore = () => {};
  engine.on('error', ignore); // a failed call also emits 'error', later: it is handled here, once
  const out: Buffer[] = [];
  let total = 0;
  const step = (chunk: Buffer, flush: number): void => {
    engine._handle = handle;
    try {
      let piece = engine._processChunk(chunk, flush);
      // The engine writes the next slice's output over its buffer: a view of it is copied.
      if (piece.buffer === engine._outBuffer.buffer) piece = Buffer.from(piece);
      out.push(piece);
      total += piece.length;
    } finally {
      engine.removeAllListeners('error'); // the listener each call adds
      engine.on('error', ignore);
    }
  };
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      step(data.subarray(at, at + SLICE), constants.Z_SYNC_FLUSH);
      if (total > budget) return { bytes: Buffer.concat(out, total).subarray(0, budget), cut: 'budget' };
    }
    step(Buffer.alloc(0), constants.Z_FINISH); // throws "unexpected end of file" if the stream is not done
    if (total > budget) return { bytes: Buffer.concat(out, total).subarray(0, budget), cut: 'budget' };
    return { bytes: Buffer.concat(out, total) };
  } catch (e) {
    if (!total) return undefined;
    const truncated = (e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR';
    return { bytes: Buffer.concat(out, total), cut: truncated ? 'truncated' : 'damaged' };
  } finally {
    handle.close = close;
    engine._handle = null;
    handle.close();
    engine.destroy();
  }
}

/**
 * inflateWithin on a Node whose zlib engines lack the incremental calls: one-shot inflating,
 * which keeps nothing of a stream that inflates past the budget (undefined, as if damaged), and
 * reads a stream cut short with a sync flush once the whole read has failed for want of input.
 */
export function inflateOnce(data: Buffer, budget: number, format: 'gzip' | 'raw'): Inflated | undefined {
  const inflate = format === 'gzip' ? gunzipSync : inflateRawSync;
  const options = { maxOutputLength: Math.max(1, budget) };
  try {
    return { bytes: inflate(data, options) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'Z_BUF_ERROR') return undefined; // past the budget, or damaged
  }
  try {
    const bytes = inflate(data, { ...options, finishFlush: constants.Z_SYNC_FLUSH });
    return bytes.length ? { bytes, cut: 'truncated' } : undefined;
  } catch {
    return undefined;
  }
}
