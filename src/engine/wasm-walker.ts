import { DFA_WASM_BASE64 } from './dfa-wasm.js';

/** What a walk reports: accepting states reached (each once) and (end offset, state) events. */
export interface WalkSink {
  /** Per-state flag: already in hitStates (the caller clears it after the walk). */
  hit: Uint8Array;
  hitStates: number[];
  /** Per state: non-zero if the caller wants the offsets where it is reached. */
  positional: Uint8Array;
  /** (end offset, state) pairs, within the budgets below (see recordEvent). */
  events: number[];
  /** Events recorded so far for positional (bit 1) and anchored (bit 2) states. */
  ends: number;
  starts: number;
  /** States whose anchored starts were dropped past MAX_STARTS (each once; `isDropped` flags them). */
  dropped: number[];
  isDropped: Uint8Array;
  /**
   * The run counters' accumulator (see RUNS): every value the two 16-bit counters took, ORed.
   * Set by the walk.
   */
  runs: number;
}

/**
 * Anchored keywords' starts recorded per input, at most. A run of one character (10 MB of `A`,
 * as base64 of zeroed data reads) reaches a keyword such as `AAAAAAAAAAAAAAAAAAAAA` at every
 * byte: recording each cost 70 bytes of memory per input byte. Past this many, the keywords
 * whose starts were dropped are listed in `starts.cut` and their rules search the text instead.
 */
export const MAX_STARTS = 1 << 18;
/** Ends of base64 spellings of keywords recorded per input, at most (runs decoded around them). */
export const MAX_POSITIONS = 4096;

/**
 * Records that positional state `st` was reached at `end`, while the input's budgets last; past
 * MAX_STARTS, a state that starts anchored keywords is listed as dropped instead.
 */
export function recordEvent(sink: WalkSink, end: number, st: number): void {
  const flags = sink.positional[st]!;
  let keep = false;
  if (flags & 1 && sink.ends < MAX_POSITIONS) {
    sink.ends++;
    keep = true;
  }
  if (flags & 2) {
    if (sink.starts < MAX_STARTS) {
      sink.starts++;
      keep = true;
    } else if (!sink.isDropped[st]) {
      sink.isDropped[st] = 1;
      sink.dropped.push(st);
    }
  }
  if (keep) sink.events.push(end, st);
}

/** Byte offsets in a walk's memory: see WalkTables. */
export const CLS = 0;
const EVENTS = 1024;
/**
 * 256 u32: for each byte, the run counters it continues (0xffff for the low counter, 0xffff0000
 * for the high one). Written by KeywordPrefilter for its run classes; not part of a stored table.
 */
export const RUNS = EVENTS + 63 * 1024;
const EVENTS_END = RUNS;
/** A two-stretch walk's event areas: the first stretch's below this, the second's from it. */
const EVENTS_MID = EVENTS + 31 * 1024;
export const TABLE = EVENTS + 64 * 1024;
/** One step of the two run counters on a byte whose mask is `mask` (see dfa.wat). */
export function stepRuns(r: number, mask: number): number {
  return (r + 0x10001) & mask;
}
/** Text is copied into the module's memory this much at a time; the state carries over. */
const WINDOW = 1 << 20;
/** Each stretch's part of the window in a two-stretch walk. */
const HALF_WINDOW = WINDOW / 2;
/**
 * Texts from this size are walked as two stretches at once (`walk2` in dfa.wat). Measured on
 * lodash's history (builds of 100 KB to 1.4 MB), the walk took about 40% less time; below
 * this, the overlap and the second stretch's buffered events are not worth it.
 */
const TWO_STRETCHES_FROM = 16 * 1024;
const PAGE = 64 * 1024;

let compiled: WebAssembly.Module | null | undefined;

function dfaModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(DFA_WASM_BASE64, 'base64'));
    } catch {
      compiled = null; // no WebAssembly here (node --jitless): the JavaScript loop is used
    }
  }
  return compiled;
}

/**
 * The automaton in the one layout every walk reads (src/engine/dfa.wat, and the JavaScript
 * loops in prefilter.ts), so that a table stored in it (dist/builtin-automaton.bin) is read
 * straight into place: at CLS, 256 u32, each byte's column as a byte offset within a row
 * (class × 4); at TABLE, rows of `width` u32, each entry the byte address of the next state's
 * row, rows of accepting states last (from `acceptAt`); after the table, the WebAssembly walk's
 * text window. The memory is a WebAssembly.Memory's where the runtime has WebAssembly.
 */
