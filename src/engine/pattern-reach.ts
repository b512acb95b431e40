/**
 * How far a built-in rule's pattern can reach from where a match starts, and which literals every
 * match must contain: what lets the engine search a rule only in windows of the text around its
 * keywords (or around the runs its `minRun` names) and still find exactly the matches a search of
 * the whole text finds (see `Engine.runWindowed`).
 *
 * A small reader of the JavaScript regex dialect the rules are written in. Whatever it does not
 * understand (a flag group, a back-reference to no group or inside its own group) makes it answer
 * `undefined`, and the rule is then searched through the whole text as before: a wrong bound
 * would lose findings, a missing one only costs time.
 */

export type Node =
  | { t: 'char'; c: string; src: string }
  | { t: 'set'; src: string }
  | { t: 'backref'; ref: string | number }
  | { t: 'assert'; src: string }
  | { t: 'group'; alts: Node[][]; capture?: Capture }
  | { t: 'look'; behind: boolean; negative: boolean; alts: Node[][] }
  | { t: 'quant'; min: number; max: number; item: Node };

export type GroupNode = Extract<Node, { t: 'group' }>;

export class Unsupported extends Error {}

/** A capturing group's number (counted by its `(` from the left, named ones too) and name. */
export interface Capture {
  index: number;
  name?: string;
}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;

/**
 * Reads `source` into alternatives of sequences; throws Unsupported on what it does not know. A
 * back-reference is read as such, with the group it names (start-gate.ts stops at it); it
 * consumes at most what that group can (see `patternReach`).
 */
export function parse(source: string): Node[][] {
  return new PatternReader(source).read();
}

/** A recursive-descent reader of one pattern, in stages: alternatives, sequences, atoms, escapes. */
class PatternReader {
  private i = 0;
  private captures = 0;

  constructor(private readonly source: string) {}

  read(): Node[][] {
    const top = this.alternatives();
    if (this.i !== this.source.length) throw new Unsupported();
    return top;
  }

  private peek(): string | undefined {
    return this.source[this.i];
  }

