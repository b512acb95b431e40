/**
 * Finds which keywords occur in a buffer in one pass, with an Aho-Corasick automaton compiled
 * to a dense DFA over ASCII. Keywords are ASCII and matched case-insensitively; any byte >= 128
 * resets the automaton, which is correct because no keyword contains one.
 *
 * A combined regex alternation or a per-keyword indexOf both rescan the text once per keyword;
 * this walks it once whatever the number of rules.
 */
export class KeywordPrefilter {
  private readonly delta: Int32Array;
  /** For each state, the keyword indices recognised there (including via failure links). */
  private readonly outputs: (number[] | undefined)[];
  /** 1 where `outputs` is set: a typed array keeps the hot loop free of holey-array lookups. */
  private readonly accepting: Uint8Array;
  readonly keywords: readonly string[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, k) => {
      let s = 0;
      for (const ch of kw.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`);
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      out[s]!.push(k);
    });

    const n = goto.length;
    const delta = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = goto[0]!.get(c);
      if (t !== undefined) {
        delta[c] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s] = [...out[s]!, ...out[fail[s]!]!];
      for (let c = 0; c < 128; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * 128 + c]!;
          delta[s * 128 + c] = t;
          queue.push(t);
        } else {
          delta[s * 128 + c] = delta[fail[s]! * 128 + c]!;
        }
      }
    }
    // Fold upper case onto lower case so the hot loop needs no per-byte case conversion.
    for (let s = 0; s < n; s++) {
      for (let c = 65; c <= 90; c++) delta[s * 128 + c] = delta[s * 128 + c + 32]!;
    }
    this.delta = delta;
    this.outputs = out.map((o) => (o.length ? o : undefined));
    this.accepting = Uint8Array.from(out, (o) => (o.length ? 1 : 0));
  }

  /** Indices of the keywords that occur in `text` (a Buffer, or a latin1/ASCII string). */
  find(text: Uint8Array | string): Set<number> {
    const delta = this.delta;
    const outputs = this.outputs;
    const accepting = this.accepting;
    const hit = new Uint8Array(outputs.length);
    let any = 0;
    let s = 0;
    if (typeof text === 'string') {
      for (let i = 0, len = text.length; i < len; i++) {
        const c = text.charCodeAt(i);
        s = c < 128 ? delta[(s << 7) | c]! : 0;
        if (accepting[s]) {
          hit[s] = 1;
          any = 1;
        }
      }
    } else {
      for (let i = 0, len = text.length; i < len; i++) {
        const c = text[i]!;
        s = c < 128 ? delta[(s << 7) | c]! : 0;
        if (accepting[s]) {
          hit[s] = 1;
          any = 1;
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
