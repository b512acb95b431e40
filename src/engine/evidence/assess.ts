/**
 * Evidence scoring for credentials that have no format of their own: a value assigned to a
 * secret-sounding name, a password in a URL. Each fact adds or takes points — the strength of the
 * name, the shape of the value, the kind of file, the syntax around it — and the sum becomes a
 * confidence. Only the weakest evidence is dropped: a real password that looks like a word, a
 * hex key under a secret's name or a salt full of brackets is reported (at a lower confidence)
 * rather than thrown away by one veto.
 */
import type { Assessment, Confidence } from '../types.js';
import { DEMO_THRESHOLD, demoScore, isDemoValue } from './demo.js';
import type { FileKind } from './file-kind.js';
import {
  CREDENTIAL_QUALIFIER,
  CREDENTIAL_WORD,
  DESCRIBES,
  HASH_CONTEXT_WORD,
  HASH_NAME_WORD,
  identifierWords,
  nameHead,
  NOT_CREDENTIAL_KEY,
  NOT_CREDENTIAL_TOKEN,
  ORDINARY_PASS,
  PASS_WORD,
  SPELLED_OUT,
  STRONG_WORD,
} from './name-vocabulary.js';
import { shapeOf, type ValueShape } from './value-shape.js';

/** Score → confidence. Below 2 the evidence is too weak to report. */
export function confidenceOf(score: number): Confidence | undefined {
  if (score >= 5) return 'high';
  if (score >= 3) return 'medium';
  if (score >= 2) return 'low';
  return undefined;
}

/**
 * How much the name says about the value: 2 for a password, secret, API key or an access token;
 * 1 for a bare token, key or salt; undefined when the name does not hold a credential at all.
 */
export function nameStrength(identifier: string): 0 | 1 | 2 | undefined {
  const words = nameHead(identifier).head;
  if (!words.length) return undefined;
  // A describing word counts after the last credential word only: a credential word after it
  // names what the value is again (`key_store_password` holds a password; `password_store` does not).
  let last = -1;
  words.forEach((w, i) => {
    if (CREDENTIAL_WORD.test(w)) last = i;
  });
  if (last >= 0 && words.slice(last + 1).some((w) => DESCRIBES.has(w))) return undefined;
  let best: 0 | 1 | 2 = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    if (/tokens?$/.test(w)) {
      if (prev !== undefined && NOT_CREDENTIAL_TOKEN.has(prev)) return undefined;
      if (w !== 'token' && w !== 'tokens' && /(?:csrf|xsrf|next|page|sync|device)tokens?$/.test(w)) return undefined;
    }
    if (STRONG_WORD.test(w) || (PASS_WORD.test(w) && !ORDINARY_PASS.has(w))) best = 2;
    else if ((w === 'key' || w === 'token') && prev !== undefined && CREDENTIAL_QUALIFIER.has(prev)) best = 2;
    else if (w === 'key' && prev !== undefined && NOT_CREDENTIAL_KEY.has(prev)) return undefined;
    else if (/tokens?$|key$|salt$|^credentials?$/.test(w) && best < 1) best = 1;
  }
  return best === 0 ? undefined : best;
}

const alnum = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

// Password hashes sit in password fields of fixtures and dumps: they are not the password.
export const CRYPT_HASH =
  /^(?:\$(?:2[abxy]?|1|5|6|apr1|argon2(?:id?|d)|scrypt|pbkdf2[\w-]*|y|7|sha1)\$|\{(?:S?SHA|SSHA\d+|MD5|CRYPT|BCRYPT)\})/i;