  private alternatives(): Node[][] {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')')
      seq.push(this.quantified(this.atom()));
    return seq;
  }

  private atom(): Node {
    const { source } = this;
    const from = this.i;
    const c = source[this.i++]!;
    if (c === '\\') return this.escapeChar();
    if (c === '[') {
      this.skipClass();
      return { t: 'set', src: source.slice(from, this.i) };
    }
    if (c === '.') return { t: 'set', src: '.' };
    if (c === '^' || c === '$') return { t: 'assert', src: c };
    if (c === '(') return this.group();
    if (c === ')' || c === '|' || '*+?'.includes(c)) throw new Unsupported();
    return { t: 'char', c, src: c };
  }

  /** After `(`: a group, named or not, or a look-around. */
  private group(): Node {
    const { source } = this;
    let look: boolean | undefined;
    const negative = source.startsWith('?!', this.i) || source.startsWith('?<!', this.i);
    let capture: Capture | undefined;
    if (source.startsWith('?:', this.i)) this.i += 2;
    else if (source.startsWith('?=', this.i) || source.startsWith('?!', this.i)) {
      this.i += 2;
      look = false;
    } else if (source.startsWith('?<=', this.i) || source.startsWith('?<!', this.i)) {
      this.i += 3;
      look = true;
    } else if (source.startsWith('?<', this.i)) {
      const end = source.indexOf('>', this.i);
      if (end < 0) throw new Unsupported();
      capture = { index: ++this.captures, name: source.slice(this.i + 2, end) };
      this.i = end + 1;
    } else if (this.peek() === '?') throw new Unsupported();
    else capture = { index: ++this.captures };
    const alts = this.alternatives();
    if (source[this.i++] !== ')') throw new Unsupported();
    if (look !== undefined) return { t: 'look', behind: look, negative, alts };
    return capture ? { t: 'group', alts, capture } : { t: 'group', alts };
  }

  /** After `[`: a class is one character whatever it holds; only its end matters. */
  private skipClass(): void {
    if (this.peek() === '^') this.i++;
    for (;;) {
      const c = this.source[this.i++];
      if (c === undefined) throw new Unsupported();
      if (c === '\\') this.i++;
      else if (c === ']') return;
      else if (c === '[') throw new Unsupported(); // set notation (v flag): not used
    }
  }

  /** After a backslash. */
  private escapeChar(): Node {
    const { source } = this;
    const from = this.i - 1;
    const c = source[this.i++];
    if (c === undefined) throw new Unsupported();
    const src = (): string => source.slice(from, this.i);
    if ('dDwWsS'.includes(c)) return { t: 'set', src: src() };
    if (c === 'b' || c === 'B') return { t: 'assert', src: src() };
    if (c === 'k') {
      const end = source.indexOf('>', this.i);
      if (source[this.i] !== '<' || end < 0) throw new Unsupported();
      const ref = source.slice(this.i + 1, end);
      this.i = end + 1;
      return { t: 'backref', ref };
    }
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(source[this.i] ?? '')) this.i++;
      return { t: 'backref', ref: Number(source.slice(from + 1, this.i)) };
    }
    if (c === 'p' || c === 'P') throw new Unsupported();
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '0': '\0' };
    if (simple[c] !== undefined) return { t: 'char', c: simple[c], src: src() };
    if (c === 'x' || c === 'u') {
      const digits = source.slice(this.i, this.i + (c === 'x' ? 2 : 4));
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== (c === 'x' ? 2 : 4)) throw new Unsupported();
      this.i += digits.length;
      return { t: 'char', c: String.fromCharCode(parseInt(digits, 16)), src: src() };
    }
    if (c === 'c') {
      this.i++;
      return { t: 'set', src: src() };
    }
    return { t: 'char', c, src: src() };
  }

  private quantified(item: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      QUANTIFIER.lastIndex = this.i;
      const m = QUANTIFIER.exec(this.source);
      if (!m) return item; // a `{` that opens no quantifier is itself (outside the u flag)
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return item;
    if (this.peek() === '?') this.i++; // lazy: reaches as far
    if (item.t === 'assert' || item.t === 'look') throw new Unsupported();
    return { t: 'quant', min, max, item };
  }
}

