#!/usr/bin/env node
// Issue 11: provider rules that list the words of a key's name by hand joined them with `[_.-]?`
// (`ai21[_.-]?(?:api[_.-]?)?key`, or `[_-]?`, which misses `acme.api.key` too), so `AI21 API key: …`, `Ai21:ApiKey` (appsettings.json),
// `AI21__APIKEY` (.NET environment) and `$cfg['ai21']['key']` were missed. This replaces that
// joint with the shared one, `{{join}}` (src/engine/fragments.ts), in the name part of every rule
// that uses `{{assign}}`, and after a provider name that is a common word with `{{codeJoin}}`
// (no space: "box api key" is prose). Idempotent: run it again after merging rules written the
// old way; test/rules/join-fragment.test.ts fails while a rule not listed in JOINT_KEEP spells it.
//
//   node scripts/codemod-join.mjs [rules-dir]     (default: rules/); --check: change nothing,
//                                                 exit 1 if a file would change
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const JOINT = '[_.-]?';
/**
 * The hand-spelled joints the codemod replaces: `[_.-]?`, and `[_-]?`, which also misses the
 * `.` of `acme.api.key` (Java properties, Spring). A `[_-]` without `?` is part of a token or a
 * fixed name and stays.
 */
export const JOINTS = /\[_\.?-\]\?/g;
export const JOIN = '{{join}}';
export const CODE_JOIN = '{{codeJoin}}';

/**
 * Rules that keep the hand-spelled joint, and why. Their names are generic words, or the joint
 * sits where a wider one would change what the rule means.
 */
export const JOINT_KEEP = {
  'otp-secret-assignment': 'generic words ("otp key", "2fa secret", "two factor secret"), not a provider name',
  'wechat-app-secret': '"wx" and "mini program" are generic; the rule spells `wx[_.-]` as part of the name',
  'mongodb-atlas-private-key': '"atlas private key" is prose and "mcli" a command name; the value is a bare UUID',
};

/**
 * Rules whose provider name is a common word, and that word: the joint right after it becomes
 * `{{codeJoin}}` (no space), the others `{{join}}`.
 */
export const COMMON_WORD = {
  'box-api-token': 'box',
  'column-api-key': 'column',
  'column-test-api-key': 'column',
  'front-api-token': 'front',
  'float-api-key': 'float',
  'swell-secret-key': 'swell',
  'canny-api-key': 'canny',
  'delighted-api-key': 'delighted', // tokguard:allow (a rule id and its provider's name, not a secret)
  'audd-api-token': 'audd',
  'juro-api-key': 'juro',
  'eraser-api-token': 'eraser',
  'together-api-key': 'together', // tokguard:allow (a rule id and its provider's name, not a secret)
  'fal-api-key': 'fal',
  'exa-api-key': 'exa',
  'duo-api-secret-key': 'duo',
  'wiz-client-secret': 'wiz',
  'plaid-secret': 'plaid',
  'pusher-app-secret': 'pusher',
  'sentry-legacy-auth-token': 'sentry',
  'sanity-api-token': 'sanity',
  'gemini-exchange-api-secret': 'gemini',
  'stability-ai-api-key': 'stability', // tokguard:allow (a rule id and its provider's name, not a secret)
  'voyage-api-key': 'voyage',
  'cohere-api-key': 'cohere',
  'refiner-api-key': 'refiner',
  'hunter-api-key': 'hunter',
  'honeycomb-api-key': 'honeycomb', // tokguard:allow (a rule id and its provider's name, not a secret)
  'kraken-private-key': 'kraken',
  'groove-api-token': 'groove',
  'hive-com-api-key': 'hive',
};

/**
 * A joint between two plain words of the provider's own name (`urban[_.-]?airship`,
 * `captain[_.-]?data`) is not a name joint: the rule's keywords spell the name's joined forms,
 * and a space inside a name of common words ("fast forex", "request finance") is prose. It is
 * kept unless the word after it is a credential word or qualifier.
 */
