import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { PrefilterCache, StoredPlan } from '../engine/engine.js';
import type { StoredGate } from '../engine/start-gate.js';
import type { AutomatonData } from '../engine/prefilter.js';
import { CLS, TABLE, walkMemory, type WalkTables } from '../engine/wasm-walker.js';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * The built-in rules' prefilter, built by the build (scripts/compile-prefilter.mjs): the keyword
 * list with its base64 spellings (about 10 ms to work out at every start, the hook's included),
 * and the automaton's tables (about 60 ms to build, in every worker thread), stored in the
 * layout its walks read so that loading them is one read into place. An engine uses them
 * only when its keywords are exactly the ones they were built for; anything else, a missing or
 * stale file included, means building them as before.
 */
export const PREFILTER_JSON = path.join(PACKAGE_ROOT, 'dist', 'builtin-prefilter.json');
/**
 * What the engine looks up per pattern only when a rule first needs it (start gates, provider
 * openings): two thirds of the prefilter's JSON, which a pre-commit scan of a small change and a
 * worker thread would otherwise parse at every start for the few rules that run.
 */
export const PATTERNS_JSON = path.join(PACKAGE_ROOT, 'dist', 'builtin-patterns.json');
export const AUTOMATON_BIN = path.join(PACKAGE_ROOT, 'dist', 'builtin-automaton.bin');

interface PrefilterFile {
  plain: string[];
  written: string[];
  anchored: number[];
  keywords: string[];
  windows?: Record<string, StoredPlan>;
}

/** The content of PATTERNS_JSON. */
interface PatternsFile {
  gates?: Record<string, StoredGate>;
  openings?: Record<string, string[]>;
}

interface AutomatonHeader {
  layout: number;
  /** Where the table sits in the walk's memory (its entries are addresses): TABLE when written. */
  tableAt: number;
  positionalFrom: number;
  anchored: number[];
  width: number;
  acceptAt: number;
  states: number;
  outputs: (number[] | null)[];
}

let cached: PrefilterCache | null | undefined;

/**
 * The automaton's tables in a memory worker threads can be handed (see walkMemory's slots): the
 * main thread reads them once and lends each worker a slot, so no worker reads or holds a copy
 * of its own (17 MB each). What a worker gets in its workerData.
 */
export interface SharedTables {
  memory: WebAssembly.Memory;
  /** The slot this thread walks in (see slotLayout); 0 is the thread that read the tables. */
  slot: number;
  /** The stored header's shape: a worker whose file says otherwise (rebuilt meanwhile) reads its own. */
  states: number;
  width: number;
  acceptAt: number;
}

/** The tables this thread has: read by it (slot 0), or lent to it by the main thread. */
let tablesHere: SharedTables | undefined;
/** Slots lent to worker threads and not given back yet (see lendTables). */
const lent = new Set<number>();
/**
 * Slots a memory read here has: one per worker thread the machine runs at once, and this
 * thread's. A further worker reads its own copy. An unused slot is address space, not memory.
 */
const SLOTS = 1 + Math.min(32, Math.max(2, availableParallelism()));

/** In a worker, before its engine is built: use the main thread's tables (see SharedTables). */
export function useSharedTables(tables: SharedTables): void {
  tablesHere = tables;
}

/**
 * A slot of this thread's tables (read now if they were not), for a worker thread, and the
 * function that gives it back once the worker has ended; undefined without WebAssembly, without
 * the stored file, or when every slot is lent.
 */
export function lendTables(): { tables: SharedTables; giveBack: () => void } | undefined {
  if (!tablesHere) {
    try {
      const fd = openSync(AUTOMATON_BIN, 'r');
      try {
        const read = readerOf(fd);
        readTables(read, readHeader(read));
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
  }
  const here = tablesHere;
  if (!here || here.slot !== 0) return undefined;
  for (let slot = 1; slot < SLOTS; slot++) {
    if (lent.has(slot)) continue;
    lent.add(slot);
    return { tables: { ...here, slot }, giveBack: () => lent.delete(slot) };
  }
  return undefined;
}

export function loadBuiltinPrefilterCache(): PrefilterCache | undefined {
  if (cached === undefined) {
    try {
      const file = JSON.parse(readFileSync(PREFILTER_JSON, 'utf8')) as PrefilterFile;
      let automaton: AutomatonData | null | undefined;
      let patterns: PatternsFile | undefined;
      // A missing or unreadable file means working gates and openings out from the patterns.
      const stored = (): PatternsFile => (patterns ??= readPatterns());
      cached = {
        ...file,
        get gates() {
          return stored().gates;
        },
        get openings() {
          return stored().openings;
        },
        automaton: () => {
          if (automaton === undefined) {
            try {
              automaton = readAutomatonFile(AUTOMATON_BIN, file.keywords);
            } catch {
              automaton = null;
            }
          }
          return automaton ?? undefined;
        },
      };
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

function readPatterns(): PatternsFile {
  try {
    const { gates, openings } = JSON.parse(readFileSync(PATTERNS_JSON, 'utf8')) as PatternsFile;
    return { gates, openings };
  } catch {
    return {};
  }
}

/** What the build writes for a prefilter snapshot: PREFILTER_JSON's content and PATTERNS_JSON's. */
export function prefilterFiles(snapshot: Omit<PrefilterCache, 'automaton'>): { prefilter: string; patterns: string } {
  const { gates, openings, ...rest } = snapshot;
  return { prefilter: JSON.stringify(rest), patterns: JSON.stringify({ gates, openings }) };
}

/**
 * Layout: u32 header length, header JSON, padding to 8, positional (a byte per state), padding
 * to 4, then the walk's memory image (see WalkTables): the 256 column offsets and the table,
 * whose entries are addresses in that memory. A worker thread reads them straight into its
 * walk's memory: no copy, no pass over the 7 MB table, no JSON for it.
 */
export function writeAutomaton(data: AutomatonData): Buffer {
  const { tables } = data;
  const header: AutomatonHeader = {
    layout: data.layout,
    tableAt: TABLE,
    positionalFrom: data.positionalFrom,
    anchored: data.anchored,
    width: tables.width,
    acceptAt: tables.acceptAt,
    states: tables.states,
    outputs: data.outputs,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const { positionalAt, clsAt, tableAt, end } = fileLayout(json.length, header);
  const out = Buffer.alloc(end);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  out.set(data.positional, positionalAt);
  const memory = new Uint8Array(tables.memory);
  out.set(memory.subarray(CLS, CLS + CLS_BYTES), clsAt);
  out.set(memory.subarray(TABLE, TABLE + tableBytes(header)), tableAt);
  return out;
}

/** Reads `into.length` bytes at `position`, all of them or throws. */
type ReadAt = (into: Uint8Array, position: number) => void;

/** The automaton from a buffer holding the file (the build's tests round-trip through it). */
export function readAutomaton(buf: Buffer, keywords: string[]): AutomatonData {
  return readAutomatonWith((into, position) => {
    if (position + into.length > buf.length) throw new Error('automaton file is truncated');
    into.set(buf.subarray(position, position + into.length));
  }, keywords);
}

/** The automaton from its file, the tables read from disk into the walk's memory directly. */
export function readAutomatonFile(file: string, keywords: string[]): AutomatonData {
  const fd = openSync(file, 'r');
  try {
    return readAutomatonWith(readerOf(fd), keywords, file === AUTOMATON_BIN);
  } finally {
    closeSync(fd);
  }
}

function readerOf(fd: number): ReadAt {
  return (into, position) => {
    for (let at = 0; at < into.length; ) {
      const n = readSync(fd, into, at, into.length - at, position + at);
      if (n === 0) throw new Error('automaton file is truncated');
      at += n;
    }
  };
}

/**
 * `builtin`: the built-in file, whose tables a thread reads once into a memory with slots for
 * worker threads (see lendTables), or takes from the main thread's (see useSharedTables).
 */
function readAutomatonWith(read: ReadAt, keywords: string[], builtin = false): AutomatonData {
  const stored = readHeader(read);
  const { header, jsonLength } = stored;
  const { positionalAt } = fileLayout(jsonLength, header);
  const positional = new Uint8Array(header.states);
  read(positional, positionalAt);
  const { memory, wasm, slot } = builtin ? readTables(read, stored) : readTablesOnce(read, stored, 1);
  return {
    layout: header.layout,
    keywords,
    positionalFrom: header.positionalFrom,
    anchored: header.anchored,
    tables: { memory, wasm, width: header.width, acceptAt: header.acceptAt, states: header.states, ...(slot ? { slot } : {}) },
    outputs: header.outputs,
    positional,
  };
}

/** The file's header, and the length of its JSON (where the tables sit follows from it). */
interface StoredHeader {
  header: AutomatonHeader;
  jsonLength: number;
}

function readHeader(read: ReadAt): StoredHeader {
  const length = Buffer.alloc(4);
  read(length, 0);
  const json = Buffer.alloc(length.readUInt32LE(0));
  read(json, 4);
  const header = JSON.parse(json.toString('utf8')) as AutomatonHeader;
  if (header.tableAt !== TABLE) throw new Error('automaton file has another memory layout');
  return { header, jsonLength: json.length };
}

type ReadTables = Pick<WalkTables, 'memory' | 'wasm' | 'slot'>;

/** The built-in tables: this thread's (or the main thread's it was lent) if they fit the header. */
function readTables(read: ReadAt, stored: StoredHeader): ReadTables {
  const { header } = stored;
  const here = tablesHere;
  if (here && here.states === header.states && here.width === header.width && here.acceptAt === header.acceptAt) {
    return { memory: here.memory.buffer, wasm: here.memory, slot: here.slot };
  }
  const tables = readTablesOnce(read, stored, SLOTS);
  if (tables.wasm && !tablesHere) {
    const { states, width, acceptAt } = header;
    tablesHere = { memory: tables.wasm, slot: 0, states, width, acceptAt };
  }
  return tables;
}

function readTablesOnce(read: ReadAt, { header, jsonLength }: StoredHeader, slots: number): ReadTables {
  const { clsAt, tableAt } = fileLayout(jsonLength, header);
  const { memory, wasm } = walkMemory(tableBytes(header), slots);
  read(new Uint8Array(memory, CLS, CLS_BYTES), clsAt);
  read(new Uint8Array(memory, TABLE, tableBytes(header)), tableAt);
  return { memory, wasm, slot: 0 };
}

const CLS_BYTES = 256 * 4;

function tableBytes(header: Pick<AutomatonHeader, 'states' | 'width'>): number {
  return header.states * header.width * 4;
}

function fileLayout(
  jsonLength: number,
  header: Pick<AutomatonHeader, 'states' | 'width'>,
): { positionalAt: number; clsAt: number; tableAt: number; end: number } {
  const positionalAt = align(4 + jsonLength, 8);
  const clsAt = align(positionalAt + header.states, 4);
  const tableAt = clsAt + CLS_BYTES;
  return { positionalAt, clsAt, tableAt, end: tableAt + tableBytes(header) };
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
