import { compileRule, type CompiledRule } from './compile.js';
import { base64Spellings } from './base64-keywords.js';
import { findEncodedSegments, mayHoldReferences } from './decoders.js';
import { mayOpenStore, openEncryptedStore, type OpenedStore } from './encrypted-stores.js';
import { openKeyStoreFile, type KeyStoreFile } from './keystore-files.js';
import { shannonEntropy } from './entropy.js';
import { isDummyValue, isFillerSequence, isPlaceholder, spellsPlaceholder } from './placeholders.js';
import { overlapFinder } from './overlaps.js';
import { KeywordFinder, STARTS_PIECE, type AutomatonData, type KeywordStarts } from './prefilter.js';
import { StartLists } from './start-lists.js';
import { patternReach, type PatternReach } from './pattern-reach.js';
import {
  GateSet,
  gateKey,
  loadGate,
  MAX_GATES,
  startGate,
  storeGate,
  type StartGate,
  type StoredGate,
} from './start-gate.js';
import { prefixGate, PrefixGateTest } from './prefix-gate.js';
import { ProviderClaims, type Claim } from './provider-claims.js';
import { blankTerminalEscapes } from './terminal-escapes.js';
import { LineIndex, latin1ToUtf8 } from './positions.js';
import {
  CHECKSUM_MISMATCH,
  type Assessment,
  type ChunkMeta,
  type Confidence,
  type Match,
  type RuleSpec,
} from './types.js';
import { assessChecksumMismatch } from './checksum-mismatch.js';
import { fileKindOf, type FileKind } from './evidence/file-kind.js';
import type { ValidatorContext } from './validators/index.js';
import { CandidateContext } from './candidate-context.js';

const MAX_LINE_TEXT = 240;

/** What the engine knows about the chunk it scans: its path, and the kind of file that makes it (worked out on first use). */
/**
 * The line as the file has it: colour codes are blanked for matching only, and the report must
 * show (escaped) what is really there, control sequences included. Windows taken from a decoded
 * layer are left alone.
 */
function withRawWindow(m: Match, blanked: string, raw: string): Match {
  const w = m.window;
  const end = w.start + w.bytes.length;
  if (blanked.slice(w.start, end) !== w.bytes) return m;
  return { ...m, window: { ...w, bytes: raw.slice(w.start, end) } };
}

class ScanFile {
  private kindCache: FileKind | undefined;
  /** `store`: the file is a binary one read whole as its base64 (see keystore-files.ts), of that kind. */
  constructor(
    private readonly meta: ChunkMeta,
    readonly store?: KeyStoreFile['kind'],
  ) {}
  get kind(): FileKind {
    return (this.kindCache ??= fileKindOf(this.meta.path));
  }
  /** The same file, read as the base64 of a binary store of `kind`. */
  asStore(kind: KeyStoreFile['kind']): ScanFile {
    return new ScanFile(this.meta, kind);
  }
}

export interface EngineOptions {
  /** Keep candidates that look like placeholders (for debugging rules). */
  keepPlaceholders?: boolean;
  /** Report matches even on lines marked `tokguard:allow`. */
  ignoreInlineAllow?: boolean;
  /** How many layers of encoding to look through (base64 inside percent-encoding is 2). 0 disables decoding. */
  decodeDepth?: number;
  /**
   * The keyword list and automaton built ahead of time (the build does it for the built-in
   * rules; see `Engine.prefilterSnapshot`). Used only if built for the same keywords.
   */
  prefilterCache?: PrefilterCache;
  /**
   * Search rules through the whole text even where windows would do (see runWindowed): for
   * checking that the windows find exactly what the whole text holds.
   */
  wholeText?: boolean;
  /**
   * Try anchored rules at every keyword start, without their start gates (see start-gate.ts):
   * for checking that the gates turn down only starts where the rule cannot match.
   */
  ungated?: boolean;
}

/** A prefilter built ahead of time, and what it was built for. */
export interface PrefilterCache {
  /** The rules' keywords, lower case, in the engine's order. */
  plain: string[];
  /** The keywords as rules write them and in lower case (what base64 spellings are made of). */
  written: string[];
  /** Indices of the keywords anchored rules start at. */
  anchored: number[];
  /** Every keyword the prefilter searches: `plain`, then base64 spellings. */
  keywords: string[];
  /** The automaton's tables, loaded when a large scan first needs them. */
  automaton(): AutomatonData | undefined;
  /**
   * Each rule's window plan (see windowPlan) by `planKey`: working them out reads every
   * pattern, tens of milliseconds at every start. A plan not found here is worked out.
   */
  windows?: Record<string, StoredPlan>;
  /** Each anchored rule's start gate (see start-gate.ts) by `gateKey`: worked out when not found here. */
  gates?: Record<string, StoredGate>;
  /** Provider rules' value openings (see ProviderClaims) by `openingsKey`: read from the pattern when not found here. */
  openings?: Record<string, string[]>;
}

/**
 * A window plan as stored: [0 keyword | 1 run | 2 literal, span, behind, reach, shortest keyword
 * or literal, ...the literals], or 0 for none.
 */
export type StoredPlan = [0 | 1 | 2, number, number, number, number, ...string[]] | 0;

const PLAN_KINDS = ['keyword', 'run', 'literal'] as const;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const DEFAULT_DECODE_DEPTH = 2;
/**
 * How many starts a gate tested alone (see searchStarts) turns down before it is dropped anyway.
 * A rule attempted a few times spares its regex's compile (1-20 ms); one whose keyword is
 * everywhere (`eaa` in base64) compiles after this many, and then costs what it did.
 */
const LONE_GATE_STARTS = 4096;

/** Why a match decoded from text that spells `DUMMY` or `EXAMPLE` is an example (`spellsPlaceholder`). */
export const ENCODED_MARKER_REASON = 'the encoded text says it is a stand-in';

/** Why a context rule's match is reported at low confidence (`contextRuleFiller`). */
export const FILLER_REASON = 'a typed sequence or repetition, not a generated value';

/**
 * A provider rule whose key has no prefix of its own (the rule's keywords name the provider
 * before the value, none is inside it) knows the value only by its length and alphabet, which
 * `abcdef1234567890…` or `xxxx…` fill as well as a key does: such a value is most likely the
 * docs' stand-in, and is reported at low confidence. It is not marked as an example: a file
 * that pairs a provider's name with it is still worth a look (a key typed by hand, a test that
 * will be filled in), and the generic rules' demo evidence (file kind, demo hosts and users)
 * is theirs, not a provider rule's. A prefixed token keeps its own checks (a checksum, a
 * documented shape); generic rules weigh the value's shape themselves.
 */
function contextRuleFiller(rule: CompiledRule, secret: string): boolean {
  if (rule.generic || rule.spec.keywords.length === 0 || !isFillerSequence(secret)) return false;
  const lower = secret.toLowerCase();
  return !rule.spec.keywords.some((k) => lower.includes(k.toLowerCase()));
}

