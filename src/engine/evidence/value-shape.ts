/**
 * What a candidate value looks like, as facts the scorers weigh: how random it is, which
 * character classes it mixes, and the shapes that usually mean something other than a secret
 * (a path, a version, a dotted expression) or a secret of a known kind (a hex key, a UUID).
 * Nothing here decides; it only describes.
 */
import { shannonEntropy } from '../entropy.js';

export interface ValueShape {
  length: number;
  entropy: number;
  /** How many of lower case, upper case, digits and other characters it holds (0–4). */
  classes: number;
  /** Long, high-entropy and mixed: what a generated key looks like. */
  random: boolean;
  hex: boolean;
  uuid: boolean;
  /** Only digits (and at most a separator or two). */
  digits: boolean;
  /** A run of letters then digits, with at most a trailing symbol: `grape1999`, `Winter2024!`. */
  wordDigits: boolean;
  /** Letters only, one word: `chicken`, `swordfish`. */
  word: boolean;
  /** Words joined the way code joins them: `user_password_input`, `accessTokenValue`. */
  identifier: boolean;
  /** Several words separated by spaces, letters only: a sentence or a passphrase. */
  prose: boolean;
  /**
   * The words of a sentence written the way people make a passphrase memorable: joined like an
   * identifier but reading as a sentence (`this_is_my_passport`), or a sentence with leetspeak
   * in its words (`This is a sup3r s3cr3t p@ssw0rd!`). Messages and identifiers are neither.
   */
  passphrase: boolean;
  /** A sentence that speaks to a user or describes a value: a prompt, an error, a label. */
  message: boolean;
  /** A member access or call as code writes it: `Rails.env.test?`, `this.config.password`, `15.minutes`. */
  expression: boolean;
  /** A file path, URL or file name. */
  path: boolean;
  /** A version, a date, an e-mail address, a number with units or separators. */
  descriptive: boolean;
  /** It spells out a credential word (`secret`, `passw0rd`, `token`), leetspeak undone. */
  selfDescribing: boolean;
  /** The word "password" in another language (`Passwort`, `contraseña`): a translated label. */
  translatedLabel: boolean;
  /** It says it is a stand-in: `EXAMPLEKEY`, `dummy-token`, `VERYLONGSECRET…`. */
  marked: boolean;
  /** A keyboard walk or a counting sequence (`qwerty`, `asdf`, `12345`, `abcdef`). */
  sequence: boolean;
}

const HEX = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{48}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = /^\d+(?:[ _-]\d+){0,3}$/;
const WORD_DIGITS = /^[A-Za-z]{2,}\d{1,8}[^A-Za-z0-9]?$/;
const WORD = /^[A-Za-z]+$/;
const IDENTIFIER =
  /^(?:[a-z]+(?:[_.-][a-z]+)+|[A-Z]+(?:_[A-Z]+)+|[a-z]+(?:[A-Z][a-z]+)+[A-Z]*|(?:[A-Z][a-z]+){2,}[A-Z]*)(?:[_-]?\d{1,3})?$/;
const PROSE = /^[A-Za-z,'.!?-]+(?: [A-Za-z,'.!?-]+)+$/;
// Code: a member chain or call (`Rails.env.test?`, `config.get("x")`, `15.minutes`,
// `@user.auth_token`, `ActiveRecord::Base`, `$this->secret`), a variable or a Ruby symbol.
const EXPRESSION =
  /^[$@]{0,2}(?:[A-Za-z_$][\w$]*|\d+)(?:(?:\.|::|->)[A-Za-z_$][\w$]*[?!]?|\[[^\]]*\]|\([^)]*\))+[;,]?$|^(?:process\.env|os\.environ|ENV)\b|^[$@]{1,2}[A-Za-z_]\w*$|^:{1,2}[A-Za-z_]\w*[?!]?$/;
// Interpolation and templates: the value is filled in elsewhere.
// Each shape needs its closing part and word-like content: a generated salt may well hold `#{`.
const TEMPLATE =
  /^[#$]\{|#\{[\w.@:[\]'"]+\}|\$\{[\w.:-]+\}|\{\{[^}]*\}\}|<%.*%>|%\(\w+\)[sd]|\$\([\w .-]+\)|^\$[A-Za-z_]\w*$|^%[A-Za-z_]+%$/;
// Words joined by separators or case humps, without digits mixed in: `encrypted-secret-array`,
// `required|confirmed`, `encrypted:array`, `ConfirmPassword`.
const JOINED_WORDS = /^[A-Za-z]{2,}\d?(?:[-_.:|/+ ][A-Za-z]{2,}\d?)+(?:[_-]?\d{1,3})?$/;
const PATH_OR_URL =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/[\w.-]|~\/|[A-Za-z]:\\)|^[\w.-]+\.(?:pem|key|json|ya?ml|txt|crt|cer|p12|pfx|jks|env|properties|conf|cfg|ini|xml|toml|gpg|asc)$/i;
const VERSION = /^(?:[\^~]|[<>]=?|=)?v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
// A number as code writes it with digit separators (`1_000_000`), and a versioned name
// (`tokguard/v1`, `api:v2`).
const NUMBER_OR_VERSIONED = /^\d{1,3}(?:_\d{3})+$|^[a-z][a-z0-9.-]*[/:@]v\d{1,3}$/;
// A regex (`-(us[0-9]{1,2})$`): a character range with a quantifier is a pattern, not a value.
const REGEX_SOURCE = /\[\^?[^\]]*[A-Za-z0-9]-[A-Za-z0-9][^\]]*\](?:[+*?]|\{\d+(?:,\d*)?\})/;
// Words that say the value stands in for a real one.
const DEMO_MARKER =
  /example|sample|dummy|fake|placeholder|verylong|redacted|changeme|xxxx|your[-_]?(?:own|secret|key|token|pass)/i;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const SELF_DESCRIBING = /secret|passw|passphrase|token|apikey|api_key|privatekey|private_key|credential/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const SEQUENCES = ['qwert', 'asdf', 'zxcv', 'wasd', '12345', '23456', '34567', 'abcdef', 'qazwsx', '09876', '54321'];

