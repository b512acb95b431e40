/**
 * A weak password: a word, a short value, a default (`McFly`, `chicken`, `admin`, `irc_pass`)
 * under a password's name. The value's shape is no evidence here (that is what makes it weak), so
 * the evidence is all around it: a name that says password, a literal where code and configs put
 * a value, and a file that is deployed rather than demonstrated. Tests, examples and the docs
 * write such values by the dozen as stand-ins; code and configs mostly hold them because someone
 * set them. Reported at low confidence only.
 */
import type { Assessment } from '../types.js';
import { CRYPT_HASH, isComment, nameStrength } from './assess.js';
import { identifierWords } from './name-vocabulary.js';
import type { FileKind } from './file-kind.js';
import { shapeOf } from './value-shape.js';

// Where a weak literal is the value in use. A config's value is unquoted as often as not; in code
// an unquoted word names a variable.
const QUOTED_KINDS: ReadonlySet<FileKind> = new Set(['source', 'config', 'credentials', 'unknown']);
const UNQUOTED_KINDS: ReadonlySet<FileKind> = new Set(['config', 'credentials', 'unknown']);

// A word of the name that says password (not a token or a key: a weak "token" is a label).
const PASSWORD_WORD = /passw|passphrase|passcode|pwd|^pw$|pass$/;

// What code puts under a password's name when it is not one: types and widget kinds, hashing
// drivers, switches, and the credential words themselves (`password: "password"` is a label or
// a stand-in).
const NOT_A_PASSWORD = new Set([
  'string',
  'str',
  'text',
  'char',
  'varchar',
  'int',
  'integer',
  'bool',
  'boolean',
  'hidden',
  'visible',
  'masked',
  'required',
  'optional',
  'nullable',
  'none',
  'null',
  'nil',
  'true',
  'false',
  'undefined',
  'empty',
  'blank',
  'unset',
  'secure',
  'sensitive',
  'plain',
  'plaintext',
  'clear',
  'cleartext',
  'bcrypt',
  'argon',
  'argon2',
  'argon2i',
  'argon2id',
  'scrypt',
  'pbkdf2',
  'crypt',
  'sha1',
  'sha256',
  'sha512',
  'md5',
  'hash',
  'hashed',
  'random',
  'generated',
  'auto',
  'prompt',
  'ask',
  'stdin',
  'env',
  'file',
  'yes',
  'on',
  'off',
  'enabled',
  'disabled',
  'input',
  'field',
  'value',
  'label',
  'new',
  'current',
  'confirm',
  'password',
  'passwd',
  'pass',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'api_key',
  'user',
  'username',
  'default',
  'xxxx',
  // What a test types to be turned away.
  'wrong',
  'invalid',
  'incorrect',
  'bad',
  'wrongpassword',
  'invalidpassword',
  'incorrectpassword',
  'badpassword',
]);

const STAND_IN_NAME = new Set([
  'default',
  'defaults',
  'test',
  'testing',
  'example',
  'sample',
  'dummy',
  'fake',
  'mock',
  'demo',
  'placeholder',
  'wrong',
  'invalid',
  'incorrect',
  'bad',
  'old',
]);

export interface WeakPasswordFacts {
  /** The whole name the value is given to (`DB_PASSWORD`, `adminPassword`). */
  name: string;
  value: string;
  fileKind: FileKind;
  /** The line before the name. */
  before: string;
  /** The value was quoted: a literal. Unquoted, it is one only in a config. */
  quoted: boolean;
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Low confidence for a weak password in code or a config, or undefined to leave it. */
export function assessWeakPassword(f: WeakPasswordFacts): Assessment | undefined {
  if (!(f.quoted ? QUOTED_KINDS : UNQUOTED_KINDS).has(f.fileKind) || isComment(f.before)) return undefined;
  if (nameStrength(f.name) !== 2) return undefined;
  const words = identifierWords(f.name);
  // A name that says the value is a stand-in or a product's documented default
  // (`TEST_PASSWORD`, `DEFAULT_PASSWORD`, `fakePassword`): a weak value there is meant to be weak.
  if (words.some((w) => STAND_IN_NAME.has(w))) return undefined;
  // `pass` alone is as often a test's outcome (`pass: "passed"`) or a pass of a compiler.
  if (!words.some((w) => PASSWORD_WORD.test(w)) || (words.length === 1 && words[0] === 'pass')) return undefined;
  const shape = shapeOf(f.value);
  if (shape.expression || shape.path || shape.descriptive || shape.prose || shape.marked) return undefined;
  // A generated value, a hex digest or a UUID is no weak password: the generic scoring judged it.
  if (shape.random || shape.hex || shape.uuid) return undefined;
  // Words joined to say what goes there (`my-smtp-password`, `db_secret_here`) are a stand-in.
  if (shape.identifier && shape.selfDescribing) return undefined;
  if (CRYPT_HASH.test(f.value) || !/[\p{L}\p{N}]/u.test(f.value) || new Set(f.value.toLowerCase()).size < 3)
    return undefined;
  const plain = letters(f.value);
  if (NOT_A_PASSWORD.has(f.value.toLowerCase()) || NOT_A_PASSWORD.has(plain) || shape.translatedLabel) return undefined;
  // The service's own name (`POSTGRES_PASSWORD: postgres`, `RABBITMQ_PASS=rabbitmq`): the
  // default a container image documents, set for a throwaway CI or development service.
  if (words.some((w) => w === plain && !PASSWORD_WORD.test(w))) return undefined;
  // Quoted or in code, words joined like an identifier, or the name spelled again, are a constant
  // for a field, a form's key or a rule list (`'password_field'`, `'required|confirmed'`); as an
  // unquoted config value they are the value (`IRC_PASS=irc_pass`).
  // Two capitalised words (`McFly`, `BlueSky`) are how people make a password memorable.
  const codeName = shape.identifier && !/^[A-Z][a-z]+[A-Z][a-z]+$/.test(f.value);
  if ((f.quoted || f.fileKind === 'source') && (codeName || plain === letters(f.name))) return undefined;
  return { confidence: 'low' };
}