/** One step down: a secret outside its rule's documented `shape`. */
function lessSure(c: Confidence): Confidence {
  return c === 'high' ? 'medium' : 'low';
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

const NESTED_BASE64 = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

const PERCENT = 37;
const BACKSLASH = 92;

/** Percent-encoding, escape and character-reference decoders start from these bytes; without them there is nothing to do. */
function mayHoldEscapes(input: Uint8Array | string): boolean {
  return (
    (typeof input === 'string'
      ? input.includes('%') || input.includes('\\')
      : input.includes(PERCENT) || input.includes(BACKSLASH)) || mayHoldReferences(input)
  );
}

const ALLOW_SAME_LINE = /(?:tokguard|gitleaks):allow(?!-)/;
const ALLOW_NEXT_LINE = 'tokguard:allow-next-line';

/**
 * Inline suppression, in any comment syntax: `tokguard:allow` on the secret's line, or
 * `tokguard:allow-next-line` on the line before. `gitleaks:allow` is honoured too so a
 * migrating repository keeps its existing annotations.
 */
function inlineAllowed(text: string, lines: LineIndex, offset: number): boolean {
  const line = lines.lineOf(offset);
  return lines.lineFlag(line, () => {
    if (ALLOW_SAME_LINE.test(text.slice(lines.lineStart(line), lines.lineEnd(line)))) return true;
    return line > 0 && text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)).includes(ALLOW_NEXT_LINE);
  });
}

/**
 * Whether `word` occurs in `text` as a word of its own: "lob" is not in "blob" and "meta" is
 * not in "metadata", but "aws" is in "AWS_KEY" and in "awsSecret" (a camel-case hump counts as
 * a boundary).
 */
export function containsWord(text: string, lower: string, word: string): boolean {
  const isLower = (c: number): boolean => c >= 97 && c <= 122;
  const isLetter = (c: number): boolean => isLower(c) || (c >= 65 && c <= 90);
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const first = text.charCodeAt(at);
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    const startOk = !isLetter(before) || (isLower(before) && !isLower(first));
    const endOk = !isLower(after) || !isLetter(text.charCodeAt(at + word.length - 1));
    if (startOk && endOk) return true;
  }
  return false;
}

/**
 * Where the first run of at least `length` class members in `text` (latin1) starts, at or after
 * `from`, which must follow a non-member (or be 0); -1 if there is none. Looks at the last byte
 * of the window a run would fill first: where it is not a member, no run of that length can cover
 * it and the search jumps a whole `length` ahead, so text without long runs costs about one look
 * per `length` bytes instead of one per byte.
 */
function firstRunFrom(text: string, member: Uint8Array, length: number, from: number): number {
  const n = text.length;
  const isMember = (i: number): boolean => isClassMember(text, member, i);
  // No run of `length` starts before `from`; the bytes in [from, known) are all members.
  let known = from;
  while (from + length <= n) {
    let i = from + length - 1;
    if (!isMember(i)) {
      from = i + 1;
      known = from;
      continue;
    }
    // Walk back to the part known already; a non-member on the way means the run starts after
    // it. `from` always follows a non-member (or is 0), so a run found starts there.
    while (i > known && isMember(i - 1)) i--;
    if (i <= known) return from;
    known = from + length;
    from = i;
  }
  return -1;
}

/**
 * The runs of at least `length` class members in `text`, as [start, end) pairs, each as long as
 * it goes. `bytes`, when given, are the bytes `text` is the latin1 decoding of (see CrWords).
 */
export function runsOf(text: string, member: Uint8Array, length: number, bytes?: Uint8Array): number[] {
  const runs: number[] = [];
  const n = text.length;
  const crs = bytes && member[CR] === 1 && bytes.length === n ? new CrWords(bytes) : undefined;
  for (let start = firstRunFrom(text, member, length, 0); start >= 0;) {
    let end = start + length;
    while (end < n && isClassMember(text, member, end))
      end = crs && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === CR ? crs.past(end) : end + 1;
    runs.push(start, end);
    // The byte at `end` is not a member (or is past the end), so the next search may start after it.
    start = firstRunFrom(text, member, length, end + 1);
  }
  return runs;
}

const CR = 13;
const FOUR_CRS = 0x0d0d0d0d;

/**
 * A text's bytes read four at a time across stretches of carriage returns. A binary file's text
 * is mostly the carriage returns binaryText turns its other bytes into (node_modules' binaries:
 * 70 of their 79 MB), and a class that holds `\s` (`solana-keypair-json`'s) runs through all of
 * them: looking at each of those bytes in turn was a tenth of an engine pass over node_modules.
 */
class CrWords {
  private readonly words: Uint32Array;
  /** `bytes[i]` is byte `i + base` of `words`. */
  private readonly base: number;

  constructor(private readonly bytes: Uint8Array) {
    this.base = bytes.byteOffset % 4;
    this.words = new Uint32Array(bytes.buffer, bytes.byteOffset - this.base, (this.base + bytes.length) >> 2);
  }

  /** The first offset from `at` whose byte is not a carriage return (or the length). */
  past(at: number): number {
    const { bytes, words, base } = this;
    const n = bytes.length;
    let w = (at + base + 3) >> 2;
    for (const head = (w << 2) - base; at < head; at++) if (at >= n || bytes[at] !== CR) return at;
    while (w < words.length && words[w] === FOUR_CRS) w++;
    for (at = (w << 2) - base; at < n && bytes[at] === CR;) at++;
    return at;
  }
}

type RunNeed = NonNullable<CompiledRule['minRun']>;

/**
 * The runs of `minRun` classes in one text, worked out once for all the rules that need the same
 * class. The runs of at least n characters are those of at least m < n that are n long or
 * more (each run goes as far as it goes), so one pass over the text serves every longer length
 * of its class: the base58 rules need 51, 58 and 85, the Discord and Atlassian ones 16 and 12.
 */
class TextRuns {
  /** Per class, the runs of the shortest length listed so far. */
  private readonly shortest = new Map<string, { length: number; runs: number[] }>();
  private readonly lists = new Map<string, number[]>();

  /** `bytes`: the bytes `text` is the latin1 decoding of, when the caller has them (see runsOf). */
  constructor(
    private readonly text: string,
    private readonly bytes?: Uint8Array,
  ) {}

  /** The runs of at least `need.length` members, as [start, end) pairs (see runsOf). */
  list(need: RunNeed): number[] {
    const key = `${need.length}:${need.key}`;
    let list = this.lists.get(key);
    if (list !== undefined) return list;
    const known = this.shortest.get(need.key);
    if (known && known.length <= need.length) list = longRuns(known.runs, need.length);
    else {
      list = runsOf(this.text, need.member, need.length, this.bytes);
      this.shortest.set(need.key, { length: need.length, runs: list });
    }
    this.lists.set(key, list);
    return list;
  }

  /**
   * Whether the text holds a run of at least `need.length` members: derived from its list, which
   * is kept for the rules that need the same class. A text without such a run costs the one pass
   * either way; one with a run is listed to its end rather than searched to the first.
   */
  has(need: RunNeed): boolean {
    return this.list(need).length > 0;
  }
}