// The word "password" in the languages user interfaces are most often translated into: a
// translation table's entry, not a password.
export const PASSWORD_TRANSLATIONS = new Set([
  'passwort',
  'kennwort',
  'contraseña',
  'contrasena',
  'motdepasse',
  'senha',
  'wachtwoord',
  'lösenord',
  'losenord',
  'hasło',
  'haslo',
  'heslo',
  'parola',
  'parool',
  'salasana',
  'adgangskode',
  'passord',
  'jelszó',
  'jelszo',
  'şifre',
  'sifre',
  'lozinka',
  'geslo',
  'пароль',
  'contrasenya',
  'palavrapasse',
  // Scripts other than Latin and Cyrillic: the word as Japanese, Chinese, Korean, Arabic,
  // Hebrew, Hindi, Greek, Vietnamese and Indonesian interfaces write it (spaces removed).
  'パスワード',
  '密码',
  '密碼',
  '비밀번호',
  'كلمةالمرور',
  'סיסמה',
  'पासवर्ड',
  'κωδικός',
  'mậtkhẩu',
  'matkhau',
  'katasandi',
]);

export function characterClasses(v: string): number {
  return (
    (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0)
  );
}

/** The value with leetspeak undone and in lower case: `P@ssw0rd` → `password`. */
export function unleet(v: string): string {
  return v.toLowerCase().replace(/[013457@$]/g, (c) => LEET[c]!);
}

// An HTML numeric character reference (`&#246;`, `&#x30d1;`); the last of a run may lack its `;`.
const CHARACTER_REFERENCE = /&#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));?/g;

/** `&#246;` and `&#x30d1;` as the characters they stand for; one out of Unicode's range stays as written. */
function decodeCharacterReferences(value: string): string {
  return value.replace(CHARACTER_REFERENCE, (ref, dec: string | undefined, hex: string | undefined) => {
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0x10ffff ? ref : String.fromCodePoint(code);
  });
}

/**
 * The value as characters: UTF-8 decoded when it is UTF-8 (the engine hands over latin1 bytes),
 * and HTML character references decoded, as a page or a translation file spells a word in
 * another script (`&#12497;&#12473;…`, `L&#246;senord`).
 */
function asCharacters(value: string): string {
  let text = value;
  if (/[\x80-\xff]/.test(value)) {
    const utf8 = Buffer.from(value, 'latin1').toString('utf8');
    if (!utf8.includes('\ufffd')) text = utf8;
  }
  return text.includes('&#') ? decodeCharacterReferences(text) : text;
}

/**
 * Words separated by spaces, in any script: a sentence, a message, a passphrase. A salt with a
 * space or two in it is not: most of its space-separated pieces are not words.
 */
