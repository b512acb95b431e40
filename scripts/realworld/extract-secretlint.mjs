#!/usr/bin/env node
// Builds test/corpora/secretlint from secretlint's per-rule test snapshots: each case's input
// file, and a label for every range its expected output (output.json) reports. Only the inputs
// (test data) and the facts output.json states about them (which lines, which message) are
// used; no rule, pattern or other code of secretlint is read or written. See
// test/corpora/README.md.
//
//   node scripts/realworld/extract-secretlint.mjs MIRROR [--commit SHA] [--out DIR]
//
// MIRROR is a git repository (bare or not) of secretlint/secretlint. Writes
// test/corpora/secretlint/{LICENSE,README.md,labels.json,files/} from scratch.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCategory } from './corpora.mjs';
import { converterTarget, git, writeCorpus } from './converter.mjs';

const PACKAGES = 'packages/@secretlint';
const RULE_PACKAGE = /^secretlint-rule-(.+)$/;

// Rule packages whose snapshots are not about finding credentials in text, with the reason the
// README gives. The presets only repeat the rule packages' snapshots.
export const LEFT_OUT = {
  'preset-recommend': 'copies of the rule packages’ cases',
  'preset-canary': 'copies of the rule packages’ cases',
  'filter-comments': 'tests `secretlint-disable` comments',
  example: 'the template rule, reporting `SECRET` in `THIS IS SECRET.`',
  pattern: 'reports what each case’s own configuration asks for (a file-name glob alone reports `secret content`)',
  'no-homedir': 'reports home-directory paths',
  'no-dotenv': 'reports a `.env` file for its name (it holds `FOO=foo`)',
};

// Messages about something public (an account, tenant or client id, an access key id that is
// not usable without its secret): `informative`, neither a hit nor a miss.
const INFORMATIVE = new Set(['AWSAccessKeyID', 'AWSAccountID', 'AzureTenantId', 'AzureClientId']);

/** Our category for one reported message, from its rule package and message id. */
export function categoryOf(rule, messageId) {
  if (INFORMATIVE.has(messageId)) return 'informative';
  // PEM keys, a secp256k1 key in hex, a GCP service account's key (JSON or PKCS#12).
  if (rule === 'privatekey' || rule === 'secp256k1-privatekey') return 'private-key';
  if (rule === 'gcp' && /^PrivateKey/.test(messageId)) return 'private-key';
  // Credentials with no provider format: user:password in a URL, database connection strings.
  if (rule === 'basicauth' || rule === 'database-connection-string') return 'generic';
  return 'provider';
}

/**
 * The lines a message covers, 1-based. secretlint's loc end is exclusive in its column, so an
 * end at column 0 of a later line stops at the line before (`FOO=foo\n` is 1:0–2:0).
 */
export function linesOf(loc) {
  const line = loc.start.line;
  let endLine = loc.end.line;
  if (endLine > line && loc.end.column === 0) endLine--;
  return endLine > line ? { line, endLine } : { line };
}

/** Labels for one case: a label per reported range, one per (lines) with the message ids joined. */
export function labelsOf(rule, relPath, messages) {
  const byLines = new Map();
  for (const m of messages) {
    const lines = linesOf(m.loc);
    const key = `${lines.line}-${lines.endLine ?? lines.line}`;
    const category = categoryOf(rule, m.messageId);
    const seen = byLines.get(key);
    if (!seen) {
      byLines.set(key, { path: relPath, ...lines, category, provider: rule, sourceRule: m.messageId });
      continue;
    }
    if (!seen.sourceRule.split(' ').includes(m.messageId)) seen.sourceRule += ` ${m.messageId}`;
    if (seen.category === 'informative') seen.category = category;
  }
  return [...byLines.values()].sort((a, b) => a.line - b.line);
}

/** Every case of every package: its folder and the expected output it holds. */
function cases(mirror, commit) {
  const outputs = git(mirror, ['ls-tree', '-r', '-z', '--name-only', commit, PACKAGES])
    .split('\0')
    .filter((f) => /\/test\/snapshots\/.+\/output\.json$/.test(f))
    .sort();
  return outputs.map((file) => {
    // The presets nest a folder per rule (`snapshots/<rule>/<case>/`); rule packages do not.
    const [, pkg, caseName] = file.match(/^packages\/@secretlint\/([^/]+)\/test\/snapshots\/(.+)\/output\.json$/);
    return { pkg, caseName, dir: path.posix.dirname(file), outputFile: file };
  });
}

