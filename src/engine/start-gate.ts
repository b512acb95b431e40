/**
 * A cheap test that turns down most keyword starts of an anchored rule before its regex is
 * tried there. The generic rules are tried at every `pass`/`secret`/`token`/`key` of a text
 * (about 69,000 starts on a node_modules tree, twenty-odd rules each) and nearly every attempt
 * fails right after the name: `tokens.push(`, `tokenize(`, `key in obj`. An attempt costs a
 * regex call; the test reads a few characters.
 *
 * What the test checks follows from the pattern: its top-level sequence is read node by node
 * until the first node that must consume a character none of whose possible first characters
 * is a letter or a digit (the `=`/`:` of an assignment, the quote of a string). A match
 * consumes the nodes before it (from `min` to `max` characters, each one of the characters
 * they can hold, `pre`) and then that node, whose first character is one of `first`. So a start
 * where no such position exists cannot match, and the regex is not tried there: the matches
 * found are exactly those the regex finds at every start. Look-arounds and anchors consume
 * nothing and are skipped (the test then lets more through, never fewer).
 *
 * The gates of the rules that share keyword starts are tested together, one pass over the
 * characters after each start for all of them (`gateMasks`).
 */
import { parse, Unsupported, type Node } from './pattern-reach.js';

/**
 * A start can match only if, after `min` to `max` characters of `pre`, a character of `first`
 * follows (with `max` at OPEN_ENDED: or every character up to there is one of `pre`).
 */
export interface StartGate {
  /** For each latin1 character, 1 if the nodes before the gate's node can consume it. */
  pre: Uint8Array;
  /** For each latin1 character, 1 if the gate's node can start with it. */
  first: Uint8Array;
  min: number;
  max: number;
}

/**
 * How far after a start a gate looks. A gate whose node may begin further (after an unbounded
 * run, or a long optional stretch) has `max` set to this, and lets through a start whose
 * characters up to here could all be consumed before its node: it cannot tell.
 */
export const OPEN_ENDED = 64;

/** What a node can consume, as far as the gate needs. */
interface NodeInfo {
  nullable: boolean;
  first: Uint8Array;
  chars: Uint8Array;
  min: number;
  max: number;
}

const tables = new Map<string, Uint8Array>();

/**
 * The latin1 characters one character of the pattern (a literal, a class, an escape, `.`) can
 * match, asked of the regex engine itself so that escapes, negation and case folding are read
 * exactly as the rule's regex reads them.
 */
