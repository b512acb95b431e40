#!/usr/bin/env node
// Issue 11: replaces the assignment tail that provider "context" rules used to spell by hand
// between the provider's name and the token with the shared fragment `{{assign}}`
// (src/engine/fragments.ts), which accepts more of the literal forms code writes, and the
// connector they spelled between the provider's name and the credential word with `{{qualifiers}}`
// (`acme api key`, `ACME_ACCESS_TOKEN`). Idempotent: run it again after merging rules written the
// old way. test/rules/assign-fragment.test.ts fails while any built-in rule still spells either.
//
//   node scripts/codemod-assign.mjs [rules-dir]     (default: rules/); --check: change nothing,
//                                                   exit 1 if a file would change
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The assignment tails rules spelled by hand, quotes and spaces included. The old tail and its
 * copies written before `,` and `(` were added always become the fragment. The `narrow` ones have
 * no whitespace-only separation, no `,`, `(` or `>`: the fragment accepts those too, which is
 * noise when the name before it is a common word, so they stay in the rules NARROW_DENY lists
 * (with the reason) and become the fragment in every other rule, which the run lists for review.
 */
export const TAILS = [
  ...['(?:=>|:=|[:=,(])', '(?:=>|:=|[:=,])', '(?:=>|:=|[:=])'].map((core) => ({
    tail: `["']?(?:\\s*${core}\\s*|\\s+)["']?`,
    narrow: false,
  })),
  // The narrow ones again with their whitespace bounded (`\s{0,16}`), as the rules whose ReDoS
  // verdict the bound decided now spell them.
  // `(?:=>|[:=])` (no `:=`) and `[=:]` are spellings the first runs did not list, so the rules
  // that used them kept their narrow tail unreviewed (issue 11, prov-j).
  ...['\\s*', '\\s{0,16}'].flatMap((ws) => [
    { tail: `["']?${ws}(?:=>|:=|[:=])${ws}["']?`, narrow: true },
    { tail: `["']?${ws}(?:=>|[:=])${ws}["']?`, narrow: true },
    { tail: `["']?${ws}[:=]${ws}["']?`, narrow: true },
    { tail: `["']?${ws}[=:]${ws}["']?`, narrow: true },
  ]),
];
/** The tails no built-in rule may spell any more (test/rules/assign-fragment.test.ts). */
export const OLD_TAILS = TAILS.filter((t) => !t.narrow).map((t) => t.tail);
export const FRAGMENT = '{{assign}}';

/**
 * The name-to-word connectors rules spelled by hand: the a–l spelling (up to two qualifiers, a tab
 * or a space between the words), the m–z one (one qualifier, a space) and that one without
 * `private`. `{{qualifiers}}` accepts what all of them accept. The rules whose provider name is a
 * common word (column, float, front, canny, delighted, juro, audd) spell a narrower connector, with
 * no space between the words, that is not listed here: a space would let prose ("float access key")
 * through.
 */
export const CONNECTORS = [
  '[ \\t_.-]?(?:(?:api|access|auth|private|secret)[ \\t_.-]?){0,2}',
  '[ _.-]?(?:api[ _.-]?|access[ _.-]?|auth[ _.-]?|private[ _.-]?|secret[ _.-]?)?',
  '[ _.-]?(?:api[ _.-]?|access[ _.-]?|auth[ _.-]?|secret[ _.-]?)?',
];
export const QUALIFIERS = '{{qualifiers}}';

/**
 * Each tail as it is written in a rule file: in a single-quoted YAML scalar (the rule files' style)
 * a quote is doubled; in a plain or block scalar it is not. A class with its quote twice means
 * the same, so either spelling is the tail wherever it stands.
 */
const SPELLINGS = TAILS.map((t) => ({ ...t, spellings: [t.tail.replaceAll("'", "''"), t.tail] }));

