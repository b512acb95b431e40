/**
 * Finds encoded stretches of text worth decoding and scanning again: base64 (Kubernetes
 * Secret `data:`, Docker `auth`, basic-auth headers), percent-encoding, JSON/JS escape
 * sequences and HTML/XML character references. Nothing here scans the whole text with a regex:
 * base64 runs are found from the prefilter's hits, the others from indexOf on '%', '\\' and '&'.
 */
import { base64RunAround } from './base64-keywords.js';

export type DecoderKind = 'base64' | 'percent' | 'escape' | 'entity';

export interface EncodedSegment {
  kind: DecoderKind;
  /** Byte offsets of the encoded text in the input. */
  start: number;
  end: number;
  /** Decoded bytes as a latin1 string (the engine's text representation). */
  decoded: string;
  /**
   * For a decoder that keeps most of the text as it is (character references), the input offset
   * of a decoded byte (of `decoded.length`, the segment's end): a match inside is placed at the
   * bytes that spell it rather than at the whole segment.
   */
  offsetOf?: (decodedOffset: number) => number;
}

const MIN_BASE64 = 16;
const MAX_SEGMENT = 1 << 20;

/** Decoded text must read as text: mostly printable ASCII or UTF-8, few control bytes. */
export function looksLikeText(s: string): boolean {
  if (s.length < 8) return false;
  let bad = 0;
  const n = Math.min(s.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) continue;
    if (c < 32 || c === 127) bad++;
    else if (c >= 128 && c < 0xc2) bad++;
  }
  return bad / n < 0.02;
}

/**
 * Decodes the base64 runs around `hits` (where the prefilter saw a base64 spelling of some
 * rule's keyword). Each run is decoded once however many hits it holds.
 */
function base64Segments(text: string, hits: readonly number[], out: EncodedSegment[]): void {
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit <= lastEnd) continue;
    const [start, end] = base64RunAround(text, hit - 1);
    lastEnd = end;
    const run = text.slice(start, end);
    if (run.length > MAX_SEGMENT) continue;
    const body = run.replace(/=+$/, '');
    if (body.length < MIN_BASE64 || body.length % 4 === 1) continue;
    if (/[+/]/.test(body) && /[_-]/.test(body)) continue;
    const decoded = Buffer.from(body, /[_-]/.test(body) ? 'base64url' : 'base64').toString('latin1');
    if (!looksLikeText(decoded)) continue;
    out.push({ kind: 'base64', start, end, decoded });
  }
}

const BACKSLASH = 92;

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isDelimiter = (c: number): boolean =>
  c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 40 || c === 41 || c === 123 || c === 125;

/** Expands around `at` to the enclosing token (up to quotes, spaces, brackets). */
function tokenBounds(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !isDelimiter(text.charCodeAt(s - 1)) && at - s < 4096) s--;
  let e = at;
  while (e < text.length && !isDelimiter(text.charCodeAt(e)) && e - at < 4096) e++;
  return [s, e];
}

/**
 * Whether a percent-encoded token is form-encoded (application/x-www-form-urlencoded, Python's
 * `quote_plus`), its bare `+` then spaces: it escapes `+` itself (`%2B`), or, when the base64
 * happens to hold no `+`, the text's own layout shows `+` where its spaces go: a PEM armor line
 * (`-----BEGIN+RSA+PRIVATE+KEY-----`) or a `Name: value` header line (`%3A+`), as PuTTY keys and
 * encrypted PEM headers have. A colon is never in base64, so `%3A+` is not a literal `+`.
 */
const formEncoded = (token: string): boolean => /%2B|%3A\+|-----(?:BEGIN|END)\+[A-Z]/i.test(token);

function percentSegments(text: string, out: EncodedSegment[]): void {
  let i = text.indexOf('%');
  let lastEnd = -1;
  while (i !== -1) {
    if (i >= lastEnd && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      const [s, e] = tokenBounds(text, i);
      lastEnd = e;
      const token = text.slice(s, e);
      const escapes = token.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0;
      if (escapes >= 2) {
        const spaces = formEncoded(token) ? token.replace(/\+/g, ' ') : token;
        const decoded = spaces.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        if (decoded !== token) out.push({ kind: 'percent', start: s, end: e, decoded });
      }
      i = text.indexOf('%', e);
      continue;
    }
    i = text.indexOf('%', i + 1);
  }
}

