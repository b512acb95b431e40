import type { Assessment } from '../types.js';
import { assessAssignment, assessStatedPassword, isComment } from '../evidence/assess.js';
import { DEMO_THRESHOLD, demoScore } from '../evidence/demo.js';
import { shapeOf } from '../evidence/value-shape.js';
import { genericAssignment, statedPassword } from './generic.js';
import type { ValidatorContext } from './index.js';

/**
 * `my_api_key = 1, "…", 3`: a literal among the values given to a credential's name. The name
 * may be for the whole list, so only a value that looks generated counts.
 */
export function genericListElement(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!shapeOf(secret).random) return false;
  return genericAssignment(secret, context);
}

// A declaration's last identifier is the field's name (`char *secret_key`, `const char* token[2]`).
const FIELD_NAME = /([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*$/;

/** The names of a struct's fields, in order (`int a, b;` declares two). */
function fieldNames(fields: string): string[] {
  return fields
    .replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
    .split(';')
    .flatMap((decl) => {
      const parts = decl.split(',');
      return parts.map((p) => FIELD_NAME.exec(p.trim())?.[1]).filter((n): n is string => n !== undefined);
    });
}

/** `struct { int id; char *secret_key; } dflt = {0, "…"};`: the field in the string's place names it. */
export function cStructPositionalSecret(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const fields = fieldNames(context.groups?.fields ?? '');
  const init = context.groups?.init ?? '';
  // Designated initialisers (`.id = 0`) name their fields; those are the assignment rules' to read.
  if (init.includes('.') && /\.\s*[A-Za-z_]\w*\s*=/.test(init)) return false;
  const index = init.split(',').length - 1;
  const field = fields[index];
  if (field === undefined || !shapeOf(secret).random) return false;
  return (
    assessAssignment({
      name: field,
      value: secret,
      fileKind: context.fileKind ?? 'unknown',
      before: '',
      after: context.after ?? '',
    }) ?? false
  );
}

/**
 * A literal in the password parameter of a well-known call (`DriverManager.getConnection(url,
 * "app", "…")`, `new NetworkCredential("svc", "…")`, `btoa("svc:…")`): the API's signature says it
 * is a password, as SQL's `IDENTIFIED BY` does, so the value's shape, the file and the user beside
 * it weigh in. Unlike a stated password, a demonstration value is dropped, not reported as an
 * example: only the argument's place ties it to a password, and a look-alike call of another API
 * may take something else there. For the same reason only a value that looks generated reaches
 * high confidence.
 */
export function positionalPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const fileKind = context.fileKind ?? 'unknown';
  const before = context.before ?? '';
  const user = context.groups?.user;
  // `login("admin", "admin")`: a value that repeats its user name is a stand-in.
  if (user !== undefined && user.toLowerCase() === secret.toLowerCase()) return false;
  // Anonymous FTP (RFC 1635): the "password" is by convention the caller's e-mail address or a
  // courtesy string, and the server lets anyone in with it.
  if (user !== undefined && /^(?:anonymous|ftp)$/i.test(user)) return false;
  const verdict = assessStatedPassword({ value: secret, fileKind, before });
  if (!verdict || verdict.example) return false;
  const shape = shapeOf(secret);
  const facts = { fileKind, value: secret, shape, comment: isComment(before), ...(user !== undefined ? { user } : {}) };
  if (demoScore(facts) >= DEMO_THRESHOLD) return false;
  if (shape.random) return verdict;
  // A value that spells out what goes there (`wrong_password`, `MySecret2024`) is a test's
  // stand-in more often than a password: low at most, and dropped where it was low already.
  if (shape.selfDescribing) return verdict.confidence === 'low' ? false : { confidence: 'low' };
  return verdict.confidence === 'high' ? { confidence: 'medium' } : verdict;
}

/**
 * `jwt.sign(payload, '…')`, `createHmac('sha256', '…')`, `cookieParser('…')`: a literal in the
 * key parameter of a signing call. The API's signature says it is a secret key, so it is weighed
 * as a value assigned to one would be: a stand-in (`'secret'`, `'shhhhh'`) drops out or is an
 * example, a test or the docs count for less. A sentence that says what goes there (`'my secret
 * and secure key'`, `'optional secret string'`) is the libraries' own documentation; a word that
 * does (`'mySigningSecret1'`) is low at most.
 */
export function signingKeyLiteral(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const shape = shapeOf(secret);
  if (shape.selfDescribing && /\s/.test(secret)) return false;
  const verdict = assessAssignment({
    name: 'signing_secret',
    value: secret,
    fileKind: context.fileKind ?? 'unknown',
    before: context.before ?? '',
    after: context.after ?? '',
  });
  if (!verdict) return false;
  return shape.selfDescribing && !shape.random ? { ...verdict, confidence: 'low' } : verdict;
}

// What a password column holds when it is not the password itself: a crypt(3) string (bcrypt,
// SHA-crypt, argon2: `$2y$10$…`, opened by `$`, which the rule's pattern leaves out), an LDAP-style
// `{SSHA}…`, a framework's `algorithm$…` or `algorithm:…` hash, or a bare hex digest.
const STORED_HASH =
  /^(?:\{(?:SSHA|SHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|CRYPT)\}|(?:pbkdf2|bcrypt|argon2\w*|scrypt|sha\d*|md5)[_$:]|(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$)/i;

/**
 * `INSERT INTO users (id, name, password) VALUES (1, 'admin', '…')`: the value in the password
 * column's place (the pattern pairs the column's position with the value's). Seed data and dumps
 * store a hash there as often as the password: a hash is left to the hash rules; a plain value is
 * weighed as a password the syntax states.
 */
export function sqlInsertPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (STORED_HASH.test(secret)) return false;
  return statedPassword(secret, context);
}
