/**
 * Finds which keywords occur in a buffer in one pass, with an Aho-Corasick automaton compiled
 * to a dense DFA over ASCII. Keywords are ASCII and matched case-insensitively; any byte >= 128
 * resets the automaton, which is correct because no keyword contains one.
 *
 * A combined regex alternation or a per-keyword indexOf both rescan the text once per keyword;
 * this walks it once whatever the number of rules.
 */
const MAX_POSITIONS = 4096;

export class KeywordPrefilter {
  private readonly table: Uint16Array | Uint32Array;
  private readonly classOf: Uint8Array;
  private readonly width: number;
  private readonly acceptBit: number;
  /** For each state, the keyword indices recognised there (including via failure links). */
  private readonly outputs: (number[] | undefined)[];
  readonly keywords: readonly string[];

  /**
   * Per state: bit 1 if a positional keyword ends there (its end offset is recorded), bit 2 if
   * an anchored keyword does (its start offset is recorded, per keyword).
   */
  private readonly positional: Uint8Array;
  private readonly anchored: ReadonlySet<number>;

  /**
   * @param positionalFrom keywords at this index and after are reported with their end offsets
   *   (used for base64 spellings of keywords, whose runs the engine then decodes).
   * @param anchored keywords whose start offsets are reported (for rules whose matches start at
   *   a keyword: the engine tries them only there).
   */
  constructor(keywords: readonly string[], positionalFrom = keywords.length, anchored: ReadonlySet<number> = new Set()) {
    this.anchored = anchored;
    this.keywords = keywords;
    // Typed arrays throughout: this runs at every start-up, including the pre-commit hook's.
    let maxStates = 1;
    for (const kw of keywords) maxStates += kw.length;
    const trie = new Int32Array(maxStates * 128).fill(-1);
    const out: number[][] = [[]];
    let n = 1;
    keywords.forEach((kw, k) => {
      let s = 0;
      const lower = kw.toLowerCase();
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        if (c >= 128) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`);
        let next = trie[s * 128 + c]!;
        if (next === -1) {
          next = n++;
          out.push([]);
          trie[s * 128 + c] = next;
        }
        s = next;
      }
      out[s]!.push(k);
    });

    const delta = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let qn = 0;
    for (let c = 0; c < 128; c++) {
      const t = trie[c]!;
      if (t !== -1) {
        delta[c] = t;
        queue[qn++] = t;
      }
    }
    for (let qi = 0; qi < qn; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]!.length) out[s] = out[s]!.concat(out[f]!);
      for (let c = 0; c < 128; c++) {
        const t = trie[s * 128 + c]!;
        if (t !== -1) {
          fail[t] = delta[f * 128 + c]!;
          delta[s * 128 + c] = t;
          queue[qn++] = t;
        } else {
          delta[s * 128 + c] = delta[f * 128 + c]!;
        }
      }
    }
    // Compress the DFA for the hot loop: bytes that occur in no keyword share one column (they
    // always lead back to the root), upper case shares the lower-case column, and the accepting
    // flag rides in the top bit of each entry, so the loop does two loads and a test per byte.
    // The table stays small enough to live in cache (about 50 columns instead of 128).
    const classOf = new Uint8Array(256);
    let width = 1;
    for (let c = 0; c < 128; c++) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if (lower !== c) continue;
      let used = false;
      for (let st = 0; st < n && !used; st++) used = trie[st * 128 + c] !== -1;
      if (used) classOf[c] = width++;
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
    const accepting = Uint8Array.from(out, (o) => (o.length ? 1 : 0));
    const big = n >= 0x8000;
    const acceptBit = big ? 0x80000000 : 0x8000;
    const table = big ? new Uint32Array(n * width) : new Uint16Array(n * width);
    for (let st = 0; st < n; st++) {
      for (let c = 0; c < 128; c++) {
        if (c >= 65 && c <= 90) continue; // shares the lower-case column
        const k = classOf[c]!;
        const to = delta[st * 128 + c]!;
        table[st * width + k] = (to | (accepting[to] ? acceptBit : 0)) >>> 0;
      }
    }
    this.table = table;
    this.classOf = classOf;
    this.width = width;
    this.acceptBit = acceptBit;
    this.outputs = out.map((o) => (o.length ? o : undefined));
    this.positional = Uint8Array.from(out, (o) => (o.some((k) => k >= positionalFrom) ? 1 : 0) | (o.some((k) => anchored.has(k)) ? 2 : 0));
  }

  /** Number of automaton states (for diagnostics and benchmarks). */
  get states(): number {
    return this.outputs.length;
  }

  /**
   * Indices of the keywords that occur in `text` (a Buffer, or a latin1/ASCII string). When
   * `positions` is given, the end offsets of positional keywords are pushed to it (at most
   * MAX_POSITIONS: past that the caller learns only that there were many).
   */
  find(text: Uint8Array | string, positions?: number[], starts?: number[][]): Set<number> {
    const table = this.table;
    const classOf = this.classOf;
    const width = this.width;
    const acceptBit = this.acceptBit;
    const mask = acceptBit - 1;
    const outputs = this.outputs;
    const positional = positions || starts ? this.positional : undefined;
    const keywords = this.keywords;
    const anchored = this.anchored;
    // Anchored keyword ends are rare enough to record as they come and convert afterwards.
    const anchorEnds: number[] = [];
    const hit = new Uint8Array(outputs.length);
    let any = 0;
    let s = 0;
    // The two loops differ only in how a byte is read; kept apart so each stays monomorphic
    // in the scan's hottest loop, rather than branching on the input type per byte.
    if (typeof text === 'string') {
      for (let i = 0, len = text.length; i < len; i++) {
        const c = text.charCodeAt(i);
        s = table[(s & mask) * width + (c < 256 ? classOf[c]! : 0)]!;
        if (s & acceptBit) {
          const st = s & mask;
          hit[st] = 1;
          any = 1;
          if (positional !== undefined && positional[st]) {
            const flags = positional[st]!;
            if (flags & 1 && positions && positions.length < MAX_POSITIONS) positions.push(i + 1);
            if (flags & 2 && starts) anchorEnds.push(i + 1, st);
          }
        }
      }
    } else {
      for (let i = 0, len = text.length; i < len; i++) {
        s = table[(s & mask) * width + classOf[text[i]!]!]!;
        if (s & acceptBit) {
          const st = s & mask;
          hit[st] = 1;
          any = 1;
          if (positional !== undefined && positional[st]) {
            const flags = positional[st]!;
            if (flags & 1 && positions && positions.length < MAX_POSITIONS) positions.push(i + 1);
            if (flags & 2 && starts) anchorEnds.push(i + 1, st);
          }
        }
      }
    }
    if (starts) {
      for (let j = 0; j < anchorEnds.length; j += 2) {
        const end = anchorEnds[j]!;
        for (const k of outputs[anchorEnds[j + 1]!]!) {
          if (anchored.has(k)) (starts[k] ??= []).push(end - keywords[k]!.length);
        }
      }
    }
    const found = new Set<number>();
    if (!any) return found;
    for (let st = 0; st < hit.length; st++) {
      if (hit[st]) for (const k of outputs[st]!) found.add(k);
    }
    return found;
  }
}

/** Inputs this large always use the automaton; smaller ones use indexOf until enough bytes have gone by. */
const SMALL_INPUT = 16 * 1024;
/** One indexOf pass per keyword costs about 1 ms per KB with ~1,700 keywords, the automaton
 * about 80 ms to build: past this much input the automaton is cheaper. */
const AUTOMATON_AFTER_BYTES = 64 * 1024;

/**
 * Chooses how to find keywords. Building the automaton for a few hundred rules takes tens of
 * milliseconds, which is most of a pre-commit hook's budget, so small scans use one indexOf per
 * keyword on lower-cased text and the automaton is built only once a scan proves large.
 * Both paths return the same keywords and positions.
 */
export class KeywordFinder {
  private automaton: KeywordPrefilter | undefined;
  private searched = 0;
  private readonly lowered: string[];

  constructor(
    readonly keywords: readonly string[],
    private readonly positionalFrom = keywords.length,
    private readonly anchored: ReadonlySet<number> = new Set(),
  ) {
    this.lowered = keywords.map((k) => k.toLowerCase());
  }

  find(text: Uint8Array | string, positions?: number[], starts?: number[][]): Set<number> {
    if (this.automaton || text.length >= SMALL_INPUT || this.searched + text.length >= AUTOMATON_AFTER_BYTES) {
      this.automaton ??= new KeywordPrefilter(this.keywords, this.positionalFrom, this.anchored);
      return this.automaton.find(text, positions, starts);
    }
    this.searched += text.length;
    const lower = (typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('latin1')).toLowerCase();
    const found = new Set<number>();
    for (let k = 0; k < this.lowered.length; k++) {
      const kw = this.lowered[k]!;
      let at = lower.indexOf(kw);
      if (at === -1) continue;
      found.add(k);
      if (starts && this.anchored.has(k)) {
        const list = (starts[k] ??= []);
        for (let a = at; a !== -1; a = lower.indexOf(kw, a + 1)) list.push(a);
      }
      if (!positions || k < this.positionalFrom) continue;
      while (at !== -1 && positions.length < MAX_POSITIONS) {
        positions.push(at + kw.length);
        at = lower.indexOf(kw, at + 1);
      }
    }
    // The automaton reports positions in text order; keep the two paths interchangeable.
    if (positions && positions.length > 1) positions.sort((a, b) => a - b);
    return found;
  }
}
