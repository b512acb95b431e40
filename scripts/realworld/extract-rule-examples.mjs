#!/usr/bin/env node
// Builds a labelled corpus under test/corpora from another scanner's rule *examples*: the
// strings its rules must (examples) and must not (negative_examples) match. Only those strings
// are read and written; the rules' patterns, names, descriptions and every other field stay in
// the source. The category of each example is a fact the source states about it (which rule
// it belongs to), turned into ours by the table below. See test/corpora/README.md.
//
//   node scripts/realworld/extract-rule-examples.mjs MIRROR CORPUS [--commit SHA] [--out DIR]
//
// MIRROR is a git repository (bare or not) of the source; CORPUS is one of SOURCES' keys.
// Writes test/corpora/CORPUS/{LICENSE,NOTICE,README.md,labels.json,files/} from scratch.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { listFiles, byCategory } from './corpora.mjs';
import { converterTarget, git, writeCorpus } from './converter.mjs';

const SOURCES = {
  'kingfisher-examples': {
    repo: 'mongodb/kingfisher',
    scanner: 'Kingfisher',
    rulesDir: 'data/rules',
    licence: 'Apache-2.0',
    // Kingfisher tags provider tokens `identifier` too (GitHub, GitLab, Mandrill): not a fact
    // about whether the match is a secret, so only the names decide.
    identifierTag: false,
  },
  'noseyparker-examples': {
    repo: 'praetorian-inc/noseyparker',
    scanner: 'Nosey Parker',
    rulesDir: 'crates/noseyparker/data/default/builtin/rules',
    licence: 'Apache-2.0',
    // Nosey Parker tags every rule `secret` or `identifier`: a rule tagged only `identifier`
    // finds something public (an access key id, an account id, a bucket).
    identifierTag: true,
    // Kingfisher began as a fork of Nosey Parker, and half of these examples are in its rules
    // too: left out here, so each is scored once and one corpus's tune files cannot hold the
    // other's holdout examples.
    notIn: ['kingfisher-examples'],
  },
};

// Source files whose rules are about credentials with no provider format of their own
// (passwords, URLs and connection strings with a password in them, command lines).
const GENERIC_FILES = new Set([
  'generic',
  'credentials',
  'uri',
  'netrc',
  'odbc',
  'psexec',
  'gradle',
  'ftp',
  'http',
  'securestring',
  'phpmailer',
  'vmware',
]);

// Rule names that say the match is a public identifier, not a credential usable alone.
const INFORMATIVE_NAME =
  /\b(?:client id|app(?:lication)? id|api id|product id|organi[sz]ation id|bot id|key id|account id|account identifier|account name|org name|user ?name|email|domain|host|instance url|search url|jfrog url|bucket|resource name|recipient|public key|public access token|private key id)\b/i;

/** Our category for one source rule, from facts the rule states (its name, tags, visibility). */
export function categoryOf(rule, fileBase, identifierTag) {
  const name = String(rule.name ?? '');
  const tags = Array.isArray(rule.categories) ? rule.categories : [];
  if (/password hash/i.test(name) || tags.includes('hashed')) return 'hash';
  // A rule for weak-looking words on their own (`password123`): a password-like literal with
  // no credential name, which careful reviewers could call either way.
  if (/^weak password/i.test(name)) return 'ambiguous';
  if (/base64-pem/i.test(name)) return 'encoded';
  if (INFORMATIVE_NAME.test(name) && !/password|secret|credential/i.test(name)) return 'informative';
  if (/private key\b/i.test(name) && !/api private key/i.test(name)) return 'private-key';
  if (/^age identity/i.test(name)) return 'private-key';
  if (identifierTag && tags.includes('identifier') && !tags.includes('secret')) return 'informative';
  // Kingfisher's hidden rules are the parts another rule depends on (ids, hosts, user names).
  if (rule.visible === false && !/token|secret|password|key/i.test(name)) return 'informative';
  if (GENERIC_FILES.has(fileBase) || tags.includes('generic')) return 'generic';
  if (fileBase === 'react' && /password/i.test(name)) return 'generic';
  return 'provider';
}

// When one example text belongs to rules of different categories, the label is the strongest.
const PRECEDENCE = ['private-key', 'encoded', 'hash', 'provider', 'generic', 'ambiguous', 'informative'];

/** Why an example cannot stand as a line of a file, or undefined when it can. */
export function skipReason(example) {
  if (typeof example !== 'string') return 'not a string';
  if (example.trim() === '') return 'empty';
  if (/\r|\0/.test(example)) return 'carriage return or NUL inside';
  // A pattern fragment rather than text: inline regex flags, or a character class with a count.
  // (Backslashes alone prove nothing: Windows paths and escaped strings are full of them.)
  if (/\(\?[imsx]+\)|\[[^\]\s]*\]\{\d+(?:,\d*)?\}/.test(example)) return 'a regex fragment';
  return undefined;
}

// Runs of token characters this long are taken as the credential itself when comparing with
// another corpus: the same key in a different line of code is still the same example.
const TOKEN_RUN = /[A-Za-z0-9_+/=-]{24,}/g;

