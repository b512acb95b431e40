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
  /** The least end offset of an anchored event dropped (Infinity while none is). */
  droppedFrom: number;
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
 * whose starts were dropped are listed in `starts.cut`, with where the lists stop being whole
 * (`starts.cutFrom`); the engine walks the rest again a piece at a time (see `startsIn`).
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
    } else {
      // A two-stretch walk reports its second stretch's events last: the least end, not the first.
      if (end < sink.droppedFrom) sink.droppedFrom = end;
      if (!sink.isDropped[st]) {
        sink.isDropped[st] = 1;
        sink.dropped.push(st);
      }
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

const CR = 13;
/**
 * Carriage returns in a row that a walk skips (see WasmWalker.walk). A binary file's text is
 * mostly the carriage returns binaryText turns its other bytes into (node_modules' binaries: 12
 * of their 15 MB in stretches of 64 or more), each walked like any byte. Skipping costs a
 * look for stretches in every text (see blankStretch) and a walk's set-up per piece between
 * them: shorter stretches are not worth it.
 */
const BLANK_STRETCH = 256;
const FOUR_CRS = 0x0d0d0d0d;

/** `text` as 32-bit words from the word holding its first byte, and where its first byte is in that word. */
function wordsOf(text: Uint8Array): { words: Uint32Array; base: number } {
  const base = text.byteOffset & 3;
  return { words: new Uint32Array(text.buffer, text.byteOffset - base, (text.length + base) >> 2), base };
}

/** The first offset from `at` whose byte is not a carriage return (or the length), read four bytes at a time. */
function pastCrs(text: Uint8Array, words: Uint32Array, base: number, at: number): number {
  const n = text.length;
  for (; at < n && (at + base) & 3; at++) if (text[at] !== CR) return at;
  let w = (at + base) >> 2;
  while (w < words.length && words[w] === FOUR_CRS) w++;
  for (at = Math.max(at, (w << 2) - base); at < n && text[at] === CR;) at++;
  return at;
}

/** Words between the looks of blankStretch: any stretch of BLANK_STRETCH holds one whole word it looks at. */
const PROBE_WORDS = (BLANK_STRETCH - 3) >> 3;

/**
 * Where the first stretch of at least BLANK_STRETCH carriage returns at or after `from` starts
 * (`from` follows a byte that is not one, or is 0), or -1. Looks at one word in PROBE_WORDS and
 * around those that are four carriage returns: a text without stretches costs a look per 124
 * bytes. (Buffer's indexOf of the stretch looked at every carriage return of a binary's text,
 * and cost more than walking them.)
 */
function blankStretch(text: Uint8Array, words: Uint32Array, base: number, from: number): number {
  let w = (from + base + 3) >> 2;
  while (w < words.length) {
    if (words[w] !== FOUR_CRS) {
      w += PROBE_WORDS;
      continue;
    }
    let start = (w << 2) - base;
    while (start > from && text[start - 1] === CR) start--;
    const end = pastCrs(text, words, base, start);
    if (end - start >= BLANK_STRETCH) return start;
    w = (end + base + 3) >> 2;
  }
  return -1;
}

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
    this.runs.value = 0;
    this.runLengths.value = sink.runLengths;
    this.reached.value = 0;
    // A stretch of blanks is walked as its first carriage return: past it, the walk is where
    // the rest would leave it (the root, its run counters at 0), and the next piece starts there.
    let from = 0;
    let carried = false; // the walk goes on from where it is, not from the root
    if (text.length >= BLANK_STRETCH) {
      const { words, base } = wordsOf(text);
      for (let at = blankStretch(text, words, base, 0); at >= 0; at = blankStretch(text, words, base, from)) {
        this.walkPiece(text, from, at + 1, sink);
        if ((carried = !this.blanksKeep())) {
          from = at + 1;
          break;
        }
        from = pastCrs(text, words, base, at + BLANK_STRETCH);
      }
    }
    if (carried) this.walkOne(text, from, text.length, (stop, shift) => this.report(this.events, stop, shift, sink));
    else this.walkPiece(text, from, text.length, sink);
    sink.runs = this.runs.value as number;
    sink.reached = this.reached.value as number;
    // The next text starts with every state unreached again.
    const { bytes } = this;
    for (const st of sink.hitStates) if (!sink.positional[st]) bytes[this.flagOf(st)] = 0;
  }

  /**
   * Walks text[from, to) from the root with its run counters at 0 (the start of a text, or
   * past a stretch of blanks: see blanksKeep), reporting its events in the text's offsets.
   */
  private walkPiece(text: Uint8Array, from: number, to: number, sink: WalkSink): void {
    this.state.value = TABLE;
    this.run.value = 0;
    const half = (to - from) >>> 1;
    if (to - from < TWO_STRETCHES_FROM || half < this.depth) {
      this.walkOne(text, from, to, (stop, shift) => this.report(this.events, stop, shift, sink));
    } else {
      const later: number[] = [];
      this.walkTwo(text, from, to, from + half, sink, later);
      for (let i = 0; i < later.length; i += 2) this.take(later[i]!, later[i + 1]!, sink);
    }
  }

  /**
   * Whether, having just walked a carriage return, the walk stays where it is over any more of
   * them: at the root, its run counters at 0, and a carriage return keeps it so. It does unless
   * a keyword or a run class holds one; then the rest of the text is walked byte by byte.
   */
  private blanksKeep(): boolean {
    const { i32 } = this;
    return (
      this.state.value === TABLE &&
      this.run.value === 0 &&
      i32[(RUNS >> 2) + CR] === 0 &&
      i32[(TABLE >> 2) + (i32[(CLS >> 2) + CR]! >> 2)] === TABLE
    );
  }

  /**
   * The two stretches of `walkPiece`, [from, middle) and [middle, to). The second is first
   * walked alone over the `depth` bytes before the middle: what it reaches there is not what
   * one walk would, so its events are dropped and the flags they set cleared, before the
   * first stretch can read them.
   */
  private walkTwo(text: Uint8Array, from: number, to: number, middle: number, sink: WalkSink, later: number[]): void {
    const { bytes, textAt } = this;
    const second = textAt + HALF_WINDOW;
    this.walkOne(text, middle - this.depth, middle, (stop) => this.unflag(this.events, stop));
    this.state2.value = this.state.value;
    this.run2.value = this.run.value;
    this.state.value = TABLE;
    this.run.value = 0;
    let a = from;
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
    this.walkOne(text, b, to, (stop, shift) => this.putAside(this.events, stop, shift, later));
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
