import type { Assessment } from '../types.js';
import { readArmorLines } from '../pem-layout.js';
import { decodeBase64Strict } from './ssh-wire.js';
import { startsLikePrivateKeyDer } from './truncated-pem.js';

/**
 * An armored private key block whose contents could not be verified as a key, judged by the
 * shape every armored body has rather than by its entropy: the label says private key (any words
 * before `PRIVATE KEY`, since tools and people invent labels), every line is base64 behind at
 * most decoration (see `readArmorLines`), the lines are wrapped at one width, the whole decodes
 * as base64, and it is long enough to hold the smallest real key. A low-entropy body (a fake key
 * of digits, a test vector) passes; an ellipsis, `<snip>`, a run of one letter or a short
 * pattern repeated does not.
 *
 * A body whose wrapping breaks off (a line shortened or lengthened by hand, to defuse a fixture
 * key or by a bad paste) is still a key's when the lines before the break decode to the start of
 * a private key's DER: the SEQUENCE, version and key field a certificate or a public key never
 * start with. The label may also name only the algorithm (`BEGIN RSA KEY`), as hand-written
 * fixtures and config templates do.
 *
 * The structural rules (DER, openssh-key-v1, OpenPGP packets) report the keys they can verify;
 * those findings take the block over, so this one speaks only for what they reject or cannot
 * read.
 */

const KIND = '(?:PRIVATE KEY(?: BLOCK)?|SECRET KEY BLOCK|(?:RSA|DSA|EC) KEY)';
const BLOCK = new RegExp(
  `-----BEGIN (?:([A-Z0-9][A-Z0-9 ]{0,60}?) )?${KIND}-----([\\s\\S]*?)-----END (?:([A-Z0-9][A-Z0-9 ]{0,60}?) )?${KIND}-----`,
);

/** 48 bytes: an Ed25519 PKCS#8 key, the smallest private key a PEM block holds. */
const MIN_BODY = 64;
/** Wrapped lines narrower than this are not an armor's wrapping (real ones use 64, 70 or 76). */
const MIN_WRAP = 32;

export function armoredPrivateKey(secret: string): boolean {
  const m = BLOCK.exec(secret);
  if (!m) return false;
  // Ciphertext under an ENCRYPTED label is judged only by the encrypted-key rules.
  if (/ENCRYPTED/.test(`${m[1] ?? ''} ${m[3] ?? ''}`)) return false;
  const armor = readArmorLines(m[2]!);
  if (!armor || armor.headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h))) return false;
  if (wrappedEvenly(armor.lines)) return plausibleBody(armor.lines.join(''));
  return startsLikeKeyBeforeBreak(armor.lines);
}

/**
 * The lines before the first one of another width, when they are at least two of a width
 * that decodes whole (a multiple of 4) and hold the start of a private key's DER.
 */
function startsLikeKeyBeforeBreak(lines: string[]): boolean {
  const width = lines[0]?.length ?? 0;
  if (width < MIN_WRAP || width % 4 !== 0) return false;
  const even = lines.slice(
    0,
    lines.findIndex((l) => l.length !== width),
  );
  if (even.length < 2) return false;
  const der = decodeBase64Strict(even.join(''));
  return der !== undefined && startsLikePrivateKeyDer(der);
}

/** Every line but the last is as wide as the first, and the last is no wider. */
function wrappedEvenly(lines: string[]): boolean {
  if (lines.length === 0) return false;
  const width = lines[0]!.length;
  if (lines.length > 1 && width < MIN_WRAP) return false;
  return lines.every((l, i) => (i < lines.length - 1 ? l.length === width : l.length <= width));
}

function plausibleBody(body: string): boolean {
  if (body.length < MIN_BODY || !decodeBase64Strict(body)) return false;
  const data = body.replace(/=+$/, '');
  return !dominatedByOneCharacter(data) && !repeatsShortUnit(data);
}

/** `XXXX…`, `AAAA…`: a third of the body one character. Real bodies, DER's zero runs included, stay far below. */
function dominatedByOneCharacter(s: string): boolean {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  return Math.max(...counts.values()) * 3 > s.length || counts.size < 8;
}

/** `abcdabcd…`, `0123456789012…`: a unit of up to 16 characters repeated to fill the block. */
function repeatsShortUnit(s: string): boolean {
  for (let unit = 1; unit <= 16; unit++) {
    if (s.slice(unit) === s.slice(0, s.length - unit)) return true;
  }
  return false;
}

/** Eight base64 characters: the first bytes of a key's DER (`MIIE`, `MC4C`) and a little more. */
const SHOWN_DATA = /[A-Za-z0-9+/]{8}/;
/**
 * What documentation writes where it leaves a key's body out: an ellipsis (`...`, `…`, after
 * the well-known first bytes `MIIEpAIBAAKCAQEA...` or on a line of its own), `<snip>`, a note
 * that the body was truncated, omitted or redacted.
 */
const ELISION = /\.{3}|\u2026|\bsnip(?:ped)?\b|\btruncated\b|\bomitted\b|\belided\b|\bredacted\b/i;

/**
 * A private key block shown in part, the rest left out on purpose (docs, issues, READMEs): not a
 * usable key, so not a leak, but a sign that one is handled here, so reported as an example at
 * low confidence rather than dropped. An elision marker decides it: a placeholder to fill in
 * (`<your key here>`) is a template, not a shortened key.
 */
export function elidedPrivateKey(secret: string): Assessment | false {
  const m = BLOCK.exec(secret);
  if (!m || !ELISION.test(m[2]!)) return false;
  // Some of the key must be shown (`MIIEpAIBAAKCAQEA...`): a body that is only `...` holds no key
  // at all, and documentation writes it to show the shape of a file.
  if (!SHOWN_DATA.test(m[2]!.replace(/\\[rn]/g, ' '))) return false;
  return { confidence: 'low', example: true };
}