/**
 * The next `\u` or `\x` at or after `from`, or -1: where an escape sequence may start. Code is
 * full of other backslashes (regex literals, `\n`, `\\`): searched for two characters at a time,
 * they are passed over by the runtime's search instead of one by one here (about 1 in 4 of
 * node_modules' backslashes starts `\u` or `\x`).
 */
function nextEscape(text: string, from: number, next: { u: number; x: number }): number {
  if (next.u !== -1 && next.u < from) next.u = text.indexOf('\\u', from);
  if (next.x !== -1 && next.x < from) next.x = text.indexOf('\\x', from);
  if (next.u === -1) return next.x;
  return next.x === -1 ? next.u : Math.min(next.u, next.x);
}

function escapeSegments(text: string, out: EncodedSegment[]): void {
  // Where each kind was last found (-2: not looked for yet; -1: none left).
  const next = { u: -2, x: -2 };
  let lastEnd = -1;
  for (let i = nextEscape(text, 0, next); i !== -1;) {
    if (i >= lastEnd) {
      const [s, e] = tokenBounds(text, i);
      lastEnd = e;
      const token = text.slice(s, e);
      const escapes = token.match(/\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}/g)?.length ?? 0;
      if (escapes >= 4) {
        const decoded = Buffer.from(
          token.replace(/\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})/g, (_, u: string | undefined, x: string | undefined) =>
            String.fromCharCode(parseInt((u ?? x)!, 16)),
          ),
          'utf8',
        ).toString('latin1');
        out.push({ kind: 'escape', start: s, end: e, decoded });
      }
      i = nextEscape(text, e, next);
      continue;
    }
    i = nextEscape(text, i + 1, next);
  }
}

/** Longest JSON string decoded; escaped quotes further from their string's start are not looked at. */
const MAX_JSON_STRING = 4096;
/** Enough for any notebook or JSON log; a minified bundle with more is not read this way. */
const MAX_JSON_STRINGS = 2048;

/** Whether the quote at `at` is escaped (an odd number of backslashes before it). */
function escapedAt(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === BACKSLASH) n++;
  return n % 2 === 1;
}

/** The last quote at or before `from` that is not escaped, or -1 if none is at or after `floor`. */
function unescapedQuoteBefore(text: string, from: number, floor: number): number {
  for (let at = from; at >= floor; at--) {
    at = text.lastIndexOf('"', at);
    if (at < floor) return -1;
    if (!escapedAt(text, at)) return at;
  }
  return -1;
}

/** The first quote at or after `from` that is not escaped, or `limit` if none is before it. */
function unescapedQuoteAfter(text: string, from: number, limit: number): number {
  for (let at = from; at < limit; at++) {
    at = text.indexOf('"', at);
    if (at === -1 || at >= limit) return limit;
    if (!escapedAt(text, at)) return at;
  }
  return limit;
}

/**
 * unescapedQuoteBefore for a text's escaped quotes in order, each looked for back to a floor that
 * never goes down (its line's start, or MAX_JSON_STRING before it): what the last search found
 * answers for the stretch it covered, so each stretch is searched once. A minified line of strings
 * in single quotes holding `\"` (HTML in a bundle) searched back over the same 4 KB at every one.
 */
class QuotesBefore {
  /** The last search's floor and start, and what it found there (-1: no unescaped quote). */
  private floor = 0;
  private from = -1;
  private found = -1;

  constructor(private readonly text: string) {}

  /** unescapedQuoteBefore(text, from, floor), for `from` and `floor` at least the last call's. */
  at(from: number, floor: number): number {
    let s: number;
    if (floor < this.floor || from < this.from) s = unescapedQuoteBefore(this.text, from, floor);
    else {
      s = unescapedQuoteBefore(this.text, from, Math.max(floor, this.from + 1));
      if (s === -1 && this.found >= floor) s = this.found;
    }
    this.floor = floor;
    this.from = from;
    this.found = s;
    return s;
  }
}

/**
 * JSON strings that hold quoted text of their own: a Jupyter cell's source lines
 * (`"db_password = \\"…\\"\\n"`), a config or log serialised into a JSON value. The string
 * is decoded as JSON does, so what it quotes reads as it was written; the segment is the
 * string on its line, which is where a finding inside it is reported.
 */