export function members(src: string, ignoreCase: boolean): Uint8Array {
  const key = `${ignoreCase ? 'i' : ''}${src}`;
  let table = tables.get(key);
  if (!table) {
    table = new Uint8Array(256);
    const re = new RegExp(`^(?:${src})$`, ignoreCase ? 'i' : '');
    for (let c = 0; c < 256; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    tables.set(key, table);
  }
  return table;
}

const singles = new Map<number, Uint8Array>();

function single(c: string): Uint8Array {
  const code = c.charCodeAt(0);
  let table = singles.get(code);
  if (!table) {
    table = new Uint8Array(256);
    if (code < 256) table[code] = 1;
    singles.set(code, table);
  }
  return table;
}

function orInto(into: Uint8Array, from: Uint8Array): void {
  for (let c = 0; c < 256; c++) into[c]! |= from[c]!;
}

const EMPTY: Uint8Array = new Uint8Array(256);
const ZERO_WIDTH: NodeInfo = { nullable: true, first: EMPTY, chars: EMPTY, min: 0, max: 0 };

function infoOf(node: Node, ignoreCase: boolean): NodeInfo {
  switch (node.t) {
    case 'char':
    case 'set': {
      const m = node.t === 'char' && !ignoreCase ? single(node.c) : members(node.src, ignoreCase);
      return { nullable: false, first: m, chars: m, min: 1, max: 1 };
    }
    case 'assert':
    case 'look':
      return ZERO_WIDTH;
    case 'backref':
      throw new Unsupported();
    case 'group': {
      if (node.alts.length === 1) return sequenceInfo(node.alts[0]!, ignoreCase);
      const out: NodeInfo = {
        nullable: false,
        first: new Uint8Array(256),
        chars: new Uint8Array(256),
        min: Infinity,
        max: 0,
      };
      for (const seq of node.alts) {
        const s = sequenceInfo(seq, ignoreCase);
        out.nullable ||= s.nullable;
        orInto(out.first, s.first);
        orInto(out.chars, s.chars);
        out.min = Math.min(out.min, s.min);
        out.max = Math.max(out.max, s.max);
      }
      return out;
    }
    case 'quant': {
      if (node.max === 0) return ZERO_WIDTH;
      const item = infoOf(node.item, ignoreCase);
      return {
        nullable: node.min === 0 || item.nullable,
        first: item.first,
        chars: item.chars,
        min: node.min * item.min,
        max: item.max === 0 ? 0 : node.max * item.max,
      };
    }
  }
}

function sequenceInfo(seq: Node[], ignoreCase: boolean): NodeInfo {
  if (seq.length === 1) return infoOf(seq[0]!, ignoreCase);
  const first = new Uint8Array(256);
  const chars = new Uint8Array(256);
  let nullable = true;
  let min = 0;
  let max = 0;
  for (const node of seq) {
    const n = infoOf(node, ignoreCase);
    // The sequence's first character comes from its nodes up to the first that must consume one.
    if (nullable) orInto(first, n.first);
    nullable &&= n.nullable;
    orInto(chars, n.chars);
    min += n.min;
    max += n.max;
  }
  return { nullable, first, chars, min, max };
}

/**
 * A gate whose `pre` holds more characters than this (`[^"<>\n]` before an XML element's `>`)
 * keeps the test reading to its end at nearly every start and turns few of them down.
 */
const BROAD = 128;

function count(set: Uint8Array): number {
  let n = 0;
  for (let c = 0; c < 256; c++) n += set[c]!;
  return n;
}

function hasAlphanumeric(set: Uint8Array): boolean {
  for (let c = 0; c < 256; c++) {
    const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letterOrDigit && set[c]) return true;
  }
  return false;
}

/**
 * The pattern's top-level sequence, with groups of one alternative (a capture group around the
 * whole token, say) opened up into it: their nodes are consumed in order just the same.
 */
export function flatten(seq: readonly Node[]): Node[] {
  return seq.flatMap((node) => (node.t === 'group' && node.alts.length === 1 ? flatten(node.alts[0]!) : [node]));
}

