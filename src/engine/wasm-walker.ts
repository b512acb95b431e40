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
  /**
   * Per 16-bit half, `0x8000 - length` for the one length of its class the walk tells exactly
   * (see `reached`); 0 for a class without one. Set by the caller.
   */
  runLengths: number;
  /** Every value the counters took plus `runLengths`, ORed: see runReached. Set by the walk. */
  reached: number;
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
/**
 * Slot 0's two-stretch event areas: the first stretch's below this, the second's from it (this
 * and EVENTS_END are the defaults of `walk2`'s globals; CLS, RUNS and HALF_WINDOW are immediates
 * in it: see dfa.wat).
 */
const EVENTS_MID = EVENTS + 31 * 1024;
export const TABLE = EVENTS + 64 * 1024;
/** One step of the two run counters on a byte whose mask is `mask` (see dfa.wat). */
export function stepRuns(r: number, mask: number): number {
  return (r + 0x10001) & mask;
}
/** The counters `r` as the exact accumulator takes them (see `runsReached` in dfa.wat): wraps as an i32 does. */
export function reachedBy(r: number, runLengths: number): number {
  return (r + runLengths) | 0;
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
/**
 * The positional flags each memory's walk flags were last set for: engines built on the same
 * cached tables share their memory (see KeywordPrefilter's `ownMasks`).
 */
const flagsWrittenFor = new WeakMap<ArrayBufferLike, Map<number, Uint8Array>>();

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
  memory: ArrayBufferLike;
  /** The WebAssembly memory `memory` belongs to, when there is WebAssembly. */
  wasm: WebAssembly.Memory | undefined;
  width: number;
  /** Byte address of the first accepting state's row. */
  acceptAt: number;
  states: number;
  /**
   * The region of the memory this thread's walks use for their events, text window and flags
   * (see slotLayout): threads handed one memory share its tables, each with a slot of its own.
   * 0 unless given.
   */
  slot?: number;
}

/** Where a slot's walk keeps its events (two areas), copies its text and flags its states. */
export interface SlotLayout {
  events: number;
  eventsMid: number;
  eventsEnd: number;
  textAt: number;
  flagsAt: number;
}

/**
 * Slot 0 is the layout every memory has: events below the table (1024 to 65536, around RUNS'
 * place: see EVENTS), then after the table the text window and the flags. Each further slot
 * follows, page-aligned (threads write their slots at once: no cache line is shared), with an
 * event area, a window and flags of its own. Slots are memory the system gives pages only when
 * a walk touches them, so a slot no thread uses costs address space, not memory.
 */
export function slotLayout(tableBytes: number, slot: number): SlotLayout {
  const textAt0 = TABLE + tableBytes;
  if (slot === 0) {
    return { events: EVENTS, eventsMid: EVENTS_MID, eventsEnd: EVENTS_END, textAt: textAt0, flagsAt: textAt0 + WINDOW };
  }
  const base = alignPage(textAt0 + slotTail(tableBytes)) + (slot - 1) * alignPage(EVENT_BYTES + slotTail(tableBytes));
  const events = base;
  const textAt = base + EVENT_BYTES;
  return {
    events,
    eventsMid: events + (EVENTS_MID - EVENTS),
    eventsEnd: events + (EVENTS_END - EVENTS),
    textAt,
    flagsAt: textAt + WINDOW,
  };
}

/** A further slot's event area: the size of slot 0's, rounded to a page. */
const EVENT_BYTES = 64 * 1024;

/** A slot's text window and flags: a byte per 4 bytes of table (see walkMemory). */
function slotTail(tableBytes: number): number {
  return WINDOW + (tableBytes >> 2) + 1;
}

function alignPage(n: number): number {
  return Math.ceil(n / 4096) * 4096;
}

/**
 * Memory for `tableBytes` of table in the walk's layout, zeroed (see WalkTables). After the
 * WebAssembly walk's text window come its flags, a byte per 4 bytes of table (see `flags` in
 * dfa.wat): only the first of each accepting row's is used, so no division finds them, and the
 * rest are never touched (the system gives those pages no memory).
 */
