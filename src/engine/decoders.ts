/**
 * Finds encoded stretches of text worth decoding and scanning again: base64 (Kubernetes
 * Secret `data:`, Docker `auth`, basic-auth headers), percent-encoding and JSON/JS escape
 * sequences. Nothing here scans the whole text with a regex: base64 runs are found from the
 * prefilter's hits, the others from indexOf on '%' and '\\'.
 */
import { base64RunAround } from './base64-keywords.js';

export type DecoderKind = 'base64' | 'percent' | 'escape';

export interface EncodedSegment {
  kind: DecoderKind;
  /** Byte offsets of the encoded text in the input. */
  start: number;
  end: number;
  /** Decoded bytes as a latin1 string (the engine's text representation). */
  decoded: string;
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
        const decoded = token.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        if (decoded !== token) out.push({ kind: 'percent', start: s, end: e, decoded });
      }
      i = text.indexOf('%', e);
      continue;
    }
    i = text.indexOf('%', i + 1);
  }
}

function escapeSegments(text: string, out: EncodedSegment[]): void {
  let i = text.indexOf('\\');
  let lastEnd = -1;
  while (i !== -1) {
    const next = text.charCodeAt(i + 1);
    if (i >= lastEnd && (next === 117 /* u */ || next === 120) /* x */) {
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
      i = text.indexOf('\\', e);
      continue;
    }
    i = text.indexOf('\\', i + 1);
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
  for (let i = text.indexOf('\\"'); i !== -1 && tries < MAX_JSON_STRINGS; i = text.indexOf('\\"', i + 2)) {
    if (i < lastEnd || escapedAt(text, i)) continue;
    tries++;
    if (i >= nl) {
      lineBegin = text.lastIndexOf('\n', i) + 1;
      nl = text.indexOf('\n', i) >>> 0; // none: 2^32-1, past any offset
    }
    const lineStart = Math.max(lineBegin, i - MAX_JSON_STRING);
    const s = unescapedQuoteBefore(text, i - 1, lineStart);
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

export function findEncodedSegments(text: string, base64Hits: readonly number[]): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  if (base64Hits.length) base64Segments(text, base64Hits, out);
  if (text.includes('%')) percentSegments(text, out);
  if (text.includes('\\')) {
    escapeSegments(text, out);
    jsonStringSegments(text, out);
  }
  return out;
}