function jsonStringSegments(text: string, out: EncodedSegment[]): void {
  let tries = 0;
  let lastEnd = -1;
  // The line around the current escaped quote: where it begins and the next line break (found
  // again only once passed, so a minified file of one long line is searched once, not per string).
  let lineBegin = 0;
  let nl = -1;
  const quoteBefore = new QuotesBefore(text);
  for (let i = text.indexOf('\\"'); i !== -1 && tries < MAX_JSON_STRINGS; i = text.indexOf('\\"', i + 2)) {
    if (i < lastEnd || escapedAt(text, i)) continue;
    tries++;
    if (i >= nl) {
      lineBegin = text.lastIndexOf('\n', i) + 1;
      nl = text.indexOf('\n', i) >>> 0; // none: 2^32-1, past any offset
    }
    const lineStart = Math.max(lineBegin, i - MAX_JSON_STRING);
    const s = quoteBefore.at(i - 1, lineStart);
    if (s < lineStart) continue;
    const limit = Math.min(text.length, s + MAX_JSON_STRING);
    const e = unescapedQuoteAfter(text, i + 2, limit);
    if (e >= limit) continue;
    if (nl < e) continue; // the string would run over a line break
    lastEnd = e + 1;
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(text.slice(s, e + 1), 'latin1').toString('utf8'));
    } catch {
      continue;
    }
    if (typeof decoded !== 'string') continue;
    out.push({ kind: 'escape', start: s + 1, end: e, decoded: Buffer.from(decoded, 'utf8').toString('latin1') });
  }
}

// Character references: decimal, hexadecimal, or one of the names that escape markup and quotes
// (what serialisers write; the other named entities never stand for a credential's syntax).
const NAMED: Record<string, number> = { quot: 34, apos: 39, amp: 38, lt: 60, gt: 62, nbsp: 32 };
const SEMICOLON = 59;
const HASH = 35;

function digitValue(c: number, hex: boolean): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (!hex) return -1;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * The code point a reference at `at` (an `&`) stands for and its length, or undefined if none is
 * there. Read by hand, not with a regex: it is asked at every `&` of the input, and code is full
 * of `&&`.
 */
function entityAt(text: string, at: number): [number, number] | undefined {
  let i = at + 1;
  let cp: number;
  if (text.charCodeAt(i) === HASH) {
    const hex = (text.charCodeAt(i + 1) | 0x20) === 120; // x
    i += hex ? 2 : 1;
    const digitsStart = i;
    cp = 0;
    for (let d; (d = digitValue(text.charCodeAt(i), hex)) >= 0 && i - digitsStart < 7; i++)
      cp = cp * (hex ? 16 : 10) + d;
    if (i === digitsStart || text.charCodeAt(i) !== SEMICOLON) return undefined;
  } else {
    while (i - at <= 5 && (text.charCodeAt(i) | 0x20) >= 97 && (text.charCodeAt(i) | 0x20) <= 122) i++;
    if (text.charCodeAt(i) !== SEMICOLON) return undefined;
    const named = NAMED[text.slice(at + 1, i).toLowerCase()];
    if (named === undefined) return undefined;
    cp = named;
  }
  // NUL, other C0 controls but tab and line breaks, and what is no code point stay as written.
  if ((cp < 32 && cp !== 9 && cp !== 10 && cp !== 13) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return undefined;
  return [cp, i + 1 - at];
}

/**
 * Whether the bytes may hold a character reference: an `&` followed by `#` or the first letter
 * of a name NAMED knows, with a `;` soon after. Cheap enough to ask of every input, most of
 * which hold `&` only as an operator.
 */
export function mayHoldReferences(input: Uint8Array | string): boolean {
  const at = (i: number): number => (typeof input === 'string' ? input.charCodeAt(i) : input[i]!);
  const next = (from: number): number =>
    typeof input === 'string' ? input.indexOf('&', from) : input.indexOf(AMPERSAND, from);
  for (let i = next(0); i !== -1; i = next(i + 1)) {
    const c = at(i + 1) | 0x20;
    // `#`, or q, a, l, g, n in either case.
    if (at(i + 1) !== HASH && c !== 113 && c !== 97 && c !== 108 && c !== 103 && c !== 110) continue;
    for (let k = i + 2; k < Math.min(i + 11, input.length); k++) if (at(k) === SEMICOLON) return true;
  }
  return false;
}

const AMPERSAND = 38;

/** How far a segment reaches past its first and last reference on a long (minified) line. */
const ENTITY_REACH = 4096;

/**
 * Where decoded bytes came from, when the decoder rewrote only a few spots: the spots in order,
 * each as its place in the decoded text and in the input and its length in both. A byte between
 * spots is where it was, shifted by what the spots before it shrank; a byte a spot wrote maps to
 * the spot's start.
 */
class SpotMap {
  // decodedAt, inputAt, decodedLength, inputLength for each spot, in a typed array grown by doubling.
  private spots = new Int32Array(64);
  private n = 0;
  constructor(private readonly start: number) {}

  add(decodedAt: number, inputAt: number, decodedLength: number, inputLength: number): void {
    if (this.n + 4 > this.spots.length) {
      const grown = new Int32Array(this.spots.length * 2);
      grown.set(this.spots);
      this.spots = grown;
    }
    const s = this.spots;
    s[this.n++] = decodedAt;
    s[this.n++] = inputAt;
    s[this.n++] = decodedLength;
    s[this.n++] = inputLength;
  }

  /** The input offset of decoded offset `d` (of `decodedLength`, the segment's end). */
  offsetOf(d: number): number {
    const s = this.spots;
    // The last spot that starts at or before d.
    let lo = 0;
    let hi = this.n / 4 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid * 4]! <= d) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return this.start + d;
    const [at, inputAt, len, inputLen] = [s[found * 4]!, s[found * 4 + 1]!, s[found * 4 + 2]!, s[found * 4 + 3]!];
    return d < at + len ? inputAt : inputAt + inputLen + (d - at - len);
  }
}