/** The capturing group `group` (its name, or its number) of `alts`, or undefined. */
export function captureGroup(alts: Node[][], group: string | number): GroupNode | undefined {
  const named = (c: Capture | undefined): boolean =>
    c !== undefined && (typeof group === 'string' ? c.name === group : c.index === group);
  for (const seq of alts) {
    for (const node of seq) {
      const inner = node.t === 'quant' ? node.item : node;
      if (inner.t === 'group' && named(inner.capture)) return inner;
      const found = inner.t === 'group' || inner.t === 'look' ? captureGroup(inner.alts, group) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

interface Extent {
  /** The most characters consumed. */
  span: number;
  /** The most characters read before the start. */
  behind: number;
  /** The furthest character read, counted from the start (exclusive). */
  reach: number;
}

/**
 * The most a back-reference to `ref` consumes: the most its group consumes in one pass, since it
 * matches what the group last captured (or nothing, before the group has matched). Throws
 * Unsupported where no group has that name or number (`\8` is then an escape, not read here).
 */
type GroupSpan = (ref: string | number) => number;

/** The longest `alts` consume, and how far they read around where they start. */
function extentOf(alts: Node[][], groupSpan: GroupSpan): Extent {
  const out: Extent = { span: 0, behind: 0, reach: 0 };
  for (const seq of alts) {
    // `span` is the furthest a node of the sequence can start from the sequence's start; a node
    // never starts before it, so what it reads back is counted from the start.
    let span = 0;
    for (const node of seq) {
      const e = nodeExtent(node, groupSpan);
      out.behind = Math.max(out.behind, e.behind);
      out.reach = Math.max(out.reach, span + e.reach);
      span += e.span;
    }
    out.span = Math.max(out.span, span);
    out.reach = Math.max(out.reach, span);
  }
  return out;
}

/** Whether `alts` hold a look-around at any depth. */
function holdsLook(alts: Node[][]): boolean {
  const holds = (node: Node): boolean =>
    node.t === 'look' || (node.t === 'group' && holdsLook(node.alts)) || (node.t === 'quant' && holds(node.item));
  return alts.some((seq) => seq.some(holds));
}

function nodeExtent(node: Node, groupSpan: GroupSpan): Extent {
  switch (node.t) {
    case 'backref': {
      const span = groupSpan(node.ref);
      return { span, behind: 0, reach: span };
    }
    case 'char':
    case 'set':
      return { span: 1, behind: 0, reach: 1 };
    case 'assert':
      // `\b`, `^`, `$`: the characters on both sides.
      return { span: 0, behind: 1, reach: 1 };
    case 'group':
      return extentOf(node.alts, groupSpan);
    case 'look': {
      const inner = extentOf(node.alts, groupSpan);
      // A look-behind's content ends where it stands: it reads back its span and what its own
      // assertions read before that, and (an assertion at its end) the next character. A
      // look-around inside it may read ahead from any point of the content, and the content may
      // be shorter than its span (`(?<=(?=abcd)a?)` reads 4 past where it stands): counted from
      // where the content may start at the latest, the position itself.
      const ahead = holdsLook(node.alts) ? inner.reach : inner.reach - inner.span;
      return node.behind
        ? { span: 0, behind: inner.span + inner.behind, reach: Math.max(1, ahead) }
        : { span: 0, behind: inner.behind, reach: inner.reach };
    }
    case 'quant': {
      const e = nodeExtent(node.item, groupSpan);
      if (node.max === 0) return { span: 0, behind: 0, reach: 0 };
      const before = (node.max - 1) * e.span; // the furthest the last repetition starts
      return {
        span: e.span === 0 ? 0 : node.max * e.span,
        behind: e.behind,
        reach: e.span === 0 ? e.reach : before + e.reach,
      };
    }
  }
}

/**
 * Whether every match of `alts` contains one of `keywords` (lower case) as written. A run of
 * nodes that each match one of a few strings (`(?:equals|strn?cmp)\(`) is read as the strings
 * it can spell: a keyword may span a group's end (`strncmp(`), which a literal run cut at the
 * group would miss.
 */
function alwaysContains(alts: Node[][], keywords: readonly string[]): boolean {
  const holdsKeyword = (s: string): boolean => {
    const lower = s.toLowerCase();
    return keywords.some((k) => lower.includes(k));
  };
  const sequenceContains = (seq: Node[]): boolean => {
    // What the run of finite nodes so far can spell, less the spellings that hold a keyword.
    let open: string[] = [''];
    for (const node of seq) {
      // A look-around reads text but does not keep it: it is not part of the match. Being zero
      // wide, it and an anchor leave the run going.
      if (node.t === 'assert' || node.t === 'look') continue;
      const spelt = spellings(node);
      if (spelt) {
        const next = new Set<string>();
        for (const s of open) for (const t of spelt) if (!holdsKeyword(s + t)) next.add(s + t);
        if (next.size === 0) return true;
        // Past the cap the run starts again here: fewer keywords seen, never one that is not.
        open = next.size <= MAX_SPELLINGS ? [...next] : [''];
        continue;
      }
      open = [''];
      if (node.t === 'group' && alwaysContains(node.alts, keywords)) return true;
      if (node.t === 'quant' && node.min >= 1 && node.item.t === 'group' && alwaysContains(node.item.alts, keywords))
        return true;
    }
    return false;
  };
  return alts.every(sequenceContains);
}

/** The most strings `spellings` lists for one node or a run of them. */
const MAX_SPELLINGS = 64;

/** The most characters a class may list to be spelt (`[ \t]`, `[_-]`). */
const MAX_CLASS = 4;

/**
 * The characters a class lists, when it lists a few one by one (`[ \t]`, `[\\/]`); undefined
 * for a negated class, a range, a class escape (`\d`) or more than MAX_CLASS characters.
 */
function classSpellings(src: string): string[] | undefined {
  if (!src.startsWith('[') || src[1] === '^') return undefined;
  const out: string[] = [];
  for (let i = 1; i < src.length - 1; i++) {
    let c = src[i]!;
    if (c === '\\') {
      const e = src[++i]!;
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
      // A letter or digit escape is a class (`\d`), a code (`\x41`) or `\b`: not read.
      if (simple[e] === undefined && /[A-Za-z0-9]/.test(e)) return undefined;
      c = simple[e] ?? e;
    } else if (c === '-' && i > 1 && i < src.length - 2) return undefined; // a range
    out.push(c);
  }
  return out.length > 0 && out.length <= MAX_CLASS ? [...new Set(out)] : undefined;
}

/**
 * The strings `node` can match, when they are few (at most MAX_SPELLINGS): a character, a class
 * of a few characters (`[ \t]`), a group of such sequences, a short repeat of one (`n?`).
 * Undefined for a larger class, a back-reference, a look-around inside a group, or too many.
 */
function spellings(node: Node): string[] | undefined {
  switch (node.t) {
    case 'char':
      return [node.c];
    case 'set':
      return classSpellings(node.src);
    case 'group': {
      const out = new Set<string>();
      for (const seq of node.alts) {
        let run: string[] = [''];
        for (const inner of seq) {
          const spelt = spellings(inner);
          if (!spelt) return undefined;
          run = run.flatMap((s) => spelt.map((t) => s + t));
          if (run.length > MAX_SPELLINGS) return undefined;
        }
        for (const s of run) out.add(s);
      }
      return out.size <= MAX_SPELLINGS ? [...out] : undefined;
    }
    case 'quant': {
      const item = node.max <= 4 ? spellings(node.item) : undefined;
      if (!item) return undefined;
      const out = new Set<string>(node.min === 0 ? [''] : []);
      let run: string[] = [''];
      for (let k = 1; k <= node.max; k++) {
        run = run.flatMap((s) => item.map((t) => s + t));
        if (run.length > MAX_SPELLINGS) return undefined;
        if (k >= node.min) for (const s of run) out.add(s);
      }
      return out.size <= MAX_SPELLINGS ? [...out] : undefined;
    }
    default:
      return undefined;
  }
}

/** The shortest literal `requiredLiterals` gives: shorter ones occur everywhere. */
const MIN_LITERAL = 3;
/** The most literals `requiredLiterals` gives: each is one more keyword for the prefilter. */
const MAX_LITERALS = 16;
/**
 * The most spellings a run may give (`[ \t]to[ \t]` gives 4): a run of several optional
 * separators spells many, whose union over a rule's alternatives would pass MAX_LITERALS where
 * the words alone do not.
 */
const MAX_RUN_LITERALS = 4;

/**
 * Literals (lower case, printable ASCII, at least MIN_LITERAL long) one of which every match
 * holds as written, or undefined. Per sequence, the first of its literal runs and mandatory
 * groups whose shortest literal is the longest (a rule's name alternation, say, before the
 * `key`/`secret` that follows it); per alternation, the union of its sequences'.
 */
function requiredLiterals(alts: Node[][]): string[] | undefined {
  const out = new Set<string>();
  for (const seq of alts) {
    const found = sequenceLiterals(seq);
    if (!found) return undefined;
    for (const l of found) out.add(l);
  }
  const kept = withoutHolders([...out]);
  return kept.length <= MAX_LITERALS ? kept : undefined;
}

/** `literals` less those holding another: `otp` is found wherever `totp` is. */
function withoutHolders(literals: string[]): string[] {
  return literals.filter((l) => !literals.some((m) => m !== l && l.includes(m)));
}

/** What a literal may hold: the prefilter finds printable ASCII, tabs included. */
const LITERAL_TEXT = /^[\t\x20-\x7e]+$/;

/** Every string of `a` followed by every string of `b`. */
function joined(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set(a.flatMap((s) => b.map((t) => s + t)))];
}

/**
 * Per sequence, runs of nodes spelt as a few strings each (`sk_live_`, `[ \t]to[ \t]`): a run
 * holds at most MAX_RUN_LITERALS spellings. A repeat that would spell more (`[ \t]{1,4}`) ends the run
 * with its first repetition and starts the next with its last, which every match of it holds.
 */
function sequenceLiterals(seq: Node[]): string[] | undefined {
  let best: string[] | undefined;
  let bestShortest = 0;
  const consider = (found: string[] | undefined): void => {
    const shortest = found ? Math.min(...found.map((l) => l.length)) : 0;
    if (found && shortest > bestShortest) [best, bestShortest] = [found, shortest];
  };
  const endRun = (run: string[]): void => {
    if (!run.every((l) => l.length >= MIN_LITERAL && LITERAL_TEXT.test(l))) return;
    consider(withoutHolders([...new Set(run.map((l) => l.toLowerCase()))]));
  };
  let run: string[] = [''];
  for (const node of seq) {
    // Zero wide: they leave the run going (as alwaysContains reads them).
    if (node.t === 'assert' || node.t === 'look') continue;
    const spelt = spellings(node);
    const longer = spelt && joined(run, spelt);
    if (longer && longer.length <= MAX_RUN_LITERALS) {
      run = longer;
      continue;
    }
    const item = node.t === 'quant' && node.min >= 1 ? spellings(node.item) : undefined;
    const head = item && joined(run, item);
    endRun(head && head.length <= MAX_RUN_LITERALS ? head : run);
    run = item && item.length <= MAX_RUN_LITERALS ? item : spelt && spelt.length <= MAX_RUN_LITERALS ? spelt : [''];
    if (node.t === 'group') consider(requiredLiterals(node.alts));
    if (node.t === 'quant' && node.min >= 1 && node.item.t === 'group') consider(requiredLiterals(node.item.alts));
  }
  endRun(run);
  return best;
}

/** What `patternReach` knows of a pattern. */
export interface PatternReach {
  /** The most characters any attempt of the pattern consumes (finite). */
  span: number;
  /** How many characters before an attempt's start it may read (look-behinds, `\b`, `^`). */
  behind: number;
  /** How far from an attempt's start it may read, exclusive (`span`, and look-aheads, `\b`, `$`). */
  reach: number;
  /** Whether every match contains one of `keywords` (lower case) as a literal. */
  contains(keywords: readonly string[]): boolean;
  /**
   * Literals (lower case) one of which every match holds, for a rule whose keywords do not say
   * where its matches are: the engine finds them with its keywords and searches around them.
   */
  literals(): string[] | undefined;
}

/**
 * The spans of the capturing groups of `alts`, for their back-references. A reference inside the
 * group it names is not read (it matches nothing there, but that is one more rule to get right).
 */
function groupSpans(alts: Node[][]): GroupSpan {
  const open = new Set<string | number>();
  const span: GroupSpan = (ref) => {
    const group = captureGroup(alts, ref);
    if (!group || open.has(ref)) throw new Unsupported();
    open.add(ref);
    try {
      return extentOf(group.alts, span).span;
    } finally {
      open.delete(ref);
    }
  };
  return span;
}

/** The reach of `source`, or undefined where it is unbounded or not understood. */
export function patternReach(source: string): PatternReach | undefined {
  let alts: Node[][];
  let extent: Extent;
  try {
    alts = parse(source);
    extent = extentOf(alts, groupSpans(alts));
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!Number.isFinite(extent.span) || !Number.isFinite(extent.behind) || !Number.isFinite(extent.reach))
    return undefined;
  return {
    span: extent.span,
    // One more each way than the pattern reads, so a window's edge never stands where it reads.
    behind: extent.behind + 1,
    reach: extent.reach + 1,
    contains: (keywords) => alwaysContains(alts, keywords),
    literals: () => requiredLiterals(alts),
  };
}
