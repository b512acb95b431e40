#!/usr/bin/env node
// Issue 11: replaces the assignment tail that provider "context" rules used to spell by hand
// between the provider's name and the token with the shared fragment `{{assign}}`
// (src/engine/fragments.ts), which accepts more of the literal forms code writes. Idempotent: run
// it again after merging rules written the old way. test/rules/assign-fragment.test.ts fails while
// any built-in rule still spells the old tail.
//
//   node scripts/codemod-assign.mjs [rules-dir]     (default: rules/); --check: change nothing,
//                                                   exit 1 if a file would change
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The old tail and its narrower copies (written before `,` and `(` were added), quotes and
 * spaces included: a pattern holding one still spells an assignment by hand. (A tail without the
 * whitespace-only branch is another matter: see NARROW_TAILS.)
 */
export const OLD_TAILS = ['(?:=>|:=|[:=,(])', '(?:=>|:=|[:=,])', '(?:=>|:=|[:=])'].map(
  (core) => `["']?(?:\\s*${core}\\s*|\\s+)["']?`,
);
export const FRAGMENT = '{{assign}}';

/**
 * The tail as it is written in a rule file: in a single-quoted YAML scalar (the rule files' style)
 * a quote is doubled; in a plain or block scalar it is not. A class with its quote twice means
 * the same, so either spelling is the tail wherever it stands.
 */
const SPELLINGS = OLD_TAILS.flatMap((t) => [t.replaceAll("'", "''"), t]);

/**
 * Narrower tails older rules spelled by hand: no whitespace-only separation, no `,`, `(` or `>`.
 * The fragment accepts those too, which is noise when the name before it is a common word, so
 * these are replaced only in the rules listed in NARROW_ALLOW; NARROW_DENY keeps the others
 * (with the reason), and a rule in neither list is reported for review.
 */
export const NARROW_TAILS = [`["']?\\s*(?:=>|:=|[:=])\\s*["']?`, `["']?\\s*[:=]\\s*["']?`];

/** Rules whose name part is a provider's own credential name: the wider forms add no noise. */
export const NARROW_ALLOW = new Set(
  (
    'ably-api-key ai21-api-key airbrake-project-key airtable-api-key-legacy aiven-token algolia-admin-api-key ' +
    'alpaca-secret-key assemblyai-api-key auth0-client-secret authorize-net-transaction-key azure-openai-api-key ' +
    'betterstack-source-token bigcommerce-access-token binance-api-secret bitfinex-api-secret bybit-api-secret ' +
    'cerebras-api-key chargebee-api-key checkly-api-key clarifai-personal-access-token ' +
    'clickhouse-cloud-api-secret cohere-api-key coinbase-api-secret contentful-delivery-token coralogix-api-key ' +
    'crowdin-personal-access-token alibaba-dashscope-api-key deepgram-api-key docusign-secret-key ' +
    'elastic-api-key etherscan-api-key exa-api-key facebook-app-secret fal-api-key freshdesk-api-key ' +
    'gemini-exchange-api-secret github-oauth-client-secret honeybadger-api-key honeycomb-api-key influxdb-token ' +
    'infura-api-key-secret jotform-api-key kraken-private-key kucoin-api-secret loggly-customer-token ' +
    'logzio-token lokalise-api-token mailsac-api-key mandrill-api-key messagebird-api-key mezmo-ingestion-key ' +
    'mistral-api-key mongodb-atlas-private-key moonshot-api-key nvidia-ngc-api-key okta-api-token ' +
    'okx-api-secret onesignal-api-key-legacy opsgenie-api-key pagerduty-api-key papertrail-api-token ' +
    'paypal-client-secret pinecone-api-key-legacy pipedrive-api-token plaid-secret plex-token plivo-auth-token ' +
    'postmark-api-token pusher-app-secret qdrant-api-key razorpay-key-secret recurly-api-key redis-cloud-api-key ' +
    'rollbar-access-token runpod-api-key sanity-api-token sendbird-api-token sentry-legacy-auth-token ' +
    'serpapi-api-key siliconflow-api-key smartsheet-access-token splunk-hec-token stability-ai-api-key ' +
    'statuspage-api-key strapi-api-token sumologic-access-key telnyx-api-key thirdweb-secret-key ' +
    'todoist-api-token together-api-key turso-auth-token twilio-auth-token twilio-api-key-secret ' +
    'twitch-api-token twitter-api-secret vonage-api-secret voyage-api-key wandb-api-key weaviate-api-key ' +
    'webflow-api-token zendesk-api-token zoom-client-secret'
  ).split(' '),
);

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
};

/** `text` with every spelling of the old tail replaced by the fragment. */
export function rewrite(text) {
  let out = text;
  for (const s of SPELLINGS) out = out.replaceAll(s, FRAGMENT);
  return rewriteNarrow(out);
}

/** Both YAML spellings of each narrow tail, longest first. */
const NARROW_SPELLINGS = NARROW_TAILS.flatMap((t) => [t.replaceAll("'", "''"), t]);

/**
 * `text` with the narrow tails replaced in the pattern lines of the rules in NARROW_ALLOW. Rule
 * files hold one `- id:` per rule before its `pattern:`, so the last id seen names the rule.
 */
export function rewriteNarrow(text) {
  let id;
  return text
    .split('\n')
    .map((line) => {
      const idLine = /^\s*-\s+id:\s*['"]?([\w.-]+)/.exec(line);
      if (idLine) id = idLine[1];
      if (!NARROW_ALLOW.has(id) || !/^\s*pattern:/.test(line)) return line;
      let out = line;
      for (const s of NARROW_SPELLINGS) out = out.replaceAll(s, FRAGMENT);
      return out;
    })
    .join('\n');
}

/** Whether `pattern` (as loaded) still spells a narrow tail. */
export function spellsNarrowTail(pattern) {
  return NARROW_TAILS.some((t) => pattern.includes(t));
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? path.resolve(dirArg) : fileURLToPath(new URL('../rules/', import.meta.url));
  let changed = 0;
  const leftover = [];
  const unreviewed = [];
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
    // A tail the text replacement could not see (a double-quoted scalar, a variant): listed for
    // a hand edit rather than guessed at.
    for (const rule of parse(after)?.rules ?? []) {
      if (typeof rule?.pattern !== 'string') continue;
      if (OLD_TAILS.some((t) => rule.pattern.includes(t))) leftover.push(`${f}: ${rule.id}`);
      else if (spellsNarrowTail(rule.pattern) && !(rule.id in NARROW_DENY)) unreviewed.push(`${f}: ${rule.id}`);
    }
  }
  console.log(`${check ? 'would change' : 'changed'} ${changed} file(s)`);
  if (leftover.length) {
    console.log(`still spelling an assignment tail by hand (edit to use ${FRAGMENT}):\n  ${leftover.join('\n  ')}`);
  }
  if (unreviewed.length) {
    console.log(
      `spelling a narrow tail, in neither NARROW_ALLOW nor NARROW_DENY (review the name part):\n  ${unreviewed.join('\n  ')}`,
    );
  }
  if ((check && changed) || leftover.length || unreviewed.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