/** The runs (as [start, end) pairs) at least `length` long. */
function longRuns(runs: number[], length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs.length; i += 2) if (runs[i + 1]! - runs[i]! >= length) out.push(runs[i]!, runs[i + 1]!);
  return out.length === runs.length ? runs : out;
}

function isClassMember(text: string, member: Uint8Array, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 256 && member[c] === 1;
}

/**
 * Where matches can start, given places each match covers: flat [first, last] pairs
 * (inclusive), in order, overlapping ones joined. `covered` gives [start, end) pairs of which
 * every match holds at least `need` characters within `before` characters before its start and
 * `after` from it (a match of `span` characters at most: 0 and `span`, for a keyword it
 * consumes; what an attempt reads, for a run its look-behind may hold).
 */
function startIntervals(
  covered: ArrayLike<number>,
  need: number,
  before: number,
  after: number,
  step: 1 | 2,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < covered.length; i += step) {
    const start = covered[i]!;
    const end = step === 2 ? covered[i + 1]! : start + need;
    const first = Math.max(0, start + need - after);
    const last = end - need + before;
    if (last < first) continue;
    const n = out.length;
    if (n > 0 && first <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, last);
    else out.push(first, last);
  }
  return out;
}

/**
 * How a rule that is neither anchored nor free of bounds is searched in windows: around its
 * keywords when every match contains one (`shortest` is the shortest keyword), around the
 * runs its `minRun` names, or around `literals` from its pattern one of which every match
 * contains (found by the prefilter beside the keywords); `reach` is how far an attempt reads
 * (see pattern-reach.ts).
 */
interface WindowPlan {
  by: 'keyword' | 'run' | 'literal';
  reach: PatternReach;
  shortest: number;
  literals?: string[];
}

/**
 * Whether a rule is searched in windows, and how. Anchored rules have their own way; a user's
 * patterns (linear) and unbounded ones search the whole text.
 */
function windowPlan(rule: CompiledRule, stored: Record<string, StoredPlan> | undefined): WindowPlan | undefined {
  const spec = rule.spec;
  if (rule.anchored || spec.linear) return undefined;
  if (spec.keywords.length === 0 && !rule.minRun) return undefined;
  const known = stored?.[planKey(rule)];
  if (known !== undefined) {
    if (known === 0) return undefined;
    const [by, span, behind, reach, shortest, ...literals] = known;
    return {
      by: PLAN_KINDS[by],
      reach: { span, behind, reach, contains: () => by === 0, literals: () => (by === 2 ? literals : undefined) },
      shortest,
      ...(by === 2 ? { literals } : {}),
    };
  }
  const reach = patternReach(spec.pattern);
  if (!reach) return undefined;
  const keywords = spec.keywords.map((k) => k.toLowerCase());
  if (keywords.length > 0 && reach.contains(keywords))
    return { by: 'keyword', reach, shortest: Math.min(...keywords.map((k) => k.length)) };
  if (rule.minRun) return { by: 'run', reach, shortest: 0 };
  // Keywords that do not bound the matches still say whether the rule runs; the literals only
  // say where it is searched.
  const literals = reach.literals();
  return literals
    ? { by: 'literal', reach, shortest: Math.min(...literals.map((l) => l.length)), literals }
    : undefined;
}

/**
 * The run classes the keyword walk counts (two at most) and, for each rule of `alwaysRun`, the
 * [lane, length] of the run it needs, or undefined. Rules that run on every kind of file get the
 * lanes first: one limited to some kinds (`fileKinds`) is skipped on the others already, so a
 * lane spent on it gates fewer texts.
 */
function runLanes(
  rules: readonly CompiledRule[],
  alwaysRun: readonly number[],
  kindGated: ReadonlyMap<number, unknown>,
): { runClasses: Uint8Array[]; gates: ([number, number] | undefined)[] } {
  const runClasses: Uint8Array[] = [];
  const laneOf = new Map<string, number>();
  const gates: ([number, number] | undefined)[] = alwaysRun.map(() => undefined);
  const order = alwaysRun.map((_, i) => i);
  order.sort((a, b) => Number(kindGated.has(alwaysRun[a]!)) - Number(kindGated.has(alwaysRun[b]!)) || a - b);
  for (const i of order) {
    const need = rules[alwaysRun[i]!]!.minRun;
    if (!need) continue;
    let lane = laneOf.get(need.key);
    if (lane === undefined) {
      if (runClasses.length === 2) continue;
      lane = runClasses.push(need.member) - 1;
      laneOf.set(need.key, lane);
    }
    gates[i] = [lane, need.length];
  }
  return { runClasses, gates };
}

/** What a rule's window plan depends on: its pattern, its keywords and whether it has a `minRun`. */
function planKey(rule: CompiledRule): string {
  return `${rule.spec.pattern}\n${rule.spec.keywords.join('\n').toLowerCase()}\n${rule.minRun ? 'run' : ''}`;
}

/** A dropped match's other spellings of its secret still have to be masked: the match kept takes them over. */
function keepSpellings(dropped: Match, kept: Match): void {
  if (dropped.encodedAt) (kept.encodedAt ??= []).push(...dropped.encodedAt);
}

/**
 * The detection engine: text in, matches out. It holds compiled rules and a keyword
 * prefilter; `scan` is synchronous and touches nothing outside its arguments, so one Engine can
 * be built per worker thread and fed chunk after chunk.
 */