/** The gate of an anchored rule's pattern, or undefined where none is worth testing. */
export function startGate(source: string, ignoreCase: boolean): StartGate | undefined {
  try {
    const alts = parse(source);
    if (alts.length !== 1) return undefined;
    const pre = new Uint8Array(256);
    let min = 0;
    let max = 0;
    for (const node of flatten(alts[0]!)) {
      const n = infoOf(node, ignoreCase);
      if (!n.nullable && !hasAlphanumeric(n.first))
        return count(pre) > BROAD ? undefined : { pre, first: n.first, min, max: Math.min(max, OPEN_ENDED) };
      orInto(pre, n.chars);
      min += n.min;
      max += n.max;
      if (min >= OPEN_ENDED) return undefined;
    }
    return undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** How many gates a GateSet tests together (the bits of an int). */
export const MAX_GATES = 31;

/** Gates tested together: bit b of a start's mask is set when gate b lets the start through. */
export class GateSet {
  /** For each character code (256 stands for every code above 255), the gates whose `pre` holds it. */
  private readonly pre = new Int32Array(257);
  private readonly first = new Int32Array(257);
  /** For each offset from the start, the gates whose node may begin there. */
  private readonly inRange: Int32Array;
  /** For each offset, the gates still able to pass at it or later. */
  private readonly open: Int32Array;
  private readonly all: number;
  /** The gates whose `max` is OPEN_ENDED. */
  private openEnded = 0;

  constructor(gates: readonly StartGate[]) {
    const last = Math.max(0, ...gates.map((g) => g.max));
    this.inRange = new Int32Array(last + 1);
    this.open = new Int32Array(last + 1);
    gates.forEach((g, b) => {
      const bit = 1 << b;
      for (let c = 0; c < 256; c++) {
        if (g.pre[c]) this.pre[c]! |= bit;
        if (g.first[c]) this.first[c]! |= bit;
      }
      // A character above latin1 (decoded text) is let through by every gate.
      this.pre[256]! |= bit;
      this.first[256]! |= bit;
      for (let o = g.min; o <= g.max; o++) this.inRange[o]! |= bit;
      for (let o = 0; o <= g.max; o++) this.open[o]! |= bit;
      if (g.max >= OPEN_ENDED) this.openEnded |= bit;
    });
    this.all = gates.length === MAX_GATES ? 0x7fffffff : (1 << gates.length) - 1;
  }

  /** For each start, the gates that let it through. */
  masks(text: string, starts: ArrayLike<number>): Int32Array {
    const out = new Int32Array(starts.length);
    for (let i = 0; i < starts.length; i++) out[i] = this.maskAt(text, starts[i]!);
    return out;
  }

  /**
   * The index of the first of `starts` from `from` on that some gate lets through, or
   * `starts.length`. For a gate alone (see Engine.gateFor), until it first lets one through.
   */
  firstPassed(text: string, starts: ArrayLike<number>, from = 0): number {
    let i = from;
    while (i < starts.length && this.maskAt(text, starts[i]!) === 0) i++;
    return i;
  }

  /** The gates that let the start at `at` through. */
  private maskAt(text: string, at: number): number {
    const { open, first, inRange, pre } = this;
    const last = inRange.length - 1;
    let alive = this.all;
    let passed = 0;
    // Past the text's end no gate's node can begin: those still alive there fail.
    const end = Math.min(last, text.length - 1 - at);
    let o = 0;
    for (; o <= end; o++) {
      alive &= open[o]! & ~passed;
      if (alive === 0) break;
      let c = text.charCodeAt(at + o);
      if (c > 255) c = 256;
      passed |= alive & first[c]! & inRange[o]!;
      alive &= pre[c]!;
    }
    // Gates that look no further and whose `pre` held every character so far cannot tell.
    if (o > last) passed |= alive & this.openEnded;
    return passed;
  }
}

/** A gate as the build stores it (see PrefilterCache.gates): [pre, first] as hex bitmaps, min, max; 0 for none. */
export type StoredGate = [string, string, number, number] | 0;

function toHex(set: Uint8Array): string {
  let out = '';
  for (let c = 0; c < 256; c += 4)
    out += (set[c]! | (set[c + 1]! << 1) | (set[c + 2]! << 2) | (set[c + 3]! << 3)).toString(16);
  return out;
}

function fromHex(hex: string): Uint8Array {
  const set = new Uint8Array(256);
  for (let c = 0; c < 256; c++) set[c] = (parseInt(hex[c >> 2]!, 16) >> (c & 3)) & 1;
  return set;
}

export function storeGate(gate: StartGate | undefined): StoredGate {
  return gate ? [toHex(gate.pre), toHex(gate.first), gate.min, gate.max] : 0;
}

export function loadGate(stored: StoredGate): StartGate | undefined {
  return stored === 0
    ? undefined
    : { pre: fromHex(stored[0]), first: fromHex(stored[1]), min: stored[2], max: stored[3] };
}

/** What a stored gate is looked up by: what startGate reads. */
export function gateKey(pattern: string, ignoreCase: boolean): string {
  return `${ignoreCase ? 'i' : ''}\n${pattern}`;
}