/** The lines and long token runs of other corpora, to leave out examples they already hold. */
function priorMaterial(corporaDir, names) {
  const lines = new Set();
  const tokens = new Set();
  for (const name of names) {
    const dir = path.join(corporaDir, name, 'files');
    if (!existsSync(dir)) throw new Error(`${name} must be extracted first (${dir} is missing)`);
    for (const f of listFiles(dir)) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      for (const line of text.split('\n')) lines.add(line);
      for (const t of text.match(TOKEN_RUN) ?? []) tokens.add(t);
    }
  }
  return { names, lines, tokens };
}

/** Whether another corpus already holds this example: the same lines, or one of its tokens. */
function heldBefore(prior, text) {
  if (!prior) return false;
  if ((text.match(TOKEN_RUN) ?? []).some((t) => prior.tokens.has(t))) return true;
  return text.split('\n').every((line) => prior.lines.has(line));
}

function ruleFiles(mirror, commit, dir) {
  return git(mirror, ['ls-tree', '--name-only', `${commit}:${dir}`])
    .split('\n')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/** The examples of one rule file, grouped by text, each with its category and rule ids. */
function examplesOf(doc, fileBase, skipped, where, { identifierTag, prior }) {
  const positives = new Map();
  const negatives = new Map();
  for (const rule of doc?.rules ?? []) {
    const category = categoryOf(rule, fileBase, identifierTag);
    const take = (list, into, kind) => {
      for (const ex of Array.isArray(list) ? list : []) {
        const why = skipReason(ex);
        if (why) {
          skipped.push({ file: where, rule: rule.id, kind, why });
          continue;
        }
        const text = ex.replace(/\n+$/, '');
        if (heldBefore(prior, text)) {
          skipped.push({ file: where, rule: rule.id, kind, why: `already in ${prior.names.join(', ')}` });
          continue;
        }
        if (into.has(text))
          skipped.push({
            file: where,
            rule: rule.id,
            kind,
            why: 'same text as an earlier example of the file, written once',
          });
        const seen = into.get(text) ?? { categories: new Set(), rules: [] };
        seen.categories.add(category);
        seen.rules.push(rule.id);
        into.set(text, seen);
      }
    };
    take(rule.examples, positives, 'example');
    take(rule.negative_examples ?? rule.non_examples, negatives, 'negative example');
  }
  return { positives, negatives };
}

/** One text file, one example after another, and a label per example (its lines). */
function layOut(relPath, positives, fileBase) {
  const lines = [];
  const labels = [];
  for (const [text, seen] of positives) {
    const line = lines.length + 1;
    lines.push(...text.split('\n'));
    const category = PRECEDENCE.find((c) => seen.categories.has(c));
    const label = { path: relPath, line, category, provider: fileBase, sourceRule: seen.rules.join(' ') };
    if (lines.length > line) label.endLine = lines.length;
    labels.push(label);
  }
  return { text: `${lines.join('\n')}\n`, labels };
}

function extract(mirror, corpus, commit, out) {
  const source = SOURCES[corpus];
  const filesDir = path.join(out, 'files');
  rmSync(filesDir, { recursive: true, force: true });
  mkdirSync(path.join(filesDir, 'negative'), { recursive: true });
  const labels = [];
  const skipped = [];
  const prior = source.notIn && priorMaterial(path.dirname(out), source.notIn);
  const counts = { ruleFiles: 0, rules: 0, positives: 0, negatives: 0, negativeFiles: 0 };
  for (const file of ruleFiles(mirror, commit, source.rulesDir)) {
    const where = `${source.rulesDir}/${file}`;
    const doc = parse(git(mirror, ['show', `${commit}:${where}`]));
    const base = file.replace(/\.ya?ml$/, '');
    const { positives, negatives } = examplesOf(doc, base, skipped, where, {
      identifierTag: source.identifierTag,
      prior,
    });
    counts.ruleFiles++;
    counts.rules += doc?.rules?.length ?? 0;
    if (positives.size) {
      const laid = layOut(`${base}.txt`, positives, base);
      writeFileSync(path.join(filesDir, `${base}.txt`), laid.text);
      labels.push(...laid.labels);
      counts.positives += positives.size;
    }
    if (negatives.size) {
      writeFileSync(path.join(filesDir, 'negative', `${base}.txt`), `${[...negatives.keys()].join('\n')}\n`);
      counts.negatives += negatives.size;
      counts.negativeFiles++;
    }
  }
  return { source, labels, skipped, counts };
}

function copyLicence(mirror, commit, out) {
  const top = git(mirror, ['ls-tree', '--name-only', commit]).split('\n');
  const copied = [];
  for (const name of ['LICENSE', 'NOTICE']) {
    if (!top.includes(name)) continue;
    writeFileSync(path.join(out, name), git(mirror, ['show', `${commit}:${name}`]));
    copied.push(name);
  }
  return copied;
}

function skippedSummary(skipped) {
  const n = {};
  for (const s of skipped) n[`${s.kind}s: ${s.why}`] = (n[`${s.kind}s: ${s.why}`] ?? 0) + 1;
  return Object.entries(n).map(([why, k]) => `${k} ${why}`);
}

/** One paragraph or bullet re-wrapped to 96 columns (the template's own breaks vary). */
function wrapBlock(block) {
  const text = block.replace(/\s*\n\s*/g, ' ').trim();
  if (text.startsWith('#')) return text;
  const indent = text.startsWith('- ') ? '  ' : '';
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + word.length + 1 > 96) lines.push(indent + word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join('\n');
}

function wrap(markdown) {
  const paragraphs = markdown.trim().split(/\n\s*\n/);
  return `${paragraphs
    .map((p) =>
      p
        .split(/\n(?=- )/)
        .map(wrapBlock)
        .join('\n'),
    )
    .join('\n\n')}\n`;
}

function unusableNote(skipped) {
  const unusable = skipped.filter((s) => !/^(?:same text|already in)/.test(s.why));
  return unusable.length ? '' : ' No example was empty or a pattern fragment rather than text.';
}

function readme(corpus, { source, labels, skipped, counts }, commit, licenceFiles) {
  const skips = skippedSummary(skipped);
  return `# ${corpus} (positive corpus, labels converted, not complete)

The example strings of ${source.scanner}'s rules: for each rule, the \`examples\` it must match
and the \`negative_examples\` it must not: short snippets of code, config and command lines,
mostly with one provider token, password, connection string, private key or password hash
each, written by another scanner's authors for their own tests.

- Source: https://github.com/${source.repo} at commit \`${commit}\`, \`${source.rulesDir}/*.yml\`
- Licence: ${source.licence} (${licenceFiles.map((f) => `\`${f}\``).join(' and ')} beside this file).
- Taken: **only the example strings** (test data). The rules' patterns, names, descriptions,
  validation requests and every other field are not in this repository. Regenerate with
  \`node scripts/realworld/extract-rule-examples.mjs MIRROR ${corpus}\` (MIRROR: a clone of the
  source at that commit).
- Layout: one file per source rule file, \`files/NAME.txt\` for \`NAME.yml\`: the positive
  examples of all its rules, one after another, each on its own line (a multi-line example keeps
  its lines); an example shared by two rules of the file is written once.
  \`files/negative/NAME.txt\` holds the negative examples, unlabelled.
- Counts: ${counts.ruleFiles} rule files, ${counts.rules} rules; ${counts.positives} positive
  examples in ${labels.length} labels (${byCategory(labels)}); ${counts.negatives} negative
  examples in ${counts.negativeFiles} files.
- Left out or merged: ${skips.length ? skips.join('; ') : 'none'}.${unusableNote(skipped)}${
    source.notIn
      ? `\n  An example already in ${source.notIn.map((n) => `\`${n}\``).join(', ')} (the same lines, or a run of 24 or\n  more token characters in common) is left out, so it is scored once and no example is tune\n  in one corpus and holdout in the other.`
      : ''
  }
- Labels (\`labels.json\`): **converted** from the rule each example belongs to; one label per
  example (\`line\`..\`endLine\` for a multi-line one), \`provider\` is the source file's name and
  \`sourceRule\` the rule id(s). Category, from what the rule says it finds: a password hash →
  \`hash\`; a base64-wrapped PEM key → \`encoded\`; a private key (PEM, WireGuard, age identity)
  → \`private-key\`; a public identifier (client, app or account id, user name, e-mail, host,
  domain, bucket, public key or public token${
    source.identifierTag
      ? ', a rule the source tags `identifier` and not `secret`'
      : ", a rule the source hides as another rule's dependency"
  }) → \`informative\`; the files of
  credentials with no provider format (generic passwords and secrets, URLs, netrc, ODBC and
  connection strings, command lines, HTTP auth) → \`generic\`; a rule for weak-looking words
  on their own, with no credential name → \`ambiguous\`; everything else → \`provider\`.
  Where two rules of different categories share an example, the first of private-key, encoded,
  hash, provider, generic, ambiguous, informative wins.
- Not complete: an example may hold more than one credential (an id and its secret, a user
  name and password), and negative examples are only what one rule must not match, often a
  credential in another scanner's view; so a finding on an unlabelled line is not counted as a
  false positive. This corpus gives recall only.
`;
}

function main() {
  const [mirror, corpus, ...rest] = process.argv.slice(2);
  if (!mirror || !SOURCES[corpus]) {
    console.error(`usage: extract-rule-examples.mjs MIRROR (${Object.keys(SOURCES).join('|')}) [--commit SHA]`);
    process.exit(2);
  }
  const { commit, out } = converterTarget(mirror, rest, path.join('test/corpora', corpus));
  const result = extract(mirror, corpus, commit, out);
  const licenceFiles = copyLicence(mirror, commit, out);
  const doc = {
    source: result.source.repo,
    commit,
    labelling: "converted from the scanner's rule examples",
    complete: false,
  };
  writeCorpus(out, corpus, doc, result, wrap(readme(corpus, result, commit, licenceFiles)));
  for (const s of result.skipped) console.log(`skipped ${s.file} ${s.rule} ${s.kind}: ${s.why}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