export interface WalkTables {
  memory: ArrayBuffer;
  /** The WebAssembly memory `memory` belongs to, when there is WebAssembly. */
  wasm: WebAssembly.Memory | undefined;
  width: number;
  /** Byte address of the first accepting state's row. */
  acceptAt: number;
  states: number;
}

/** Memory for `tableBytes` of table in the walk's layout, zeroed (see WalkTables). */
export function walkMemory(tableBytes: number): Pick<WalkTables, 'memory' | 'wasm'> {
  const textAt = TABLE + tableBytes;
  if (dfaModule()) {
    const wasm = new WebAssembly.Memory({ initial: Math.ceil((textAt + WINDOW) / PAGE) });
    return { memory: wasm.buffer, wasm };
  }
  return { memory: new ArrayBuffer(textAt), wasm: undefined };
}

/**
 * Lays out a table of row offsets (state number × width) and a byte → class map in the walk's
 * layout: each entry becomes an absolute byte address, so a walk does one load from the
 * byte's column and one from the table per byte.
 */
export function layoutWalkTables(
  table: Int32Array,
  classOf: Uint8Array,
  width: number,
  acceptFrom: number,
): WalkTables {
  const { memory, wasm } = walkMemory(table.length * 4);
  const i32 = new Int32Array(memory);
  for (let c = 0; c < 256; c++) i32[CLS / 4 + c] = classOf[c]! * 4;
  const base = TABLE / 4;
  for (let i = 0; i < table.length; i++) i32[base + i] = TABLE + table[i]! * 4;
  return { memory, wasm, width, acceptAt: TABLE + acceptFrom * 4, states: table.length / width };
}

/** The state number of a row address. */
export function stateAt(address: number, width: number): number {
  return ((address - TABLE) / 4 / width) | 0;
}

/** Runs the prefilter's DFA (src/engine/dfa.wat) over bytes, on tables laid out in WebAssembly memory. */
export class WasmWalker {
  private readonly walkFn: (p: number, end: number, cls: number, acc: number, evEnd: number, runs: number) => number;
  private readonly walk2Fn: (
    p: number,
    end: number,
    q: number,
    end2: number,
    cls: number,
    acc: number,
    evEnd: number,
    evEnd2: number,
    runs: number,
  ) => number;
  private readonly state: WebAssembly.Global;
  private readonly run: WebAssembly.Global;
  private readonly run2: WebAssembly.Global;
  private readonly runs: WebAssembly.Global;
  private readonly eventsAt: WebAssembly.Global;
  private readonly state2: WebAssembly.Global;
  private readonly events2At: WebAssembly.Global;
  private readonly at2: WebAssembly.Global;
  private readonly bytes: Uint8Array;
  private readonly i32: Int32Array;
  private readonly textAt: number;
  private readonly acceptAt: number;
  private readonly width: number;

  /**
   * undefined when WebAssembly is not available (the tables' memory is then not WebAssembly's).
   * `depth` is the longest keyword's length: a walk started that far before an offset is in
   * the right state there, whatever came before.
   */
  static create(tables: WalkTables, depth: number): WasmWalker | undefined {
    const mod = dfaModule();
    return mod && tables.wasm ? new WasmWalker(mod, tables, tables.wasm, depth) : undefined;
  }

