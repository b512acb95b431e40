/**
 * User-supplied patterns (a config's custom rules and overrides, allowlist regexes, gitleaks
 * imports) run on RE2JS, a linear-time engine: a pull request that edits `.tokguard.yaml` must
 * not be able to hang the scan with a pattern such as `((a+)+)$`, which V8's backtracking
 * engine takes exponential time on. Built-in rules stay on V8 (they are reviewed, and checked by
 * a ReDoS analyser at build time: test/rules/redos.test.ts).
 *
 * The pattern is written in the JavaScript dialect (as the engine's other rules are) and
 * translated to RE2's. What RE2 cannot run in linear time (lookaheads, backreferences) is
 * rejected when the config loads, never run.
 */
import { createRequire } from 'node:module';
import type { Matcher, RE2JS as RE2JSType } from 're2js';

type RE2JSModule = typeof import('re2js');

let loaded: RE2JSModule | undefined;

/** RE2JS, loaded on first use: a scan without user patterns (the pre-commit hook) never pays for it. */
function re2js(): RE2JSModule {
  loaded ??= createRequire(import.meta.url)('re2js') as RE2JSModule;
  return loaded;
}

/** Thrown when a pattern cannot run on the linear-time engine; `reason` is one line. */
export class NotLinearError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Lookarounds the gitleaks translator (src/config/regex-translate.ts) writes for RE2's
 * multi-line anchors and `\z`/`\A`, mapped back to those anchors: RE2 has no lookahead.
 */
const ANCHOR_LOOKAROUNDS: [string, string][] = [
  ['(?![^\\n])', '(?m:$)'],
  ['(?<![^\\n])', '(?m:^)'],
  ['(?![\\s\\S])', '\\z'],
  ['(?<![\\s\\S])', '\\A'],
];

/** The JavaScript-dialect source in RE2's dialect (named groups, `\u` escapes, `[^]`). */
function toRe2Source(source: string): string {
  let s = source;
  for (const [js, re2] of ANCHOR_LOOKAROUNDS) s = s.split(js).join(re2);
  return re2js().RE2JS.translateRegExp(s);
}

/**
 * The source without its lookbehinds: a pattern that matches wherever the original does (a
 * lookbehind only ever rules matches out). It runs on RE2JS's DFA, which lookbehinds keep the
 * original from using, to tell quickly whether the rest of a text holds any match at all.
 */
export function withoutLookbehinds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length;) {
    if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      i = groupEnd(source, i);
      continue;
    }
    const next = tokenEnd(source, i);
    out += source.slice(i, next);
    i = next;
  }
  return out;
}

/** End of the token at `i`: an escape, a character class, or one character. */
function tokenEnd(source: string, i: number): number {
  if (source[i] === '\\') return Math.min(source.length, i + 2);
  if (source[i] !== '[') return i + 1;
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return Math.min(source.length, j + 1);
}

/** Index after the `)` closing the group opened at `i`. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length;) {
    const c = source[j];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
    j = tokenEnd(source, j);
  }
  return source.length;
}

const NEGATED_ESCAPE: Record<string, string> = { w: '\\W', W: '\\w', d: '\\D', D: '\\d', s: '\\S', S: '\\s' };

/**
 * A pattern ending in a negative lookahead of one character class, `(?![A-Za-z0-9])`, as most
 * secret patterns do to stop at the token's end: rewritten to consume that character (or the
 * end of the text) in a group of its own, which `exec` then leaves out of the match. RE2 has no
 * lookahead; this one is equivalent and linear. Returns undefined for any other pattern.
 */
export function trailingLookahead(source: string): string | undefined {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < source.length;) {
    const c = source[i];
    if (c === '(') {
      if (depth === 0) last = i;
      depth++;
    } else if (c === ')') depth--;
    i = tokenEnd(source, i);
  }
  if (depth !== 0 || last < 0 || !source.startsWith('(?!', last)) return undefined;
  const inner = source.slice(last + 3, -1);
  if (!source.endsWith(')') || tokenEnd(inner, 0) !== inner.length) return undefined;
  let negated: string | undefined;
  if (inner.startsWith('[^')) negated = `[${inner.slice(2)}`;
  else if (inner.startsWith('[')) negated = `[^${inner.slice(1)}`;
  else if (inner.length === 2 && inner[0] === '\\') negated = NEGATED_ESCAPE[inner[1]!];
  if (!negated) return undefined;
  return `${source.slice(0, last)}(?:(${negated})|$)`;
}

