import type { Assessment } from '../types.js';
import {
  assessAssignment,
  assessKeyBytes,
  assessStatedPassword,
  assessUrlPassword,
  isComment,
} from '../evidence/assess.js';
import { NAME_DENY, nameHead } from '../evidence/name-vocabulary.js';
import type { ValidatorContext } from './index.js';
import { isPlaceholder } from '../placeholders.js';
import { shapeOf } from '../evidence/value-shape.js';
import { assessWeakPassword } from '../evidence/weak-password.js';
import { assessUnnamedValue } from '../evidence/unnamed.js';
import { assessWeakNameValue } from '../evidence/weak-name.js';

/**
 * The generic detectors' checks (`password = "..."` and friends, passwords in URLs). A generic
 * rule has only a name, a value and where they sit to go on, so these weigh that evidence
 * (src/engine/evidence/assess.ts) instead of saying yes or no.
 */

/** Whether a name ends in a word that says it describes a secret rather than holds one. */
export function genericSecretName(name: string | undefined): boolean {
  if (!name) return true;
  const trimmed = name.replace(/["'\s]+$/g, '');
  // A long name's purpose phrase (`…_for_the_upload_service`) is not what it names: the head is.
  const { words, head } = nameHead(trimmed);
  if (head.length < words.length) return !NAME_DENY.test(head.join('_'));
  return !NAME_DENY.test(trimmed.replace(/[-_.]+$/, ''));
}

/** The whole identifier a rule's `name` group ends: `hidden_` before `passphrase`, and so on. */
export function fullName(name: string, before: string): string {
  const head = /[A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
  return head + name;
}

// `define('DB_PASSWORD', '…')`, `ENV.fetch("SECRET_KEY", "…")`: a name and a value as a call's
// first two arguments; or after a pointer to the variable they fill, as Go's
// `flag.StringVar(&apiKey, "api-key", "…", usage)` takes them.
const CALL_OPENING = /\((?:\s*&[\w.]{1,60}\s*,)?\s*["'][\w.-]*$/;
// `$user->set_password('…')`, `setPassword("…")`, a builder's `.password("…")`.
const SETTER = /(?:\bset_?|[\w)\]]\.)$/i;

// A C++ or Java declaration that constructs the value (`std::string password("…")`,
// `std::string password{"…"}`): a string type before the name. Without one, `password("…")` is a
// call that takes the literal, not a definition of it.
const CONSTRUCTED =
  /\b(?:std::)?(?:w?string|string_view|String|QString|CString|NSString|SecureString)[ \t]*[*&]?[ \t]+$/;
// A C# attribute (`[ApiKey("…")]`) opening its line.
const ATTRIBUTE_OPEN = /^[ \t]*\[$/;
// A JSX attribute's expression (`apiKey={'…'}`): the literal must be all of it. A Kotlin
// `by lazy {` block may hold it on a line of its own (the brace closes on a later one): then the
// literal must end its line.
const BRACE_CLOSE = /^["'`][ \t]*\}/;
const BRACE_LINE_CLOSE = /^["'`][ \t]*\r?$/;
// pflag's `StringP(name, shorthand, value, usage)` and `StringVarP(&v, name, shorthand, …)`: a
// one-letter shorthand argument comes between the name and the value only in a P function.
const SHORTHAND_CALL = /P\((?:\s*&[\w.]{1,60}\s*,)?\s*["'][\w.-]*$/;
// `DB_PASSWORD=… ./migrate.sh`: a shell command's environment prefix, read only where the line is
// a command (environment names in upper case, then the value, then the program).
const COMMAND_PREFIX = /^[ \t]*(?:(?:RUN|env|sudo|exec|export)[ \t]+)?(?:[A-Z_][A-Z0-9_]*=[^\s]*[ \t]+)*[A-Z0-9_]*$/;
// A YAML or TOML flow mapping (`db: {user: svc, password: …}`) still open before the name; not a
// shell or template expansion (`${NAME:-…}`, `#{…}`, `{{ … }}`).
const FLOW_OPEN = /(?:^|[^$#%{])\{[^{}]*$/;

/** Whether the opening before a `(`/`{` after the name makes it a definition or an attribute. */
function constructorInPlace(opening: string, before: string): boolean {
  if (opening === '{') return CONSTRUCTED.test(before);
  return SETTER.test(before) || CONSTRUCTED.test(before) || ATTRIBUTE_OPEN.test(before);
}

// Go's `var name type = …` (and `const`), Bicep's `param name type = default`: a type after the
// name only counts in a declaration, not in an XML attribute list (`<Pass encoding="base64">`).
const GO_DECLARATION = /\b(?:var|const|param)[ \t]+[\w]*$/;
// An unquoted value of several words is an INI, properties or YAML value only when its key opens
// the line (after indentation or a list dash): elsewhere the words are a command or a sentence.
const KEY_OPENS_LINE = /^[ \t]*(?:-[ \t]+)?[\w.-]*$/;
// Inside a URL a name is a query parameter (`?api_key=`, `&token=`) or nothing: in a path
// (`/reset-password=…`) it names a page, not a credential.
const IN_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]*$/i;
const QUERY_NAME = /[?&;#][A-Za-z0-9_]*$/;
// A name that is the third or later segment of a colon-joined identifier (an ARN's
// `…:123456789012:secret:MySecret-a1b2c3`, a URN) is a resource type, and what follows it names a
// resource: a key is never glued to two segments before it.
const IN_COLON_PATH = /[^\s:"'`]:[^\s:"'`]+:[A-Za-z0-9_-]*$/;
// A regex literal (`assert_match(/password: postgres/, …)`): a pattern to match, not a value.
const REGEX_OPEN = /(?:^|[\s(,=!~])\/(?![/*])[^/\n]*$/;
// A label for the encoding (Laravel's `base64:`): the shape to judge is what follows it.
const ENCODING_LABEL = /^(?:base64|hex):(?=.)/i;

// A value wrapped onto the line after its key (`"password":⏎    "…",`) followed by a colon is the
// first key of a mapping the name opened (`passwords:⏎  "admin": "…"`), not the name's value.
const WRAPPED_KEY = /^["'`][ \t]*:(?!:)/;

// A YAML alias (`password: *db_password`) refers to a value anchored elsewhere (`&db_password …`),
// which is the one to judge: the alias is a name.
const YAML_ALIAS = /^\*[A-Za-z_][\w-]*$/;

// YAML's `!!binary` tag: the value is the base64 of the bytes meant.
const YAML_BINARY = /!!binary[ \t]+$/;

/** A `!!binary` value's text when it decodes to printable text (the password itself), else the value. */
function yamlBinaryText(secret: string, context: ValidatorContext): string {
  if (!YAML_BINARY.test(context.lead ?? '') || !/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 !== 0)
    return secret;
  const text = Buffer.from(secret, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(text) ? text : secret;
}

/** Whether the syntax around the name makes it a credential's key (see the patterns above). */
export function keyInPlace(context: ValidatorContext): boolean {
  const before = context.before ?? '';
  const groups = context.groups ?? {};
  if (groups.call !== undefined && !CALL_OPENING.test(before)) return false;
  if (groups.short !== undefined && !SHORTHAND_CALL.test(before)) return false;
  if (groups.setter !== undefined && !constructorInPlace(groups.setter, before)) return false;
  if (
    groups.brace !== undefined &&
    !(groups.brace.includes('\n') ? BRACE_LINE_CLOSE : BRACE_CLOSE).test(context.after ?? '')
  )
    return false;
  if (groups.cmd !== undefined && !(COMMAND_PREFIX.test(before) && /^[A-Z0-9_]+$/.test(groups.name ?? '')))
    return false;
  if (groups.flow !== undefined && !FLOW_OPEN.test(before)) return false;
  if (groups.phrase !== undefined && !KEY_OPENS_LINE.test(before)) return false;
  if (groups.typed !== undefined && !GO_DECLARATION.test(before)) return false;
  if (groups.wrap !== undefined && WRAPPED_KEY.test(context.after ?? '')) return false;
  if (IN_URL.test(before) && !QUERY_NAME.test(before)) return false;
  if (IN_COLON_PATH.test(before)) return false;
  return true;
}

// An interpolating literal (C#'s `$"…"`, Python's `f"…"`) with a hole in it (`{name}`, not the
// escaped `{{`): its text is built at run time, not written down.
const INTERPOLATING_OPEN = /(?:\$@?|@\$|[fF][rR]?|[rR][fF])["']$/;
const HOLE = /(?<!\{)\{(?!\{)[^{}]*\}/;

function interpolated(secret: string, context: ValidatorContext): boolean {
  return INTERPOLATING_OPEN.test(context.lead ?? '') && HOLE.test(secret);
}

function inRegexLiteral(secret: string, context: ValidatorContext): boolean {
  return REGEX_OPEN.test(context.before ?? '') && (secret.includes('/') || (context.after ?? '').startsWith('/'));
}

export function genericAssignment(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const name = context.groups?.name;
  if (!genericSecretName(name) || YAML_ALIAS.test(secret)) return false;
  if (!keyInPlace(context) || inRegexLiteral(secret, context)) return false;
  if (codeReference(secret, context) || interpolated(secret, context)) return false;
  // Connection strings and URLs percent-encode: `pass%2Bword` is judged as `pass+word`.
  const binary = yamlBinaryText(secret, context);
  // The engine's placeholder check saw the base64: the text it stands for gets the same one.
  if (binary !== secret && isPlaceholder(binary)) return false;
  const value = /%[0-9A-Fa-f]{2}/.test(secret) ? decodeURIComponentSafe(secret) : binary;
  return (
    assessAssignment({
      name: fullName(name ?? 'secret', context.before ?? ''),
      value: value.replace(ENCODING_LABEL, ''),
      fileKind: context.fileKind ?? 'unknown',
      before: context.before ?? '',
      after: context.after ?? '',
    }) ?? false
  );
}

/**
 * `password:⏎    …`, `db.password=\⏎    …`: an unquoted value alone on the line after its key
 * (generic-secret-wrapped). Config, credentials files and documents write values so (YAML plain
 * scalars, INI continuation lines, `.properties` continuations). In code an unquoted word is an
 * expression, so there only a shell's continuation counts, whose value starts the next line: an
 * indented word after `NAME=\` would be a command of its own. (A test's YAML or INI fixture is
 * config all the same.)
 */
export function wrappedValue(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const kind = context.fileKind ?? 'unknown';
  if ((kind === 'source' || kind === 'test') && (context.groups?.cont === undefined || context.lead !== ''))
    return false;
  return genericAssignment(secret, context);
}

// Files whose syntax may be `name value`: a `.properties` file (whitespace ends a key as `=` and
// `:` do), a daemon's `.conf` (`remote_password …`), a credentials file, and a file of no known
// kind (an extensionless config, standard input).
const SPACED_KINDS: ReadonlySet<string> = new Set(['config', 'credentials', 'fixture', 'unknown']);

/**
 * `db.password s3cr3t`, `remote_password …`: a key that opens its line, whitespace and one
 * unquoted value (generic-secret-spaced). Only a config's syntax reads so: in code, prose or a
 * README the same line is a sentence or an expression.
 */
export function spacedValue(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!SPACED_KINDS.has(context.fileKind ?? 'unknown')) return false;
  return genericAssignment(secret, context);
}

/** `password = "McFly"`, `IRC_PASS=irc_pass`: a weak password where code or a config sets one. */
export function weakPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!keyInPlace(context) || inRegexLiteral(secret, context) || YAML_ALIAS.test(secret)) return false;
  return (
    assessWeakPassword({
      name: fullName(context.groups?.name ?? '', context.before ?? ''),
      value: secret,
      fileKind: context.fileKind ?? 'unknown',
      before: context.before ?? '',
      quoted: (context.groups?.q ?? '') !== '',
    }) ?? false
  );
}

// What reads a setting and takes a default: `getenv`, `env`, `get`, `fetch`, `getOrDefault`,
// `getProperty`, `config`, `setting`, `option`. A function that takes a secret to use it
// (`encode`, `hashpw`, `login`) is not one.
const LOOKUP_CALLEE = /env|environ|^get|fetch|default|property|config|setting|option|param/i;

/** `SECRET := getenv("X", "…")`: a credential-named variable given a lookup's default. */
export function lookupDefault(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!LOOKUP_CALLEE.test(context.groups?.callee ?? '')) return false;
  return genericAssignment(secret, context);
}

// The opening of a query or form parameter list: a URL's `?`, or a form body's first pair.
const QUERY_OPENING = /\?[^\s"'`<>]*$|(?:^|[\s"'`=(])[\w.-]{1,40}=[^\s"'`<>]*&[^\s"'`<>]*$/;

/** `?access_token=…&`: a credential-named parameter of a URL's query or a form body. */
export function urlQuerySecret(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!QUERY_OPENING.test(context.before ?? '')) return false;
  return genericAssignment(secret, context);
}

/**
 * `?key=…`: a parameter named just `key` is as often a cache, sort or lookup key as an API key,
 * so the name is no evidence of a secret; only a value that looks generated is one.
 */
export function urlQueryKey(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (!shapeOf(decodeURIComponentSafe(secret)).random) return false;
  return urlQuerySecret(secret, context);
}

// Files of code: there brackets and colons are syntax (`a ? x[TOKEN] : y`, `(w.token = t)`).
// A test's data files (`fixture`) keep the tests' rules: they are read as before they had a kind.
const CODE_KINDS = new Set(['source', 'test', 'fixture']);

/**
 * The forms notes and documents write a credential in (`(pw:…)`, `Key(ANYSecret):…`, `password
 * for admin: …`, `ID/PW: user/…`): read as such in prose, config and unknown files, and in code
 * only inside a comment.
 */
export function prosePair(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (CODE_KINDS.has(context.fileKind ?? 'unknown') && !isComment(context.before ?? '')) return false;
  return genericAssignment(secret, context);
}

/**
 * `The default password for the user "pyne-user" is "pyne".`: a quoted value stated as a named
 * user's password. The sentence's syntax says it is a password, as SQL's `IDENTIFIED BY` does, so
 * a short word the assignment evidence drops is still one; but such sentences are what install
 * guides and READMEs write, so it is reported at low confidence, and a demonstration value
 * (`'admin'`) as an example.
 */
export function passwordForUser(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const assessed = prosePair(secret, context);
  if (assessed !== false) return assessed;
  const user = context.groups?.user;
  if ((context.groups?.q ?? '') === '' || user === undefined) return false;
  if (CODE_KINDS.has(context.fileKind ?? 'unknown') && !isComment(context.before ?? '')) return false;
  const stated = assessStatedPassword({
    value: secret,
    fileKind: context.fileKind ?? 'unknown',
    before: context.before ?? '',
  });
  if (!stated) return false;
  // The user's own name as the password is still a default credential, worth an example's mention.
  return stated.example || user.toLowerCase() === secret.toLowerCase()
    ? { confidence: 'low', example: true }
    : { confidence: 'low' };
}

/**
 * `the password is …`: a prose pair whose value, unquoted, is a word only when its case is
 * mixed inside it as generated strings are (`NsIdksKJdj`); a plain word (`required`,
 * `Expired`) is the sentence going on.
 */
export function credentialIsValue(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const quoted = (context.groups?.q ?? '') !== '';
  if (!quoted && /^[A-Za-z]+$/.test(secret) && !/[a-z][A-Z]/.test(secret)) return false;
  return prosePair(secret, context);
}

const IDENTIFIER = /^[A-Za-z_$][\w$.]*$/;
const CODE_FILES = new Set(['source', 'test', 'fixture', 'docs']);
// What may follow a value that ends an expression: a statement's or an argument's end, a call's,
// list's or object's close (not a quote: `R"(…)"`, `"${X:-…}"` close a literal), or the line's end.
const EXPRESSION_END = /^[ \t]*(?:([;,])|([)\]}])(?!["'`])|\r?\n|$)/;
// The value follows the assignment itself (`= x`, `: x`, `=> x`), not an opener of a literal
// (`%q(`, `~s[`, `[[`, `<<<EOT`) nor a shell default (`${X:-`, `${x:`). A shell's assignment
// (`export TOKEN=abc`, `--set db.password=abc`) writes no space before its `=`, and there an
// unquoted word is the value itself.
const CODE_ASSIGNMENT = /(?:[ \t]=|=>|:)[ \t]*$/;
// Inside a call or a literal that a bracket closes, a keyword argument needs no space (`f(key=x)`).
const ARGUMENT_ASSIGNMENT = /(?:=>?|:)[ \t]*$/;
const SHELL_DEFAULT = /\$\{[^}]*$/;

/**
 * An unquoted identifier as a value in code (`contextToken = previousToken;`, `token: identifier,`,
 * `connect(password = pw)`, `auth = settings.AUTH` ending its line, a `.d.ts` line `type
 * OpeningParenToken = ParenToken;`) names a variable or a type, not a value: in these languages a
 * literal is quoted. A shell's assignment, a comment and config files (`.env`, INI, YAML, a
 * test's YAML fixture but past a `,` or `;`) keep unquoted values; in the docs, where prose
 * follows a value, only a `;` ends code. The one test of this for every generic detector.
 */
export function codeReference(secret: string, context: ValidatorContext): boolean {
  const kind = context.fileKind ?? 'unknown';
  if (!CODE_FILES.has(kind) || !IDENTIFIER.test(secret)) return false;
  const lead = context.lead ?? '';
  if ((context.groups?.q ?? '') !== '' || /["'`]$/.test(lead)) return false;
  const end = EXPRESSION_END.exec(context.after ?? '');
  if (!end) return false;
  if (end[1] === ';') return true;
  if (kind === 'docs') return false;
  if (end[1] === ',') return true;
  if (kind !== 'source' && kind !== 'test') return false;
  const assigned = end[2] !== undefined ? ARGUMENT_ASSIGNMENT : CODE_ASSIGNMENT;
  return assigned.test(lead) && !SHELL_DEFAULT.test(lead) && !isComment(context.before ?? '');
}

/**
 * A password in a URL's user-info. The user name is read back from the line before the
 * password (`scheme://user:`), the host from after it (`@host:port/`).
 */
export function urlPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const lead = context.lead ?? '';
  const user = context.groups?.user ?? /\/\/([^:/@\s'"]*):$/.exec(lead)?.[1];
  // The host follows the `@`, also when the password is a literal concatenated into the URL
  // (`"mysql://root:" + "…" + "@db:3306"`).
  const host = /^(?:["'`][ \t]*\+[ \t]*["'`])?@([^/\s'"?#:,;)]+)/.exec(context.after ?? '')?.[1];
  return (
    assessUrlPassword({
      value: decodeURIComponentSafe(secret),
      ...(user !== undefined ? { user: decodeURIComponentSafe(user) } : {}),
      ...(host !== undefined ? { host } : {}),
      fileKind: context.fileKind ?? 'unknown',
      before: context.before ?? '',
    }) ?? false
  );
}

// Schemes whose URLs other rules read: web URLs (url-basic-auth-password, git-credentials-url,
// which know documentation and code hosts) and the database and broker schemes
// (rules/database-urls.yaml, which know their default passwords).
const SCHEMES_WITH_RULES = new Set([
  'http',
  'https',
  'postgres',
  'postgresql',
  'pgsql',
  'mysql',
  'mysqlx',
  'mariadb',
  'mongodb',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'snowflake',
]);
// A host written as an interpolation (`@${host}`, `@{host}`): no rule that reads a host takes it.
const INTERPOLATED_HOST = /^@[$#]?\{/;

/**
 * A password in the user-info of a URL of any other scheme (`ftp://`, `smtps://`, `ldap://`,
 * `sftp://`, a driver's own `dbconnection://`). The scheme is read back from before the `://`.
 */
export function urlPasswordAnyScheme(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const scheme = /([A-Za-z][A-Za-z0-9+.-]*)$/.exec(context.before ?? '')?.[1]?.toLowerCase() ?? '';
  const base = scheme.split('+')[0]!;
  if (SCHEMES_WITH_RULES.has(base) && !INTERPOLATED_HOST.test(context.after ?? '')) return false;
  return urlPassword(secret, context);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// Words SQL puts where a password could go: `IDENTIFIED BY RANDOM PASSWORD`, `PASSWORD EXPIRE`.
const SQL_WORDS =
  /^(?:random|password|values|null|expire|require|history|reuse|default|never|interval|externally|globally|lock|unlock|none|current|optional|replace|retain)$/i;

/**
 * A password in an SQL statement (`IDENTIFIED BY '…'`, `WITH PASSWORD '…'`, `PASSWORD('…')`) or
 * given to a command's password option: the syntax states it, the evidence weighs the value.
 */
export function statedPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const quoted = (context.groups?.q ?? '') !== '';
  // Backticks quote a name in MySQL (`identified by \`plugin\``) and code in prose, never a password.
  if (context.groups?.q === '`') return false;
  if (!quoted && SQL_WORDS.test(secret)) return false;
  return (
    assessStatedPassword({
      value: secret,
      fileKind: context.fileKind ?? 'unknown',
      before: context.before ?? '',
      loose: !quoted,
    }) ?? false
  );
}

// What says a file is PgBouncer's auth_file: its usual name's kind (a credentials file), or a
// mention of PgBouncer or the file in the text before (a script or Dockerfile that writes it).
const AUTH_FILE_MENTION = /pgbouncer|userlist\.txt|auth_file/i;
// The hashed entries, which the password-hash rules read.
const STORED_VERIFIER = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/;

/**
 * `"app" "S3cret"`: a plaintext password on a PgBouncer `auth_file` (`userlist.txt`) line. Any
 * two quoted words look the same, so the file must be one: see AUTH_FILE_MENTION.
 */
export function pgbouncerUserlistPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  if (STORED_VERIFIER.test(secret)) return false;
  if (context.fileKind !== 'credentials' && !AUTH_FILE_MENTION.test(context.fileHead ?? '')) return false;
  // Both fields are in double quotes: the password is quoted.
  return statedPassword(secret, { ...context, groups: { ...context.groups, q: '"' } });
}

// What opens an SQL password clause: `WITH`, `LOGIN`, `[UN]ENCRYPTED`, `SET`, `ROLE name` or
// `USER name`, or `= PASSWORD(…)` / `VALUES(PASSWORD(…))`.
const SQL_CLAUSE_OPENING =
  /(?:\b(?:encrypted|unencrypted|login|with|set)|\b(?:role|user)[ \t]+[\w"'`@%.-]{1,64})[ \t]+$|(?:\bvalues[ \t]*\(|=)[ \t]*$/i;

/** `PASSWORD '…'` in an SQL statement: only where a clause of one opens it. */
export function sqlPasswordClause(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  return SQL_CLAUSE_OPENING.test(context.before ?? '') && statedPassword(secret, context);
}

// A command-line option's opening before its credential word: one or two dashes after a space, a
// quote or the start of the line, then the rest of the option's name (`--db-`, `--super-`).
const OPTION_OPENING = /(?:^|[\s"'(])--?(?!-)([\w-]{0,40})$/;

/** `--passphrase …`, `-Password '…'`, `--oauth2-bearer …`: the option's whole name is the evidence. */
export function cliSecretOption(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const opening = OPTION_OPENING.exec(context.before ?? '');
  const name = context.groups?.name;
  if (!opening || !name) return false;
  return (
    assessAssignment({
      name: (opening[1] ?? '') + name,
      value: secret,
      fileKind: context.fileKind ?? 'unknown',
      before: context.before ?? '',
      after: context.after ?? '',
    }) ?? false
  );
}

/** A password a command takes as such (`sshpass -p`, `ConvertTo-SecureString '…'`). */
export function cliPassword(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  return (
    assessStatedPassword({ value: secret, fileKind: context.fileKind ?? 'unknown', before: context.before ?? '' }) ??
    false
  );
}

// The MySQL or MariaDB client in a command.
const MYSQL_CLIENT = /\b(?:mysql|mariadb)/i;

/** The command `before` ends in: the text after the last `|`, `;` or `&` (one pass, no regex). */
function lastCommand(before: string): string {
  const cut = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&'));
  return before.slice(cut + 1);
}

/** A password flag's value, read only when the command it is in runs `client`. */
function clientCliPassword(client: RegExp) {
  return (secret: string, context: ValidatorContext = {}): boolean | Assessment =>
    client.test(lastCommand(context.before ?? '')) && cliPassword(secret, context);
}

/** `mysql -u root -pS3cret`: `-p` with the password glued to it, in a MySQL client's command. */
export const mysqlCliPassword = clientCliPassword(MYSQL_CLIENT);

// The Redis client, or Valkey's and KeyDB's copies of it, in a command.
const REDIS_CLIENT = /\b(?:redis|valkey|keydb)-cli\b/i;

/** `redis-cli -a S3cret ping`: `-a` is the password only in a Redis client's command. */
export const redisCliPassword = clientCliPassword(REDIS_CLIENT);

/** `mongosh … -p S3cret`, `mongodump --password=S3cret`: MongoDB's shells and database tools. */
export const mongoCliPassword = clientCliPassword(/\bmongo(?:sh|dump|restore|export|import|stat|top|files)?\b/);

/** `docker login -u ci -p S3cret registry`: `-p` is the registry password only after `login`. */
export const dockerLoginPassword = clientCliPassword(/\b(?:docker|podman|nerdctl)[ \t]+login\b/);

/** `ldapsearch … -w S3cret`: `-w` is the bind password only in an OpenLDAP client's command. */
export const ldapCliPassword = clientCliPassword(
  /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b/,
);

/** `smbclient … -U user%S3cret`: the `%` splits user and password only in a Samba tool's command. */
export const smbCliPassword = clientCliPassword(/\b(?:smbclient|rpcclient|smbget|smbcacls|smbcquotas|winexe)\b/);

/** `xfreerdp … /p:S3cret`, `rdesktop … -p S3cret`: the password option of an RDP client's command. */
export const rdpCliPassword = clientCliPassword(/\b(?:(?:x|wl|sdl-)?freerdp3?|rdesktop)\b/);

// One element of a byte array: a number in hex, binary or decimal, after an optional cast.
const BYTE_ELEMENT = /(?:\([A-Za-z0-9_ ]+\)\s*)?[+-]?(0[xX][0-9A-Fa-f]+|0[bB][01]+|\d+)/g;

function byteValue(digits: string): number {
  if (/^0[xX]/.test(digits)) return parseInt(digits.slice(2), 16);
  if (/^0[bB]/.test(digits)) return parseInt(digits.slice(2), 2);
  return parseInt(digits, 10);
}

/** `AES_KEY = {0x35, 0x34, …}`, `Secret: []byte{…}`: a credential-named byte array. */
export function keyBytes(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const name = fullName(context.groups?.name ?? '', context.before ?? '');
  const bytes = [...secret.matchAll(BYTE_ELEMENT)].map((m) => byteValue(m[1]!));
  return (
    assessKeyBytes({ name, bytes, fileKind: context.fileKind ?? 'unknown', before: context.before ?? '' }) ?? false
  );
}

/** `mimi=gX69YO4Cv…` in a settings file: a generated-looking value under a name that says nothing. */
export function unnamedHighEntropy(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const name = context.groups?.name ?? '';
  if (!genericSecretName(name)) return false;
  return assessUnnamedValue({ name, value: secret, fileKind: context.fileKind ?? 'unknown' }) ?? false;
}

/** `key = "Xk4m…"`, `this.auth = '…'`: a generated-looking value under a weak credential name. */
export function weakNameValue(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const name = context.groups?.name ?? '';
  if (!genericSecretName(name) || !keyInPlace(context)) return false;
  // On the line after its key a value is one only when quoted: a bare word there is an expression
  // (or, ending its line, a YAML scalar that generic-secret-wrapped reads under a stronger name).
  if (context.groups?.wrap !== undefined && !context.groups.q) return false;
  if (codeReference(secret, context)) return false;
  const fullname = fullName(name, context.before ?? '');
  return assessWeakNameValue({ name: fullname, value: secret, fileKind: context.fileKind ?? 'unknown' }) ?? false;
}

// A word after an address that is a program, a protocol or a DNS name rather than an account
// (`10.0.0.5 ssh …`, `127.0.0.1 localhost …`): a hosts file or a log line, not a login.
const NOT_ACCOUNT =
  /^(?:localhost|ssh|http|https|ftp|tcp|udp|get|post|put|delete|head|via|port|to|from|and|or|is|on|at|as|the|dev|src|gw|gateway|mask|netmask|broadcast|dns|ping|host|hostname)$/i;

/**
 * `10.0.3.17 admin Kd83…`, `192.168.10.4 / root / Wq72…`: an address, an account and a password
 * written down together in notes or a ticket. Nothing names the password, so the line's layout
 * must: the triple ends its line, the account is a bare login name, and the password mixes
 * classes; it is read loosely (as an unquoted stated password), and never in code.
 */
export function hostLoginTriple(secret: string, context: ValidatorContext = {}): boolean | Assessment {
  const fileKind = context.fileKind ?? 'unknown';
  if (CODE_KINDS.has(fileKind)) return false;
  const user = context.groups?.user ?? '';
  if (NOT_ACCOUNT.test(user) || /^\d+$/.test(user)) return false;
  const shape = shapeOf(secret);
  if (shape.classes < 2 || shape.descriptive || shape.identifier || /^[\d.:]+$/.test(secret)) return false;
  // A hosts file's aliases: the name again (`web1 web1-int`), or a DNS name (`db1 db1.corp.net`).
  if (secret.toLowerCase().includes(user.toLowerCase()) || /\.[A-Za-z]{2,12}$/.test(secret)) return false;
  return assessStatedPassword({ value: secret, fileKind, before: context.before ?? '', loose: true }) ?? false;
}