  private constructor(
    mod: WebAssembly.Module,
    tables: WalkTables,
    memory: WebAssembly.Memory,
    private readonly depth: number,
  ) {
    this.width = tables.width;
    this.textAt = TABLE + tables.states * tables.width * 4;
    const instance = new WebAssembly.Instance(mod, { env: { memory } });
    const exports = instance.exports as {
      walk: WasmWalker['walkFn'];
      walk2: WasmWalker['walk2Fn'];
      state: WebAssembly.Global;
      events: WebAssembly.Global;
      state2: WebAssembly.Global;
      events2: WebAssembly.Global;
      at2: WebAssembly.Global;
      run: WebAssembly.Global;
      run2: WebAssembly.Global;
      runs: WebAssembly.Global;
    };
    this.walkFn = exports.walk;
    this.walk2Fn = exports.walk2;
    this.state = exports.state;
    this.eventsAt = exports.events;
    this.state2 = exports.state2;
    this.events2At = exports.events2;
    this.at2 = exports.at2;
    this.run = exports.run;
    this.run2 = exports.run2;
    this.runs = exports.runs;
    // The memory never grows, so these views stay valid.
    this.bytes = new Uint8Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer);
    this.acceptAt = tables.acceptAt;
  }

  /**
   * Walks `text`, reporting to `sink` exactly what one walk from its start would, in the same
   * order. A large text is walked as two stretches at once: the first half, and the second
   * from `depth` bytes before the middle (by the middle that walk is in the state one walk
   * would be in). The second's events up to the middle are the first's too and are dropped;
   * the rest are kept aside and reported after the first half's.
   */
  walk(text: Uint8Array, sink: WalkSink): void {
    const n = text.length;
    this.state.value = TABLE;
    this.run.value = 0;
    this.runs.value = 0;
    if (n < TWO_STRETCHES_FROM) {
      this.walkOne(text, 0, n, sink, undefined);
      sink.runs = this.runs.value as number;
      return;
    }
    const middle = n >>> 1;
    const later: number[] = [];
    const { bytes, textAt } = this;
    const second = textAt + HALF_WINDOW;
    this.state2.value = TABLE;
    // The second stretch's counters start at 0 too: a run that crosses its start is counted
    // short only if it is over `depth` bytes long by then, and the first stretch has counted
    // that much of it (run classes are used only for runs up to `depth`: see KeywordPrefilter).
    this.run2.value = 0;
    let a = 0;
    let b = middle - this.depth;
    while (a < middle) {
      const len = Math.min(HALF_WINDOW, middle - a);
      bytes.set(text.subarray(a, a + len), textAt);
      bytes.set(text.subarray(b, b + len), second);
      let p = textAt;
      this.at2.value = second;
      for (;;) {
        this.eventsAt.value = EVENTS;
        this.events2At.value = EVENTS_MID;
        p = this.walk2Fn(
          p,
          textAt + len,
          this.at2.value as number,
          second + len,
          CLS,
          this.acceptAt,
          EVENTS_MID,
          EVENTS_END,
          RUNS,
        );
        this.report(EVENTS, this.eventsAt.value as number, a - textAt, sink);
        this.keep(EVENTS_MID, this.events2At.value as number, b - second, middle, later);
        if (p >= textAt + len) break;
      }
      a += len;
      b += len;
    }
    // The second stretch is `depth` bytes longer: it goes on alone, from its own state.
    this.state.value = this.state2.value;
    this.run.value = this.run2.value;
    this.walkOne(text, b, n, undefined, { after: middle, later });
    sink.runs = this.runs.value as number;
    for (let i = 0; i < later.length; i += 2) this.take(later[i]!, later[i + 1]!, sink);
  }

  /**
   * Walks text[from, to) from the current state, reporting events to `sink`, or keeping those
   * past `aside.after` in `aside.later`.
   */
  private walkOne(
    text: Uint8Array,
    from: number,
    to: number,
    sink: WalkSink | undefined,
    aside: { after: number; later: number[] } | undefined,
  ): void {
    const { bytes, textAt } = this;
    for (let base = from; base < to; base += WINDOW) {
      const piece = text.subarray(base, Math.min(to, base + WINDOW));
      bytes.set(piece, textAt);
      const end = textAt + piece.length;
      let p = textAt;
      for (;;) {
        this.eventsAt.value = EVENTS;
        p = this.walkFn(p, end, CLS, this.acceptAt, EVENTS_END, RUNS);
        const stop = this.eventsAt.value as number;
        if (sink) this.report(EVENTS, stop, base - textAt, sink);
        else this.keep(EVENTS, stop, base - textAt, aside!.after, aside!.later);
        if (p >= end) break;
      }
    }
  }

  /** Reports the events in [from, stop) of the memory, whose ends are text offsets less `shift`. */
  private report(from: number, stop: number, shift: number, sink: WalkSink): void {
    const i32 = this.i32;
    for (let e = from >> 2; e < stop >> 2; e += 2) this.take(i32[e]! + shift, i32[e + 1]!, sink);
  }

  /** Keeps the events in [from, stop) that end past `after`, as (end, row address) pairs. */
  private keep(from: number, stop: number, shift: number, after: number, later: number[]): void {
    const i32 = this.i32;
    for (let e = from >> 2; e < stop >> 2; e += 2) {
      const end = i32[e]! + shift;
      if (end > after) later.push(end, i32[e + 1]!);
    }
  }

  private take(end: number, row: number, sink: WalkSink): void {
    const st = stateAt(row, this.width);
    if (!sink.hit[st]) {
      sink.hit[st] = 1;
      sink.hitStates.push(st);
    }
    if (sink.positional[st]) recordEvent(sink, end, st);
  }
}
