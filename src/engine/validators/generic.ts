import type { ValidatorContext } from './index.js';

/**
 * Evidence checks for generic detectors (`password = "..."` and friends). A generic rule has
 * only a variable name and a value to go on, so the value must look like a credential and the
 * name must not be one of the many names that contain "token" or "key" without holding one.
 * Precision first: when in doubt, this says no.
 */

// Names that contain a secret-ish word but describe something else about it.
const NAME_DENY =
  /(?:type|name|names|label|placeholder|field|input|prompt|hint|path|file|dir|url|uri|endpoint|host|header|prefix|suffix|regex|pattern|length|len|size|count|max|min|expires?|expiry|expiration|ttl|timeout|policy|format|mode|kind|env|var|param|params|required|enabled|enable|disabled|hash|hashed|digest|sha\d*|md5|version|template|storage|cookie|location|id|ids|index|idx|key_?id|field_?name|class|style|color|icon|image|text|message|msg|error|err|desc|description|title|attr|attribute|column|col|schema|spec|ref|reference|manager|provider|service|client|store|handler|factory|helper|util|utils|strategy|validator|regexp?|re|rule|rules|list|map|set|dict|table|query|length|limit|mask|masked|visible|show|hide|hidden|reset|confirm|confirmation|match|matches|policy|strength|rotation|changed|updated|created|at|date|time|timestamp|tokenizer|tokenize|tokenized|tokens|izer|ization|ized|counter|usage|budget|used|last_?used|last_?changed|age)$/i;

const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGRITY = /^(?:sha(?:1|256|384|512)-|[a-z0-9]+:)[A-Za-z0-9+/=]+$/;
// Words joined the way code joins them (snake, kebab, CONSTANT, camel, Pascal), with at most
// trailing digits: `user_token`, `API_KEY_2`, `getAuthToken`. Random strings interleave digits.
const IDENTIFIER =
  /^(?:[a-z]+(?:[_-][a-z]+)*|[A-Z]+(?:_[A-Z]+)*|[a-z]+(?:[A-Z][a-z]+)+(?:[A-Z]+)?|(?:[A-Z][a-z]+)+(?:[A-Z]+)?)\d*$/;
// A value that spells out what it is ("mysecretpassword", "s00pers3cret") is an example.
const SELF_DESCRIBING = /secret|passw|token|apikey|api_key|private/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const DOTTED = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\]|\(\))+$/;
const FILE_OR_URL =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|json|ya?ml|txt|crt|cer|p12|pfx|env|properties|conf|cfg|ini|xml|toml)$/i;
const NUMBERISH = /^[\d.,:_ -]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const CODE = /[(){}[\];]|=>|\$\{|\s/;

function classes(v: string): number {
  return (
    (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0)
  );
}

export function genericSecretValue(value: string): boolean {
  if (value.length < 8 || value.length > 200) return false;
  if (HEX_HASH.test(value) || UUID.test(value) || INTEGRITY.test(value)) return false;
  // Punctuation around a word does not make it a secret: "?NonExpression", "#ffffff", "--flag".
  const core = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (IDENTIFIER.test(core) || DOTTED.test(value) || FILE_OR_URL.test(value)) return false;
  if (NUMBERISH.test(value) || DATE.test(value) || VERSION.test(value) || EMAIL.test(value) || CODE.test(value))
    return false;
  if (SELF_DESCRIBING.test(value.toLowerCase().replace(/[013457@$]/g, (c) => LEET[c]!))) return false;
  // A credential mixes character classes; "correcthorse" style passphrases are given up for
  // precision, and so are values that are only letters.
  if (classes(value) < 2 || !/[\d\W_]/.test(value)) return false;
  return true;
}

export function genericSecretName(name: string | undefined): boolean {
  if (!name) return true;
  const trimmed = name.replace(/["'\s]+$/g, '');
  return !NAME_DENY.test(trimmed.replace(/[-_.]+$/, ''));
}

export function genericAssignment(secret: string, context?: ValidatorContext): boolean {
  if (!genericSecretName(context?.groups?.name)) return false;
  const value = secret;
  if (context?.groups?.name && value.toLowerCase().includes(context.groups.name.toLowerCase())) return false;
  return genericSecretValue(value);
}