/** A match's span moved to `start`-`end` of an outer text, with the lines and columns there. */
function spanAt(
  lines: LineIndex,
  start: number,
  end: number,
): Pick<Match, 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const s = lines.position(start);
  const e = lines.position(end);
  return { start, end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

export class Engine {
  readonly rules: readonly CompiledRule[];
  private readonly byId = new Map<string, CompiledRule>();
  private readonly prefilter: KeywordFinder;
  /** For keyword index k, the indices of the rules that listed it. */
  private readonly keywordRules: number[][];
  private readonly alwaysRun: number[];
  /**
   * For each rule in `alwaysRun` (no keywords), the run of a class the keyword walk counts that
   * it needs (its `minRun`), as [lane, length]; or undefined. Such a rule is a candidate only
   * when the walk saw a run that may be that long: a text without one needs no string for it.
   */
  private readonly alwaysRunGate: ([number, number] | undefined)[];
  /** For each rule that runs on some kinds of file only (its `fileKinds`), those kinds. */
  private readonly kindGated = new Map<number, ReadonlySet<FileKind>>();
  /** Provider keywords that are token prefixes (end in `_`, `-` or `.`), lower case. */
  private providerClaims: ProviderClaims | undefined;
  /** For each rule, the indices of its keywords (anchored rules look up their starts by these). */
  private readonly ruleKeywords: number[][] = [];
  /** For each rule, its keyword indices as a string: rules with equal keys share keyword starts. */
  private readonly ruleKeywordKey: string[] = [];
  /**
   * For each rule tried at keyword starts or searched around them, the keyword indices whose
   * starts it needs: its own keywords, or its plan's literals (see WindowPlan).
   */
  private readonly startKeys: number[][] = [];
  private readonly startKey: string[] = [];
  /** Keyword indices below this are rules' keywords; the rest are their base64 spellings. */
  private readonly plainKeywords: number;
  /** For each rule, how it is searched in windows of the text (see runWindowed), or undefined. */
  private readonly windowed: (WindowPlan | undefined)[];
  /** Per rule id, what its costly validator spent on the current input (see validationCap). */
  private readonly validations = new Map<string, number>();
  /**
   * For each anchored rule with a start gate, the gate set it belongs to (by key) and its bit
   * (see gateFor).
   */
  private readonly gates: ({ key: string; bit: number } | undefined)[] = [];
  private readonly gateSets = new Map<string, GateSet>();
  /**
   * Gates tested alone, by key, until they first let a start through (see searchStarts): start
   * gates alone in their set (no other rule shares their keyword starts), and the prefix gates
   * of rules that have no start gate (see prefix-gate.ts).
   */
  private readonly loneGates = new Map<string, GateSet | PrefixGateTest>();
  /** For each of `loneGates`, how many starts it has turned down so far. */
  private readonly loneTurnedDown = new Map<string, number>();
  /** The keyword keys (see ruleKeywordKey) whose rules' gates have been worked out. */
  private readonly gatesDone = new Set<string>();
  /** What a prefilter cache must have been built for to be used by this engine. */
  private readonly snapshotKey: { plain: string[]; written: string[]; anchored: number[] };

  constructor(
    specs: readonly RuleSpec[],
    private readonly options: EngineOptions = {},
  ) {
    this.rules = specs.map(compileRule);
    const keywordIndex = new Map<string, number>();
    this.keywordRules = [];
    this.alwaysRun = [];
    this.rules.forEach((rule, r) => {
      this.byId.set(rule.spec.id, rule);
      if (rule.spec.keywords.length === 0) this.alwaysRun.push(r);
      if (rule.spec.fileKinds) this.kindGated.set(r, new Set(rule.spec.fileKinds));
      for (const kw of rule.spec.keywords) {
        const key = kw.toLowerCase();
        let k = keywordIndex.get(key);
        if (k === undefined) {
          k = this.keywordRules.length;
          keywordIndex.set(key, k);
          this.keywordRules.push([]);
        }
        this.keywordRules[k]!.push(r);
        (this.ruleKeywords[r] ??= []).push(k);
      }
    });
    this.rules.forEach((_, r) => (this.ruleKeywordKey[r] = (this.ruleKeywords[r] ?? []).join(',')));
    this.windowed = this.rules.map((rule) => windowPlan(rule, options.prefilterCache?.windows));
    this.windowed.forEach((plan, r) => {
      // A plan's literals are keywords of no rule: the prefilter only records where they start.
      const keys = plan?.literals?.map((l) => {
        let k = keywordIndex.get(l);
        if (k === undefined) {
          k = this.keywordRules.push([]) - 1;
          keywordIndex.set(l, k);
        }
        return k;
      });
      this.startKeys[r] = keys ?? this.ruleKeywords[r] ?? [];
      this.startKey[r] = keys ? `literal:${keys.join(',')}` : this.ruleKeywordKey[r]!;
    });
    const plain = [...keywordIndex.keys()];
    this.plainKeywords = plain.length;
    // Keyword starts are recorded for anchored rules and for rules searched around their keywords.
    const anchored = new Set(
      this.rules.flatMap((rule, r) =>
        rule.anchored || this.windowed[r]?.by === 'keyword' || this.windowed[r]?.by === 'literal'
          ? this.startKeys[r]!
          : [],
      ),
    );
    // Base64 spellings of keywords as rules write them and in lower case (base64 is case-
    // sensitive on its input, so `AKIA` and `akia` encode differently).
    const decode = (options.decodeDepth ?? DEFAULT_DECODE_DEPTH) > 0;
    const written = decode ? [...new Set(specs.flatMap((r) => r.keywords.flatMap((k) => [k, k.toLowerCase()])))] : [];
    this.snapshotKey = { plain, written, anchored: [...anchored].sort((a, b) => a - b) };
    const cache = options.prefilterCache;
    const cached =
      cache !== undefined &&
      sameStrings(cache.plain, plain) &&
      sameStrings(cache.written, written) &&
      cache.anchored.join() === this.snapshotKey.anchored.join();
    let keywords: string[];
    if (cached) {
      keywords = cache.keywords;
    } else {
      const spellings = new Set<string>();
      for (const kw of written)
        for (const sp of base64Spellings(kw)) if (!keywordIndex.has(sp.toLowerCase())) spellings.add(sp.toLowerCase());
      keywords = [...plain, ...spellings];
    }
    const { runClasses, gates } = runLanes(this.rules, this.alwaysRun, this.kindGated);
    this.alwaysRunGate = gates;
    // Per lane, the shortest length a gate asks for is told exactly (the Atlassian token's 12;
    // the Discord token's 16 of the same class is a power of two, which the bound tells exactly).
    const runLengths = runClasses.map((_, lane) =>
      Math.min(...this.alwaysRunGate.flatMap((gate) => (gate?.[0] === lane ? [gate[1]] : []))),
    );
    this.prefilter = new KeywordFinder(
      keywords,
      plain.length,
      anchored,
      cached ? () => cache.automaton() : undefined,
      runClasses,
      runLengths,
    );
  }

  /**
   * The gate set and bit of anchored rule `r`, if its pattern has a gate. Rules that share
   * keyword starts share gate sets (MAX_GATES rules to a set), so one pass over the characters
   * after each start serves them all. Worked out for a group of rules when one of them first
   * runs: reading patterns costs time a scan that never meets their keywords should not pay.
   */
  private gateFor(r: number): { key: string; bit: number } | undefined {
    if (this.options.ungated) return undefined;
    const starts = this.ruleKeywordKey[r]!;
    if (!this.gatesDone.has(starts)) {
      this.gatesDone.add(starts);
      const sets = new Map<string, StartGate[]>();
      let key: string | undefined;
      this.rules.forEach((rule, i) => {
        if (!rule.anchored || this.ruleKeywordKey[i] !== starts) return;
        const gate = this.gateOf(rule);
        if (!gate) {
          // No start gate: a token's prefix and body may still say where it cannot match.
          const prefix = prefixGate(rule.spec.pattern, Boolean(rule.spec.caseInsensitive));
          if (!prefix) return;
          this.gates[i] = { key: `${starts}#prefix${i}`, bit: 0 };
          this.loneGates.set(this.gates[i].key, new PrefixGateTest(prefix));
          return;
        }
        if (key === undefined || sets.get(key)!.length === MAX_GATES) sets.set((key = `${starts}#${i}`), []);
        this.gates[i] = { key, bit: sets.get(key)!.push(gate) - 1 };
      });
      // A gate tested alone costs about what the regex attempt it saves costs (V8 reads the same
      // characters, faster), but not what the regex's first attempt costs: V8 compiles it then
      // (1-20 ms). So a lone gate is used only until it first lets a start through.
      for (const [k, list] of sets) (list.length > 1 ? this.gateSets : this.loneGates).set(k, new GateSet(list));
    }
    return this.gates[r];
  }

  private gateOf(rule: CompiledRule): StartGate | undefined {
    const ignoreCase = Boolean(rule.spec.caseInsensitive);
    const stored = this.options.prefilterCache?.gates?.[gateKey(rule.spec.pattern, ignoreCase)];
    return stored !== undefined ? loadGate(stored) : startGate(rule.spec.pattern, ignoreCase);
  }

  /** The ids of the rules searched in windows of the text, and how (for tests and benchmarks). */
  windowedRules(): { id: string; by: WindowPlan['by']; span: number }[] {
    return this.rules.flatMap((rule, r) => {
      const plan = this.windowed[r];
      return plan ? [{ id: rule.spec.id, by: plan.by, span: plan.reach.span }] : [];
    });
  }

  /**
   * Does now the set-up a large scan needs anyway (the keyword automaton), for a caller that
   * has idle time before its input arrives. Small scans never need it.
   */
  prepare(): void {
    this.prefilter.prepare();
  }

  /** The prefilter's keywords and tables with what they were built for: a PrefilterCache's content. */
  prefilterSnapshot(): Omit<PrefilterCache, 'automaton'> & { automaton: AutomatonData } {
    const windows: Record<string, StoredPlan> = {};
    this.rules.forEach((rule, r) => {
      if (rule.anchored || rule.spec.linear || (rule.spec.keywords.length === 0 && !rule.minRun)) return;
      const plan = this.windowed[r];
      windows[planKey(rule)] = plan
        ? [
            PLAN_KINDS.indexOf(plan.by) as 0 | 1 | 2,
            plan.reach.span,
            plan.reach.behind,
            plan.reach.reach,
            plan.shortest,
            ...(plan.literals ?? []),
          ]
        : 0;
    });
    const gates: Record<string, StoredGate> = {};
    for (const rule of this.rules) {
      if (!rule.anchored) continue;
      const ignoreCase = Boolean(rule.spec.caseInsensitive);
      gates[gateKey(rule.spec.pattern, ignoreCase)] = storeGate(startGate(rule.spec.pattern, ignoreCase));
    }
    return {
      ...this.snapshotKey,
      keywords: [...this.prefilter.keywords],
      windows,
      gates,
      openings: ProviderClaims.openingsToStore(this.rules),
      automaton: this.prefilter.automatonData(),
    };
  }

  /**
   * Indices of the rules whose keywords occur in the input. With `base64Hits`, also collects
   * where base64 spellings of keywords end, so only those runs are decoded.
   */
  candidateRules(input: Uint8Array | string, base64Hits?: number[], starts?: KeywordStarts): number[] {
    const found = this.prefilter.find(input, base64Hits, starts);
    const always = this.alwaysRun.filter((_, i) => {
      const gate = this.alwaysRunGate[i];
      return gate === undefined || this.prefilter.mayHaveRun(gate[0], gate[1]);
    });
    if (found.size === 0) return always;
    const rules = new Set<number>(always);
    for (const k of found) if (k < this.plainKeywords) for (const r of this.keywordRules[k]!) rules.add(r);
    return [...rules].sort((a, b) => a - b);
  }

  /** The candidates without the rules that do not run on this kind of file (see `fileKinds`). */
  private forKind(candidates: number[], file: ScanFile): number[] {
    if (this.kindGated.size === 0 || !candidates.some((r) => this.kindGated.has(r))) return candidates;
    return candidates.filter((r) => this.kindGated.get(r)?.has(file.kind) ?? true);
  }

  /**
   * Scans a buffer (or a string of latin1-decoded bytes, so offsets are byte offsets).
   * Returns accepted matches sorted by offset.
   *
   * `latin1` gives the same bytes already decoded, for a caller that decodes many inputs at
   * once: a worker decodes its whole batch into one string and passes slices of it. V8 makes a
   * string over 128 KB in memory of its own, fresh from the system each time; where a page fault
   * is dear (virtual machines) decoding a 300 KB file cost twenty times what a 100 KB one did.
   */
  scan(input: Uint8Array | string, meta: ChunkMeta = {}, latin1?: () => string): Match[] {
    this.validations.clear();
    const decodeDepth = this.options.decodeDepth ?? DEFAULT_DECODE_DEPTH;
    const base64Hits: number[] = [];
    const starts: KeywordStarts = [];
    const file = new ScanFile(meta);
    const keyStore = decodeDepth > 0 ? openKeyStoreFile(input) : undefined;
    if (keyStore) return this.keyStoreFileMatches(keyStore, input, file);
    const candidates = this.forKind(this.candidateRules(input, decodeDepth > 0 ? base64Hits : undefined, starts), file);
    const store = decodeDepth > 0 && mayOpenStore(meta.path, input.length);
    if (candidates.length === 0 && base64Hits.length === 0 && !store && !(decodeDepth > 0 && mayHoldEscapes(input)))
      return [];
    const raw =
      typeof input === 'string'
        ? input
        : (latin1?.() ?? Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1'));
    const text = blankTerminalEscapes(raw);
    // The bytes the text decodes, while no escape was blanked: runs read them four at a time.
    const bytes = typeof input !== 'string' && text === raw ? input : undefined;
    let matches = this.scanText(text, candidates, decodeDepth, base64Hits, starts, file, bytes);
    if (text !== raw) matches = matches.map((m) => withRawWindow(m, text, raw));
    if (store) {
      // The ciphertext as the file has it: blanking escape sequences would change its bytes.
      const opened = openEncryptedStore(raw, meta.path);
      if (opened) matches = this.withStoreMatches(matches, opened, text, file, decodeDepth);
    }
    return matches;
  }

  /**
   * A key store file (see keystore-files.ts), read as its base64 by the key store rules; the DER
   * or Java serialization around the key holds nothing else to scan. A match spans the file's
   * bytes that its base64 spells, and its window is empty: a binary line has nothing to show.
   */
  private keyStoreFileMatches(store: KeyStoreFile, input: Uint8Array | string, whole: ScanFile): Match[] {
    const file = whole.asStore(store.kind);
    const starts: KeywordStarts = [];
    const candidates = this.forKind(this.candidateRules(store.text, undefined, starts), file);
    const inner = this.scanText(store.text, candidates, 0, [], starts, file);
    if (inner.length === 0) return [];
    const size = input.length;
    const lines = new LineIndex(
      typeof input === 'string'
        ? input
        : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1'),
    );
    return inner.map((m): Match => {
      const start = Math.floor((m.start * 3) / 4);
      return {
        ...m,
        ...spanAt(lines, start, Math.min(size, Math.ceil((m.end * 3) / 4))),
        window: { start, bytes: '', cutBefore: false, cutAfter: false },
        decodedFrom: store.kind,
      };
    });
  }

  /**
   * Adds what an encrypted store holds (see encrypted-stores.ts): its plaintext is scanned as a
   * decoded layer, and each match is placed at the file bytes that encrypt it. Its window is the
   * plaintext line, in the same offsets, so the report shows the decrypted entry (a user name, a
   * host) with every secret in it masked, and never the ciphertext, which anyone can decrypt.
   */
  private withStoreMatches(matches: Match[], store: OpenedStore, text: string, file: ScanFile, depth: number): Match[] {
    const hits: number[] = [];
    const starts: KeywordStarts = [];
    const candidates = this.forKind(this.candidateRules(store.text, depth > 1 ? hits : undefined, starts), file);
    const inner = this.scanText(store.text, candidates, depth - 1, hits, starts, file);
    if (inner.length === 0) return matches;
    const lines = new LineIndex(text);
    // Where the bytes that encrypt a plaintext offset sit in the file. Spans keep their length, so
    // the window (the plaintext line) masks the secret where it shows.
    const place = store.place ?? ((offset: number) => offset + store.offset);
    const moved = inner.map((m): Match => {
      const start = place(m.start);
      return {
        ...m,
        ...spanAt(lines, start, Math.min(text.length, start + (m.end - m.start))),
        window: { ...m.window, start: start - (m.start - m.window.start) },
        decodedFrom: m.decodedFrom ? `${store.kind}>${m.decodedFrom}` : store.kind,
        ...(m.encodedAt
          ? { encodedAt: m.encodedAt.map(([a, b]): [number, number] => [place(a), place(a) + (b - a)]) }
          : {}),
      };
    });
    return [...matches, ...moved].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private scanText(
    text: string,
    candidates: number[],
    depth: number,
    base64Hits: number[],
    starts: KeywordStarts,
    file: ScanFile,
    bytes?: Uint8Array,
  ): Match[] {
    const lines = new LineIndex(text);
    const matches: Match[] = [];
    const runs = new TextRuns(text, bytes);
    const listed = new StartLists(this.startKeys, this.startKey, starts);
    const cut = starts.cut;
    // Rules tried at keyword starts whose lists were cut (see MAX_STARTS): searched apart.
    const past = cut
      ? this.searchPastCut(
          candidates.filter((r) => this.triedAtStarts(r) && this.startKeys[r]!.some((k) => cut.has(k))),
          { text, lines, file, runs, starts, bytes },
        )
      : undefined;
    for (const r of candidates) {
      const rule = this.rules[r]!;
      const plan = this.planOf(r);
      if (plan?.by === 'run') {
        const need = rule.minRun!;
        const list = runs.list(need);
        if (list.length > 0)
          this.runWindowed(
            rule,
            text,
            lines,
            file,
            matches,
            // A `minRun` says the text must hold the run, not that the match consumes it (the
            // Mailgun key's run is in its look-behind): wherever an attempt reads.
            startIntervals(list, need.length, plan.reach.behind, plan.reach.reach, 2),
            plan,
          );
        continue;
      }
      if (rule.minRun && !runs.has(rule.minRun)) continue;
      const found = past?.get(r);
      if (found) for (const m of found) matches.push(m);
      else if (this.triedAtStarts(r)) this.searchStarts(r, text, lines, file, matches, listed);
      else this.runRule(rule, text, lines, file, matches);
    }
    if (depth > 0) this.scanDecoded(text, lines, file, depth, base64Hits, matches);
    return this.dropShadowed(matches);
  }

  /** How rule `r` is searched in windows of the text, if it is (see windowPlan). */
  private planOf(r: number): WindowPlan | undefined {
    return this.options.wholeText ? undefined : this.windowed[r];
  }

  /** Whether rule `r` is tried at its keywords' starts (anchored) or searched around them. */
  private triedAtStarts(r: number): boolean {
    const plan = this.planOf(r);
    return this.rules[r]!.anchored || plan?.by === 'keyword' || plan?.by === 'literal';
  }

  /**
   * Rule `r` (see triedAtStarts) at the starts `lists` holds for it, from `resumeAt` on (where a
   * search of an earlier stretch of the same text left off); returns where the next may start.
   */
  private searchStarts(
    r: number,
    text: string,
    lines: LineIndex,
    file: ScanFile,
    out: Match[],
    lists: StartLists,
    resumeAt = 0,
  ): number {
    const rule = this.rules[r]!;
    const at = lists.of(r);
    if (rule.anchored) {
      if (at.length === 0) return resumeAt;
      const gate = this.gateFor(r);
      const lone = gate && this.loneGates.get(gate.key);
      if (lone) {
        // Starts before the first the gate lets through cannot match. Rules whose gate turns
        // down every start a scan meets never compile their regex. Once one passes, or the gate
        // has turned down LONE_GATE_STARTS (the compile is then a small part of the attempts),
        // it is dropped: at steady state a gate tested alone costs more than the attempts it
        // spares (sixteenth round).
        const from = lone.firstPassed(text, at);
        const turnedDown = (this.loneTurnedDown.get(gate.key) ?? 0) + from;
        if (from < at.length || turnedDown >= LONE_GATE_STARTS) this.loneGates.delete(gate.key);
        else this.loneTurnedDown.set(gate.key, turnedDown);
        if (from === at.length) return resumeAt;
        return this.runAnchored(rule, text, lines, file, out, at, undefined, 0, resumeAt, from);
      }
      const set = gate && this.gateSets.get(gate.key);
      const mask = set && lists.gateMask(gate.key, set, text, at);
      return this.runAnchored(rule, text, lines, file, out, at, mask, gate?.bit, resumeAt);
    }
    const plan = this.planOf(r)!;
    const intervals = startIntervals(at, plan.shortest, 0, plan.reach.span, 1);
    return this.runWindowed(rule, text, lines, file, out, intervals, plan, resumeAt);
  }

  /**
   * The matches of `rules`, whose keyword starts were cut, each rule's in its own list (the caller
   * puts them in rule order, as ties between equal spans are settled by it). They are still tried
   * at their starts only: below `starts.cutFrom` at those listed, past it at those the prefilter
   * lists again a piece at a time (STARTS_PIECE). Searching the text instead cost a position's
   * attempt per byte: a 68 MB log whose every line holds `secret` took over 30 s of CPU in the
   * generic rules; a piece's lists keep the memory bounded as the cut does.
   */
  private searchPastCut(
    rules: number[],
    scan: { text: string; lines: LineIndex; file: ScanFile; runs: TextRuns; starts: KeywordStarts; bytes?: Uint8Array },
  ): Map<number, Match[]> {
    const { text, lines, file, starts } = scan;
    const wanted = rules.filter((r) => !this.rules[r]!.minRun || scan.runs.has(this.rules[r]!.minRun!));
    const out = new Map(wanted.map((r) => [r, [] as Match[]]));
    const resume = new Map(wanted.map((r) => [r, 0]));
    const stretch = (lists: StartLists): void => {
      for (const r of wanted) resume.set(r, this.searchStarts(r, text, lines, file, out.get(r)!, lists, resume.get(r)));
    };
    const cutFrom = starts.cutFrom ?? 0;
    stretch(new StartLists(this.startKeys, this.startKey, starts, cutFrom));
    // The bytes walk in WebAssembly; the text is what the rules read (the same offsets).
    const walked = scan.bytes ?? text;
    for (let from = cutFrom; from < text.length; from += STARTS_PIECE) {
      const piece = this.prefilter.startsIn(walked, from, Math.min(text.length, from + STARTS_PIECE));
      stretch(new StartLists(this.startKeys, this.startKey, piece));
    }
    return out;
  }

  /**
   * Scans what encoded stretches decode to. A match inside decoded text is reported at the
   * encoded stretch, since that is what the file holds; the reporter masks the whole stretch,
   * which is the secret in another spelling.
   */
  private scanDecoded(
    text: string,
    lines: LineIndex,
    file: ScanFile,
    depth: number,
    base64Hits: number[],
    out: Match[],
  ): void {
    const segments = findEncodedSegments(text, base64Hits);
    const raw = out.slice();
    for (const seg of segments) {
      const hits: number[] = [];
      const innerStarts: KeywordStarts = [];
      const candidates = this.forKind(
        this.candidateRules(seg.decoded, depth > 1 ? hits : undefined, innerStarts),
        file,
      );
      // Keyword spellings cover one layer of base64; inside decoded text (small, and rare) any
      // further base64 run is a candidate for the next layer.
      if (depth > 1) for (const run of seg.decoded.matchAll(NESTED_BASE64)) hits.push(run.index + run[0].length);
      hits.sort((a, b) => a - b);
      const inner = this.scanText(seg.decoded, candidates, depth - 1, hits, innerStarts, file);
      // A raw match over the encoded text already explains it (a provider token that happens
      // to be base64, like Bedrock's): what it decodes to is that token's content, not a leak.
      // A generic match does not count: a provider token found inside explains it better.
      if (raw.some((o) => o.start <= seg.start && seg.end <= o.end && !this.byId.get(o.ruleId)!.generic)) continue;
      const marked = inner.length > 0 && seg.kind === 'base64' && spellsPlaceholder(text.slice(seg.start, seg.end));
      for (const m of inner) {
        // Where the match sits in this text: the bytes that spell it where the decoder kept
        // offsets, else the whole encoded stretch.
        const start = seg.offsetOf ? seg.offsetOf(m.start) : seg.start;
        const end = seg.offsetOf ? seg.offsetOf(m.end) : seg.end;
        // The same secret already found in the raw text of this stretch or line (a JSON string
        // with one escaped character, a clear token beside its base64 spelling) is one finding,
        // not two; the reporter still masks this spelling. So is the same rule's raw match inside
        // this stretch: a URL found as written and again after percent-decoding is one
        // credential. The same secret written again on another line (escaped in a string below
        // its clear assignment) is another place it leaked, and is reported there.
        const sameAt = out.findIndex(
          (o) =>
            o.ruleId === m.ruleId &&
            ((o.secret === m.secret &&
              ((o.start < seg.end && seg.start < o.end) || lines.lineOf(o.start) === lines.lineOf(start))) ||
              (o.start < end && start < o.end)),
        );
        const same = out[sameAt];
        // A value found with its character references still in it (`S3cr&amp;t`, caught by a
        // rule in the raw text or in a layer decoded once of a reference escaped twice) is that
        // value written for markup: the decoded spelling is the secret.
        const respelled =
          same !== undefined && seg.offsetOf !== undefined && same.secret !== m.secret && same.secret.includes('&');
        if (same && !respelled) {
          (same.encodedAt ??= []).push([start, end]);
          continue;
        }
        if (!this.options.ignoreInlineAllow && inlineAllowed(text, lines, start)) continue;
        const assessment: Assessment = marked
          ? { confidence: 'low', example: true, reasons: [ENCODED_MARKER_REASON] }
          : {
              confidence: m.confidence,
              ...(m.example ? { example: true } : {}),
              ...(m.reasons ? { reasons: m.reasons } : {}),
            };
        const outer = this.toMatch(this.byId.get(m.ruleId)!, m.secret, text, lines, start, end, assessment);
        outer.decodedFrom = m.decodedFrom ? `${seg.kind}>${m.decodedFrom}` : seg.kind;
        if (respelled) {
          outer.encodedAt = [...(same.encodedAt ?? []), [same.start, same.end]];
          out[sameAt] = outer;
        } else out.push(outer);
      }
    }
  }

  private runRule(rule: CompiledRule, text: string, lines: LineIndex, file: ScanFile, out: Match[]): void {
    const re = rule.regex; // global: neither search runs an anchored rule
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      this.consider(rule, m, text, lines, file, out);
    }
  }

  /**
   * A rule whose every match starts in one of `intervals` (flat [first, last] pairs, inclusive,
   * in order) is searched only there: each interval in a slice of the text that holds all an
   * attempt from it can read (the pattern's reach), so an attempt in the slice sees what it would
   * see in the whole text and a match found is the one a whole-text search finds there. The
   * search goes on from each match's end, as a whole-text search does; between the intervals no
   * match can start.
   */
  private runWindowed(
    rule: CompiledRule,
    text: string,
    lines: LineIndex,
    file: ScanFile,
    out: Match[],
    intervals: readonly number[],
    plan: WindowPlan,
    resumeAt = 0,
  ): number {
    const re = rule.regex; // global: neither search runs an anchored rule
    let next = resumeAt;
    for (let i = 0; i < intervals.length; i += 2) {
      const last = intervals[i + 1]!;
      const from = Math.max(intervals[i]!, next);
      if (from > last) continue;
      const offset = Math.max(0, from - plan.reach.behind);
      const slice = text.slice(offset, Math.min(text.length, last + plan.reach.reach));
      re.lastIndex = from - offset;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const at = m.index + offset;
        if (at > last) break;
        next = at + Math.max(1, m[0].length);
        this.consider(rule, m, text, lines, file, out, offset);
        if (next > last) break;
        re.lastIndex = next - offset;
      }
    }
    return next;
  }

  /**
   * A rule whose matches start at one of its keywords (`startsWithKeyword`) is tried only where
   * a keyword occurs, with a sticky regex: one attempt per occurrence instead of a search from
   * every position. Generic rules, whose patterns open with a long alternation, run about ten
   * times faster this way on source code. Returns where the next attempt may start (`resumeAt`
   * carries it over from an earlier stretch of the same text's starts). Starts before index
   * `from` are not tried (a lone gate turned them down).
   */
  private runAnchored(
    rule: CompiledRule,
    text: string,
    lines: LineIndex,
    file: ScanFile,
    out: Match[],
    starts: ArrayLike<number>,
    gateMask?: Int32Array,
    gateBit = 0,
    resumeAt = 0,
    from = 0,
  ): number {
    const re = rule.regex;
    const bit = 1 << gateBit;
    for (let i = from; i < starts.length; i++) {
      const at = starts[i]!;
      if (at < resumeAt) continue;
      // The rule's start gate says it cannot match here (see start-gate.ts).
      if (gateMask !== undefined && (gateMask[i]! & bit) === 0) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) continue;
      resumeAt = m.index + Math.max(1, m[0].length);
      this.consider(rule, m, text, lines, file, out);
    }
    return resumeAt;
  }

  private consider(
    rule: CompiledRule,
    m: RegExpExecArray,
    text: string,
    lines: LineIndex,
    file: ScanFile,
    out: Match[],
    offset = 0,
  ): void {
    const span = typeof rule.group === 'string' ? m.indices?.groups?.[rule.group] : m.indices?.[rule.group];
    if (!span) return;
    // `m` may come from a slice of the text that starts at `offset` (runWindowed).
    const start = span[0] + offset;
    const end = span[1] + offset;
    if (end <= start) return;
    const secret = latin1ToUtf8(text.slice(start, end));
    const accepted = this.accept(rule, secret, text, lines, file, m, start, end, offset);
    if (!accepted) return;
    const assessment: Assessment = contextRuleFiller(rule, secret)
      ? { confidence: 'low', reasons: [FILLER_REASON] }
      : accepted;
    if (!this.options.ignoreInlineAllow && inlineAllowed(text, lines, start)) return;
    out.push(this.toMatch(rule, secret, text, lines, start, end, assessment));
  }

  /** Whether to report a candidate, and how sure that makes the engine; undefined drops it. */
  private accept(
    rule: CompiledRule,
    secret: string,
    text: string,
    lines: LineIndex,
    file: ScanFile,
    m: RegExpExecArray,
    start: number,
    end: number,
    offset: number,
  ): Assessment | undefined {
    const spec = rule.spec;
    if (spec.entropy !== undefined && shannonEntropy(secret) < spec.entropy) return undefined;
    // A weak password a client saved for its user is still that user's password.
    const savedDummy = spec.keepDummyValues === true && isDummyValue(secret);
    if (!this.options.keepPlaceholders && !savedDummy && isPlaceholder(secret)) return undefined;
    if (rule.allowSecrets.some((re) => re.test(secret))) return undefined;
    if (rule.stopwords.length) {
      const lower = secret.toLowerCase();
      if (rule.stopwords.some((w) => lower.includes(w))) return undefined;
    }
    if (rule.contextWords.length) {
      const around = text.slice(
        Math.max(0, start - rule.contextWindow),
        Math.min(text.length, end + rule.contextWindow),
      );
      const lower = around.toLowerCase();
      if (!rule.contextWords.some((w) => containsWord(around, lower, w))) return undefined;
    }
    const stated: Confidence = savedDummy ? 'low' : (spec.confidence ?? (rule.generic ? 'medium' : 'high'));
    const confidence = rule.shape && !rule.shape.test(secret) ? lessSure(stated) : stated;
    if (!rule.validator) return { confidence };
    // Built once, and only when asked: a candidate past its rule's cap (most rules cost 1 a
    // check) is turned down without slicing its line.
    let context: ValidatorContext | undefined;
    const contextOf = (): ValidatorContext =>
      (context ??= new CandidateContext(text, file, m.groups, m.index + offset, start, end));
    // Worked out once and handed to the check: what it is counted at is what it spends.
    const cost = rule.validationCost?.(contextOf());
    if (rule.validationCap !== undefined) {
      const done = (this.validations.get(spec.id) ?? 0) + (cost ?? 1);
      if (done > rule.validationCap) return undefined;
      this.validations.set(spec.id, done);
    }
    const verdict = rule.validator(secret, contextOf(), cost);
    if (verdict === false) return undefined;
    if (verdict === CHECKSUM_MISMATCH) return assessChecksumMismatch(secret, spec.keywords, rule.shape);
    return verdict === true ? { confidence } : verdict;
  }

  private toMatch(
    rule: CompiledRule,
    secret: string,
    text: string,
    lines: LineIndex,
    start: number,
    end: number,
    assessment: Assessment,
  ): Match {
    const s = lines.position(start);
    const e = lines.position(end);
    const line = s.line - 1;
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    // Minified files have megabyte lines: keep a window around the secret, not the whole line.
    const from = Math.max(lineStart, start - MAX_LINE_TEXT / 2);
    const to = Math.min(lineEnd, Math.max(end, start) + MAX_LINE_TEXT / 2);
    return {
      ruleId: rule.spec.id,
      secret,
      confidence: assessment.confidence,
      ...(assessment.example ? { example: true as const } : {}),
      ...(assessment.reasons?.length ? { reasons: assessment.reasons } : {}),
      start,
      end,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      window: { start: from, bytes: text.slice(from, to), cutBefore: from > lineStart, cutAfter: to < lineEnd },
    };
  }

  /** Whether rule `a` should report a secret that `b` captured too: `supersedes`, then severity. */
  private prefer(a: CompiledRule, b: CompiledRule): boolean {
    if (a.spec.supersedes?.includes(b.spec.id)) return true;
    if (b.spec.supersedes?.includes(a.spec.id)) return false;
    return SEVERITY_RANK[a.spec.severity]! < SEVERITY_RANK[b.spec.severity]!;
  }

  /**
   * A value that carries a provider's own opening (`ghp_`, `sk-eden-`, or `live_` after a Column
   * name) is that provider's to judge: if its rule rejected it (a wrong checksum, a wrong
   * length), a generic rule must not report it as a sure finding instead.
   */
  private providerClaim(m: Match): Claim | undefined {
    const before = m.window.bytes.slice(0, Math.max(0, m.start - m.window.start));
    // Built on the first generic finding: a scan without one (most pre-commit scans) never needs it.
    this.providerClaims ??= new ProviderClaims(this.rules, () => this.options.prefilterCache?.openings);
    return this.providerClaims.claim(m.secret, before);
  }

  /**
   * When a provider rule and a generic rule match overlapping text, the provider rule is the
   * better explanation; the same rule reporting the same span twice (from overlapping
   * alternatives) is reported once.
   */
  private dropShadowed(matches: Match[]): Match[] {
    if (matches.length === 0) return matches;
    matches.sort((a, b) => a.start - b.start || a.end - b.end);
    const specific = matches.filter((m) => !this.byId.get(m.ruleId)!.generic);
    const overlapping = overlapFinder(specific);
    const out: Match[] = [];
    // One finding per secret span: two provider rules that capture the same bytes (a key that
    // fits two providers' formats, a pair rule and a single-key rule) report it once, under
    // the more severe rule, then the one listed first.
    const bySpan = new Map<string, number>();
    for (const m of matches) {
      const rule = this.byId.get(m.ruleId)!;
      if (rule.generic) {
        const over = overlapping(m.start, m.end);
        if (over) {
          keepSpellings(m, over);
          continue;
        }
        const claim = this.providerClaim(m);
        if (claim === 'drop') continue;
        if (claim === 'doubt') m.confidence = 'low';
      }
      const span = `${m.start}:${m.end}`;
      const prev = bySpan.get(span);
      if (prev === undefined) {
        bySpan.set(span, out.length);
        out.push(m);
      } else if (this.prefer(rule, this.byId.get(out[prev]!.ruleId)!)) {
        keepSpellings(out[prev]!, m);
        out[prev] = m;
      } else {
        keepSpellings(m, out[prev]!);
      }
    }
    return out;
  }
}