/** The input a case's output.json was made from: its `filePath`, under the snapshot folder. */
function inputOf(output, c) {
  const rel = String(output.filePath ?? '').replace(/^\[SNAPSHOT\]\//, '');
  if (!rel.startsWith(`${c.caseName}/`)) throw new Error(`${c.outputFile}: unexpected filePath ${output.filePath}`);
  return rel.slice(c.caseName.length + 1);
}

function extract(mirror, commit, out) {
  const filesDir = path.join(out, 'files');
  rmSync(filesDir, { recursive: true, force: true });
  const labels = [];
  const counts = { packages: new Set(), cases: 0, reporting: 0, negative: 0, binary: 0 };
  const leftOut = {};
  for (const c of cases(mirror, commit)) {
    const rule = c.pkg.match(RULE_PACKAGE)?.[1];
    if (!rule) continue; // config-loader, formatter, source-creator: not rules
    if (LEFT_OUT[rule]) {
      leftOut[rule] = (leftOut[rule] ?? 0) + 1;
      continue;
    }
    if (c.caseName.includes('/')) throw new Error(`${c.outputFile}: a case nested in a rule package`);
    const output = JSON.parse(git(mirror, ['show', `${commit}:${c.outputFile}`]));
    const input = inputOf(output, c);
    const relPath = `${rule}/${c.caseName}/${input}`;
    const bytes = git(mirror, ['show', `${commit}:${c.dir}/${input}`], 'buffer');
    mkdirSync(path.dirname(path.join(filesDir, relPath)), { recursive: true });
    writeFileSync(path.join(filesDir, relPath), bytes);
    const messages = output.messages ?? [];
    labels.push(...labelsOf(rule, relPath, messages));
    counts.packages.add(rule);
    counts.cases++;
    if (messages.length) counts.reporting++;
    else counts.negative++;
    if (output.sourceContentType === 'binary') counts.binary++;
  }
  return { labels, counts: { ...counts, packages: counts.packages.size }, leftOut };
}

function readme({ labels, counts, leftOut }, commit) {
  const left = Object.entries(LEFT_OUT)
    .map(([rule, why]) => `  - \`secretlint-rule-${rule}\` (${leftOut[rule] ?? 0} cases): ${why};`)
    .join('\n');
  return `# secretlint (positive corpus, labels converted, not complete)

The test snapshots of secretlint's rule packages: for each case, a small input file (a line or
a few of config, code, markdown, JSON, a PEM key, a PKCS#12 key store, a \`.npmrc\`, a
\`package.json\`) and the messages the rule must report on it. Nobody on this project had scanned
or tuned on it before it was added; its first figures are in \`docs/accuracy.md\`.

- Source: https://github.com/secretlint/secretlint at commit
  \`${commit}\`, \`packages/@secretlint/secretlint-rule-*/test/snapshots/<case>/\`
- Licence: MIT (\`LICENSE\` beside this file).
- Taken: each case's input file, the one its \`output.json\` names in \`filePath\` (mostly
  \`input\`, \`input.txt\` or \`input.json\`; the name is kept, as a scanner may read \`.npmrc\` or
  \`package.json\` for what it is), as \`files/<rule>/<case>/<name>\`, bytes unchanged (${counts.binary}
  binary PKCS#12 files among them). Not taken: the cases' configuration files and every rule's
  code. Regenerate with \`node scripts/realworld/extract-secretlint.mjs MIRROR\` (MIRROR: a clone
  of the source at that commit).
- Left out, as not about finding credentials in text:
${left}
  and the packages that are not rules (config-loader, formatter, source-creator) and the CLI
  package's snapshots (\`THIS IS SECRET DATA!!\` and file-handling cases, no leak samples).
- Counts: ${counts.packages} rule packages, ${counts.cases} cases: ${counts.reporting} with messages,
  ${counts.negative} with none; ${labels.length} labels (${byCategory(labels)}).
- Labels (\`labels.json\`): **converted** from each case's \`output.json\`: one label per reported
  range (\`loc\`; \`line\`..\`endLine\` when it spans lines, an end at column 0 stopping at the line
  before), \`provider\` is the rule package, \`sourceRule\` the message id. Category, from the rule
  and message: a private key (PEM, secp256k1 hex, a GCP service account's key in JSON or
  PKCS#12) → \`private-key\`; a user and password in a URL or a database connection string →
  \`generic\`; an AWS access key id or account id, an Azure tenant or client id →
  \`informative\`; every other message (provider tokens and keys, the npm token in an \`.npmrc\`
  or a git URL) → \`provider\`.
- Not complete: a rule's snapshots report only that rule's secrets (the AWS cases' files are
  not checked for a GitHub token), and cases named \`ok.*\` are inputs one rule must stay quiet
  on, often a credential the configuration allows, so a finding on an unlabelled line is not
  counted as a false positive. This corpus gives recall only. The two \`ng.*\` cases of
  \`secretlint-rule-no-k8s-kind-secret\` have no messages at this commit and so no labels.
`;
}

function main() {
  const [mirror, ...rest] = process.argv.slice(2);
  if (!mirror) {
    console.error('usage: extract-secretlint.mjs MIRROR [--commit SHA] [--out DIR]');
    process.exit(2);
  }
  const { commit, out } = converterTarget(mirror, rest, 'test/corpora/secretlint');
  const result = extract(mirror, commit, out);
  writeFileSync(path.join(out, 'LICENSE'), git(mirror, ['show', `${commit}:LICENSE`]));
  const doc = {
    source: 'secretlint/secretlint',
    commit,
    labelling: "converted from each rule's test snapshots (output.json); see README.md",
    complete: false,
  };
  writeCorpus(out, 'secretlint', doc, result, readme(result, commit));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
