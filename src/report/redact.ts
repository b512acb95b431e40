/**
 * Redaction of the line a finding shows. The engine hands over the raw bytes around each match
 * and the byte spans of every secret it found in the same input; here every span that touches
 * a line is masked, whichever finding it belongs to. Masking one finding's own secret by string
 * replacement is not enough: a second secret on the same line, the base64 run a decoded secret
 * came from, or the first line of a secret that spans lines would show in full.
 */
import { latin1ToUtf8 } from '../engine/positions.js';
import type { LineWindow, Match } from '../engine/types.js';

/** Shown where an encoded spelling of a secret was (the decoded secret is not in the file as such). */
export const ENCODED = '[encoded]';
/** Shown for the part of a secret that began on an earlier line or before the window. */
export const HIDDEN = '********';

/** A visible prefix is a provider's (`ghp_`, `sk_live_`, `xoxb-`, `AKIA`): letters, digits, `_` and `-` only. */
const TOKEN_PREFIX = /^[A-Za-z0-9_-]*$/;

/**
 * Keeps a short prefix (often just the provider's public prefix, e.g. `ghp_`) so a reader can
 * tell keys apart, and hides the rest. Short secrets show nothing, and so do secrets whose
 * prefix is not token-like: a JSON byte array (a Solana keypair) or a value with a line break
 * would otherwise show key material.
 */
export function redact(secret: string): string {
  const visible = secret.length >= 16 ? Math.min(6, Math.floor(secret.length / 5)) : 0;
  const head = secret.slice(0, visible);
  return `${TOKEN_PREFIX.test(head) ? head : ''}${HIDDEN}`;
}

/** A stretch of the scanned input that is never printed as it is. */
export interface SecretSpan {
  /** Byte offsets in the input. */
  start: number;
  end: number;
  /** What replaces the span when its start is in view. */
  label: string;
}

/**
 * Every secret span of one input (one chunk's matches), sorted and with overlaps merged: each
 * match's secret, or the encoded stretch it was decoded from, and the other encoded spellings
 * of the same secret the engine saw.
 */
export function secretSpans(matches: readonly Match[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const m of matches) {
    spans.push({ start: m.start, end: m.end, label: m.decodedFrom ? ENCODED : redact(m.secret) });
    for (const [start, end] of m.encodedAt ?? []) spans.push({ start, end, label: ENCODED });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Index of the first span that ends after `offset` (spans are sorted and disjoint). */
function firstEndingAfter(spans: readonly SecretSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function withCuts(window: LineWindow, text: string): string {
  return (window.cutBefore ? '…' : '') + text + (window.cutAfter ? '…' : '');
}

/** The window as UTF-8 text with every span in `spans` that reaches into it masked. */
export function maskedLine(window: LineWindow, spans: readonly SecretSpan[]): string {
  const from = window.start;
  const to = from + window.bytes.length;
  let out = '';
  let at = from;
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i]!.start < to; i++) {
    const s = spans[i]!;
    if (s.start > at) out += latin1ToUtf8(window.bytes.slice(at - from, s.start - from));
    out += s.start >= from ? s.label : HIDDEN;
    at = Math.min(s.end, to);
  }
  if (at < to) out += latin1ToUtf8(window.bytes.slice(at - from));
  return withCuts(window, out);
}

/** The window as scanned, secrets included: for allowlist `lines` patterns and `--show-secrets` only. */
export function rawLine(window: LineWindow): string {
  return withCuts(window, latin1ToUtf8(window.bytes));
}
