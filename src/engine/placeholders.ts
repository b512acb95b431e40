/**
 * Documentation values and template references look like secrets to a regex but are not.
 * Every rule's candidates pass through here; generic rules add stricter filters of their own.
 */
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'your_',
  'your-',
  'yourkey',
  'changeme',
  'change_me',
  'replace_me',
  'replaceme',
  'redacted',
  'dummy',
  'sample',
  'insert_',
  'xxxxxx',
  '******',
  '......',
  'process.env',
  'os.environ',
  'getenv',
];

// `${…}` is a reference only when what is inside reads as one: a name or a member path (`${DB_PASS}`,
// `${var.db_password}`, `${env:TOKEN}`, `${ssm:/app/key}`, `${cfg['x']}`, `${fn(a)}`), then
// perhaps a shell, compose or JS default (`${PASS:-…}`, `${a || b}`). A generated password may
// hold `${` among its other symbols (`p${e]nob(`): that is a literal, not a template.
const TEMPLATE =
  /\$\{\s*[A-Za-z0-9_@$][\w.:/@-]*(?:\[[^\]\n]*\]|\([^)\n]*\))*(?:\s*(?::?[-=?+]|\|\||\?\?)[^}\n]*)?\s*\}|\{\{[^}]*\}\}|^<[^<>\s]{3,40}>$|<[A-Za-z][\w.-]{2,39}>|%\([a-z_]+\)s|\$\([^)]*\)|^\$[A-Z_][A-Z0-9_]*$|\[\[[^\]]*\]\]/;

/**
 * A whole value that is one name in single braces (`{password}`, `{ db_password }`, `{token}`):
 * a format string's field (Python's `str.format`, C#'s composite format, Spring's and many
 * loggers' `{name}`). Only letters, `_`, `.` and `-`: a Jenkins secret or a base64 key in braces
 * (`{AQAAABAAAAAQ…=}`, `{d2hpc3Bl…}`) holds digits or `+/=` and is a value.
 */
const FORMAT_FIELD = /^\{\s*[A-Za-z_][A-Za-z_.-]{0,39}\s*\}$/;

/**
 * A CloudFormation intrinsic function in its YAML short form, kept as a string (`"!Ref
 * 'DbPassword'"` in a JSON rendering of the template): a reference to a parameter or a resource.
 */
const CLOUDFORMATION_INTRINSIC = /^!(?:Ref|GetAtt|Sub|ImportValue|FindInMap|Join|Select|If|Base64)\s+\S/;

/**
 * A heredoc opener (HCL's `<<-EOT`, Ruby's `<<~EOS`, shell's `<<-'END'`, PHP's `<<<EOT`) after a
 * name says the value is on the lines that follow, up to the label: it is syntax, not the value.
 * Such a body of one line is `generic-secret-heredoc`'s to report.
 */
const HEREDOC_OPENER = /^<<[-~<]?(["']?)[A-Za-z_][A-Za-z0-9_]{0,30}\1$/;

/**
 * Values that are never real secrets however they are spelled: the defaults people type in
 * examples and local configs (`postgres://user:password@localhost`).
 */
const DUMMY_VALUES = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'guest',
  'admin',
  'root',
  'test',
  'testing',
  'changeit',
  'default',
  'user',
  'username',
  'qwerty',
  'letmein',
  'foo',
  'bar',
  'foobar',
  'token',
  'apikey',
  'api_key',
  'mysecret',
  'mypassword',
  'secretkey',
  'secret_key',
  'postgres',
  'mysql',
  'none',
  'null',
  'undefined',
  'true',
  'false',
  '123456',
  '12345678',
  '123456789',
  'abc123',
  'password1',
  'p@ssw0rd',
]);

/**
 * Values their vendor publishes as not secret, which every install of a tool carries: the Google
 * Cloud SDK's installed-app OAuth client secret, in gcloud's public source and in every
 * `application_default_credentials.json` of the `authorized_user` type it writes (Google's guide
 * to installed apps: such a secret "is obviously not treated as a secret"). The refresh token
 * beside it is the credential, and is reported.
 */
const PUBLISHED_VALUES = new Set(['d-FL95Q19q7MQmFpd7hHD0Ty']);

/** One of the defaults people type (`password`, `admin`, `123456`): never a secret in docs or code. */
export function isDummyValue(secret: string): boolean {
  return DUMMY_VALUES.has(secret.toLowerCase());
}

export function isPlaceholder(secret: string): boolean {
  // Multi-line secrets are key blocks: their armor headers and comments may well say "example"
  // or hold an <email>; structural validators judge those, not words. So do XML key blocks
  // (`<RSAKeyValue><Modulus>…`), whose element names would read as `<placeholder>`s, and armored
  // blocks kept on one line (a JSON string with `\n` escapes), where `<snip>` says the body was
  // left out rather than that the whole value is a template.
  if (secret.includes('\n') || /^(?:-----BEGIN |<RSAKeyValue>|<DSAKeyValue>)/.test(secret)) return false;
  if (PUBLISHED_VALUES.has(secret)) return true;
  const lower = secret.toLowerCase();
  if (DUMMY_VALUES.has(lower)) return true;
  for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return true;
  if (TEMPLATE.test(secret) || HEREDOC_OPENER.test(secret)) return true;
  if (FORMAT_FIELD.test(secret) || CLOUDFORMATION_INTRINSIC.test(secret)) return true;
  // A run of one repeated character over most of the value ("0000…", "aaaa…").
  if (/(.)\1{7,}/.test(secret) && new Set(secret).size <= 4) return true;
  return false;
}

/** The longest repeated unit `isFillerSequence` looks for (`0123456789abcdef` is 16). */
const MAX_FILLER_PERIOD = 16;

/**
 * A value typed rather than generated: most of its characters repeat the one before (`aaaa`,
 * `xxxx`), count up or down from it (`abcdef`, `123456`, `9876`) or repeat the value's opening
 * (`1234567890abcdef1234567890abcdef`, `abcabcabc`). Documentation fills a key's documented
 * length that way. A generated value has few such characters whatever its alphabet (about one in
 * four for hex, fewer for base64), so most of them (four in five) is not chance.
 */
export function isFillerSequence(secret: string): boolean {
  const n = secret.length;
  if (n < 12) return false;
  let period = 0;
  let best = 0;
  for (let p = 2; p <= Math.min(MAX_FILLER_PERIOD, n >> 1); p++) {
    let same = 0;
    for (let i = p; i < n; i++) if (secret.charCodeAt(i) === secret.charCodeAt(i - p)) same++;
    if (same > best) [best, period] = [same, p];
  }
  let typed = 0;
  for (let i = 1; i < n; i++) {
    const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
    if (Math.abs(step) <= 1 || (period > 0 && i >= period && secret[i] === secret[i - period])) typed++;
  }
  return typed >= 0.8 * (n - 1);
}

/**
 * A stand-in word in capitals inside encoded text (`ops_DUMMYWFpbCI6…`): someone wrote over the
 * start of a real-looking base64 value to mark it as fake. Random base64 spells one of these by
 * chance about once in 10^9 characters; what decodes from such text is a demonstration.
 */
const ENCODED_MARKER = /DUMMY|EXAMPLE|PLACEHOLDER|REDACTED/;

export function spellsPlaceholder(encoded: string): boolean {
  return ENCODED_MARKER.test(encoded);
}