function compile(source: string, ignoreCase: boolean): RE2JSType {
  const { RE2JS } = re2js();
  let translated: string;
  try {
    translated = toRe2Source(source);
    return RE2JS.compile(translated, RE2JS.LOOKBEHINDS | (ignoreCase ? RE2JS.CASE_INSENSITIVE : 0));
  } catch (e) {
    throw new NotLinearError(describe(e as Error));
  }
}

function describe(e: Error): string {
  const m = /invalid or unsupported Perl syntax: `\(\?([=!])/.exec(e.message);
  if (m) return `lookahead (?${m[1]}…) cannot run in linear time; rewrite the pattern without it`;
  if (/invalid escape sequence: `\\[1-9]/.test(e.message))
    return 'backreferences cannot run in linear time; rewrite the pattern without them';
  return e.message.replace(/^error parsing regexp: /, '').split('\n')[0]!;
}

/**
 * A pattern on the linear-time engine, with the part of RegExp's interface the engine and the
 * allowlists use: `exec` with `lastIndex` (global, with `indices` as the `d` flag gives them) and
 * `test`. Text is a latin1 string, so offsets are byte offsets as everywhere in the engine.
 */
export class LinearRegex {
  lastIndex = 0;
  private readonly re: RE2JSType;
  /** The same pattern without lookbehinds (the DFA can run it), or `re` when it has none. */
  private readonly probe: RE2JSType;
  private matcher: Matcher | undefined;
  private matcherText: string | undefined;
  /** The group holding the character a trailing lookahead was turned into (see trailingLookahead). */
  private readonly tailGroup: number | undefined;

  constructor(
    readonly source: string,
    ignoreCase = false,
  ) {
    const tail = trailingLookahead(source);
    const runs = tail ?? source;
    this.re = compile(runs, ignoreCase);
    if (tail !== undefined) this.tailGroup = this.re.groupCount();
    const plain = withoutLookbehinds(runs);
    this.probe = plain === runs ? this.re : compile(plain, ignoreCase);
  }

  /** Checks that `source` can run here; throws NotLinearError (one line) if not. */
  static check(source: string, ignoreCase = false): void {
    void new LinearRegex(source, ignoreCase);
  }

  test(text: string): boolean {
    return this.re.test(text);
  }

  /**
   * The next match at or after `lastIndex`, as RegExp.exec with the `g` and `d` flags would give
   * it. Finding captures takes RE2JS's slower NFA over the text up to the match, so the DFA first
   * tells whether there is a match at all in the rest of the text: on most texts there is none.
   */
  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    // One character before `from` keeps `\b` and `^` there as they are in the whole text; the
    // probe may then match where the pattern does not, never the other way round.
    if (from > text.length || !this.probe.test(from > 0 ? text.slice(from - 1) : text)) {
      this.lastIndex = 0;
      return null;
    }
    if (this.matcherText !== text) {
      this.matcher = this.re.matcher(text);
      this.matcherText = text;
    }
    const m = this.matcher!;
    if (!m.find(from)) {
      this.lastIndex = 0;
      return null;
    }
    // The character standing for a trailing lookahead is not part of the match.
    const tailAt = this.tailGroup === undefined ? -1 : m.start(this.tailGroup);
    const end = tailAt >= 0 ? tailAt : m.end();
    this.lastIndex = end;
    return execArray(m, text, end, this.tailGroup ?? m.groupCount() + 1);
  }
}

/** The match as RegExp.exec (with the `d` flag) returns it: groups before `groups`, ending at `end`. */
function execArray(m: Matcher, text: string, end: number, groups: number): RegExpExecArray {
  const values: (string | undefined)[] = [];
  const indices: ([number, number] | undefined)[] = [];
  for (let g = 0; g < groups; g++) {
    const start = m.start(g);
    const stop = g === 0 ? end : m.end(g);
    values.push(start < 0 ? undefined : text.slice(start, stop));
    indices.push(start < 0 ? undefined : [start, stop]);
  }
  const arr = values as unknown as RegExpExecArray;
  arr.index = m.start();
  arr.input = text;
  const names = Object.entries(m.namedGroups);
  if (names.length) {
    const groups: Record<string, string> = {};
    const groupIndices: Record<string, [number, number]> = {};
    for (const [name, g] of names) {
      if (values[g] !== undefined) groups[name] = values[g]!;
      if (indices[g]) groupIndices[name] = indices[g]!;
    }
    arr.groups = groups;
    (indices as unknown as { groups: typeof groupIndices }).groups = groupIndices;
  }
  (arr as unknown as { indices: typeof indices }).indices = indices;
  return arr;
}
