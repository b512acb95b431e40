/**
 * A gate for the anchored rules start-gate.ts cannot read: patterns that open with a provider
 * token's prefix and body (`\b(EAA[A-Za-z0-9]{100,400})\b`, `\b(S[UAO]A[A-Z2-7]{55})\b`), where
 * a letter or digit follows the keyword. Their keywords occur mostly inside other words, base64
 * and minified code (`visual`, `...AAAEAAAA...`), where the `\b` before the prefix, or the body's
 * class a few characters on, turns the start down; with no gate, every such start cost a regex
 * attempt, and the first one its compile.
 *
 * The gate is read off the top-level sequence: the characters each of its first fixed positions
 * can hold (a literal, a class, a class repeated at least `min` times, an alternation of
 * literals of one length), up to the first node of varying width; and the characters that may
 * come right before the start, from a leading `\b` or a look-behind of one class (`(?<![A-Za-z0-9])`).
 * A match at a start consumes those positions in order, so a start where one of them does not
 * hold cannot match. Other look-arounds and anchors are passed over (the gate lets more through,
 * never less); characters above latin1 (decoded layers) pass every position.
 */
import { parse, Unsupported, type Node } from './pattern-reach.js';
import { flatten, members } from './start-gate.js';

/** Positions read at most: the few first ones turn down nearly every start that fails. */
const POSITIONS = 24;

export interface PrefixGate {
  /** For each latin1 character, 1 if it may come right before a start; undefined: any. */
  before?: Uint8Array;
  /** For each position from the start, the latin1 characters a match may hold there. */
  at: Uint8Array[];
}

/** The sets of one node's fixed positions, or undefined when its width varies (or is unknown). */
function fixed(node: Node, ignoreCase: boolean): Uint8Array[] | undefined {
  switch (node.t) {
    case 'char':
    case 'set':
      return [members(node.src, ignoreCase)];
    case 'quant': {
      const one = fixed(node.item, ignoreCase);
      return one?.length === 1 && node.min === node.max ? Array<Uint8Array>(node.min).fill(one[0]!) : undefined;
    }
    case 'group': {
      const alts = node.alts.map((seq) => fixedSequence(flatten(seq), ignoreCase));
      const width = alts[0]?.length;
      if (alts.some((a) => a === undefined || a.length !== width)) return undefined;
      return alts[0]!.map((_, o) => union(alts.map((a) => a![o]!)));
    }
    default:
      return undefined;
  }
}

function fixedSequence(seq: readonly Node[], ignoreCase: boolean): Uint8Array[] | undefined {
  const out: Uint8Array[] = [];
  for (const node of seq) {
    if (node.t === 'assert' || node.t === 'look') return undefined;
    const sets = fixed(node, ignoreCase);
    if (!sets) return undefined;
    out.push(...sets);
  }
  return out;
}

function union(sets: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(256);
  for (const s of sets) for (let c = 0; c < 256; c++) out[c]! |= s[c]!;
  return out;
}

function complement(set: Uint8Array): Uint8Array {
  return set.map((v) => 1 - v);
}

function within(set: Uint8Array, of: Uint8Array): boolean {
  return set.every((v, c) => !v || of[c]);
}

/**
 * What a node at the head of the pattern (before any position) says of the character before
 * the start, given the first position's set; undefined when nothing.
 */
function beforeOf(node: Node, first: Uint8Array | undefined, ignoreCase: boolean): Uint8Array | undefined {
  if (node.t === 'look' && node.behind && node.negative && node.alts.length === 1) {
    const only = node.alts[0]!;
    if (only.length === 1 && (only[0]!.t === 'set' || only[0]!.t === 'char'))
      return complement(members(only[0]!.src, ignoreCase));
  }
  if (node.t === 'assert' && node.src === '\\b' && first) {
    // The first character decides which side of `\b` the start is on.
    const word = members('\\w', ignoreCase);
    if (within(first, word)) return complement(word);
    if (within(first, complement(word))) return word;
  }
  return undefined;
}

/** The prefix gate of an anchored rule's pattern, or undefined where it would test nothing. */
export function prefixGate(source: string, ignoreCase: boolean): PrefixGate | undefined {
  try {
    const alts = parse(source);
    if (alts.length !== 1) return undefined;
    const seq = flatten(alts[0]!);
    const at: Uint8Array[] = [];
    const head: Node[] = [];
    for (const node of seq) {
      if (node.t === 'assert' || node.t === 'look') {
        if (at.length === 0) head.push(node);
        continue;
      }
      if (node.t === 'quant' && node.min < node.max) {
        // The repeat's first `min` positions are certain; what follows is not.
        const one = fixed(node.item, ignoreCase);
        if (one?.length === 1) at.push(...Array<Uint8Array>(Math.min(node.min, POSITIONS)).fill(one[0]!));
        break;
      }
      const sets = fixed(node, ignoreCase);
      if (!sets) break;
      at.push(...sets);
      if (at.length >= POSITIONS) break;
    }
    at.length = Math.min(at.length, POSITIONS);
    let before: Uint8Array | undefined;
    for (const node of head) {
      const b = beforeOf(node, at[0], ignoreCase);
      if (b) before = before ? b.map((v, c) => v & before![c]!) : b;
    }
    return at.length > 0 || before ? { before, at } : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** A prefix gate in the form the engine tests it by (see Engine.gateFor): until a start passes. */
export class PrefixGateTest {
  constructor(private readonly gate: PrefixGate) {}

  /** The index of the first of `starts` from `from` on that the gate lets through, or `starts.length`. */
  firstPassed(text: string, starts: ArrayLike<number>, from = 0): number {
    let i = from;
    while (i < starts.length && !this.passes(text, starts[i]!)) i++;
    return i;
  }

  passes(text: string, start: number): boolean {
    const { before, at } = this.gate;
    if (before && start > 0) {
      const c = text.charCodeAt(start - 1);
      if (c < 256 && !before[c]) return false;
    }
    // A match consumes every position: a text that ends before them holds none.
    if (start + at.length > text.length) return false;
    for (let o = 0; o < at.length; o++) {
      const c = text.charCodeAt(start + o);
      if (c < 256 && !at[o]![c]) return false;
    }
    return true;
  }
}
