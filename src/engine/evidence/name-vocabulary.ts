/**
 * The words names are read by. Every detector that weighs a name takes its vocabulary from here:
 * the scoring of values under credential names (assess.ts), the check that a name does not merely
 * describe a secret (validators/generic.ts), the detector of generated values under names that
 * say nothing (unnamed.ts). The lists overlap where their jobs differ; each says what it is for,
 * and each is defined once, so a word added for one job is not missing from another by accident.
 */

/** An identifier's words, lower case: `NextContinuationToken` → next, continuation, token. */
export function identifierWords(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Words that make a name hold a credential on their own.
export const STRONG_WORD =
  /passw|passphrase|passcode|secret|apikey|privatekey|authtoken|accesstoken|apitoken|^pwd$|pwd$|^pw$|^bearer$/;
// `pass` as a word of its own or at the end of a lower-case blob (`dbpass`), but not in ordinary
// words that end with it.
export const PASS_WORD =
  /^(?:.*[^a-z])?pass$|^(?:db|user|admin|root|my|irc|ftp|smtp|mail|app|svc|sys|sql|redis|ldap)pass$/;
export const ORDINARY_PASS = new Set(['bypass', 'compass', 'surpass', 'trespass', 'overpass', 'underpass', 'impass']);
// A word before `key`/`token` that makes it a credential (`api key`, `access token`).
export const CREDENTIAL_QUALIFIER = new Set([
  'api',
  'private',
  'secret',
  'auth',
  'access',
  'bearer',
  'refresh',
  'session',
  'bot',
  'app',
  'personal',
  'oauth',
  'jwt',
  'master',
  'signing',
  'encryption',
  'client',
  'service',
  'admin',
  'deploy',
  'authentication',
  'authorization',
  'decryption',
  'hmac',
  'webhook',
  'cipher',
  'crypto',
]);
// A word before `token` that makes it something other than a credential: CSRF and pagination
// tokens, lexer tokens, push-notification device tokens, token counts.
export const NOT_CREDENTIAL_TOKEN = new Set([
  'csrf',
  'xsrf',
  'authenticity',
  'continuation',
  'pagination',
  'page',
  'next',
  'prev',
  'previous',
  'cursor',
  'sync',
  'lexer',
  'parser',
  'parse',
  'cancellation',
  'cancel',
  'device',
  'push',
  'registration',
  'fcm',
  'apns',
  'invite',
  'invitation',
  'unsubscribe',
  'idempotency',
  'request',
  'correlation',
  'trace',
  'max',
  'num',
  'total',
  'input',
  'output',
  'prompt',
  'completion',
  'start',
  'end',
  'last',
  'first',
  'current',
  'form',
  'anti',
  'forgery',
  'verification',
  'nonce',
]);

// A word after the credential's that makes the name describe it rather than hold it:
// `password_hash`, `secret_question`, `token_for`, `api_key_id`, `password_confirmation_field`.
export const DESCRIBES = new Set([
  'hash',
  'hashed',
  'digest',
  'question',
  'hint',
  'field',
  'label',
  'placeholder',
  'prompt',
  'input',
  'length',
  'len',
  'size',
  'policy',
  'rule',
  'rules',
  'strength',
  'pattern',
  'regex',
  'format',
  'type',
  'name',
  'path',
  'file',
  'dir',
  'url',
  'uri',
  'endpoint',
  'id',
  'ids',
  'for',
  'on',
  'array',
  'json',
  'object',
  'collection',
  'list',
  'count',
  'expires',
  'expiry',
  'expiration',
  'ttl',
  'timeout',
  'enabled',
  'required',
  'reset',
  'confirmation',
  'changed',
  'updated',
  'created',
  'at',
  'attribute',
  'column',
  'param',
  'header',
  'cookie',
  'env',
  'var',
  'mode',
  // Command-line options about a secret rather than holding one (`--password-stdin`,
  // `-PassThru`, `--password-store basic`).
  'stdin',
  'thru',
  'through',
  'store',
  'helper',
  'command',
  'cmd',
]);

// The credential words a name's head may end in (see `nameHead`). A bare `pass` before a
// preposition is as often a pass over something (`needsSecondPassForFixAll`,
// `resolution_pass_for_module`) as a password, so it is not one of them.
const HEAD_CREDENTIAL = ['passw', 'passphrase', 'secret', 'token', 'key$', '^pwd$', 'credential'];
const HEAD_WORD = new RegExp(HEAD_CREDENTIAL.join('|'));

// A word that names the credential a name holds, after which a DESCRIBES word makes the name
// describe it instead (`password_hash`): the head's words plus the short and bare forms.
export const CREDENTIAL_WORD = new RegExp([...HEAD_CREDENTIAL, '^pw$', 'pass$', '^bearer$'].join('|'));

// Any word that could name a credential, however loosely (`auth`, `cred`, `salt`, `key` inside a
// word). The detector of values under names that say nothing (unnamed.ts) leaves such names to
// the named detectors, which may have dropped the value on purpose (`password_hash`).
export const ANY_CREDENTIAL_WORD = /pass|pwd|^pw$|secret|token|key|salt|credential|auth|bearer|cred/;

// The words that spell a credential out, as opposed to `pass` and `token`, which also name a
// test's result (`t.pass('drained')`) and a parser's: only these ask for a sentence as the value.
export const SPELLED_OUT = /passw|passphrase|secret|pwd/;

// A word before `key` that makes it something other than a credential: a public key, a
// database or cache key, a map's key.
export const NOT_CREDENTIAL_KEY = new Set([
  'public',
  'primary',
  'foreign',
  'unique',
  'cache',
  'fingerprint',
  'sort',
  'partition',
  'range',
  'hash',
  'routing',
  'lookup',
  'map',
  'dict',
  'storage',
  'local',
  'query',
  'i18n',
  'translation',
  'message',
  'label',
  'config',
  'setting',
  'settings',
  'env',
  'field',
  'column',
  'row',
  'item',
  'object',
  'attribute',
  'attr',
  'property',
  'prop',
  'react',
  'composite',
  'idempotency',
  'dedupe',
  'group',
  'index',
  'shard',
]);

// Words that name a digest of something rather than the thing: the core every hash list shares.
const DIGEST = ['hash', 'digest', 'checksum', 'fingerprint', 'integrity', 'sha\\d*', 'md5'];
// Digests that version control and HTTP caches print beside hex values.
const VERSION_DIGEST = ['etag', 'commit', 'revision'];

// A word of the name that says the value is a hash of the secret rather than the secret:
// `hashed_secret`, `password_sha256`, `secret_digest`, `token_checksum`, `key_fingerprint`.
export const HASH_NAME_WORD = new RegExp(`^(?:${[...DIGEST, 'hashed', 'sha\\d*sum', 'md5sum'].join('|')})$`);

// A word beside a hex value (on its line, before or after) that says the value is a hash.
export const HASH_CONTEXT_WORD = new RegExp(`\\b(?:${[...DIGEST, 'hashed', ...VERSION_DIGEST].join('|')})\\b`, 'i');

// Words naming what a random run is when it is not a secret: ids, digests, versions, public
// material, addresses, encoded media, and the settings of build and cache tools. A generated
// value under such a name is left alone by the unnamed-value detector.
export const NOT_SECRET_WORD = new RegExp(
  `^(?:${[
    ...['id', 'ids', 'uid', 'uuid', 'guid', 'oid', 'sid', 'ident', 'identifier'],
    ...DIGEST,
    ...VERSION_DIGEST,
    ...['hashes', 'crc', 'signature', 'sig'],
    ...['version', 'ver', 'rev', 'ref', 'tag', 'build', 'release'],
    ...['url', 'uri', 'href', 'src', 'link', 'path', 'file', 'dir', 'host', 'domain', 'endpoint'],
    ...['email', 'user', 'username', 'login', 'name', 'account'],
    ...['public', 'pub', 'cert', 'certificate', 'ca'],
    ...['image', 'icon', 'logo', 'font', 'data', 'base64', 'blob', 'content', 'body', 'svg', 'png', 'jpg', 'gif'],
    ...['cache', 'nonce', 'seed', 'iv', 'salt'],
    ...['sample', 'example', 'test', 'dummy', 'fake', 'demo', 'placeholder', 'mock'],
  ].join('|')})$`,
);

// The last word (or head) of a name that contains a secret-ish word but describes something else
// about it (`password_field`, `token_ttl`, `secret_manager`): the generic detectors' gate on the
// name their pattern captured, before any scoring. Wider than DESCRIBES, which nameStrength
// reads only after the name's credential word.
export const NAME_DENY =
  /(?:type|name|names|label|placeholder|field|input|prompt|hint|path|file|dir|url|uri|endpoint|host|header|prefix|suffix|regex|pattern|length|len|size|count|max|min|expires?|expiry|expiration|ttl|timeout|policy|format|mode|kind|env|var|param|params|required|enabled|enable|disabled|hash|hashed|digest|sha\d*|md5|version|template|storage|cookie|location|id|ids|index|idx|key_?id|field_?name|class|style|color|icon|image|text|message|msg|error|err|desc|description|title|attr|attribute|column|col|schema|spec|ref|reference|manager|provider|service|client|store|handler|factory|helper|util|utils|strategy|validator|regexp?|re|rule|rules|list|map|set|dict|table|query|limit|mask|masked|visible|show|hide|hidden|reset|confirm|confirmation|match|matches|strength|rotation|changed|updated|created|at|date|time|timestamp|tokenizer|tokenize|tokenized|tokens|izer|ization|ized|counter|usage|budget|used|last_?used|last_?changed|age)$/i;

// Prepositions that open a phrase saying what a credential is for or like
// (`secret_key_for_the_legacy_upload_service`, `token_from_vendor_portal`).
const PREPOSITION = new Set(['for', 'of', 'to', 'from', 'with', 'like', 'in', 'on', 'at', 'by', 'via']);

/**
 * The words of a name's head: up to a preposition that follows a credential word and opens a
 * phrase of its own. `secret_key_for_the_upload_service` holds a secret key, whatever the
 * service's words say; the words after the preposition describe its purpose, not the value. A
 * preposition that ends the name (`token_for`, `password_changed_at`) opens nothing: the whole
 * name is the head, and its describing words count; so does one after a bare `pass`.
 */
function headWords(words: string[]): string[] {
  const credential = words.findIndex((w) => HEAD_WORD.test(w));
  if (credential < 0) return words;
  for (let i = credential + 1; i < words.length - 1; i++) {
    if (PREPOSITION.has(words[i]!) && words.slice(i + 1).some((w) => /^[a-z]{2,}$/.test(w))) return words.slice(0, i);
  }
  return words;
}

/** An identifier's words and its head (see `headWords`): the one place a name is cut. */
export interface NameHead {
  words: string[];
  head: string[];
}

export function nameHead(identifier: string): NameHead {
  const words = identifierWords(identifier);
  return { words, head: headWords(words) };
}
