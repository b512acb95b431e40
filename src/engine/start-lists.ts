/**
 * The keyword starts a scan hands its rules, per stretch of the text: the prefilter keeps one list
 * per keyword, a rule needs the starts of all its keywords in one sorted list, and the rules with
 * the same keywords (the generic ones) share one merge and one pass of their start gates.
 */
import type { KeywordStarts } from './prefilter.js';
import type { GateSet } from './start-gate.js';

/** The starts of all of `keywords` (by index) in one sorted list: the prefilter keeps one list per keyword. */
export function mergedStarts(keywords: readonly number[], starts: KeywordStarts): number[] | Int32Array {
  let total = 0;
  let only: number[] | undefined;
  let count = 0;
  for (const k of keywords) {
    const l = starts[k];
    if (l === undefined) continue;
    total += l.length;
    only = l;
    count++;
  }
  if (count <= 1) return only ?? [];
  const all = new Int32Array(total);
  let at = 0;
  for (const k of keywords) {
    const l = starts[k];
    if (l === undefined) continue;
    for (let i = 0; i < l.length; i++) all[at++] = l[i]!;
  }
  return all.sort();
}

/** The part of a sorted list below `limit`. */
function below(list: number[] | Int32Array, limit: number): number[] | Int32Array {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo === list.length ? list : list.slice(0, lo);
}

/**
 * The starts of one stretch of a text's keywords (`starts`, those below `limit` when given: the
 * lists past a cut are not whole, see KeywordStarts), merged per rule on first use.
 */
export class StartLists {
  private readonly merged = new Map<string, number[] | Int32Array>();
  private readonly masks = new Map<string, Int32Array>();

  /**
   * @param keys per rule, the keyword indices whose starts it needs
   * @param keyOf per rule, those indices as a string: rules with equal keys share a list
   */
  constructor(
    private readonly keys: readonly number[][],
    private readonly keyOf: readonly string[],
    private readonly starts: KeywordStarts,
    private readonly limit = Infinity,
  ) {}

  /** Rule `r`'s starts, in order. */
  of(r: number): ArrayLike<number> {
    const key = this.keyOf[r]!;
    let list = this.merged.get(key);
    if (list === undefined) {
      list = mergedStarts(this.keys[r]!, this.starts);
      if (this.limit !== Infinity) list = below(list, this.limit);
      this.merged.set(key, list);
    }
    return list;
  }

  /** Which of `at` each gate of `set` lets through, worked out once for all the rules in the set. */
  gateMask(key: string, set: GateSet, text: string, at: ArrayLike<number>): Int32Array {
    let mask = this.masks.get(key);
    if (mask === undefined) {
      mask = set.masks(text, at);
      this.masks.set(key, mask);
    }
    return mask;
  }
}