// Reasons are prose, yet a rule id naming a secret before a quoted string reads as a credential
// to the generic rules: the lines that do are marked for the self-scan (test/cli/self-scan.test.ts).
/** Rules that keep the narrow tail, and why: their name part is generic, so wider forms are noise. */
export const NARROW_DENY = {
  'aws-secret-access-key': 'the provider is optional: the name can be a bare "secret key"', // tokguard:allow
  'bugsnag-api-key': 'the provider is optional: the name can be a bare "api key"',
  'datadog-api-key': 'the provider is optional: the name can be a bare "api key"',
  'datadog-app-key': 'the provider is optional: the name can be a bare "app key"',
  'pagerduty-integration-key': 'generic names ("routing key", "service key", "integration key")',
  'modal-token-secret': 'generic name ("token secret", as in OAuth 1)', // tokguard:allow
  'getstream-api-secret': '"stream secret" is a common word and name', // tokguard:allow
  'box-client-secret': '"box" is a common word and ends other names (dropbox_client_secret, sandbox)', // tokguard:allow
  'particle-access-token': '"particle" is a common word (particle systems)',
  'shortcut-api-token': '"shortcut" is a common word (keyboard shortcuts)',
  'wise-api-token': '"wise" is a common word and ends others (otherwise, likewise); the value is a bare UUID',
  'splunk-observability-token':
    '"sfx" is a common abbreviation (sound effects) and the 22-character value has no structure',
  'alibaba-access-key-secret': 'the name has no provider: a bare "access key secret"', // tokguard:allow
  'tencent-cloud-secret-key': 'the name has no provider: a bare "secret key"', // tokguard:allow
  'scaleway-secret-key': 'one alternative has no provider: a bare "secret key"', // tokguard:allow
  'aws-session-token-assignment': 'one alternative is the bare JSON member "SessionToken"',
  'fastly-api-token': 'the name needs no credential word: any fastly_ identifier before a 32-character run',
  'hex-pm-api-key': '"hex key" is a common phrase (a key written in hexadecimal)',
  'akamai-edgegrid-client-secret': 'the name has no provider: a bare "client secret"', // tokguard:allow
  'cloudflare-r2-secret-access-key': 'the name has no provider: a bare "secret access key"', // tokguard:allow
  'vault-approle-secret-id': 'the name has no provider: a bare "secret id"', // tokguard:allow
  'ovh-api-credentials': 'the provider is optional: a bare "application secret" or "consumer key"', // tokguard:allow
  'coveralls-repo-token': 'one alternative has no provider: a bare "repo token"',
  'vaultwarden-admin-token': 'the name has no provider: a bare "admin token"',
  'ansible-inventory-password': 'the value is free text: a space after the name would take prose',
  'hasura-admin-secret': 'the value is free text: a space after the name would take prose',
  'openstack-password': 'the value is free text: a space after the name would take prose',
  'pulumi-config-passphrase': 'the value is free text: a space after the name would take prose', // tokguard:allow
  'gradle-repository-password': 'the value is free text: a space after the name would take prose',
  'bundler-gem-source-credentials': 'the value is free text (user:password): a space after the name would take prose',
};

/**
 * `text` with the tails replaced by the fragment: the old ones anywhere, the narrow ones in the
 * pattern lines of rules not in NARROW_DENY; and the connectors replaced by theirs, anywhere. Rule files hold one `- id:` per rule before its
 * `pattern:`, so the last id seen names the rule.
 */
export function rewrite(text) {
  let id;
  return text
    .split('\n')
    .map((line) => {
      const idLine = /^\s*-\s+id:\s*['"]?([\w.-]+)/.exec(line);
      if (idLine) id = idLine[1];
      const widens = id !== undefined && !(id in NARROW_DENY) && /^\s*pattern:/.test(line);
      let out = line;
      for (const { spellings, narrow } of SPELLINGS) {
        if (!narrow || widens) for (const s of spellings) out = out.replaceAll(s, FRAGMENT);
      }
      // No quote in a connector: it is spelled the same in every kind of scalar.
      for (const c of CONNECTORS) out = out.replaceAll(c, QUALIFIERS);
      return out;
    })
    .join('\n');
}

/** Whether `pattern` (as loaded) still spells a narrow tail. */
export function spellsNarrowTail(pattern) {
  return TAILS.some((t) => t.narrow && pattern.includes(t.tail));
}

/** Whether `pattern` (as loaded) still spells a connector by hand. */
export function spellsConnector(pattern) {
  return CONNECTORS.some((c) => pattern.includes(c));
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? path.resolve(dirArg) : fileURLToPath(new URL('../rules/', import.meta.url));
  let changed = 0;
  const leftover = [];
  const widened = [];
  for (const f of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = path.join(dir, f);
    const before = readFileSync(file, 'utf8');
    const after = rewrite(before);
    if (after !== before) {
      changed++;
      if (!check) writeFileSync(file, after);
    }
    const widens = (rule) =>
      typeof rule?.pattern === 'string' && spellsNarrowTail(rule.pattern) && !(rule.id in NARROW_DENY);
    for (const rule of parse(before)?.rules ?? []) if (widens(rule)) widened.push(`${f}: ${rule.id}`);
    // A tail the text replacement could not see (a double-quoted scalar, a variant): listed for
    // a hand edit rather than guessed at.
    for (const rule of parse(after)?.rules ?? []) {
      if (typeof rule?.pattern !== 'string') continue;
      if (OLD_TAILS.some((t) => rule.pattern.includes(t)) || widens(rule) || spellsConnector(rule.pattern))
        leftover.push(`${f}: ${rule.id}`);
    }
  }
  console.log(`${check ? 'would change' : 'changed'} ${changed} file(s)`);
  if (widened.length) {
    console.log(
      `${check ? 'would widen' : 'widened'} a narrow tail to ${FRAGMENT} in (review the name part: a common word goes in NARROW_DENY with the reason):\n  ${widened.join('\n  ')}`,
    );
  }
  if (leftover.length) {
    console.log(
      `still spelling an assignment tail or a connector by hand (edit to use ${FRAGMENT}, ${QUALIFIERS}):\n  ${leftover.join('\n  ')}`,
    );
  }
  if ((check && changed) || leftover.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