export function walkMemory(tableBytes: number, slots = 1): Pick<WalkTables, 'memory' | 'wasm'> {
  const textAt = TABLE + tableBytes;
  if (dfaModule()) {
    const last = slotLayout(tableBytes, slots - 1);
    const pages = Math.ceil((last.flagsAt + (tableBytes >> 2) + 1) / PAGE);
    // Shared (dfa.wat imports it so) so that worker threads can be handed it, not a copy.
    const wasm = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
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
  private readonly walkFn: (
    p: number,
    end: number,
    cls: number,
    acc: number,
    evEnd: number,
    runs: number,
    flags: number,
  ) => number;
  private readonly walk2Fn: (p: number, end: number, acc: number, flags: number) => number;
  private readonly state: WebAssembly.Global;
  private readonly run: WebAssembly.Global;
  private readonly run2: WebAssembly.Global;
  private readonly runs: WebAssembly.Global;
  private readonly runLengths: WebAssembly.Global;
  private readonly reached: WebAssembly.Global;
  private readonly eventsAt: WebAssembly.Global;
  private readonly state2: WebAssembly.Global;
  private readonly events2At: WebAssembly.Global;
  /** This thread's event areas (see slotLayout). */
  private readonly events: number;
  private readonly eventsMid: number;
  private readonly eventsEnd: number;
  private readonly bytes: Uint8Array;
  private readonly i32: Int32Array;
  private readonly textAt: number;
  /** Where the walk's flags are (see `flags` in dfa.wat), and the memory they are in. */
  private readonly flagsAt: number;
  private readonly memory: ArrayBufferLike;
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
    const slot = slotLayout(tables.states * tables.width * 4, tables.slot ?? 0);
    this.textAt = slot.textAt;
    this.events = slot.events;
    this.eventsMid = slot.eventsMid;
    this.eventsEnd = slot.eventsEnd;
    const instance = new WebAssembly.Instance(mod, { env: { memory } });
    const exports = instance.exports as {
      walk: WasmWalker['walkFn'];
      walk2: WasmWalker['walk2Fn'];
      state: WebAssembly.Global;
      events: WebAssembly.Global;
      state2: WebAssembly.Global;
      events2: WebAssembly.Global;
      eventsMid: WebAssembly.Global;
      events2End: WebAssembly.Global;
      run: WebAssembly.Global;
      run2: WebAssembly.Global;
      runs: WebAssembly.Global;
      runLengths: WebAssembly.Global;
      runsReached: WebAssembly.Global;
    };
    this.walkFn = exports.walk;
    this.walk2Fn = exports.walk2;
    this.state = exports.state;
    this.eventsAt = exports.events;
    this.state2 = exports.state2;
    this.events2At = exports.events2;
    this.run = exports.run;
    this.run2 = exports.run2;
    this.runs = exports.runs;
    this.runLengths = exports.runLengths;
    this.reached = exports.runsReached;
    exports.eventsMid.value = slot.eventsMid;
    exports.events2End.value = slot.eventsEnd;
    // The memory never grows, so these views stay valid.
    this.bytes = new Uint8Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer);
    this.acceptAt = tables.acceptAt;
    this.flagsAt = slot.flagsAt;
    this.memory = memory.buffer;
  }

  /** The flag of state `st` (see `flags` in dfa.wat). */
  private flagOf(st: number): number {
    return this.flagsAt + ((TABLE + st * this.width * 4 - this.acceptAt) >> 2);
  }

  /** Flags the states whose every event is wanted, if the memory's flags were set for others. */
  private ownFlags(positional: Uint8Array): void {
    let written = flagsWrittenFor.get(this.memory);
    if (!written) flagsWrittenFor.set(this.memory, (written = new Map()));
    // Keyed by slot too: each slot has flags of its own.
    if (written.get(this.flagsAt) === positional) return;
    const first = stateAt(this.acceptAt, this.width);
    for (let st = first; st < positional.length; st++) this.bytes[this.flagOf(st)] = positional[st] ? 2 : 0;
    written.set(this.flagsAt, positional);
  }

  /**
   * Walks `text`, reporting to `sink` exactly what one walk from its start would, in the same
   * order. A large text is walked as two stretches at once: the first half, and the second
   * from the middle, having walked the `depth` bytes before it first (by the middle that walk
   * is in the state one walk would be in). The second's events are kept aside and reported
   * after the first half's. The module records a state's accepting step only the first time
   * in a text unless the state is positional (`flags` in dfa.wat): the sink's `hitStates` need
   * no more, and on lodash's builds half of all accepting steps were such repeats, each handled
   * here.
   */
  walk(text: Uint8Array, sink: WalkSink): void {
    this.ownFlags(sink.positional);
    const n = text.length;
    this.state.value = TABLE;
    this.run.value = 0;
    this.runs.value = 0;
    this.runLengths.value = sink.runLengths;
    this.reached.value = 0;
    const middle = n >>> 1;
    if (n < TWO_STRETCHES_FROM || middle < this.depth) {
      this.walkOne(text, 0, n, (stop, shift) => this.report(this.events, stop, shift, sink));
    } else {
      const later: number[] = [];
      this.walkTwo(text, middle, sink, later);
      for (let i = 0; i < later.length; i += 2) this.take(later[i]!, later[i + 1]!, sink);
    }
    sink.runs = this.runs.value as number;
    sink.reached = this.reached.value as number;
    // The next text starts with every state unreached again.
    const { bytes } = this;
    for (const st of sink.hitStates) if (!sink.positional[st]) bytes[this.flagOf(st)] = 0;
  }

  /**
   * The two stretches of `walk`. The second is first walked alone over the `depth` bytes before
   * the middle: what it reaches there is not what one walk would, so its events are dropped and
   * the flags they set cleared, before the first stretch can read them.
   */
  private walkTwo(text: Uint8Array, middle: number, sink: WalkSink, later: number[]): void {
    const n = text.length;
    const { bytes, textAt } = this;
    const second = textAt + HALF_WINDOW;
    this.walkOne(text, middle - this.depth, middle, (stop) => this.unflag(this.events, stop));
    this.state2.value = this.state.value;
    this.run2.value = this.run.value;
    this.state.value = TABLE;
    this.run.value = 0;
    let a = 0;
    let b = middle;
    while (a < middle) {
      const len = Math.min(HALF_WINDOW, middle - a);
      bytes.set(text.subarray(a, a + len), textAt);
      bytes.set(text.subarray(b, b + len), second);
      let p = textAt;
      for (;;) {
        this.eventsAt.value = this.events;
        this.events2At.value = this.eventsMid;
        p = this.walk2Fn(p, textAt + len, this.acceptAt, this.flagsAt);
        // Both stretches' events hold the first's place in the window.
        this.report(this.events, this.eventsAt.value as number, a - textAt, sink);
        this.putAside(this.eventsMid, this.events2At.value as number, b - textAt, later);
        if (p >= textAt + len) break;
      }
      a += len;
      b += len;
    }
    // An odd length leaves the second stretch one byte longer: it goes on alone.
    this.state.value = this.state2.value;
    this.run.value = this.run2.value;
    this.walkOne(text, b, n, (stop, shift) => this.putAside(this.events, stop, shift, later));
  }

  /**
   * Walks text[from, to) from the current state; `drain` takes each full or last event area's
   * events, in [events, stop) of the memory, whose ends are text offsets less `shift`.
   */
  private walkOne(text: Uint8Array, from: number, to: number, drain: (stop: number, shift: number) => void): void {
    const { bytes, textAt } = this;
    for (let base = from; base < to; base += WINDOW) {
      const piece = text.subarray(base, Math.min(to, base + WINDOW));
      bytes.set(piece, textAt);
      const end = textAt + piece.length;
      let p = textAt;
      for (;;) {
        this.eventsAt.value = this.events;
        p = this.walkFn(p, end, CLS, this.acceptAt, this.eventsEnd, RUNS, this.flagsAt);
        drain(this.eventsAt.value as number, base - textAt);
        if (p >= end) break;
      }
    }
  }

  /** Clears the flags that the events in [from, stop) of the memory set. */
  private unflag(from: number, stop: number): void {
    const { i32, bytes } = this;
    for (let e = from >> 2; e < stop >> 2; e += 2) {
      const flag = this.flagsAt + ((i32[e + 1]! - this.acceptAt) >> 2);
      if (bytes[flag] === 1) bytes[flag] = 0;
    }
  }

  /** Reports the events in [from, stop) of the memory, whose ends are text offsets less `shift`. */
  private report(from: number, stop: number, shift: number, sink: WalkSink): void {
    const i32 = this.i32;
    for (let e = from >> 2; e < stop >> 2; e += 2) this.take(i32[e]! + shift, i32[e + 1]!, sink);
  }

  /** Keeps the events in [from, stop) of the memory aside, as (end, row address) pairs. */
  private putAside(from: number, stop: number, shift: number, later: number[]): void {
    const i32 = this.i32;
    for (let e = from >> 2; e < stop >> 2; e += 2) later.push(i32[e]! + shift, i32[e + 1]!);
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
