/**
 * Named pieces of regex that a rule pattern references as `{{name}}` (built-in rules and a
 * config's rules alike), expanded before anything compiles or analyses the pattern. A provider
 * rule whose token has no prefix of its own needs the provider's name right before the token,
 * and every such rule needs the same "name, then an assignment, then the value" tail and the same
 * joint between the provider's name and the credential word: spelled once here they accept the
 * same literal forms in every rule, and a form added here reaches all of them.
 *
 * Every repetition is bounded, so `patternReach` can bound how far a rule reaches from its
 * keyword (windowed scanning), and only `acronymNames`, `secretName` and `secretNameSpaced` use
 * look-arounds (they read the letters around the name), so a user's rule that uses the others
 * still runs on the linear-time engine.
 */

/** Whitespace between the name, the operator and the value: bounded, so the reach stays finite. */
const GAP = '\\s{0,16}';

/**
 * What closes the name: a quote, possibly escaped (a JSON document inside a string, once or twice), and the `]`
 * of an array key (`$config['name'] =`, `os.environ["NAME"] =`).
 */
const NAME_CLOSE = '(?:\\\\{0,3}["\'`])?\\]?';

/**
 * The operators between a name and its value: `=>` (PHP, Ruby), `->`, `<-` (R), `:=` (Go,
 * Makefile), `::=`, `?=` and `+=` (Makefile), `=`, `==`, `===` (a comparison with the literal),
 * `:` (YAML, JSON, keyword arguments), `,` (function arguments, tuples), `(` (a call) and `>`
 * (an XML element: `<name>value`, `<string name="name">value`).
 */
const OPERATOR = '(?:=>|->|<-|::?=|[?+]=|={1,3}|[:,(>])';

/** A type annotation before `=` (Kotlin, Swift, TypeScript, Scala: `val name: String = "…"`). */
const TYPED = ':\\s{0,4}[A-Za-z][\\w.?]{0,24}\\s{0,4}=';

/** An XML attribute pair: `<add key="name" value="…"/>` (.NET appSettings). */
const VALUE_ATTRIBUTE = '[Vv]alue\\s{0,4}=';

/**
 * An operator, or at least one whitespace character (`NAME value`, `ENV NAME value`), then the
 * gap before the value. One trailing gap for both keeps the regex small for the ReDoS analyser.
 */
const SEPARATOR = `(?:${GAP}(?:${OPERATOR}|${TYPED})|\\s(?:${VALUE_ATTRIBUTE})?)${GAP}`;

/**
 * What opens the value's literal: a quote (one to three: Python and Kotlin triple quotes, a
 * Markdown or Go backtick), possibly escaped, after a language's prefix: Objective-C `@"`, C#
 * `@"`, `$"`, `$@"`, Python `r"`, `b"`, `f"`, `u"`, `rb"`, C++ `u8"`, `L"`; or a C++ raw string
 * `R"(` / `R"delim(`, whose delimiter is at most 16 characters.
 */
const VALUE_OPEN = `(?:(?:[@$]{1,2}|[rRbBfFuU]{1,2}|u8|L)?\\\\{0,3}["'\`]{1,3}|R"[^\\s()\\\\"]{0,16}\\()?`;

/**
 * What joins the words of a credential's name: `acme_api_key`, `ACME-KEY`, `acme.key`, `Acme API key`,
 * and the joints of hierarchical config keys: .NET's `Acme:ApiKey` (appsettings.json) and
 * `Acme__ApiKey` (its environment variables), and a nested array or hash (`$cfg['acme']['key']`,
 * `acme[:api_key]`, `acme['token']`), whose closing quote and `]` the assignment fragment takes.
 * One separator at most: two spaces, a line break or a word between are prose, not a name.
 */
const WORD_JOIN = `(?:["']?\\]\\[["']?|\\[[:"']?|__|[ \\t_.:-])?`;

/**
 * WORD_JOIN without the space and tab: for a provider whose name is a common word (`box`,
 * `column`, `front`), where "box api key" and "front access token" are prose, while `Box:ApiKey`,
 * `BOX__API_KEY` and `box['api_key']` are still names.
 */
const CODE_JOIN = `(?:["']?\\]\\[["']?|\\[[:"']?|__|[_.:-])?`;

/**
 * The words that qualify a credential word without naming the provider. `access`, `private` and
 * `secret` are credential words too (`ACME_ACCESS=…`, `acme secret: …`), so a rule's word list
 * may end in them as well.
 */
const QUALIFIER = '(?:api|access|auth|private|secret)';

/**
 * A credential word after an acronym, spelled as code spells it (`APIKey`, `kAPIKey`,
 * `GoogleAPIKey`, `API_Key`; `APIToken`, `kAPIToken`): the Pascal-case word lists of the generic
 * name patterns take a word only after a lower-case letter or none (`(?<![A-Z])`), which an
 * acronym's last letter is not. `Token` is taken from its first letter, after `API`, so the name
 * that matches is the same as for `apiToken`.
 */
const ACRONYM_NAMES = '(?:(?<![A-Z])API[_-]?Key|(?<=API)Token)';

/**
 * A credential word glued to the word before it, with no separator (`dbpass`, `USERPASS`,
 * `adminpass`; `apitoken`, `NONCOMPLIANT_APITOKEN`, `authtoken`): config keys and shell
 * variables written as one word. Taken from the credential word on, after the glued word
 * (as ACRONYM_NAMES takes `Token` after `API`), so a rule's keyword (`pass`, `token`) still
 * starts the match and the validator reads the whole identifier back (`fullName`). The glued
 * words before `pass` are the ones the name vocabulary reads as a password's (PASS_WORD in
 * src/engine/evidence/name-vocabulary.ts), so `bypass`, `compass`, `surpass` stay words; the
 * word after may not go on in the same case (`passage`, `tokenizer` are other words).
 */