// A C preprocessor line (`#define KEY …`) starts with `#` but is code.
const COMMENT =
  /^\s*(?:#(?!\s*(?:define|undef|if|ifdef|ifndef|elif|else|endif|include|pragma)\b)|\/\/|\/\*|\*|--\s|;|<!--|%|rem\s)/i;

/**
 * A hash-shaped value (hex of a digest's length) under a name that says it holds a hash: what a
 * baseline or a lock file records about a secret, not the secret. A real HMAC key under such a
 * name would be random too, but its name then says what it is for (`hmac_key`), not that it is a
 * digest.
 */
function namedHash(words: string[], shape: ValueShape): boolean {
  return shape.hex && words.some((w) => HASH_NAME_WORD.test(w));
}

/** Points for the value's shape, or undefined for a value that is no secret at all. */
function valuePoints(
  value: string,
  shape: ValueShape,
  nameWords: string[],
  passphrase: boolean,
  fileKind: FileKind,
  strength: 1 | 2,
): number | undefined {
  if (shape.expression || shape.path || shape.descriptive || shape.translatedLabel || CRYPT_HASH.test(value))
    return undefined;
  // The value spells its own name (`X_AWS_TOKEN = "x-aws-token"`): a constant for the name.
  if (alnum(value) === nameWords.join('')) return undefined;
  // A sentence: a passphrase when the name asks for one or its words are made memorable
  // (leetspeak); a prompt, an error or a label when it speaks to a user; under a strong name,
  // otherwise, a passphrase at lower confidence (`"my voice is my passport"`).
  if (shape.prose || shape.passphrase) return sentencePoints(value, shape, nameWords, passphrase, strength);
  let v = 0;
  if (shape.random) v = 3;
  else if (shape.classes >= 3 && shape.length >= 8) v = 2;
  else if (shape.uuid || shape.wordDigits || (shape.classes >= 2 && shape.length >= 8)) v = 1;
  else if (shape.digits) v = shape.length >= 12 ? 1 : -1;
  else if (shape.word) v = shape.length >= 8 && !DEMO_KINDS.has(fileKind) ? 0 : -1;
  if (shape.identifier) v -= 2;
  if (shape.marked) v -= 2;
  else if (!shape.random) {
    // One fact seen several ways (`password123` is self-describing, a demo value and holds its
    // name): it counts once.
    const lower = value.toLowerCase();
    if (
      shape.selfDescribing ||
      shape.sequence ||
      isDemoValue(value) ||
      nameWords.some((w) => w.length >= 4 && lower.includes(w))
    )
      v -= 1;
  }
  if (shape.length <= 3) v -= 2;
  return v;
}

/** Points for a value of several words (see valuePoints). */
function sentencePoints(value: string, shape: ValueShape, nameWords: string[], passphrase: boolean, strength: 1 | 2) {
  if (shape.message) return passphrase ? 1 : -1;
  if (passphrase || shape.passphrase) return 2;
  // Only a name that spells the credential out asks for one: `pass` and `token` also name a
  // test's result (`t.pass('drained')`) and a parser's.
  if (strength < 2 || !nameWords.some((w) => SPELLED_OUT.test(w)) || value.split(/[\s_-]+/).length < 3) return -1;
  // A sentence that repeats the name's words describes it (`"this is a secret key"`).
  const lower = value.toLowerCase();
  return nameWords.some((w) => w.length >= 4 && lower.includes(w)) || shape.selfDescribing ? 0 : 1;
}

// Where demonstrations live: a plain word there is a stand-in, not a password.
const DEMO_KINDS: ReadonlySet<FileKind> = new Set(['test', 'fixture', 'example', 'docs']);

const FILE_POINTS: Record<FileKind, number> = {
  credentials: 2,
  config: 1,
  source: 0,
  unknown: 0,
  test: -1,
  // A config written for the tests: the config's evidence and the test's cancel out. A weak
  // value under a password's name is then reported at low confidence rather than dropped,
  // and nothing there reaches high (see FIXTURE_CEILING).
  fixture: 0,
  example: -1,
  docs: -2,
};

// The highest score a test's data reaches: medium, as for a value in a test's code.
const FIXTURE_CEILING = 4;

export interface AssignmentFacts {
  /** The whole name the value is assigned to (`hidden_passphrase`, `DB_PASSWORD`). */
  name: string;
  value: string;
  fileKind: FileKind;
  /** The line before the name, and after the value. */
  before: string;
  after: string;
}

export function isComment(before: string): boolean {
  return COMMENT.test(before);
}

/** The confidence for a value assigned to a name, or undefined to drop it. */
export function assessAssignment(f: AssignmentFacts): Assessment | undefined {
  const strength = nameStrength(f.name);
  if (strength === undefined || strength === 0) return undefined;
  const shape = shapeOf(f.value);
  const words = identifierWords(f.name);
  if (namedHash(words, shape)) return undefined;
  const v = valuePoints(
    f.value,
    shape,
    words,
    words.some((w) => w.includes('passphrase')),
    f.fileKind,
    strength,
  );
  if (v === undefined) return undefined;
  const comment = isComment(f.before);
  const score = strength + v + FILE_POINTS[f.fileKind] + (comment ? -1 : 0);
  // A hex value beside a word saying it is a hash is one.
  if (shape.hex && (HASH_CONTEXT_WORD.test(f.before) || HASH_CONTEXT_WORD.test(f.after))) return undefined;
  return judge(score, { fileKind: f.fileKind, value: f.value, shape, comment });
}

export interface UrlPasswordFacts {
  value: string;
  user?: string;
  host?: string;
  fileKind: FileKind;
  before: string;
}

/**
 * A password in a URL's user-info (`scheme://user:password@host`): the syntax says it is a
 * password, so only its shape, the file and the demo evidence (user, host) move the score.
 */
export function assessUrlPassword(f: UrlPasswordFacts): Assessment | undefined {
  const shape = shapeOf(f.value);
  let score = 2 + FILE_POINTS[f.fileKind];
  if (shape.random) score += 3;
  else if (shape.classes >= 3 && shape.length >= 8) score += 2;
  else if (shape.classes >= 2 && shape.length >= 6) score += 1;
  else if (shape.length <= 3) score -= 2;
  if (!shape.random && isDemoValue(f.value)) score -= 1;
  const comment = isComment(f.before);
  // The syntax leaves no doubt that this is a password, so a demo one is reported as an
  // example rather than dropped.
  return judge(score, { ...f, shape, comment }, true);
}

export interface StatedPasswordFacts {
  value: string;
  fileKind: FileKind;
  before: string;
  /** The syntax leaves room for doubt: an unquoted value where a quoted one is the norm. */
  loose?: boolean;
}

// A value that is code or a template rather than a literal: `$PASS`, `@pwd` (T-SQL), `:password`,
// `%(pw)s`.
const NOT_LITERAL = (shape: ValueShape): boolean => shape.expression || shape.path;

/**
 * A password the syntax itself states: SQL's `IDENTIFIED BY '…'` and `PASSWORD '…'`, a command's
 * password option. As for a URL's, the syntax settles that it is a password, so the value's shape
 * and the file weigh in; unlike a URL's, a value that is code or a template is dropped.
 */
export function assessStatedPassword(f: StatedPasswordFacts): Assessment | undefined {
  const shape = shapeOf(f.value);
  if (NOT_LITERAL(shape) || CRYPT_HASH.test(f.value)) return undefined;
  // Unquoted, a plain word is the sentence going on ("identified by the", "with password
  // protection"), not a password.
  if (f.loose && (shape.word || shape.prose)) return undefined;
  let score = 2 + FILE_POINTS[f.fileKind] - (f.loose ? 1 : 0);
  if (shape.random) score += 3;
  else if (shape.classes >= 3 && shape.length >= 8) score += 2;
  else if (shape.classes >= 2 && shape.length >= 6) score += 1;
  else if (shape.length <= 3) score -= 2;
  if (!shape.random && (isDemoValue(f.value) || shape.marked)) score -= 1;
  const comment = isComment(f.before);
  // As for a URL's password, a quoted demo one is reported as an example rather than dropped.
  return judge(score - (comment ? 1 : 0), { ...f, shape, comment }, !f.loose);
}

function judge(score: number, facts: Parameters<typeof demoScore>[0], keepExamples = false): Assessment | undefined {
  const example = demoScore(facts) >= DEMO_THRESHOLD;
  const confidence = confidenceOf(facts.fileKind === 'fixture' ? Math.min(score, FIXTURE_CEILING) : score);
  if (example && (confidence !== undefined || keepExamples)) return { confidence: 'low', example: true };
  return confidence === undefined ? undefined : { confidence };
}

export interface KeyBytesFacts {
  /** The whole name the bytes are given to (`AES_KEY`, `secretKey`). */
  name: string;
  /** The elements, as numbers. */
  bytes: number[];
  fileKind: FileKind;
  before: string;
}

/**
 * A key written as a byte array. Its elements are the value: too few distinct bytes, a fill or a
 * counting sequence is a buffer or a table; sixteen or more varied bytes (an AES-128 key's size)
 * look generated. A byte array in a test or the docs is most often a published test vector, so
 * there it is reported at low confidence at most.
 */
export function assessKeyBytes(f: KeyBytesFacts): Assessment | undefined {
  const strength = nameStrength(f.name);
  if (!strength) return undefined;
  const n = f.bytes.length;
  const distinct = new Set(f.bytes).size;
  if (n < 8 || distinct < 6 || distinct * 3 < n) return undefined;
  const step = f.bytes[1]! - f.bytes[0]!;
  if (f.bytes.every((b, i) => i === 0 || b - f.bytes[i - 1]! === step)) return undefined;
  const v = n >= 16 && distinct * 2 >= n ? 3 : 1;
  const score = strength + v + FILE_POINTS[f.fileKind] + (isComment(f.before) ? -1 : 0);
  const confidence = confidenceOf(score);
  if (confidence === undefined) return undefined;
  return DEMO_KINDS.has(f.fileKind) ? { confidence: 'low' } : { confidence };
}