/** Decodes the references in text[start, end), keeping every other byte, with a map back to the input. */
function decodeEntities(text: string, start: number, end: number): EncodedSegment | undefined {
  // Rewritten in place over a copy: the decoded text is never longer than what it decodes.
  const buf = Buffer.from(text.slice(start, end), 'latin1');
  const map = new SpotMap(start);
  let w = 0;
  let r = 0;
  for (let i = text.indexOf('&', start); i !== -1 && i < end; i = text.indexOf('&', i + 1)) {
    const ref = entityAt(text, i);
    if (!ref || i + ref[1] > end) continue;
    const ri = i - start;
    buf.copyWithin(w, r, ri);
    w += ri - r;
    const at = w;
    // The engine's text is bytes: a reference to a character past ASCII becomes its UTF-8 bytes.
    if (ref[0] < 128) buf[w++] = ref[0];
    else w += buf.write(String.fromCodePoint(ref[0]), w, 'utf8');
    map.add(at, i, w - at, ref[1]);
    r = ri + ref[1];
    i = start + r - 1;
  }
  if (r === 0) return undefined;
  buf.copyWithin(w, r, end - start);
  w += end - start - r;
  return { kind: 'entity', start, end, decoded: buf.toString('latin1', 0, w), offsetOf: (d) => map.offsetOf(d) };
}

/**
 * HTML and XML character references (`&quot;`, `&#39;`, `&amp;lt;`, `&#xA;`): a credential in an
 * attribute value, a diagram's label or a page's code sample is written with its quotes and
 * markup escaped, and a PEM block in an attribute has its line breaks as `&#xA;`. A segment is a
 * run of consecutive lines that hold references and the line after them (a block with `&#13;` at
 * each line's end stays one segment), reaching no further than ENTITY_REACH past its first and
 * last reference on a long line.
 */
function entitySegments(text: string, out: EncodedSegment[]): void {
  let segStart = -1;
  let lastRef = -1;
  // The end of the line holding the last reference, and of the line after it.
  let lineEnd = -1;
  let nextLineEnd = -1;
  const close = (): void => {
    // The line after the last reference too: a block whose lines end in `&#13;` has its closing
    // line bare.
    const seg = decodeEntities(text, segStart, Math.min(nextLineEnd, lastRef + ENTITY_REACH));
    if (seg) out.push(seg);
    segStart = -1;
  };
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const ref = entityAt(text, i);
    if (!ref) continue;
    if (segStart !== -1 && (i > nextLineEnd || i - segStart > MAX_SEGMENT)) close();
    if (segStart === -1) segStart = Math.max(text.lastIndexOf('\n', i) + 1, i - ENTITY_REACH);
    if (i > lineEnd) {
      lineEnd = lineEndFrom(text, i);
      nextLineEnd = lineEnd < text.length ? lineEndFrom(text, lineEnd + 1) : lineEnd;
    }
    lastRef = i + ref[1];
    i = lastRef - 1;
  }
  if (segStart !== -1) close();
}

function lineEndFrom(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

export function findEncodedSegments(text: string, base64Hits: readonly number[]): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  if (base64Hits.length) base64Segments(text, base64Hits, out);
  if (text.includes('%')) percentSegments(text, out);
  if (text.includes('\\')) {
    escapeSegments(text, out);
    jsonStringSegments(text, out);
  }
  if (text.includes('&')) entitySegments(text, out);
  return out;
}