const PASS_GLUE = 'db|user|admin|root|my|irc|ftp|smtp|mail|app|svc|sys|sql|redis|ldap';
const TOKEN_GLUE = 'api|auth|access';
const GLUED_NAMES =
  `(?<=(?:^|[^A-Za-z])(?:${PASS_GLUE}))pass(?![a-z])` +
  `|(?<=(?:^|[^A-Za-z])(?:${PASS_GLUE.toUpperCase()}))PASS(?![A-Z])` +
  `|(?<=(?:^|[^A-Za-z])(?:${TOKEN_GLUE}))token(?![a-z])` +
  `|(?<=(?:^|[^A-Za-z])(?:${TOKEN_GLUE.toUpperCase()}))TOKEN(?![A-Z])`;

/**
 * The credential names of the generic rules (`generic*.yaml`): the password words anywhere in an
 * identifier (`dbPassword`, `ADMIN_PWD`), the short words (`pass`, `pw`, `token`) and the
 * two-word names (`api_key`, `clientSecret`, `AUTH_TOKEN`) where a word starts, in each casing,
 * a `_key`/`_salt` suffix, the acronym forms and the glued forms. `api_key`'s joint is `[_-]`,
 * or also a space in the rules that read prose-like keys (`API key: …`): `secretNameSpaced`.
 */
function credentialNames(apiJoint: string): string {
  return (
    '(?:(?:passw(?:or)?d|passphrase|secret|Passw(?:or)?d|Passphrase|Secret|PASSW(?:OR)?D|PASSPHRASE|SECRET|pwd|Pwd|PWD)' +
    `|(?<![A-Za-z])(?:pass|pw|token|api${apiJoint}?key|apiKey|access${apiJoint}?key|accessKey|private_key|privateKey|client_secret|clientSecret|auth_token|authToken|auth_key|authKey|credentials?)` +
    `|(?<![A-Z])(?:Pass(?![a-z])|Pw(?![a-z])|Token|Api${apiJoint}?Key|Apikey|Access${apiJoint}?Key|PrivateKey|ClientSecret|AuthToken|AuthKey|Credentials?)` +
    `|(?<![A-Z])(?:PASS|PW|TOKEN|API${apiJoint}?KEY|ACCESS${apiJoint}?KEY|PRIVATE_KEY|CLIENT_SECRET|AUTH_TOKEN|AUTH_KEY|CREDENTIALS?)` +
    `|_(?:KEY|SALT|key|salt)(?![a-z])|${ACRONYM_NAMES}|${GLUED_NAMES})`
  );
}

/** The fragments a pattern may reference, by name. */
export const PATTERN_FRAGMENTS: Readonly<Record<string, string>> = {
  /** Between a credential's name and its value: `name = "…"`, `"name": "…"`, `name <- '…'`, … */
  assign: `(?:${NAME_CLOSE}${SEPARATOR}${VALUE_OPEN})`,
  /**
   * Between a provider's name and the credential word: a separator and up to two qualifiers
   * (`acme_key`, `ACME_API_KEY`, `acme api key`, `AcmeApiKey`, `ACME_PRIVATE_API_KEY`). Two at
   * most, so the reach stays bounded and a run of qualifiers cannot be matched many ways.
   */
  qualifiers: `${WORD_JOIN}(?:${QUALIFIER}${WORD_JOIN}){0,2}`,
  /**
   * Between two words of a credential's name where a rule lists its own words
   * (`acme{{join}}(?:app{{join}})?key`): the joint of `{{qualifiers}}` alone (see WORD_JOIN).
   */
  join: WORD_JOIN,
  /** The same joint without a space or tab, after a provider name that is a common word. */
  codeJoin: CODE_JOIN,
  /** In a generic credential-name alternation: `APIKey`, `kAPIToken` (see ACRONYM_NAMES). */
  acronymNames: ACRONYM_NAMES,
  /** A generic rule's credential name (see credentialNames): `password`, `dbpass`, `API_KEY`, … */
  secretName: credentialNames('[_-]'),
  /** The same, where `api key` and `access key` may be written with a space. */
  secretNameSpaced: credentialNames('[ _-]'),
};

/** A `{{name}}` reference; what is inside the braces is checked against PATTERN_FRAGMENTS. */
const REFERENCE = /\{\{([^{}]*)\}\}/g;

export class UnknownFragmentError extends Error {
  constructor(readonly fragment: string) {
    super(
      `unknown pattern fragment {{${fragment}}} (known: ${Object.keys(PATTERN_FRAGMENTS)
        .map((n) => `{{${n}}}`)
        .join(', ')})`,
    );
  }
}

/** Whether `pattern` references any fragment. */
export function hasFragments(pattern: string): boolean {
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(pattern);
}

/** `pattern` with each `{{name}}` replaced by its fragment; throws UnknownFragmentError. */
export function expandFragments(pattern: string): string {
  return pattern.replace(REFERENCE, (_, name: string) => {
    const fragment = Object.prototype.hasOwnProperty.call(PATTERN_FRAGMENTS, name)
      ? PATTERN_FRAGMENTS[name]
      : undefined;
    if (fragment === undefined) throw new UnknownFragmentError(name);
    return fragment;
  });
}