function isProse(value: string): boolean {
  if (PROSE.test(value)) return true;
  // Mostly letters of other scripts: a message in Japanese or Russian, not a generated key. A
  // Latin letter with a diacritic (`dkajcö1`, `Müdür2024`) is a password's letter like any other,
  // and so is a byte that was not UTF-8 (a latin1 file's letter, read as U+FFFD).
  const chars = asCharacters(value);
  const foreign = chars.match(/[^\x00-\x7f\p{Script=Latin}\ufffd]/gu)?.length ?? 0;
  if (foreign >= 2 && foreign / chars.length >= 0.3) return true;
  if (!value.includes(' ')) return foreign > 0 && !/[\x21-\x7e]{12}/.test(value);
  const pieces = value.split(/\s+/).filter(Boolean);
  const words = pieces.filter((p) => /^["'([]?[\p{L}][\p{L}'’-]*[.,:;!?…。)\]"']{0,2}$/u.test(p));
  return pieces.length >= 2 && words.length >= 2 && words.length / pieces.length >= (words.length >= 3 ? 0.4 : 0.5);
}

// The verbs that make a sentence of joined words (`this_is_my_passport`): identifiers name a
// thing or an action and rarely hold them, and a stand-in (`my-smtp-password`) has none.
const SENTENCE_WORDS = new Set(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
// Words of prompts, errors, labels and descriptions: what a sentence under a password's name is
// when it is not the password.
const MESSAGE_WORDS =
  /\b(?:enter|type|your|please|must|should|invalid|incorrect|wrong|required|requires?|match(?:es)?|least|characters?|forgot|forgotten|reset|confirm|cannot|can't|failed|fails?|error|expired|field|provide|click|used?|stored?|sign(?:s|ing)?|generated?|here|value|default|empty|missing|will|new|change|set|not|no|see|for|of)\b/i;
// A word with leetspeak in it: letters with a digit or `@`/`$` standing in for one (`s3cr3t`, `p@ss`).
const LEET_WORD = /^[A-Za-z]*[A-Za-z][013457@$][A-Za-z0-9@$]*[A-Za-z][!?.,:]*$|^[A-Za-z]*[0134@$][A-Za-z]{2,}[!?.,:]*$/;

/**
 * Four or more lower-case words joined by `_` or `-` with a verb after the first
 * (`this_is_my_passport`). Camel case is left to identifiers: there `declarationIsDefault`,
 * `userHasAccess` name predicates; so is a name that starts with its verb (`is_password_set`).
 */
function sentenceOfJoinedWords(trimmed: string): boolean {
  if (!/^[a-z]+(?:[_-][a-z]+){3,}$/.test(trimmed)) return false;
  return trimmed
    .split(/[_-]/)
    .slice(1)
    .some((w) => SENTENCE_WORDS.has(w));
}

function hasLeetWord(value: string): boolean {
  return value
    .split(/\s+/)
    .some((w) => LEET_WORD.test(w) && /[a-z]{2}/i.test(unleet(w)) && /^[a-z!?.,:]+$/.test(unleet(w)));
}

/**
 * Base64 holds `/` and may start with one: a path's segments are names, a blob's are one long
 * generated run (`/VnpmUGWxhQW9KQAwrL2ZYdDJPNG1PQjYxMXNPaF`).
 */
function base64Blob(value: string, entropy: number): boolean {
  if (value.length < 24 || entropy < 4.2 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const longest = value.split('/').reduce((a, s) => (s.length > a.length ? s : a), '');
  return longest.length >= 16 && /[a-z]/.test(longest) && /[A-Z]/.test(longest) && /\d/.test(longest);
}

export function shapeOf(value: string): ValueShape {
  const length = value.length;
  const entropy = shannonEntropy(value);
  const classes = characterClasses(value);
  const lower = value.toLowerCase();
  const hex = HEX.test(value);
  const trimmed = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  const joined = IDENTIFIER.test(trimmed) || JOINED_WORDS.test(trimmed);
  const sentence = joined && !value.includes(' ') && sentenceOfJoinedWords(trimmed);
  const identifier = joined && !sentence;
  const sequence = SEQUENCES.some((s) => lower.includes(s));
  // Entropy of random text grows with its length up to the alphabet's size: 16 random characters
  // from 62 sit near 3.7 bits, 40 hex characters near 3.8. Words joined the way code joins them
  // are not random however many letters they use: a generated value mixes digits into letters,
  // or case inside a run.
  const mixed = (/\d/.test(value) && /[A-Za-z]/.test(value)) || /[a-z][A-Z].*[a-z][A-Z].*[a-z][A-Z]/.test(value);
  const prose = isProse(value);
  const random =
    !prose &&
    /^[\x21-\x7e ]+$/.test(value) &&
    length >= 16 &&
    classes >= 2 &&
    mixed &&
    !identifier &&
    !sequence &&
    entropy >= (length >= 32 ? 4.0 : 3.5);
  return {
    length,
    entropy,
    classes,
    random: random || (hex && entropy >= 3.3),
    hex,
    uuid: UUID.test(value),
    digits: DIGITS.test(value),
    wordDigits: WORD_DIGITS.test(value),
    word: WORD.test(value),
    identifier,
    prose,
    passphrase: sentence || (prose && hasLeetWord(value)),
    message: (prose || sentence) && MESSAGE_WORDS.test(value.replace(/[_-]/g, ' ')),
    expression: EXPRESSION.test(value) || TEMPLATE.test(value) || REGEX_SOURCE.test(value),
    path: PATH_OR_URL.test(value) && !base64Blob(value, entropy),
    descriptive: VERSION.test(value) || DATE.test(value) || EMAIL.test(value) || NUMBER_OR_VERSIONED.test(value),
    selfDescribing: SELF_DESCRIBING.test(unleet(value)) || SELF_DESCRIBING.test(unleet(value).replace(/[^a-z]+/g, '')),
    translatedLabel: PASSWORD_TRANSLATIONS.has(
      asCharacters(value)
        .toLowerCase()
        .replace(/[\s_-]+/g, ''),
    ),
    marked: DEMO_MARKER.test(value),
    sequence,
  };
}