const NAME_WORDS = new Set(
  'api key keys token tokens secret secrets access auth private client app application oauth master secondary project user admin write read site store rest id pat password pass pw skey cert certificate transaction reporter consumer remote dev developer personal integration ingest ingestion ingesting service source send team backend account org organization hec signing webhook'.split(
    ' ',
  ),
);

/** Whether the joint (`length` long) at `at` in `part` sits between two plain words of a provider's name. */
function insideName(part, at, length) {
  // `sports?[_-]?monks?`: a plural's optional `s` still ends a word of the name.
  const before = /([A-Za-z0-9]+)\??$/.exec(part.slice(0, at));
  const after = /^([A-Za-z]+)(.?)/.exec(part.slice(at + length));
  // A brand that ends in "API" (`flight[_-]?api{{qualifiers}}`, `fx[_-]?market(?:[_-]?api)?`):
  // its `api` ends the name, where the qualifier `api` is followed by a joint of its own.
  if (after?.[1].toLowerCase() === 'api' && ['', ')', '(', '{', '|'].includes(after[2])) return true;
  if (!before || !after) return false;
  return !NAME_WORDS.has(after[1].toLowerCase());
}

/** Whether the joint at `at` follows `word`, the rule's common-word name, through `)` or a group start. */
function afterWord(part, at, word) {
  const head = part.slice(0, at).replace(/(?:\)|\(\?[:=])+$/, '');
  return new RegExp(`(?<![A-Za-z0-9])${word}$`, 'i').test(head);
}

/** `pattern` (as written) with its name joints replaced; `id` picks a rule's kept or common word. */
export function rewritePattern(id, pattern) {
  if (id in JOINT_KEEP) return pattern;
  const end = pattern.lastIndexOf('{{assign}}');
  if (end < 0) return pattern;
  const part = pattern.slice(0, end);
  let out = '';
  let from = 0;
  for (const m of part.matchAll(JOINTS)) {
    const at = m.index;
    out += part.slice(from, at);
    from = at + m[0].length;
    if (insideName(part, at, m[0].length)) out += m[0];
    else out += COMMON_WORD[id] && afterWord(part, at, COMMON_WORD[id]) ? CODE_JOIN : JOIN;
  }
  out += part.slice(from);
  // A doubled joint is one joint; `{{qualifiers}}` starts with one.
  out = out
    .replaceAll(`${JOIN}${JOIN}`, JOIN)
    .replaceAll(`${CODE_JOIN}${CODE_JOIN}`, CODE_JOIN)
    .replaceAll(`${CODE_JOIN}${JOIN}`, CODE_JOIN)
    .replaceAll(`${JOIN}{{qualifiers}}`, '{{qualifiers}}');
  return out + pattern.slice(end);
}

/**
 * `text` (a rule file) with the name joints of its patterns replaced. Rule files hold one `- id:`
 * per rule before its `pattern:`, and a pattern on one line, single-quoted.
 */
export function rewrite(text) {
  let id;
  return text
    .split('\n')
    .map((line) => {
      const idLine = /^\s*-\s+id:\s*['"]?([\w.-]+)/.exec(line);
      if (idLine) id = idLine[1];
      const m = /^(\s*pattern:\s*')(.*)('\s*)$/.exec(line);
      if (!m || id === undefined) return line;
      return m[1] + rewritePattern(id, m[2]) + m[3];
    })
    .join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? path.resolve(dirArg) : fileURLToPath(new URL('../rules/', import.meta.url));
  const changed = [];
  for (const f of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = path.join(dir, f);
    const before = readFileSync(file, 'utf8');
    const after = rewrite(before);
    if (after !== before) {
      changed.push(f);
      if (!check) writeFileSync(file, after);
    }
  }
  console.log(
    `${check ? 'would change' : 'changed'} ${changed.length} file(s)${changed.length ? `: ${changed.join(' ')}` : ''}`,
  );
  if (check && changed.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
